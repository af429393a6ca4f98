#include "ConfigFieldsModel.h"

#include "ConfigValidation.h"


ConfigFieldsModel::ConfigFieldsModel(QObject *parent) : QAbstractTableModel(parent)
{
}

int ConfigFieldsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FieldCount;
}

int ConfigFieldsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ConfigFieldsModel::isSecret(Field field)
{
    return field == AwsSecretAccessKey || field == AzurePrincipalSecret;
}

KeyManagementKind ConfigFieldsModel::kindOf(Field field)
{
    return field <= AwsKeyId ? KeyManagementKind::AwsKms : KeyManagementKind::AzureKeyVault;
}

QString ConfigFieldsModel::label(Field field)
{
    switch (field) {
    case AwsAccessKeyId: return tr("Access key id");
    case AwsSecretAccessKey: return tr("Secret access key");
    case AwsKeyArn: return tr("Key ARN");
    case AwsKeyId: return tr("Key id");
    case AzureBaseUrl: return tr("Vault URL");
    case AzureKeyName: return tr("Key name");
    case AzureKeyVersion: return tr("Key version");
    case AzurePrincipalId: return tr("Principal (client) id");
    case AzurePrincipalSecret: return tr("Principal secret");
    case FieldCount: break;
    }
    return QString();
}

QString ConfigFieldsModel::hint(Field field)
{
    switch (field) {
    case AwsAccessKeyId: return tr("20 upper-case letters and digits, starting with AKIA or ASIA.");
    case AwsSecretAccessKey: return tr("40 characters. Leave it empty to keep the stored secret.");
    case AwsKeyArn: return tr("arn:aws:kms:REGION:ACCOUNT:key/KEY-ID, naming the same key as the key id.");
    case AwsKeyId: return tr("A UUID, or mrk- and 32 hex digits for a multi-Region key.");
    case AzureBaseUrl: return tr("https://NAME.vault.azure.net/ or https://NAME.managedhsm.azure.net/");
    case AzureKeyName: return tr("1 to 127 letters, digits and dashes.");
    case AzureKeyVersion: return tr("32 hex digits, or empty for the latest version.");
    case AzurePrincipalId: return tr("The application (client) id, a GUID.");
    case AzurePrincipalSecret: return tr("The client secret. Leave it empty to keep the stored secret.");
    case FieldCount: break;
    }
    return QString();
}

QString ConfigFieldsModel::jsonName(Field field)
{
    switch (field) {
    case AwsAccessKeyId: return QStringLiteral("awsKmsAccessKeyId");
    case AwsSecretAccessKey: return QStringLiteral("awsKmsSecretAccessKey");
    case AwsKeyArn: return QStringLiteral("awsKmsKeyArn");
    case AwsKeyId: return QStringLiteral("awsKmsKeyId");
    case AzureBaseUrl: return QStringLiteral("azureKeyVaultBaseUrl");
    case AzureKeyName: return QStringLiteral("azureKeyVaultKeyName");
    case AzureKeyVersion: return QStringLiteral("azureKeyVaultKeyVersion");
    case AzurePrincipalId: return QStringLiteral("azureKeyVaultPrincipalId");
    case AzurePrincipalSecret: return QStringLiteral("azureKeyVaultPrincipalSecret");
    case FieldCount: break;
    }
    return QString();
}

QString ConfigFieldsModel::loadedValue(Field field) const
{
    switch (field) {
    case AwsAccessKeyId: return m_loaded.awsAccessKeyId;
    case AwsKeyArn: return m_loaded.awsKeyArn;
    case AwsKeyId: return m_loaded.awsKeyId;
    case AzureBaseUrl: return m_loaded.azureBaseUrl;
    case AzureKeyName: return m_loaded.azureKeyName;
    case AzureKeyVersion: return m_loaded.azureKeyVersion;
    case AzurePrincipalId: return m_loaded.azurePrincipalId;
    case AwsSecretAccessKey:
    case AzurePrincipalSecret:
    case FieldCount:
        break;
    }
    return QString(); // secrets: never from the server
}

