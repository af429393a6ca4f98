#include "services/PollingMonitor.h"

#include "session/Session.h"

#include "api/ReadRetry.h"

namespace km {

PollingMonitor::PollingMonitor(Session *session, QObject *parent) : QObject(parent), m_session(session), m_client(session->client())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &ClockTimer::timeout, this, [this] { poll(); });
}

Clock *PollingMonitor::timerClock() const
{
    return m_client->clock();
}

void PollingMonitor::start()
{
    m_running = true;
    pollNow();
}

void PollingMonitor::stop()
{
    m_running = false;
    dropPolls();
    m_timer.stop();
    stopped();
}

void PollingMonitor::pollNow()
{
    if (!m_running || m_pollInFlight)
        return;
    m_timer.stop();
    poll();
}

std::optional<ReplyGuard::Ticket> PollingMonitor::beginPoll()
{
    if (!m_running || m_pollInFlight)
        return std::nullopt;
    m_pollInFlight = true;
    return m_replies.ticket();
}

bool PollingMonitor::takeReply(ReplyGuard::Ticket ticket)
{
    if (!m_replies.isCurrent(ticket))
        return false;
    m_pollInFlight = false;
    return true;
}

bool PollingMonitor::noteReply(const ApiError &error)
{
    if (!error.isError()) {
        m_lastError = ApiError();
        m_backoff.reset();
        return true;
    }
    if (error.kind() != ApiError::Cancelled)
        m_lastError = error;
    return false;
}

void PollingMonitor::dropPolls()
{
    m_replies.supersede();
    m_pollInFlight = false;
}

void PollingMonitor::scheduleNext()
{
    if (!m_running)
        return;
    std::chrono::milliseconds next = m_idleInterval;
    m_serverAskedWait = false;
    if (m_lastError.isError()) {
        next = ReadRetry::waitAfter(m_backoff, m_lastError);
        m_serverAskedWait = next > m_backoff.current();
    } else if (atActivePace()) {
        next = m_activeInterval;
    }
    m_nextDelay = next;
    if (next.count() <= 0)
        return;
    if (m_timer.clock() != timerClock())
        m_timer.setClock(timerClock());
    m_timer.start(next);
    scheduled();
}

} // namespace km
