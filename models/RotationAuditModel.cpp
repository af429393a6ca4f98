#include "RotationAuditModel.h"

#include "RotationText.h"

#include <QLocale>

RotationAuditModel::RotationAuditModel(QObject *parent) : QAbstractTableModel(parent)
{
}

int RotationAuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RotationAuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RotationAuditModel::sortName(int column)
{
    switch (column) {
    case DateColumn: return QStringLiteral("date");
    case UserColumn: return QStringLiteral("displayName");
    case ActionColumn: return QStringLiteral("action");
    case StatusColumn: return QStringLiteral("currentStatus");
    case NotesColumn: return QStringLiteral("notes");
    }
    return QString();
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
            return QLocale().toString(r.dateUtc.toLocalTime(), QLocale::ShortFormat);
        if (role == Qt::ToolTipRole)
            return tr("%1 UTC").arg(r.dateUtc.toString(Qt::ISODate));
        if (role == RawValueRole)
            return r.dateUtc;
        break;
    case UserColumn:
        if (role == Qt::DisplayRole)
            return r.displayName.isEmpty() ? r.userName : r.displayName;
        if (role == Qt::ToolTipRole)
            return tr("User name: %1 (id %2)").arg(r.userName).arg(r.userId);
        if (role == RawValueRole)
            return r.displayName;
        break;
    case ActionColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == RawValueRole)
            return r.action;
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return RotationText::stepLabel(r.currentStatus).isEmpty() ? r.currentStatusName : RotationText::stepLabel(r.currentStatus);
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2)").arg(RotationText::sentence(r.currentStatus, r.currentStatusName), r.currentStatusName);
        if (role == RawValueRole)
            return r.currentStatusName;
        break;
    case NotesColumn:
        if (role == Qt::DisplayRole)
            return QString(r.notes).replace(QLatin1Char('\r'), QString()).replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
        if (role == Qt::ToolTipRole || role == RawValueRole)
            return r.notes;
        break;
    }
    return {};
}

QVariant RotationAuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Date");
    case UserColumn: return tr("User");
    case ActionColumn: return tr("Action");
    case StatusColumn: return tr("Status");
    case NotesColumn: return tr("Notes");
    }
    return {};
}

void RotationAuditModel::setPage(const Page<RotationAuditRecord> &page)
{
    beginResetModel();
    m_records = page.records;
    m_info = page.info;
    endResetModel();
}

QString RotationAuditModel::toTabSeparated(const QList<int> &rows) const
{
    auto clean = [](QString s) {
        return s.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QString()).replace(QLatin1Char('\n'), QLatin1Char(' '));
    };
    QStringList lines{QStringLiteral("AuditId\tDate\tUserName\tDisplayName\tAction\tStatus\tNotes")};
    for (int row : rows) {
        const RotationAuditRecord &r = m_records.at(row);
        lines << QStringList{QString::number(r.auditId), r.dateUtc.toString(Qt::ISODate), clean(r.userName), clean(r.displayName),
                             clean(r.action), r.currentStatusName, clean(r.notes)}
                     .join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
