#pragma once

#include "api/ApiError.h"

#include "models/Backoff.h"
#include "models/Clock.h"

#include <QObject>
#include <chrono>
#include <functional>

namespace km {

// The one retry policy for reads. A read that failed transiently (ApiError::isTransient: 5xx, 429,
// time-outs, lost connections) is sent again after a wait from Backoff (first, doubled each time,
// capped at most), stretched to what the server's Retry-After asked for (seconds or an HTTP date,
// read by ApiClient; ApiError caps it), up to a number of attempts. The wait runs on a ClockTimer,
// so a test's ManualClock fires it as it advances. The monitors' polls keep their own schedule
// (a poll never gives up) but take each wait from ReadRetry::waitAfter.
class ReadRetry : public QObject
{
    Q_OBJECT

public:
    using ms = std::chrono::milliseconds;
    struct Policy
    {
        int attempts = 3; // in all, the first one included
        ms first{1000};
        ms most{60000};
    };

    // The wait after one more failure of a read that backoff schedules: its next step, or what the
    // server's Retry-After asked for when that is longer. The only reader of Retry-After.
    static ms waitAfter(Backoff &backoff, const ApiError &error);
    // The policy's table: the wait before retry number `retry` (1 for the first) after `error`.
    static ms delay(const Policy &policy, int retry, const ApiError &error);

    explicit ReadRetry(QObject *parent = nullptr);

    void setPolicy(const Policy &policy);
    const Policy &policy() const { return m_policy; }
    void setClock(Clock *clock) { m_timer.setClock(clock); }

    // After a failed attempt: true when `again` is scheduled (the error is transient and attempts
    // are left), false when the read should give up.
    bool retry(const ApiError &error, std::function<void()> again);
    // After a successful attempt: the next failure starts the schedule again.
    void succeeded();
    void stop(); // no scheduled retry runs
    bool isWaiting() const { return m_timer.isActive(); }
    int failures() const { return m_failures; } // in a row
    ms lastWait() const { return m_lastWait; }

private:
    Policy m_policy;
    Backoff m_backoff;
    ClockTimer m_timer;
    std::function<void()> m_again;
    int m_failures = 0;
    ms m_lastWait{0};
};

} // namespace km