QString ConfigFieldsModel::kindName(KeyManagementKind kind) const
{
    if (kind == m_loaded.kind() && !m_loaded.typeName.isEmpty())
        return m_loaded.typeName;
    switch (kind) {
    case KeyManagementKind::None: return tr("None");
    case KeyManagementKind::AwsKms: return tr("AWS KMS");
    case KeyManagementKind::AzureKeyVault: return tr("Azure Key Vault");
    case KeyManagementKind::Other: return tr("Type %1").arg(m_loaded.typeId);
    }
    return QString();
}

void ConfigFieldsModel::load(const KeyManagementConfig &config)
{
    beginResetModel();
    m_loaded = config;
    m_hasLoaded = true;
    m_kind = config.kind();
    for (int f = 0; f < FieldCount; ++f)
        m_values[f] = loadedValue(Field(f));
    m_serverErrors.clear();
    endResetModel();
    Q_EMIT stateChanged();
}

void ConfigFieldsModel::applyDefaults(const KeyManagementConfig &stub)
{
    m_kind = stub.kind() == KeyManagementKind::Other ? m_kind : stub.kind();
    const QString stubValues[FieldCount] = {stub.awsAccessKeyId, QString(), stub.awsKeyArn, stub.awsKeyId,
                                            stub.azureBaseUrl, stub.azureKeyName, stub.azureKeyVersion,
                                            stub.azurePrincipalId, QString()};
    for (int f = 0; f < FieldCount; ++f)
        m_values[f] = stubValues[f];
    m_serverErrors.clear();
    touchAll();
}

void ConfigFieldsModel::revert()
{
    if (m_hasLoaded)
        load(m_loaded);
}

void ConfigFieldsModel::touchAll()
{
    Q_EMIT dataChanged(index(0, 0), index(FieldCount - 1, ColumnCount - 1));
    Q_EMIT stateChanged();
}

void ConfigFieldsModel::setKind(KeyManagementKind kind)
{
    if (m_readOnly || kind == m_kind)
        return;
    m_kind = kind;
    touchAll();
}

void ConfigFieldsModel::setValue(Field field, const QString &value)
{
    if (m_readOnly || m_values[field] == value)
        return;
    m_values[field] = value;
    m_serverErrors.remove(field);
    // The ARN is checked against the key id, so a change of either re-checks both.
    touchAll();
}

bool ConfigFieldsModel::isVisible(Field field) const
{
    return kindOf(field) == m_kind;
}

bool ConfigFieldsModel::isDirty(Field field) const
{
    if (isSecret(field))
        return !m_values[field].isEmpty();
    return m_values[field].trimmed() != loadedValue(field);
}

bool ConfigFieldsModel::isDirty() const
{
    if (!m_hasLoaded)
        return false;
    if (m_kind != m_loaded.kind())
        return true;
    for (int f = 0; f < FieldCount; ++f) {
        if (isVisible(Field(f)) && isDirty(Field(f)))
            return true;
    }
    return false;
}

QString ConfigFieldsModel::validate(Field field) const
{
    const QString v = m_values[field].trimmed();
    const bool typeIsNew = m_kind != m_loaded.kind();
    switch (field) {
    case AwsAccessKeyId: return ConfigValidation::awsAccessKeyId(v);
    case AwsKeyId: return ConfigValidation::awsKeyId(v);
    case AwsKeyArn: return ConfigValidation::awsKeyArn(v, m_values[AwsKeyId].trimmed());
    case AzureBaseUrl: return ConfigValidation::azureVaultUrl(v);
    case AzureKeyName: return ConfigValidation::azureKeyName(v);
    case AzureKeyVersion: return ConfigValidation::azureKeyVersion(v);
    case AzurePrincipalId: return ConfigValidation::azurePrincipalId(v);
    case AwsSecretAccessKey:
    case AzurePrincipalSecret:
        // Empty keeps the stored secret, which exists only if the type is unchanged.
        return v.isEmpty() && typeIsNew ? ConfigValidation::requiredSecret() : QString();
    case FieldCount: break;
    }
    return QString();
}

QString ConfigFieldsModel::problem(Field field) const
{
    if (!isVisible(field))
        return QString();
    const QString local = validate(field);
    if (!local.isEmpty())
        return local;
    return m_serverErrors.value(field).join(QLatin1Char(' '));
}

