#include "services/SecretKeyMonitor.h"

#include "session/Session.h"

#include "models/SecretKeyText.h"

namespace km {

SecretKeyMonitor::SecretKeyMonitor(Session *session, QObject *parent) : PollingMonitor(session, parent)
{
    // A configuration save starts a secret-key rotation on the server: follow it from now.
    connect(m_session->server(), &ServerState::maintenanceChanged, this, [this](bool on) {
        if (!on)
            return;
        m_followSave = true;
        dropPolls(); // a status asked before the save cannot tell about its run
        pollNow();
    });
}

void SecretKeyMonitor::poll()
{
    const std::optional<ReplyGuard::Ticket> ticket = beginPoll();
    if (!ticket)
        return;
    m_client->getSecretKeyRotationStatus(this, [this, ticket](const ApiResult<SecretKeyRotationStatus> &r) {
        if (!takeReply(*ticket))
            return;
        if (noteReply(r.error)) {
            apply(r.value);
        } else if (r.error.kind() != ApiError::Cancelled) {
            Q_EMIT connectionLost(r.error);
            Q_EMIT statusChanged();
        }
        scheduleNext();
    });
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
    m_session->server()->setSecretKeyRotationRunning(
        running ? SecretKeyText::running(m_status, secretsPerSecond(), isCancelling() ? std::nullopt : secondsLeft()) : QString());
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
    if (isActing())
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
    if (isActing())
        return tr("A request is already on its way to the server.");
    if (!m_hasStatus || !m_status.isRunning())
        return tr("No secret-key rotation is running.");
    if (isConnectionLost())
        return tr("The server cannot be reached; what is shown may be out of date.");
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
    auto applied = [this, action](const SecretKeyRotationStatus &status) {
        if (action == Cancel)
            m_cancelRequested = true;
        dropPolls(); // a poll sent before this write tells less than its reply
        apply(status);
        if (action == Cancel && !status.isRunning())
            m_cancelRequested = false;
    };
    return writeOnce(action == Start ? &ApiClient::rotateSecretKeys : &ApiClient::cancelSecretKeyRotation, applied,
                     [this, action](const ApiError &error) { Q_EMIT actionFinished(action, error); });
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

} // namespace km
