#include "services/Workspace.h"

#include "services/AuditBrowser.h"
#include "services/ConfigurationService.h"
#include "services/RotationEventsReader.h"
#include "services/RotationHistoryReader.h"
#include "services/RotationMonitor.h"
#include "services/SecretKeyMonitor.h"
#include "session/Session.h"

namespace km {

Workspace::Workspace(Session *session, QObject *parent)
    : QObject(parent), m_session(session), m_configuration(new ConfigurationService(session, this)),
      m_rotation(new RotationMonitor(session, this)), m_secretKeys(new SecretKeyMonitor(session, this)),
      m_audit(new AuditBrowser(session->client(), this)), m_history(new RotationHistoryReader(session->client(), this)),
      m_lastCompletedReader(new RotationHistoryReader(session->client(), this))
{
    // Only the rotation endpoint says whether this account may administer (hasPermission): the
    // monitor keeps it in the server's state, and the configuration is read-only without it.
    const auto applyPermission = [this] { m_configuration->fields()->setReadOnly(!m_session->server()->mayAdminister().value_or(true)); };
    connect(session->server(), &ServerState::permissionChanged, this, applyPermission);
    applyPermission(); // the Servers page may have read it already
    connect(m_rotation, &RotationMonitor::infoChanged, this, [this] {
        if (!m_rotation->hasInfo())
            return;
        // A rotation that has just ended may have made a new key: its age starts again.
        const int state = int(m_rotation->info().processState);
        if (m_lastProcessState != -2 && state != m_lastProcessState && state == int(ProcessState::Completed))
            refreshKeyAge();
        m_lastProcessState = state;
    });
    connect(m_lastCompletedReader, &RotationHistoryReader::finished, this, [this](bool ok, const QString &) {
        if (!ok)
            return;
        m_keyAgeRead = true;
        m_lastCompleted = m_lastCompletedReader->history().lastCompleted();
        Q_EMIT keyAgeChanged();
    });
    connect(session->server(), &ServerState::policyChanged, this, &Workspace::keyAgeChanged);
    connect(session->client(), &ApiClient::requestFinished, this, &Workspace::onRequestFinished);
    connect(m_rotation, &RotationMonitor::countdownChanged, this, &Workspace::connectionChanged);
}

Workspace::~Workspace()
{
    stop();
}

void Workspace::reload()
{
    if (!m_session->client()->isSignedIn())
        return;
    m_configuration->load();
    m_audit->loadUsers();
    m_audit->reload();
    if (m_rotation->isRunning())
        m_rotation->pollNow();
    else
        m_rotation->start();
    if (m_secretKeys->isRunning())
        m_secretKeys->pollNow();
    else
        m_secretKeys->start();
    refreshKeyAge();
}

void Workspace::refreshKeyAge()
{
    RotationHistoryReader::Options options;
    options.untilLastCompleted = true;
    m_lastCompletedReader->start(options);
}

KeyAge Workspace::keyAge() const
{
    return KeyAge::at(*m_session->client()->clock(), m_lastCompleted, m_session->server()->rotationPolicyDays());
}

void Workspace::stop()
{
    m_rotation->stop();
    m_secretKeys->stop();
    m_history->cancel();
    m_lastCompletedReader->cancel();
}

void Workspace::onRequestFinished(bool ok, const ApiError &error)
{
    // Only failures to reach the server make the connection "lost"; a refusal is an answer.
    const bool unreachable = !ok && (error.isTransient() || error.kind() == ApiError::HostNotFound || error.kind() == ApiError::Tls);
    if (ok || !unreachable) {
        if (!m_lost)
            return;
        m_lost = false;
        m_problem.clear();
        Q_EMIT connectionChanged();
        // What the pages show was read before the outage, or failed during it: read it again.
        reloadShown();
        Q_EMIT connectionRestored();
        return;
    }
    const bool wasLost = std::exchange(m_lost, true);
    m_problem = error.message();
    if (!wasLost) {
        m_lostSince = m_session->client()->clock()->utcNow();
        m_rotation->pollNow(); // the poll is the heartbeat: it backs off and finds the server again
    }
    Q_EMIT connectionChanged();
}

qint64 Workspace::lostForSeconds() const
{
    return m_lostSince.isValid() ? std::max<qint64>(0, m_lostSince.secsTo(m_session->client()->clock()->utcNow())) : 0;
}

int Workspace::secondsUntilRetry() const
{
    return m_rotation->secondsUntilNextPoll();
}

bool Workspace::isWaitingAsServerAsked() const
{
    return m_rotation->isWaitingAsServerAsked();
}

void Workspace::retryNow()
{
    m_rotation->pollNow();
    reloadShown();
}

void Workspace::reloadShown()
{
    if (!m_session->client()->isSignedIn())
        return;
    if (!m_configuration->fields()->isDirty()) // never replace what the administrator is editing
        m_configuration->load();
    m_audit->reload();
    m_secretKeys->pollNow();
    refreshKeyAge();
}

RotationEventsReader *Workspace::readRotationEvents(const RotationSummary &rotation, QObject *owner) const
{
    auto *reader = new RotationEventsReader(m_session->client(), owner);
    reader->start(rotation);
    return reader;
}

} // namespace km
