#pragma once

#include "models/Clock.h"

#include <QList>
#include <QPointer>
#include <algorithm>

namespace km {

// Time that moves only when a test says so; the ClockTimers on it fire, in order of their due
// times, as advance() passes them.
class ManualClock final : public Clock
{
public:
    qint64 monotonicMs() const override { return m_ms; }
    QDateTime utcNow() const override { return m_epoch.addMSecs(m_ms); }
    void advance(qint64 ms)
    {
        const qint64 target = m_ms + ms;
        for (;;) {
            ClockTimer *next = nullptr;
            for (const QPointer<ClockTimer> &t : std::as_const(m_timers)) {
                if (t && t->isActive() && t->dueMs() <= target && (!next || t->dueMs() < next->dueMs()))
                    next = t;
            }
            if (!next)
                break;
            m_ms = std::max(m_ms, next->dueMs());
            fire(next);
        }
        m_ms = target;
    }
    int activeTimers() const
    {
        return int(std::count_if(m_timers.begin(), m_timers.end(), [](const QPointer<ClockTimer> &t) { return t && t->isActive(); }));
    }

protected:
    bool firesTimers() const override { return true; }
    void timerStarted(ClockTimer *timer) override
    {
        if (!m_timers.contains(timer))
            m_timers.append(timer);
    }
    void timerStopped(ClockTimer *timer) override { m_timers.removeAll(timer); }

private:
    qint64 m_ms = 1000000;
    QDateTime m_epoch = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    QList<QPointer<ClockTimer>> m_timers;
};

} // namespace km
