#include "sandbox/RotationEngine.h"

namespace km {

namespace {
const char *const names[] = {
    "NeverRun",
    "RotationRequested",
    "KeyRotationStarted",
    "KeyRotationCompleted",
    "PendingRestart",
    "MarkDataStarted",
    "MarkDataCompleted",
    "DataRotationStarted",
    "DataRotationCompleted",
    "SessionDataRotationStarted",
    "SessionDataRotationCompleted",
    "ProcessCompletedWithErrorsBeforeRotation",
    "ProcessFailedAfterRotation",
};

const char *const sentences[] = {
    "",
    "Rotation requested.",
    "A new master encryption key is being created.",
    "The new master encryption key is in place.",
    "Waiting for the application to restart.",
    "Marking data for re-encryption.",
    "Data marked for re-encryption.",
    "Re-encrypting data.",
    "Data re-encrypted.",
    "Re-encrypting session data.",
    "Session data re-encrypted.",
    "",
    "",
};
} // namespace

RotationEngine::RotationEngine(SandboxStore *store, int stepMs, QObject *parent)
    : QObject(parent), m_store(store), m_state(store->rotation())
{
    m_timer.setInterval(stepMs);
    connect(&m_timer, &QTimer::timeout, this, &RotationEngine::tick);
}

QString RotationEngine::statusName(int status)
{
    return status >= 0 && status <= FailedAfterRotation ? QLatin1String(names[status]) : QString();
}

int RotationEngine::statusFromName(const QString &name)
{
    for (int i = 0; i <= FailedAfterRotation; ++i) {
        if (name.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

bool RotationEngine::isActive() const
{
    const QString &s = m_state.processState;
    return s == QLatin1String("Pending") || s == QLatin1String("Running") || s == QLatin1String("Retry");
}

void RotationEngine::resumeIfActive()
{
    if (isActive())
        m_timer.start();
}

QString RotationEngine::start(const SandboxStore::User &by)
{
    if (isActive())
        return QStringLiteral("A master encryption key rotation is already in progress.");
    if (m_state.processState == QLatin1String("Failed"))
        return QStringLiteral("The last master encryption key rotation failed. Retry it before starting another.");
    if (m_replication)
        return QStringLiteral("Master encryption key rotation is not allowed while geo-replication is enabled.");

    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_state.rotationInfoId += 1;
    m_state.processState = QStringLiteral("Pending");
    m_state.started = now;
    m_state.itemsToRotate = 0;
    m_state.failedAt = -1;
    m_state.errorMessage.clear();
    m_state.dataTick = 0;
    m_state.requestedBy = by.id;
    m_state.fromSeed = false;
    enter(RotationRequested, QStringLiteral("Rotation Requested"), QStringLiteral("Rotation requested."));
    if (!failHere())
        m_timer.start();
    return QString();
}

QString RotationEngine::retry(const SandboxStore::User &by)
{
    if (m_state.processState != QLatin1String("Failed") || m_state.failedAt < 0)
        return QStringLiteral("There is no failed master encryption key rotation step to retry.");
    m_state.processState = QStringLiteral("Retry");
    m_state.errorMessage.clear();
    m_state.requestedBy = by.id;
    const int step = m_state.failedAt;
    m_state.failedAt = -1;
    enter(step, QStringLiteral("Retry Requested"), QStringLiteral("Retrying from %1.").arg(statusName(step)));
    m_timer.start();
    return QString();
}

void RotationEngine::enter(int status, const QString &action, const QString &notes)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_state.status = status;
    m_state.statusUpdated = now;
    m_store->saveRotation(m_state);
    m_store->appendRotationAudit(m_state.rotationInfoId, action, status, SandboxUser::byId(m_state.requestedBy), notes, now);
}

// When the walk reaches the --fail-at status, the rotation stops there as failed (once).
bool RotationEngine::failHere()
{
    if (m_failAt < 0 || m_state.status != m_failAt)
        return false;
    const int failedStep = m_state.status;
    m_failAt = -1;
    m_timer.stop();
    m_state.failedAt = failedStep;
    m_state.processState = QStringLiteral("Failed");
    m_state.lastEnd = QDateTime::currentDateTimeUtc();
    const bool beforeSwap = failedStep < KeyRotationCompleted;
    m_state.errorMessage =
        QStringLiteral("The rotation failed at %1: simulated failure (--fail-at). %2")
            .arg(statusName(failedStep), beforeSwap ? QStringLiteral("The master encryption key was not changed.")
                                                    : QStringLiteral("The new key is in place; retry to finish re-encrypting."));
    enter(beforeSwap ? FailedBeforeRotation : FailedAfterRotation, QStringLiteral("Rotation Failed"), m_state.errorMessage);
    // The status shown is the failure ending; the step to retry is kept in failedAt.
    return true;
}

void RotationEngine::tick()
{
    if (!isActive()) {
        m_timer.stop();
        return;
    }
    if (m_state.processState == QLatin1String("Retry") || m_state.processState == QLatin1String("Pending")) {
        // The step being (re)tried is now running.
        m_state.processState = QStringLiteral("Running");
        if (m_state.status == RotationRequested) {
            enter(KeyRotationStarted, QStringLiteral("Status Changed"), QLatin1String(sentences[KeyRotationStarted]));
            failHere();
        } else {
            m_store->saveRotation(m_state);
        }
        return;
    }
    if (m_state.status == DataRotationStarted && m_state.dataTick < dataTicks) {
        // Re-encryption in progress: the remaining items count down.
        m_state.dataTick += 1;
        const int left = m_state.totalItems - m_state.totalItems * m_state.dataTick / (dataTicks + 1);
        m_state.itemsToRotate = left;
        m_state.statusUpdated = QDateTime::currentDateTimeUtc();
        m_store->saveRotation(m_state);
        return;
    }
    const int next = m_state.status + 1;
    if (next == MarkDataCompleted)
        m_state.itemsToRotate = m_state.totalItems;
    if (next == DataRotationCompleted)
        m_state.itemsToRotate = 0;
    if (next > SessionDataRotationCompleted) {
        m_timer.stop();
        m_state.processState = QStringLiteral("Completed");
        m_state.lastEnd = QDateTime::currentDateTimeUtc();
        m_state.completedOnce = true;
        m_state.itemsToRotate = 0;
        m_store->saveRotation(m_state);
        m_store->appendRotationAudit(m_state.rotationInfoId, QStringLiteral("Rotation Completed"), m_state.status,
                                     SandboxUser::byId(m_state.requestedBy), QStringLiteral("Master encryption key rotation completed."),
                                     m_state.lastEnd);
        return;
    }
    enter(next, QStringLiteral("Status Changed"), QLatin1String(sentences[next]));
    failHere();
}

} // namespace km
