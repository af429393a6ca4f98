#pragma once

#include "models/PagedTableModel.h"
#include "models/RotationAuditRecord.h"

namespace km {

// One page of the configuration change history (/config/audit), for the table under the editor.
class ConfigAuditModel : public PagedTableModel<ConfigAuditRecord>
{
    Q_OBJECT

public:
    enum Column { DateColumn, UserColumn, ActionColumn, NotesColumn, ColumnCount };
    static constexpr int RawValueRole = Qt::UserRole + 1; // the value as sent, for sorting and copying

    explicit ConfigAuditModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The API's sort name for a column.
    static QString sortName(int column);
};

} // namespace km
