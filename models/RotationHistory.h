#pragma once

#include "models/Clock.h"
#include "models/MekStatus.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace km {

struct AuditRecordView;

// How a rotation ended, from the statuses its audit events recorded (the published status enum;
// the audit's action words are not published, so they decide nothing).
namespace RotationOutcome {
enum Outcome { Completed, FailedBeforeKeySwap, FailedAfterKeySwap, Running };
QString key(Outcome outcome);   // "Completed", "FailedBeforeKeySwap", … (the report's stable words)
QString label(Outcome outcome); // translated
} // namespace RotationOutcome

// One rotation, summed up from its audit events.
struct RotationSummary
{
    qint64 rotationId = 0;
    QString requestedBy;         // the display name of whoever made the first event
    QString requestedByUserName; // and their user name
    QDateTime startedUtc;        // the first event
    QDateTime endedUtc;          // the last event, once it completed or failed; invalid while running
    QDateTime lastEventUtc;
    RotationOutcome::Outcome outcome = RotationOutcome::Running;
    MekStatus::Status lastStatus = MekStatus::Unknown;
    int retries = 0; // failures that were followed by more work
    int events = 0;

    std::optional<qint64> durationSeconds() const; // started to ended; none while running
};

// Folds audit events, in any order, into one summary per rotation (masterEncryptionKeyRotation-
// InfoId). Memory grows with the number of rotations, not of events, so a million events stream
// through it. Events without a rotation id are counted and otherwise left out.
class RotationHistory
{
public:
    // false (with *problem) when the event's date or status cannot be read.
    bool add(const AuditRecordView &event, QString *problem = nullptr);

    QList<RotationSummary> summaries() const;             // newest first (by start, then id)
    std::optional<RotationSummary> lastCompleted() const; // the one that completed last
    std::optional<RotationSummary> summary(qint64 rotationId) const;
    qint64 eventCount() const { return m_events; }
    qint64 unattributedCount() const { return m_unattributed; }
    int rotationCount() const { return int(m_folds.size()); }
    void clear();

private:
    struct Fold
    {
        qint64 firstMs = 0, firstAuditId = 0;
        qint64 lastMs = 0, lastAuditId = 0;
        QString firstUser, firstUserName;
        MekStatus::Status lastStatus = MekStatus::Unknown;
        int failures = 0;
        int events = 0;
    };
    RotationSummary summarize(qint64 id, const Fold &fold) const;

    QHash<qint64, Fold> m_folds;
    qint64 m_events = 0;
    qint64 m_unattributed = 0;
};

// How old the master encryption key is against a policy (maximum age in days): the age counts from
// the last completed rotation; within warnDays of the limit it is due soon.
struct KeyAge
{
    enum State { Unknown, Fresh, DueSoon, Overdue };
    State state = Unknown; // Unknown: no completed rotation is known
    double ageDays = 0;    // one decimal is what is shown
    int policyDays = 365;
    int daysLeft = 0; // negative when overdue

    static KeyAge of(const QDateTime &lastCompletedUtc, const QDateTime &nowUtc, int policyDays, int warnDays = 30);
    // Now, by the injected clock: the one way the window, the Servers page, the report and
    // "rotation status --max-age-days" judge a key.
    static KeyAge at(const Clock &clock, const std::optional<RotationSummary> &lastCompleted, int policyDays, int warnDays = 30);
    QString sentence() const; // translated: "The key is 123.4 days old (policy: 365 days)."
};

// Reads "2024-05-01T10:00:00Z" (and every other form JsonFields accepts) into milliseconds since
// the epoch, UTC; the canonical form without building a QDateTime. false when it is not a date.
bool parseUtcMs(QByteArrayView text, qint64 *ms);

} // namespace km
