#include "sandbox/SeededAuditHistory.h"
#include "sandbox/RotationEngine.h"

namespace km {

namespace {
// A stable hash of an index, so that seeded record i is the same whatever else exists.
quint32 mix(quint64 x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return quint32(x);
}

// Notes a CSV export or a spreadsheet must survive.
const char *const hostileNotes[] = {
    "",
    "Backup verified on nodes A, B and C",
    "Operator said \"go\" after the change window opened",
    "Line one of the note\nLine two, after a newline",
    "=SUM(A1:A9)",
    "+1 555 0100 was on call",
    "-- maintenance window --",
    "@here rotation under way",
    "Überprüfung abgeschlossen – ключ ротирован – 鍵",
    "Tab\tseparated\tvalues",
    "Carriage\r\nreturn",
    "Quotes \"\"doubled\"\" and, commas",
};
constexpr int hostileNoteCount = int(sizeof(hostileNotes) / sizeof(hostileNotes[0]));

// Rotation r of each run of seven: r % 7 == 3 fails after the key swap (at DataRotationStarted),
// r % 7 == 5 before it (at KeyRotationStarted); the others walk cleanly.
constexpr int rotationsPerRun = 7;
constexpr int failsAfterSwap = 3, failsBeforeSwap = 5;
constexpr int cleanEvents = 11, failingEvents = 13;
constexpr int runStarts[rotationsPerRun + 1] = {0, 11, 22, 33, 46, 57, 70, 81}; // first event of each, and the run's length
constexpr int eventsPerRun = runStarts[rotationsPerRun];
constexpr qint64 secondsBetweenRotations = 2220, secondsBetweenEvents = 150;
const QDateTime seedEpoch = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);

int eventsOf(qint64 rotation)
{
    const int kind = int(rotation % rotationsPerRun);
    return kind == failsAfterSwap || kind == failsBeforeSwap ? failingEvents : cleanEvents;
}

qint64 firstEventOf(qint64 rotation)
{
    return rotation / rotationsPerRun * eventsPerRun + runStarts[rotation % rotationsPerRun];
}

QDateTime eventTime(qint64 rotation, int slot, qint64 index)
{
    return seedEpoch.addSecs(rotation * secondsBetweenRotations + slot * secondsBetweenEvents + qint64(mix(quint64(index)) % 60));
}
} // namespace

SeededAuditHistory::Event SeededAuditHistory::event(qint64 i)
{
    static const QList<SandboxUser> users = SandboxUser::seededAuditUsers();
    const int offset = int(i % eventsPerRun);
    int kind = 0;
    while (runStarts[kind + 1] <= offset)
        ++kind;
    const qint64 rotation = i / eventsPerRun * rotationsPerRun + kind;
    const int slot = offset - runStarts[kind];
    // Where the walk failed (its status event is the one before the failure), if it did.
    const int failedAt = kind == failsAfterSwap    ? RotationEngine::DataRotationStarted
                         : kind == failsBeforeSwap ? RotationEngine::KeyRotationStarted
                                                   : -1;
    Event e;
    e.rotationInfoId = rotation + 1;
    e.user = users.at(mix(quint64(rotation) + 17) % users.size());
    if (e.user.id == SandboxUser::auditorId) // the auditor never rotates
        e.user = users.first();
    e.when = eventTime(rotation, slot, i);
    const int last = eventsOf(rotation) - 1;
    if (slot == 0) {
        e.action = QStringLiteral("Rotation Requested");
        e.status = RotationEngine::RotationRequested;
    } else if (slot == last) {
        e.action = QStringLiteral("Rotation Completed");
        e.status = RotationEngine::SessionDataRotationCompleted;
    } else if (failedAt >= 0 && slot == failedAt) {
        e.action = QStringLiteral("Rotation Failed");
        e.status = kind == failsAfterSwap ? RotationEngine::FailedAfterRotation : RotationEngine::FailedBeforeRotation;
    } else if (failedAt >= 0 && slot == failedAt + 1) {
        e.action = QStringLiteral("Retry Requested");
        e.status = failedAt;
    } else {
        e.action = QStringLiteral("Status Changed");
        e.status = failedAt >= 0 && slot > failedAt ? slot - 1 : slot + 1;
    }
    const int note = int(mix(quint64(i) * 31 + 7) % (hostileNoteCount * 2));
    e.notes = note < hostileNoteCount ? QString::fromUtf8(hostileNotes[note])
                                      : QStringLiteral("Status changed to %1.").arg(RotationEngine::statusName(e.status));
    if (e.action == QLatin1String("Rotation Failed"))
        e.notes = kind == failsAfterSwap ? QStringLiteral("Data re-encryption failed on node B: timeout, 3 items left.")
                                         : QStringLiteral("The new master encryption key could not be created: the key "
                                                          "management service did not answer. The key was not changed.");
    else if (e.action == QLatin1String("Retry Requested"))
        e.notes = QStringLiteral("Retrying from %1.").arg(RotationEngine::statusName(e.status));
    return e;
}

qint64 SeededAuditHistory::wholeRotations(qint64 n)
{
    if (n <= 0)
        return 0;
    const qint64 rotation = event(n - 1).rotationInfoId - 1;
    return firstEventOf(rotation) + eventsOf(rotation);
}

std::optional<SeededAuditHistory::CompletedRotation> SeededAuditHistory::lastCompleted(qint64 count)
{
    if (count <= 0)
        return std::nullopt;
    const Event lastEvent = event(count - 1);
    qint64 rotation = lastEvent.rotationInfoId - 1;
    if (lastEvent.action != QLatin1String("Rotation Completed"))
        rotation -= 1; // the last one was cut short
    if (rotation < 0)
        return std::nullopt;
    const qint64 first = firstEventOf(rotation);
    const Event requested = event(first);
    CompletedRotation done;
    done.rotationInfoId = rotation + 1;
    done.started = requested.when;
    done.ended = event(first + eventsOf(rotation) - 1).when;
    done.requestedBy = requested.user.id;
    return done;
}

} // namespace km
