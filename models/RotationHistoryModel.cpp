#include "models/RotationHistoryModel.h"

#include "models/DateText.h"
#include "models/DurationText.h"
#include "models/SafeText.h"

namespace km {

RotationHistoryModel::RotationHistoryModel(QObject *parent) : QAbstractTableModel(parent)
{}

void RotationHistoryModel::setSummaries(const QList<RotationSummary> &summaries)
{
    if (summaries.size() == m_rows.size()) {
        // The same rotations (the usual case while a history streams in): only the values change.
        bool sameRows = true;
        for (qsizetype i = 0; i < summaries.size() && sameRows; ++i)
            sameRows = summaries.at(i).rotationId == m_rows.at(i).rotationId;
        if (sameRows) {
            m_rows = summaries;
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
            return;
        }
    }
    beginResetModel();
    m_rows = summaries;
    endResetModel();
}

int RotationHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RotationHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RotationHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RotationSummary &r = m_rows.at(index.row());
    if (role == OutcomeRole)
        return int(r.outcome);
    if (role == RotationIdRole)
        return r.rotationId;
    switch (index.column()) {
    case RotationColumn:
        if (role == Qt::DisplayRole)
            return QStringLiteral("#%1").arg(r.rotationId);
        if (role == SortRole)
            return r.rotationId;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case RequestedByColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return SafeText::oneLine(r.requestedBy);
        if (role == Qt::ToolTipRole)
            return SafeText::oneLine(r.requestedByUserName);
        break;
    case StartedColumn:
        if (role == Qt::DisplayRole)
            return DateText::local(r.startedUtc);
        if (role == Qt::ToolTipRole)
            return DateText::utc(r.startedUtc);
        if (role == SortRole)
            return r.startedUtc.toMSecsSinceEpoch();
        break;
    case EndedColumn:
        if (role == Qt::DisplayRole)
            return r.endedUtc.isValid() ? DateText::local(r.endedUtc) : QString();
        if (role == Qt::ToolTipRole)
            return r.endedUtc.isValid() ? DateText::utc(r.endedUtc) : tr("Not ended; last event %1").arg(DateText::utc(r.lastEventUtc));
        if (role == SortRole)
            return r.endedUtc.isValid() ? r.endedUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        break;
    case DurationColumn: {
        const auto seconds = r.durationSeconds();
        if (role == Qt::DisplayRole)
            return seconds ? DurationText::of(*seconds) : QString();
        if (role == SortRole)
            return seconds.value_or(-1);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    case OutcomeColumn:
        if (role == Qt::DisplayRole)
            return RotationOutcome::label(r.outcome);
        if (role == Qt::ToolTipRole)
            return RotationOutcome::key(r.outcome) + QStringLiteral(" (") + MekStatus::name(r.lastStatus) + QLatin1Char(')');
        if (role == SortRole)
            return int(r.outcome);
        break;
    case RetriesColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return r.retries;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant RotationHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RotationColumn: return tr("Rotation");
    case RequestedByColumn: return tr("Requested by");
    case StartedColumn: return tr("Started");
    case EndedColumn: return tr("Ended");
    case DurationColumn: return tr("Duration");
    case OutcomeColumn: return tr("Outcome");
    case RetriesColumn: return tr("Retries");
    }
    return {};
}

} // namespace km
