#include "services/RotationMonitor.h"

#include "session/Session.h"

#include "models/RotationProgress.h"

#include <algorithm>
#include <utility>

namespace km {

RotationMonitor::RotationMonitor(Session *session, QObject *parent)
    : PollingMonitor(session, parent), m_timeline(new RotationTimelineModel(this))
{
    m_countdown.setInterval(1000);
    connect(&m_countdown, &ClockTimer::timeout, this, [this] {
        Q_EMIT countdownChanged(secondsUntilNextPoll());
        if (!m_timer.isActive())
            m_countdown.stop();
    });
    // A configuration save starts maintenance: ask at once whether the server did enter it (one
    // that did not allows a rotation again at once), then follow it at the active pace.
    connect(m_session->server(), &ServerState::maintenanceChanged, this, [this](bool on) {
        if (on) {
            ++m_maintenanceEpoch;
            pollNow();
        }
        Q_EMIT infoChanged();
    });
    // A secret-key rotation, whoever started it, holds a start back (eligibility): say so when one
    // begins or ends (its progress alone changes no decision).
    connect(m_session->server(), &ServerState::secretKeyRotationChanged, this, [this] {
        const bool running = !m_session->server()->secretKeyRotationRunning().isEmpty();
        if (std::exchange(m_secretKeysRunning, running) != running)
            Q_EMIT infoChanged();
    });
}

void RotationMonitor::setClock(Clock *clock)
{
    m_clock = clock ? clock : Clock::system();
    const bool wasScheduled = m_timer.isActive();
    const qint64 left = m_timer.remainingTime();
    m_timer.setClock(m_clock);
    m_countdown.setClock(m_clock);
    if (wasScheduled) {
        m_timer.start(std::chrono::milliseconds(left));
        m_countdown.start();
    }
}

QString RotationMonitor::host() const
{
    return m_session->host();
}

void RotationMonitor::setWindowActive(bool active)
{
    const bool becameActive = active && !m_windowActive;
    m_windowActive = active;
    m_backoff.configure(m_backoffFirst, active ? m_capActive : m_capInactive);
    if (becameActive && isConnectionLost())
        pollNow(); // the administrator is back at the window: try at once
}

std::optional<std::chrono::milliseconds> RotationMonitor::failingFor() const
{
    if (!m_failingSinceMs)
        return std::nullopt;
    return std::chrono::milliseconds(m_clock->monotonicMs() - *m_failingSinceMs);
}

int RotationMonitor::secondsUntilNextPoll() const
{
    if (!m_timer.isActive())
        return 0;
    return int((m_timer.remainingTime() + 999) / 1000);
}

void RotationMonitor::poll()
{
    const std::optional<ReplyGuard::Ticket> ticket = beginPoll();
    if (!ticket)
        return;
    const int maintenanceEpoch = m_maintenanceEpoch;
    m_client->getRotationInfo(this, [this, ticket, maintenanceEpoch](const ApiResult<RotationInfo> &r) {
        if (!takeReply(*ticket))
            return;
        if (maintenanceEpoch != m_maintenanceEpoch && r.ok()) {
            poll(); // asked before the save: it cannot say whether the save's maintenance has ended
            return;
        }
        const bool wasLost = isConnectionLost();
        if (noteReply(r.error)) {
            m_failingSinceMs.reset();
            apply(r.value);
            if (wasLost)
                Q_EMIT connectionRestored();
        } else if (isConnectionLost() && !m_failingSinceMs) {
            m_failingSinceMs = m_clock->monotonicMs();
        }
        scheduleNext();
        if (m_lastError.isError()) {
            Q_EMIT connectionLost(m_lastError, secondsUntilNextPoll());
            Q_EMIT infoChanged(); // what is shown is now possibly out of date
        }
    });
}

bool RotationMonitor::atActivePace() const
{
    return (m_hasInfo && m_info.isActive()) || m_session->server()->inMaintenance();
}

void RotationMonitor::apply(const RotationInfo &info)
{
    const bool wasActive = m_hasInfo && m_info.isActive();
    // A different start time is a different rotation: its history starts afresh.
    if (info.startedUtc != m_historyStartedUtc) {
        m_history.clear();
        m_rate.reset();
        m_lastDone = 0;
        m_historyStartedUtc = info.startedUtc;
    }
    if (info.status != MekStatus::NeverRun && (m_history.isEmpty() || m_history.last().status != info.status))
        m_history.append({info.status, info.statusUpdatedUtc.isValid() ? info.statusUpdatedUtc : m_clock->utcNow()});
    const RotationProgress progress = RotationProgress::of(info, m_lastDone);
    if (progress.isReEncrypting())
        m_rate.addSample(m_clock->monotonicMs(), progress.left);
    m_lastDone = std::max(m_lastDone, progress.done);
    m_info = info;
    m_hasInfo = true;
    m_timeline->update(m_info, m_history);
    ServerState *server = m_session->server();
    server->setMayAdminister(info.hasPermission);
    // Maintenance after a configuration save ends when the server allows a rotation again; the
    // change says infoChanged (the constructor's connection), so the views refresh once per reply.
    if (server->inMaintenance() && (!info.hasPermission || info.canRequestRotation))
        server->setMaintenance(false);
    else
        Q_EMIT infoChanged();
    const bool ended = info.processState == ProcessState::Completed || info.processState == ProcessState::Failed;
    if (wasActive && ended)
        Q_EMIT rotationEnded(info.processState == ProcessState::Completed);
}

RotationEligibility RotationMonitor::eligibility() const
{
    RotationEligibility::Context context;
    context.info = m_hasInfo ? &m_info : nullptr;
    context.acting = isActing();
    context.maintenance = m_session->server()->inMaintenance();
    context.secretKeys = m_session->server()->secretKeyRotationRunning();
    context.stale = isConnectionLost();
    return RotationEligibility(context);
}

bool RotationMonitor::requestStart()
{
    return eligibility().canStart() && act(Start);
}

bool RotationMonitor::requestRetry()
{
    return eligibility().canRetry() && act(Retry);
}

bool RotationMonitor::act(Action action)
{
    // Followed from its reply on at the active pace.
    return writeOnce(
        action == Start ? &ApiClient::startRotation : &ApiClient::retryRotation, [this](const RotationInfo &info) { apply(info); },
        [this, action](const ApiError &error) { Q_EMIT actionFinished(action, error); });
}

} // namespace km
