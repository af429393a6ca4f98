#pragma once

#include "models/Page.h"

#include <QAbstractTableModel>

namespace km {

// One page of a paged API result as a table: the records, the envelope, and the page size that
// was asked for (page labels come from skip, take and total, not from the server's page fields).
template<class Record>
class PagedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_records.size()); }

    void setPage(const Page<Record> &page, int requestedTake)
    {
        beginResetModel();
        m_records = page.records;
        m_info = page.info;
        m_take = requestedTake;
        endResetModel();
    }
    const PageInfo &pageInfo() const { return m_info; }
    const Record &record(int row) const { return m_records.at(row); }
    qint64 pageNumber() const { return m_info.pageNumber(m_take); }
    qint64 pageTotal() const { return m_info.pageTotal(m_take); }
    bool hasNext() const { return m_info.skip + qint64(m_records.size()) < m_info.total; }
    bool hasPrevious() const { return m_info.skip > 0; }

protected:
    QList<Record> m_records;
    PageInfo m_info;
    int m_take = 50;
};

} // namespace km
