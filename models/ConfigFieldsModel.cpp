#include "models/ConfigFieldsModel.h"

#include <utility>

#include "models/ConfigValidation.h"

namespace km {

using ConfigField::Id;

ConfigFieldsModel::ConfigFieldsModel(QObject *parent) : QAbstractTableModel(parent)
{}

int ConfigFieldsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ConfigField::Count;
}

int ConfigFieldsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConfigFieldsModel::loadedValue(Id field) const
{
    // Secrets never come from the server; unreported fields have nothing to start from.
    return ConfigField::spec(field).secret ? QString() : m_loaded.value(field);
}

bool ConfigFieldsModel::isReported(Id field) const
{
    return !ConfigField::spec(field).secret && m_loaded.reports(field) && m_kind == m_loadedKind;
}

QList<Id> ConfigFieldsModel::unreportedFields() const
{
    QList<Id> ids;
    for (Id id : ConfigField::of(m_kind)) {
        if (!ConfigField::spec(id).secret && !isReported(id))
            ids << id;
    }
    return ids;
}

void ConfigFieldsModel::emitRows(const QList<Id> &fields, const QList<int> &roles)
{
    for (Id id : fields)
        Q_EMIT dataChanged(index(id, 0), index(id, ColumnCount - 1), roles);
}

void ConfigFieldsModel::emitAll()
{
    Q_EMIT dataChanged(index(0, 0), index(ConfigField::Count - 1, ColumnCount - 1));
    Q_EMIT stateChanged();
}

void ConfigFieldsModel::load(const KeyManagementConfig &config, KeyManagementKind kind)
{
    m_loaded = config;
    m_loadedKind = kind;
    m_hasLoaded = true;
    m_kind = kind;
    for (const ConfigField::Spec &spec : ConfigField::all())
        m_values[spec.id] = loadedValue(spec.id);
    m_serverErrors.clear();
    m_typed.clear();
    m_revealAll = false;
    emitAll();
}

void ConfigFieldsModel::applyDefaults(const KeyManagementConfig &stub, KeyManagementKind stubKind)
{
    if (m_readOnly)
        return;
    if (stubKind != KeyManagementKind::Other)
        m_kind = stubKind;
    for (const ConfigField::Spec &spec : ConfigField::all())
        m_values[spec.id] = spec.secret ? QString() : stub.value(spec.id);
    m_serverErrors.clear();
    m_typed.clear();
    m_revealAll = false;
    emitAll();
}

void ConfigFieldsModel::revert()
{
    if (m_hasLoaded)
        load(m_loaded, m_loadedKind);
}

void ConfigFieldsModel::setKind(KeyManagementKind kind)
{
    if (m_readOnly || kind == m_kind)
        return;
    m_kind = kind;
    emitAll(); // which rows are visible changes for every row
}

void ConfigFieldsModel::setValue(Id field, const QString &value)
{
    if (m_readOnly || m_values[field] == value)
        return;
    const bool wasDirty = isDirty();
    m_values[field] = value;
    m_serverErrors.remove(field);
    m_typed.insert(field);
    if (field == ConfigField::AwsKeyId)
        m_typed.insert(ConfigField::AwsKeyArn); // the ARN must name the key typed: said on the ARN
    if (wasDirty != isDirty()) {
        emitAll(); // problems show from the first edit on
        return;
    }
    QList<Id> touched{field};
    // The ARN is checked against the key id: a change of the key id re-checks the ARN.
    if (field == ConfigField::AwsKeyId)
        touched << ConfigField::AwsKeyArn;
    emitRows(touched);
    Q_EMIT stateChanged();
}

bool ConfigFieldsModel::isVisible(Id field) const
{
    return ConfigField::spec(field).kind == m_kind;
}

bool ConfigFieldsModel::isDirty(Id field) const
{
    if (ConfigField::spec(field).secret || !isReported(field))
        return !m_values[field].isEmpty();
    return m_values[field].trimmed() != loadedValue(field);
}

