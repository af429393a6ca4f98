#include "models/RotationHistory.h"

#include "models/AuditPageReader.h"
#include "models/JsonFields.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace km {

namespace {
struct RotationHistoryTr
{
    Q_DECLARE_TR_FUNCTIONS(RotationHistory)
};

int digits(const char *p, int n)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return -1;
        v = v * 10 + (p[i] - '0');
    }
    return v;
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}
} // namespace

QString RotationOutcome::key(Outcome outcome)
{
    switch (outcome) {
    case Completed: return QStringLiteral("Completed");
    case FailedBeforeKeySwap: return QStringLiteral("FailedBeforeKeySwap");
    case FailedAfterKeySwap: return QStringLiteral("FailedAfterKeySwap");
    case Running: return QStringLiteral("Running");
    }
    return QString();
}

QString RotationOutcome::label(Outcome outcome)
{
    switch (outcome) {
    case Completed: return RotationHistoryTr::tr("Completed");
    case FailedBeforeKeySwap: return RotationHistoryTr::tr("Failed before the key changed");
    case FailedAfterKeySwap: return RotationHistoryTr::tr("Failed after the key changed");
    case Running: return RotationHistoryTr::tr("Running or stopped");
    }
    return QString();
}

std::optional<qint64> RotationSummary::durationSeconds() const
{
    if (!startedUtc.isValid() || !endedUtc.isValid())
        return std::nullopt;
    return std::max<qint64>(0, startedUtc.secsTo(endedUtc));
}

bool parseUtcMs(QByteArrayView text, qint64 *ms)
{
    const char *p = text.data();
    if (text.size() == 20 && p[4] == '-' && p[7] == '-' && p[10] == 'T' && p[13] == ':' && p[16] == ':' && p[19] == 'Z') {
        const int y = digits(p, 4), mo = digits(p + 5, 2), d = digits(p + 8, 2);
        const int h = digits(p + 11, 2), mi = digits(p + 14, 2), s = digits(p + 17, 2);
        if (y >= 0 && QDate::isValid(y, mo, d) && h >= 0 && h < 24 && mi >= 0 && mi < 60 && s >= 0 && s < 60) {
            const qint64 days = QDate(y, mo, d).toJulianDay() - QDate(1970, 1, 1).toJulianDay();
            *ms = ((days * 24 + h) * 60 + mi) * 60000LL + s * 1000LL;
            return true;
        }
    }
    const QDateTime dt = JsonFields::parseDateTime(QString::fromUtf8(text));
    if (!dt.isValid())
        return false;
    *ms = dt.toMSecsSinceEpoch();
    return true;
}

bool RotationHistory::add(const AuditRecordView &event, QString *problem)
{
    ++m_events;
    if (!event.hasRotationId) {
        ++m_unattributed;
        return true;
    }
    qint64 ms = 0;
    if (!parseUtcMs(event.date, &ms)) {
        if (problem)
            *problem = QStringLiteral("\"%1\" is not an ISO 8601 date-time").arg(QString::fromUtf8(event.date).left(40));
        return false;
    }
    const MekStatus::Status status = MekStatus::fromName(QString::fromLatin1(event.status));
    auto it = m_folds.find(event.rotationId);
    if (it == m_folds.end()) {
        it = m_folds.insert(event.rotationId, Fold{});
        it->firstMs = it->lastMs = ms;
        it->firstAuditId = it->lastAuditId = event.auditId;
        it->firstUser = QString::fromUtf8(event.displayName);
        it->firstUserName = QString::fromUtf8(event.userName);
        it->lastStatus = status;
    } else {
        // Chronological order: by date, then by audit id (events of one second keep their order).
        if (ms < it->firstMs || (ms == it->firstMs && event.auditId < it->firstAuditId)) {
            it->firstMs = ms;
            it->firstAuditId = event.auditId;
            it->firstUser = QString::fromUtf8(event.displayName);
            it->firstUserName = QString::fromUtf8(event.userName);
        }
        if (ms > it->lastMs || (ms == it->lastMs && event.auditId > it->lastAuditId)) {
            it->lastMs = ms;
            it->lastAuditId = event.auditId;
            it->lastStatus = status;
        }
    }
    ++it->events;
    if (MekStatus::isFailure(status))
        ++it->failures;
    return true;
}

