#include "models/RotationTimelineModel.h"

#include "models/DateText.h"
#include "models/RotationText.h"

#include <QLocale>

namespace km {

RotationTimelineModel::RotationTimelineModel(QObject *parent) : QAbstractListModel(parent)
{
    update(RotationInfo{}, {});
}

int RotationTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

void RotationTimelineModel::update(const RotationInfo &info, const QList<Seen> &history)
{
    const QList<MekStatus::Status> walk = MekStatus::walk();
    QList<Row> rows;
    for (MekStatus::Status s : walk)
        rows.append({s, Waiting, {}, {}, false});
    for (const Seen &seen : history) {
        for (Row &r : rows) {
            if (r.status == seen.status && !r.seenUtc.isValid())
                r.seenUtc = seen.atUtc;
        }
    }
    const qsizetype current = walk.indexOf(info.status);
    if (MekStatus::isFailure(info.status)) {
        const qsizetype failed = failedStep(info.status, history);
        for (qsizetype i = 0; i < failed; ++i)
            rows[i].state = Done;
        if (failed >= 0) {
            rows[failed].state = Failed;
            rows[failed].inferred = true;
        }
        rows.append({info.status, Failed, info.statusUpdatedUtc, info.errorMessage, false});
    } else if (current >= 0) {
        const bool completed = info.processState == ProcessState::Completed;
        for (qsizetype i = 0; i < current; ++i)
            rows[i].state = Done;
        // A "…Completed" step is done, whatever the process state says (the last one's sentence says
        // the rotation is finished: its row must not say "running").
        const bool stepDone = MekStatus::name(info.status).endsWith(QLatin1String("Completed"));
        rows[current].state = completed || stepDone ? Done : Running;
        if (!rows[current].seenUtc.isValid())
            rows[current].seenUtc = info.statusUpdatedUtc;
    }

    const bool sameShape = rows.size() == m_rows.size();
    if (!sameShape) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

qsizetype RotationTimelineModel::failedStep(MekStatus::Status failure, const QList<Seen> &history)
{
    // The API names only how a rotation failed (before or after the key swap), not the step.
    // The step is inferred from the last one seen: a step that reports something finished
    // (…Completed, a requested rotation, a restart) could not have failed itself, so the failure
    // came at the step after it; and the ending bounds it on either side of the key swap.
    const QList<MekStatus::Status> walk = MekStatus::walk();
    qsizetype step = -1;
    for (const Seen &seen : history) {
        const qsizetype i = walk.indexOf(seen.status);
        if (i >= 0)
            step = i;
    }
    const auto canFail = [&](qsizetype i) {
        const MekStatus::Status s = walk.at(i);
        return MekStatus::name(s).endsWith(QLatin1String("Started"));
    };
    if (step < 0 || !canFail(step))
        ++step;
    while (step < walk.size() && !canFail(step))
        ++step;
    const qsizetype swap = walk.indexOf(MekStatus::KeyRotationCompleted);
    if (failure == MekStatus::ProcessCompletedWithErrorsBeforeRotation)
        step = std::min(step, walk.indexOf(MekStatus::KeyRotationStarted));
    else if (step <= swap)
        step = walk.indexOf(MekStatus::MarkDataStarted);
    return std::clamp<qsizetype>(step, 0, walk.size() - 1);
}

RotationTimelineModel::StepState RotationTimelineModel::stateOf(MekStatus::Status status) const
{
    for (const Row &r : m_rows) {
        if (r.status == status)
            return r.state;
    }
    return Waiting;
}

QVariant RotationTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case StatusRole: return int(r.status);
    case StepStateRole: return int(r.state);
    case SeenAtRole: return r.seenUtc;
    case Qt::ToolTipRole: {
        QString text = RotationText::sentence(r.status);
        if (!r.failureText.isEmpty())
            text += QLatin1Char('\n') + r.failureText;
        if (r.seenUtc.isValid())
            text += QLatin1Char('\n') + tr("Seen at %1").arg(DateText::utc(r.seenUtc));
        return text;
    }
    case Qt::DisplayRole: {
        // The state in words, so that nothing depends on colour or icon alone.
        QString state;
        switch (r.state) {
        case Waiting: state = tr("to do"); break;
        case Done: state = tr("done"); break;
        case Running: state = tr("running"); break;
        case Failed: state = r.inferred ? tr("failed (inferred from the last status seen)") : tr("failed"); break;
        }
        const QString when = r.seenUtc.isValid() ? DateText::localTime(r.seenUtc) : QString();
        return when.isEmpty() ? tr("%1 — %2").arg(RotationText::stepLabel(r.status), state)
                              : tr("%1 — %2, %3").arg(RotationText::stepLabel(r.status), state, when);
    }
    default: break;
    }
    return {};
}

} // namespace km