bool ConfigFieldsModel::isDirty() const
{
    if (!m_hasLoaded)
        return false;
    if (m_kind != m_loadedKind)
        return true;
    for (Id id : ConfigField::of(m_kind)) {
        if (isDirty(id))
            return true;
    }
    return false;
}

QString ConfigFieldsModel::validate(Id field) const
{
    const ConfigField::Spec &spec = ConfigField::spec(field);
    const QString v = spec.secret ? m_values[field] : m_values[field].trimmed();
    if (v.isEmpty() && !spec.secret && !spec.emptyMeansSomething && !isReported(field))
        return ConfigValidation::requiredUnreported();
    return spec.check(v, m_values);
}

QString ConfigFieldsModel::problem(Id field) const
{
    if (!isVisible(field))
        return QString();
    QString server = m_serverErrors.value(field).join(QLatin1Char(' '));
    if (!isDirty())
        return server; // nothing edited yet: no nagging about what a save would need
    // A field not typed in yet is not wrong yet: what it needs is a hint (need()) until a save is attempted.
    const QString local = m_revealAll || m_typed.contains(field) ? validate(field) : QString();
    return local.isEmpty() ? server : local;
}

QString ConfigFieldsModel::need(Id field) const
{
    if (!isVisible(field) || m_readOnly || !problem(field).isEmpty())
        return QString();
    return validate(field);
}

void ConfigFieldsModel::revealProblems()
{
    if (std::exchange(m_revealAll, true))
        return;
    emitAll();
}

bool ConfigFieldsModel::isValid() const
{
    if (m_kind == KeyManagementKind::Other)
        return false; // a type this console does not know is shown, not edited
    for (Id id : ConfigField::of(m_kind)) {
        if (!validate(id).isEmpty())
            return false;
    }
    return true;
}

QStringList ConfigFieldsModel::setServerErrors(const QMap<QString, QStringList> &errors)
{
    m_serverErrors.clear();
    QStringList unplaced;
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        const auto field = ConfigField::byJsonName(it.key());
        if (field && isVisible(*field))
            m_serverErrors[*field] += it.value();
        else
            unplaced += it.value();
    }
    emitAll();
    return unplaced;
}

void ConfigFieldsModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    emitAll();
}

QVariant ConfigFieldsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const Id field = Id(index.row());
    const ConfigField::Spec &spec = ConfigField::spec(field);
    switch (role) {
    case FieldRole: return int(field);
    case JsonNameRole: return QString(spec.jsonName);
    case SecretRole: return spec.secret;
    case DirtyRole: return isDirty(field);
    case VisibleRole: return isVisible(field);
    case ProblemRole: return problem(field);
    case ReportedRole: return isReported(field);
    default: break;
    }
    switch (index.column()) {
    case LabelColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return spec.label();
        if (role == Qt::ToolTipRole)
            return spec.hint();
        break;
    case ValueColumn:
        if (role == Qt::EditRole)
            return m_values[field];
        if (role == Qt::DisplayRole)
            return spec.secret ? (m_values[field].isEmpty() ? QString() : QStringLiteral("••••••••")) : m_values[field];
        if (role == Qt::ToolTipRole)
            return spec.hint();
        break;
    case ProblemColumn:
        // The form's problem labels are bound to EditRole.
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return problem(field);
        break;
    }
    return {};
}

bool ConfigFieldsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index) || index.column() != ValueColumn || role != Qt::EditRole)
        return false;
    if (!(flags(index) & Qt::ItemIsEditable))
        return false;
    setValue(Id(index.row()), value.toString());
    return true;
}

Qt::ItemFlags ConfigFieldsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ValueColumn && !m_readOnly && isVisible(Id(index.row())))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ConfigFieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn: return tr("Field");
    case ValueColumn: return tr("Value");
    case ProblemColumn: return tr("Problem");
    }
    return {};
}

} // namespace km
