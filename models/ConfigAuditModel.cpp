#include "models/ConfigAuditModel.h"

#include "models/DateText.h"
#include "models/SafeText.h"

namespace km {

ConfigAuditModel::ConfigAuditModel(QObject *parent) : PagedTableModel(parent)
{}

int ConfigAuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConfigAuditModel::sortName(int column)
{
    switch (column) {
    case DateColumn: return QStringLiteral("dateRecorded");
    case UserColumn: return QStringLiteral("displayName");
    case ActionColumn: return QStringLiteral("action");
    case NotesColumn: return QStringLiteral("notes");
    }
    return QString();
}

QVariant ConfigAuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const ConfigAuditRecord &r = m_records.at(index.row());
    if (index.column() == DateColumn) {
        if (role == Qt::DisplayRole)
            return DateText::local(r.dateRecordedUtc);
        if (role == Qt::ToolTipRole)
            return DateText::utc(r.dateRecordedUtc);
        if (role == RawValueRole)
            return r.dateRecordedUtc;
        return {};
    }
    const QString &raw = index.column() == UserColumn ? r.displayName : index.column() == ActionColumn ? r.action : r.notes;
    switch (role) {
    case Qt::DisplayRole: return SafeText::oneLine(raw);
    case Qt::ToolTipRole: return SafeText::multiLine(raw);
    case RawValueRole: return raw;
    default: return {};
    }
}

QVariant ConfigAuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Date");
    case UserColumn: return tr("User");
    case ActionColumn: return tr("Action");
    case NotesColumn: return tr("Notes");
    }
    return {};
}

} // namespace km
