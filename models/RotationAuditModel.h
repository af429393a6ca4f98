#pragma once

#include "models/AuditField.h"
#include "models/PagedTableModel.h"
#include "models/RotationAuditRecord.h"

namespace km {

// One page of the rotation audit, as the server sorted and filtered it: date (local time with
// seconds, UTC on hover), the rotation the event belongs to, user (display name, user name on
// hover), action (translated where known, as sent on hover), status in words, notes (one line,
// the full text on hover). RawValueRole gives each column's value as sent.
class RotationAuditModel : public PagedTableModel<RotationAuditRecord>
{
    Q_OBJECT

public:
    enum Column { DateColumn, RotationColumn, UserColumn, ActionColumn, StatusColumn, NotesColumn, ColumnCount };
    static constexpr int RawValueRole = Qt::UserRole + 1;
    static constexpr int RecordIdRole = Qt::UserRole + 2;

    explicit RotationAuditModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Tab-separated text of the given rows, with a header line, for the clipboard.
    QString toTabSeparated(const QList<int> &rows) const;

    static QString sortName(int column);              // the API's sort name of a column
    static int columnOfSortName(const QString &name); // -1 when no column sorts by it
    static AuditField::Id fieldOf(int column);        // AuditField::Count for none
};

} // namespace km
