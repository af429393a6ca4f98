#include "models/RotationProgress.h"

#include <algorithm>

namespace km {

RotationProgress RotationProgress::of(const RotationInfo &info, int mostSeenDone)
{
    RotationProgress p;
    p.total = std::max(info.totalItems, 0);
    if (info.processState == ProcessState::None && info.status == MekStatus::NeverRun)
        return p;
    const qsizetype stage = MekStatus::walk().indexOf(info.status);
    const qsizetype dataStart = MekStatus::walk().indexOf(MekStatus::DataRotationStarted);
    if (MekStatus::isFailure(info.status) || info.processState == ProcessState::Failed)
        p.done = std::clamp(mostSeenDone, 0, p.total);
    else if (info.processState == ProcessState::Completed || stage > dataStart)
        p.done = p.total;
    else if (stage == dataStart || info.itemsToRotate > 0)
        p.done = std::clamp(p.total - info.itemsToRotate, 0, p.total);
    p.left = p.total - p.done;
    p.m_reEncrypting = info.isActive() && p.total > 0 && info.itemsToRotate > 0 && !MekStatus::isFailure(info.status);
    return p;
}

} // namespace km
