#include "SeededAuditHistory.h"
#include "RotationEngine.h"

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

// One seeded rotation is 11 events; every seventh fails after the key swap and is retried.
constexpr int eventsPerRotation = 11;
const QDateTime seedEpoch = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
} // namespace

SeededAuditHistory::Event SeededAuditHistory::event(qint64 i)
{
    static const QList<SandboxUser> users = SandboxUser::seededAuditUsers();
    const qint64 rotation = i / eventsPerRotation;
    const int slot = int(i % eventsPerRotation);
    const bool failing = rotation % 7 == 3;
    Event e;
    e.rotationInfoId = rotation + 1;
    e.user = users.at(mix(quint64(rotation) + 17) % users.size());
    if (e.user.id == SandboxUser::auditorId) // the auditor never rotates
        e.user = users.first();
    e.when = seedEpoch.addSecs(rotation * 2220 + slot * 180 + qint64(mix(quint64(i)) % 60));
    if (slot == 0) {
        e.action = QStringLiteral("Rotation Requested");
        e.status = RotationEngine::RotationRequested;
    } else if (slot == eventsPerRotation - 1) {
        e.action = QStringLiteral("Rotation Completed");
        e.status = RotationEngine::SessionDataRotationCompleted;
    } else if (failing && slot == 5) {
        e.action = QStringLiteral("Rotation Failed");
        e.status = RotationEngine::FailedAfterRotation;
    } else if (failing && slot == 6) {
        e.action = QStringLiteral("Retry Requested");
        e.status = RotationEngine::MarkDataCompleted;
    } else {
        e.action = QStringLiteral("Status Changed");
        e.status = slot + 1;
    }
    const int note = int(mix(quint64(i) * 31 + 7) % (hostileNoteCount * 2));
    e.notes = note < hostileNoteCount ? QString::fromUtf8(hostileNotes[note])
                                      : QStringLiteral("Status changed to %1.").arg(RotationEngine::statusName(e.status));
    if (e.action == QLatin1String("Rotation Failed"))
        e.notes = QStringLiteral("Data re-encryption failed on node B: timeout, 3 items left.");
    return e;
}
