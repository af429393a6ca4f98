#include "services/RotationMonitor.h"

#include <algorithm>

RotationMonitor::RotationMonitor(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_timeline(new RotationTimelineModel(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RotationMonitor::poll);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        Q_EMIT countdownChanged(secondsUntilNextPoll());
        if (!m_timer.isActive())
            m_countdown.stop();
    });
    m_clock.start();
}

void RotationMonitor::setBackoff(std::chrono::milliseconds first, std::chrono::milliseconds most)
{
    m_firstBackoff = first;
    m_maxBackoff = most;
}

void RotationMonitor::start()
{
    m_running = true;
    pollNow();
}

void RotationMonitor::stop()
{
    m_running = false;
    ++m_generation; // replies to polls sent before this are dropped
    m_pollInFlight = false;
    m_timer.stop();
    m_countdown.stop();
}

void RotationMonitor::pollNow()
{
    if (!m_running || m_pollInFlight)
        return;
    m_timer.stop();
    poll();
}

int RotationMonitor::secondsUntilNextPoll() const
{
    if (!m_timer.isActive())
        return 0;
    return int((m_timer.remainingTime() + 999) / 1000);
}

void RotationMonitor::poll()
{
    if (!m_running || m_pollInFlight)
        return;
    m_pollInFlight = true;
    const int generation = m_generation;
    m_client->getRotationInfo(this, [this, generation](const ApiResult<RotationInfo> &r) {
        if (generation != m_generation)
            return;
        m_pollInFlight = false;
        if (r.ok()) {
            const bool wasLost = m_lastError.isError();
            m_lastError = ApiError();
            m_backoff = std::chrono::milliseconds(0);
            apply(r.value);
            if (wasLost)
                Q_EMIT connectionRestored();
        } else if (r.error.kind() != ApiError::Cancelled) {
            m_lastError = r.error;
            m_backoff = m_backoff.count() == 0 ? m_firstBackoff : std::min(m_backoff * 2, m_maxBackoff);
        }
        scheduleNext();
        if (m_lastError.isError())
            Q_EMIT connectionLost(m_lastError, secondsUntilNextPoll());
    });
}

void RotationMonitor::scheduleNext()
{
    if (!m_running)
        return;
    std::chrono::milliseconds next{0};
    if (m_lastError.isError())
        next = m_backoff;
    else if (m_hasInfo && m_info.isActive())
        next = m_activeInterval;
    else
        next = m_idleInterval;
    if (next.count() <= 0)
        return;
    m_timer.start(next);
    m_countdown.start();
}

void RotationMonitor::apply(const RotationInfo &info)
{
    const bool wasActive = m_hasInfo && m_info.isActive();
    // A different start time is a different rotation: its history starts afresh.
    if (info.startedUtc != m_historyStartedUtc) {
        m_history.clear();
        m_rate.reset();
        m_historyStartedUtc = info.startedUtc;
    }
    if (info.status != MekStatus::NeverRun && (m_history.isEmpty() || m_history.last().status != info.status))
        m_history.append({info.status, info.statusUpdatedUtc.isValid() ? info.statusUpdatedUtc : QDateTime::currentDateTimeUtc()});
    if (info.isActive() && info.totalItems > 0 && info.itemsToRotate > 0)
        m_rate.addSample(m_clock.elapsed(), info.itemsToRotate);
    m_info = info;
    m_hasInfo = true;
    m_timeline->update(m_info, m_history);
    Q_EMIT infoChanged();
    const bool ended = info.processState == ProcessState::Completed || info.processState == ProcessState::Failed;
    if (wasActive && ended)
        Q_EMIT rotationEnded(info.processState == ProcessState::Completed);
}

bool RotationMonitor::requestStart()
{
    return act(Start);
}

bool RotationMonitor::requestRetry()
{
    return act(Retry);
}

bool RotationMonitor::act(Action action)
{
    if (m_acting)
        return false;
    m_acting = true;
    auto done = [this, action](const ApiResult<RotationInfo> &r) {
        m_acting = false;
        if (r.ok()) {
            apply(r.value);
            // Follow it from here at the active pace.
            if (m_running && !m_pollInFlight) {
                m_timer.stop();
                scheduleNext();
            }
        }
        Q_EMIT actionFinished(action, r.error);
    };
    if (action == Start)
        m_client->startRotation(this, done);
    else
        m_client->retryRotation(this, done);
    return true;
}
