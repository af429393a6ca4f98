#include "ConfigAuditModel.h"

#include <QLocale>

ConfigAuditModel::ConfigAuditModel(QObject *parent) : QAbstractTableModel(parent)
{
}

int ConfigAuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

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
    switch (index.column()) {
    case DateColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(r.dateRecordedUtc.toLocalTime(), QLocale::ShortFormat);
        if (role == Qt::ToolTipRole)
            return r.dateRecordedUtc.toString(Qt::ISODate);
        if (role == RawValueRole)
            return r.dateRecordedUtc;
        break;
    case UserColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == RawValueRole)
            return r.displayName;
        break;
    case ActionColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == RawValueRole)
            return r.action;
        break;
    case NotesColumn:
        if (role == Qt::DisplayRole)
            return QString(r.notes).replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (role == Qt::ToolTipRole || role == RawValueRole)
            return r.notes;
        break;
    }
    return {};
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

void ConfigAuditModel::setPage(const Page<ConfigAuditRecord> &page)
{
    beginResetModel();
    m_records = page.records;
    m_info = page.info;
    endResetModel();
}
