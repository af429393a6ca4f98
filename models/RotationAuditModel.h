#pragma once

#include "Page.h"
#include "RotationAuditRecord.h"

#include <QAbstractTableModel>

// One page of the rotation audit, as the server sorted and filtered it: date (local time, UTC
// on hover), user (display name, user name on hover), action, status in words, notes (one line,
// the full text on hover). RawValueRole gives each column's value as sent.
class RotationAuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, UserColumn, ActionColumn, StatusColumn, NotesColumn, ColumnCount };
    static constexpr int RawValueRole = Qt::UserRole + 1;
    static constexpr int RecordIdRole = Qt::UserRole + 2;

    explicit RotationAuditModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPage(const Page<RotationAuditRecord> &page);
    const PageInfo &pageInfo() const { return m_info; }
    const RotationAuditRecord &record(int row) const { return m_records.at(row); }
    // Tab-separated text of the given rows, with a header line, for the clipboard.
    QString toTabSeparated(const QList<int> &rows) const;

    static QString sortName(int column);       // the API's sort name of a column
    static int columnOfSortName(const QString &name); // -1 when no column sorts by it

private:
    QList<RotationAuditRecord> m_records;
    PageInfo m_info;
};
