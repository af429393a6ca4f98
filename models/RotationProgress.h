#pragma once

#include "models/RotationInfo.h"

namespace km {

// How far a rotation's re-encryption has come: the one reading of itemsToRotate and totalItems
// for the window's progress bar, the monitor's rate and last progress, and the commands' "items
// left". Items count down only during re-encryption; before it nothing is done, after it (or when
// the rotation completed) all; a rotation that failed keeps the most seen done before
// (mostSeenDone, which RotationMonitor keeps per rotation). With no rotation ever run there is
// nothing done and nothing left.
struct RotationProgress
{
    int done = 0;
    int left = 0;
    int total = 0;

    static RotationProgress of(const RotationInfo &info, int mostSeenDone = 0);
    bool isReEncrypting() const { return m_reEncrypting; } // items are counting down now
    int percent() const { return total > 0 ? int(qint64(done) * 100 / total) : 0; }

private:
    bool m_reEncrypting = false;
};

} // namespace km
