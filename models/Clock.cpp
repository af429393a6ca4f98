#include "models/Clock.h"

#include <QElapsedTimer>
#include <algorithm>
#include <limits>

namespace km {

namespace {
class SystemClock final : public Clock
{
public:
    SystemClock() { m_timer.start(); }
    qint64 monotonicMs() const override { return m_timer.elapsed(); }
    QDateTime utcNow() const override { return QDateTime::currentDateTimeUtc(); }

private:
    QElapsedTimer m_timer;
};
} // namespace

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}

void Clock::fire(ClockTimer *timer)
{
    timer->fire();
}

ClockTimer::ClockTimer(QObject *parent) : QObject(parent), m_clock(Clock::system())
{
    m_qtTimer.setSingleShot(true);
    m_qtTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_qtTimer, &QTimer::timeout, this, &ClockTimer::fire);
}

ClockTimer::~ClockTimer()
{
    stop();
}

void ClockTimer::setClock(Clock *clock)
{
    stop();
    m_clock = clock ? clock : Clock::system();
}

void ClockTimer::start()
{
    start(std::chrono::milliseconds(m_interval));
}

void ClockTimer::start(std::chrono::milliseconds interval)
{
    stop();
    m_interval = std::max<qint64>(0, interval.count());
    m_dueMs = m_clock->monotonicMs() + m_interval;
    if (m_clock->firesTimers())
        m_clock->timerStarted(this);
    else
        m_qtTimer.start(int(std::min<qint64>(m_interval, std::numeric_limits<int>::max())));
}

void ClockTimer::stop()
{
    if (m_dueMs < 0)
        return;
    m_dueMs = -1;
    m_qtTimer.stop();
    if (m_clock->firesTimers())
        m_clock->timerStopped(this);
}

qint64 ClockTimer::remainingTime() const
{
    return isActive() ? std::max<qint64>(0, m_dueMs - m_clock->monotonicMs()) : -1;
}

void ClockTimer::fire()
{
    if (m_dueMs < 0)
        return;
    if (m_singleShot)
        stop();
    else
        start(); // the next one an interval from now
    Q_EMIT timeout();
}

} // namespace km
