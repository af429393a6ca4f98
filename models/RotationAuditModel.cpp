#include "models/RotationAuditModel.h"

#include "models/AuditField.h"

#include "models/DateText.h"
#include "models/RotationText.h"
#include "models/SafeText.h"

namespace km {

RotationAuditModel::RotationAuditModel(QObject *parent) : PagedTableModel(parent)
{}

int RotationAuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

AuditField::Id RotationAuditModel::fieldOf(int column)
{
    switch (column) {
    case DateColumn: return AuditField::Date;
    case RotationColumn: return AuditField::RotationId;
    case UserColumn: return AuditField::DisplayName;
    case ActionColumn: return AuditField::Action;
    case StatusColumn: return AuditField::Status;
    case NotesColumn: return AuditField::Notes;
    }
    return AuditField::Count;
}

QString RotationAuditModel::sortName(int column)
{
    const AuditField::Id field = fieldOf(column);
    return field == AuditField::Count ? QString() : QString(AuditField::spec(field).sortName);
}

int RotationAuditModel::columnOfSortName(const QString &name)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (sortName(c).compare(name, Qt::CaseInsensitive) == 0)
            return c;
    }
    if (name.compare(QLatin1String("formattedDate"), Qt::CaseInsensitive) == 0)
        return DateColumn;
    return -1;
}

QVariant RotationAuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const RotationAuditRecord &r = m_records.at(index.row());
    if (role == RecordIdRole)
        return r.auditId;
    switch (index.column()) {
    case DateColumn:
        if (role == Qt::DisplayRole)
            return DateText::local(r.dateUtc);
        if (role == Qt::ToolTipRole)
            return DateText::utc(r.dateUtc);
        if (role == RawValueRole)
            return r.dateUtc;
        break;
    case RotationColumn:
        if (role == Qt::DisplayRole)
            return tr("#%1").arg(r.rotationInfoId);
        if (role == Qt::ToolTipRole)
            return tr("Rotation %1: every event of one rotation has the same number.").arg(r.rotationInfoId);
        if (role == RawValueRole)
            return r.rotationInfoId;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case UserColumn:
        if (role == Qt::DisplayRole)
            return SafeText::oneLine(r.displayName.isEmpty() ? r.userName : r.displayName);
        if (role == Qt::ToolTipRole)
            return tr("User name: %1 (id %2)").arg(SafeText::oneLine(r.userName)).arg(r.userId);
        if (role == RawValueRole)
            return r.displayName;
        break;
    case ActionColumn:
        if (role == Qt::DisplayRole)
            return RotationText::actionLabel(r.action);
        if (role == Qt::ToolTipRole)
            return tr("As the server wrote it: %1").arg(SafeText::oneLine(r.action));
        if (role == RawValueRole)
            return r.action;
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return RotationText::stepLabel(r.currentStatus).isEmpty() ? SafeText::oneLine(r.currentStatusName)
                                                                      : RotationText::stepLabel(r.currentStatus);
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2)").arg(RotationText::sentence(r.currentStatus, SafeText::oneLine(r.currentStatusName)),
                                     SafeText::oneLine(r.currentStatusName));
        if (role == RawValueRole)
            return r.currentStatusName;
        break;
    case NotesColumn:
        if (role == Qt::DisplayRole)
            return SafeText::oneLine(r.notes);
        if (role == Qt::ToolTipRole)
            return SafeText::multiLine(r.notes);
        if (role == RawValueRole)
            return r.notes;
        break;
    }
    return {};
}

QVariant RotationAuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const AuditField::Id field = fieldOf(section);
    return field == AuditField::Count ? QVariant() : QVariant(AuditField::label(field));
}

QString RotationAuditModel::toTabSeparated(const QList<int> &rows) const
{
    auto clean = [](const QString &s) { return SafeText::oneLine(s).replace(QLatin1Char('\t'), QLatin1Char(' ')); };
    QStringList header;
    for (AuditField::Id field : {AuditField::AuditId, AuditField::RotationId, AuditField::Date, AuditField::UserName,
                                 AuditField::DisplayName, AuditField::Action, AuditField::Status, AuditField::Notes})
        header << QString(AuditField::spec(field).csvColumn);
    QStringList lines{header.join(QLatin1Char('\t'))};
    for (int row : rows) {
        const RotationAuditRecord &r = m_records.at(row);
        lines << QStringList{QString::number(r.auditId),
                             QString::number(r.rotationInfoId),
                             r.dateUtc.toString(Qt::ISODate),
                             clean(r.userName),
                             clean(r.displayName),
                             clean(r.action),
                             clean(r.currentStatusName),
                             clean(r.notes)}
                     .join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace km