RotationSummary RotationHistory::summarize(qint64 id, const Fold &fold) const
{
    RotationSummary s;
    s.rotationId = id;
    s.requestedBy = fold.firstUser.isEmpty() ? fold.firstUserName : fold.firstUser;
    s.requestedByUserName = fold.firstUserName;
    s.startedUtc = fromMs(fold.firstMs);
    s.lastEventUtc = fromMs(fold.lastMs);
    s.lastStatus = fold.lastStatus;
    s.events = fold.events;
    switch (fold.lastStatus) {
    case MekStatus::SessionDataRotationCompleted: s.outcome = RotationOutcome::Completed; break;
    case MekStatus::ProcessCompletedWithErrorsBeforeRotation: s.outcome = RotationOutcome::FailedBeforeKeySwap; break;
    case MekStatus::ProcessFailedAfterRotation: s.outcome = RotationOutcome::FailedAfterKeySwap; break;
    default: s.outcome = RotationOutcome::Running; break;
    }
    if (s.outcome != RotationOutcome::Running)
        s.endedUtc = s.lastEventUtc;
    // Every failure but a final one was followed by more work: a retry.
    s.retries = std::max(0, fold.failures - (MekStatus::isFailure(fold.lastStatus) ? 1 : 0));
    return s;
}

QList<RotationSummary> RotationHistory::summaries() const
{
    QList<RotationSummary> out;
    out.reserve(m_folds.size());
    for (auto it = m_folds.cbegin(); it != m_folds.cend(); ++it)
        out << summarize(it.key(), it.value());
    std::sort(out.begin(), out.end(), [](const RotationSummary &a, const RotationSummary &b) {
        return a.startedUtc != b.startedUtc ? a.startedUtc > b.startedUtc : a.rotationId > b.rotationId;
    });
    return out;
}

std::optional<RotationSummary> RotationHistory::lastCompleted() const
{
    std::optional<RotationSummary> best;
    for (auto it = m_folds.cbegin(); it != m_folds.cend(); ++it) {
        if (it->lastStatus != MekStatus::SessionDataRotationCompleted)
            continue;
        if (!best || it->lastMs > best->endedUtc.toMSecsSinceEpoch())
            best = summarize(it.key(), it.value());
    }
    return best;
}

std::optional<RotationSummary> RotationHistory::summary(qint64 rotationId) const
{
    const auto it = m_folds.constFind(rotationId);
    if (it == m_folds.cend())
        return std::nullopt;
    return summarize(it.key(), it.value());
}

void RotationHistory::clear()
{
    m_folds.clear();
    m_events = 0;
    m_unattributed = 0;
}

KeyAge KeyAge::of(const QDateTime &lastCompletedUtc, const QDateTime &nowUtc, int policyDays, int warnDays)
{
    KeyAge a;
    a.policyDays = policyDays;
    if (!lastCompletedUtc.isValid()) {
        a.state = Unknown;
        return a;
    }
    a.ageDays = std::max<double>(0.0, double(lastCompletedUtc.msecsTo(nowUtc)) / 86400000.0);
    a.daysLeft = int(std::floor(double(policyDays) - a.ageDays));
    a.state = a.ageDays > policyDays ? Overdue : a.ageDays > policyDays - warnDays ? DueSoon : Fresh;
    return a;
}

KeyAge KeyAge::at(const Clock &clock, const std::optional<RotationSummary> &lastCompleted, int policyDays, int warnDays)
{
    return of(lastCompleted ? lastCompleted->endedUtc : QDateTime(), clock.utcNow(), policyDays, warnDays);
}

QString KeyAge::sentence() const
{
    const QString age = QLocale().toString(ageDays, 'f', 1);
    switch (state) {
    case Unknown:
        return RotationHistoryTr::tr("No completed rotation is known, so the key's age is unknown (policy: at most %n day(s)).", nullptr,
                                     policyDays);
    case Fresh: return RotationHistoryTr::tr("The key is %1 days old; the policy allows %n day(s).", nullptr, policyDays).arg(age);
    case DueSoon:
        return RotationHistoryTr::tr("The key is %1 days old and due for rotation within %n day(s).", nullptr, std::max(daysLeft, 0))
            .arg(age);
    case Overdue:
        return RotationHistoryTr::tr("The key is %1 days old: OVERDUE, the policy allows %n day(s).", nullptr, policyDays).arg(age);
    }
    return QString();
}

} // namespace km
