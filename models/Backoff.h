#pragma once

#include <chrono>

namespace km {

// Waiting after failures: first, then twice as long each time up to most; a server's
// Retry-After stretches one wait (never beyond the cap ApiError puts on it). Pure arithmetic, so
// the schedule is tested without waiting for it.
class Backoff
{
public:
    using ms = std::chrono::milliseconds;

    Backoff(ms first = ms(2000), ms most = ms(60000)) : m_first(first), m_most(most) {}

    void configure(ms first, ms most)
    {
        m_first = first;
        m_most = most;
    }
    // The wait after one more failure.
    ms next(int retryAfterSeconds = 0)
    {
        m_current = m_current.count() == 0 ? m_first : std::min(m_current * 2, m_most);
        const ms asked(qint64(retryAfterSeconds) * 1000);
        return asked > m_current ? asked : m_current;
    }
    void reset() { m_current = ms(0); }
    ms current() const { return m_current; }

private:
    ms m_first;
    ms m_most;
    ms m_current{0};
};

} // namespace km
