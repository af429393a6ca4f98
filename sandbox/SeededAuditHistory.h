#pragma once

#include "SandboxUser.h"

#include <QDateTime>
#include <QString>

// The seeded rotation audit: record i is a pure function of i, so that seeding more records adds
// only the missing ones and two sandboxes seeded alike agree. docs/sandbox.md gives the pattern.
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

    static Event event(qint64 index);
};
