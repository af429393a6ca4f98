#include "services/SecretKeyMonitor.h"

#include "session/Session.h"

#include "models/SecretKeyText.h"

SecretKeyMonitor::SecretKeyMonitor(Session *session, QObject *parent)
    : QObject(parent), m_session(session), m_client(session->client())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &ClockTimer::timeout, this, &SecretKeyMonitor::poll);
    // A configuration save starts a secret-key rotation on the server: follow it from now.
    connect(m_session, &Session::maintenanceChanged, this, [this](bool on) {
        if (!on)
            return;
        m_followSave = true;
        m_replies.supersede(); // a status asked before the save cannot tell about its run
        m_pollInFlight = false;
        pollNow();
    });
}

void SecretKeyMonitor::start()
{
    m_running = true;
    pollNow();
}

void SecretKeyMonitor::stop()
{
    m_running = false;
    m_replies.supersede();
    m_pollInFlight = false;
    m_timer.stop();
}

void SecretKeyMonitor::pollNow()
{
    if (!m_running || m_pollInFlight)
        return;
    m_timer.stop();
    poll();
}

void SecretKeyMonitor::poll()
{
    if (!m_running || m_pollInFlight)
        return;
    m_pollInFlight = true;
    const ReplyGuard::Ticket ticket = m_replies.ticket();
    m_client->getSecretKeyRotationStatus(this, [this, ticket](const ApiResult<SecretKeyRotationStatus> &r) {
        if (!m_replies.isCurrent(ticket))
            return;
        m_pollInFlight = false;
        if (r.ok()) {
            m_lastError = ApiError();
            m_backoff.reset();
            apply(r.value);
        } else if (r.error.kind() != ApiError::Cancelled) {
            m_lastError = r.error;
            Q_EMIT connectionLost(r.error);
            Q_EMIT statusChanged();
        }
        scheduleNext();
    });
}

void SecretKeyMonitor::scheduleNext()
{
    if (!m_running)
        return;
    std::chrono::milliseconds next{0};
    if (m_lastError.isError())
        next = m_backoff.next(m_lastError.retryAfterSeconds());
    else if (isRotationRunning() || m_followSave)
        next = m_activeInterval;
    else
        next = m_idleInterval;
    if (next.count() > 0) {
        if (m_timer.clock() != m_session->client()->clock())
            m_timer.setClock(m_session->client()->clock());
        m_timer.start(next);
    }
}

void SecretKeyMonitor::apply(const SecretKeyRotationStatus &status)
{
    const bool wasRunning = isRotationRunning();
    const bool running = status.isRunning();
    // A different request date is a different run: its rate starts afresh.
    if (!running || status.lastRequestUtc != m_status.lastRequestUtc)
        m_rate.reset();
    if (running && !status.isCancelling)
        m_rate.addSample(m_session->client()->clock()->monotonicMs(), status.secretsLeft());
    m_status = status;
    m_hasStatus = true;
    if (!running) {
        m_cancelRequested = false;
        m_followSave = false;
    }
    m_session->setSecretKeyRotationRunning(running ? SecretKeyText::running(m_status, secretsPerSecond(), isCancelling() ? std::nullopt : secondsLeft()) : QString());
    Q_EMIT statusChanged();
    if (wasRunning && !running)
        Q_EMIT runEnded(status.outcome());
}

QString SecretKeyMonitor::progressText() const
{
    // No time left while cancelling: the run is stopping, not completing.
    return SecretKeyText::progress(m_status, secretsPerSecond(), isCancelling() ? std::nullopt : secondsLeft());
}

QString SecretKeyMonitor::whyNotStart() const
{
    if (m_acting)
        return tr("A request is already on its way to the server.");
    if (!m_hasStatus)
        return tr("The state of the secret-key rotation has not been read yet.");
    if (isConnectionLost())
        return tr("The server cannot be reached; what is shown may be out of date.");
    if (m_status.isRunning())
        return tr("A secret-key rotation is already running (%1).").arg(progressText());
    return QString();
}

QString SecretKeyMonitor::whyNotCancel() const
{
    if (m_acting)
        return tr("A request is already on its way to the server.");
    if (!m_hasStatus || !m_status.isRunning())
        return tr("No secret-key rotation is running.");
    if (isCancelling())
        return tr("The secret-key rotation is already being cancelled.");
    return QString();
}

bool SecretKeyMonitor::requestStart()
{
    return whyNotStart().isEmpty() && act(Start);
}

bool SecretKeyMonitor::requestCancel()
{
    return whyNotCancel().isEmpty() && act(Cancel);
}

bool SecretKeyMonitor::act(Action action)
{
    if (m_acting)
        return false;
    m_acting = true;
    Q_EMIT statusChanged();
    auto done = [this, action](const ApiResult<SecretKeyRotationStatus> &r) {
        m_acting = false;
        if (r.ok()) {
            if (action == Cancel)
                m_cancelRequested = true;
            m_replies.supersede(); // a poll sent before this write tells less than its reply
            m_pollInFlight = false;
            apply(r.value);
            if (action == Cancel && !r.value.isRunning())
                m_cancelRequested = false;
            if (m_running) {
                m_timer.stop();
                scheduleNext();
            }
        }
        Q_EMIT actionFinished(action, r.error);
        Q_EMIT statusChanged();
    };
    if (action == Start)
        m_client->rotateSecretKeys(this, done);
    else
        m_client->cancelSecretKeyRotation(this, done);
    return true;
}

void SecretKeyMonitor::explainRefusal(const ApiError &refusal, QObject *context, const std::function<void(const QString &)> &done)
{
    // Only a refusal of the request itself can be one; a permission, a lost session or a
    // transport failure says what it is.
    if (refusal.kind() != ApiError::BadRequest && refusal.kind() != ApiError::HttpError) {
        done(QString());
        return;
    }
    m_client->getSecretKeyRotationStatus(context, [this, done](const ApiResult<SecretKeyRotationStatus> &r) {
        if (!r.ok()) {
            done(QString());
            return;
        }
        apply(r.value);
        done(r.value.isRunning() ? SecretKeyText::refusedWhileRunning(r.value) : QString());
    });
}
