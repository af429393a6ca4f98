#pragma once

#include "models/DurationText.h"
#include "models/RotationHistory.h"

#include <QAbstractTableModel>

namespace km {

// The rotation history, one row per rotation, newest first: the History view's table and the
// report's rotations. Replaced as a whole while the history streams in (a few thousand rows at
// most), with the selection-friendly reset a view expects.
class RotationHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RotationColumn,
        RequestedByColumn,
        StartedColumn,
        EndedColumn,
        DurationColumn,
        OutcomeColumn,
        RetriesColumn,
        ColumnCount
    };
    static constexpr int OutcomeRole = Qt::UserRole + 1;    // RotationOutcome::Outcome
    static constexpr int RotationIdRole = Qt::UserRole + 2; // qint64
    static constexpr int SortRole = Qt::UserRole + 3;       // a value that sorts as the column should

    explicit RotationHistoryModel(QObject *parent = nullptr);

    void setSummaries(const QList<RotationSummary> &summaries);
    const QList<RotationSummary> &summaries() const { return m_rows; }
    const RotationSummary &summaryAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // DurationText::of, kept under this name for the History page and chart.
    static QString durationText(qint64 seconds) { return DurationText::of(seconds); }

private:
    QList<RotationSummary> m_rows;
};

} // namespace km
