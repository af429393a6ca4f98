#pragma once

#include "sandbox/SandboxUser.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace km {

// The seeded rotation audit: record i is a pure function of i, so that seeding more records adds
// only the missing ones and two sandboxes seeded alike agree. Rotations come in a repeating run
// of seven: five walk cleanly (11 events), one fails after the key swap and one before it (13
// events each: the failure and the retry, then the rest of the walk). docs/sandbox.md gives the
// exact pattern.
class SeededAuditHistory
{
public:
    struct Event
    {
        qint64 rotationInfoId = 0;
        QString action;
        int status = 0;
        QDateTime when;
        SandboxUser user;
        QString notes;
    };

    // A seeded rotation that ran to its end, as the rotation info reports it.
    struct CompletedRotation
    {
        qint64 rotationInfoId = 0;
        QDateTime started, ended;
        int requestedBy = 0;
    };

    static constexpr int version = 2; // a file seeded with another pattern is seeded again

    static Event event(qint64 index);
    // How many records to seed so that at least n exist and the last rotation is whole: the audit
    // then ends with the rotation the rotation info describes, never inside one.
    static qint64 wholeRotations(qint64 n);
    // The last rotation that completed among the first `count` records, if any did.
    static std::optional<CompletedRotation> lastCompleted(qint64 count);
};

} // namespace km