bool ConfigFieldsModel::isValid() const
{
    if (m_kind == KeyManagementKind::Other)
        return false; // a type this console does not know is shown, not edited
    for (int f = 0; f < FieldCount; ++f) {
        if (isVisible(Field(f)) && !validate(Field(f)).isEmpty())
            return false;
    }
    return true;
}

QStringList ConfigFieldsModel::setServerErrors(const QMap<QString, QStringList> &errors)
{
    m_serverErrors.clear();
    QStringList unplaced;
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        bool placed = false;
        for (int f = 0; f < FieldCount; ++f) {
            if (jsonName(Field(f)).compare(it.key(), Qt::CaseInsensitive) == 0 && isVisible(Field(f))) {
                m_serverErrors[f] += it.value();
                placed = true;
            }
        }
        if (!placed)
            unplaced += it.value();
    }
    touchAll();
    return unplaced;
}

void ConfigFieldsModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    touchAll();
}

KeyManagementConfigUpdate ConfigFieldsModel::toUpdate() const
{
    // Start from what the server has, so that fields the editor does not show are sent back
    // unchanged rather than cleared by a replace-all PUT.
    KeyManagementConfigUpdate u = KeyManagementConfigUpdate::from(m_loaded);
    u.typeId = m_kind == m_loaded.kind() ? m_loaded.typeId : KeyManagementTypes::idOf(m_kind);
    auto visible = [&](Field f, QString &target) {
        if (isVisible(f))
            target = m_values[f].trimmed();
    };
    visible(AwsAccessKeyId, u.awsAccessKeyId);
    visible(AwsKeyArn, u.awsKeyArn);
    visible(AwsKeyId, u.awsKeyId);
    visible(AzureBaseUrl, u.azureBaseUrl);
    visible(AzureKeyName, u.azureKeyName);
    visible(AzureKeyVersion, u.azureKeyVersion);
    visible(AzurePrincipalId, u.azurePrincipalId);
    if (isVisible(AwsSecretAccessKey) && !m_values[AwsSecretAccessKey].isEmpty())
        u.awsSecretAccessKey = m_values[AwsSecretAccessKey];
    if (isVisible(AzurePrincipalSecret) && !m_values[AzurePrincipalSecret].isEmpty())
        u.azurePrincipalSecret = m_values[AzurePrincipalSecret];
    return u;
}

QList<ConfigFieldsModel::Change> ConfigFieldsModel::changes() const
{
    QList<Change> list;
    if (m_kind != m_loaded.kind())
        list.append({tr("Type"), kindName(m_loaded.kind()), kindName(m_kind), false});
    for (int f = 0; f < FieldCount; ++f) {
        const Field field = Field(f);
        if (!isVisible(field) || !isDirty(field))
            continue;
        if (isSecret(field))
            list.append({label(field), QString(), tr("changed"), true}); // never the value
        else
            list.append({label(field), loadedValue(field), m_values[f].trimmed(), false});
    }
    return list;
}

QVariant ConfigFieldsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const Field field = Field(index.row());
    switch (role) {
    case FieldRole: return int(field);
    case JsonNameRole: return jsonName(field);
    case SecretRole: return isSecret(field);
    case DirtyRole: return isDirty(field);
    case VisibleRole: return isVisible(field);
    case ProblemRole: return problem(field);
    default: break;
    }
    switch (index.column()) {
    case LabelColumn:
        if (role == Qt::DisplayRole)
            return label(field);
        break;
    case ValueColumn:
        if (role == Qt::EditRole)
            return m_values[field];
        if (role == Qt::DisplayRole)
            return isSecret(field) ? (m_values[field].isEmpty() ? QString() : QStringLiteral("••••••••")) : m_values[field];
        if (role == Qt::ToolTipRole && isSecret(field))
            return m_values[field].isEmpty() ? tr("Unchanged: the stored secret is kept.") : tr("A new secret will be saved.");
        break;
    case ProblemColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
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
    setValue(Field(index.row()), value.toString());
    return true;
}

Qt::ItemFlags ConfigFieldsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ValueColumn && !m_readOnly && isVisible(Field(index.row())))
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
