#include "api/ReadRetry.h"

namespace km {

ReadRetry::ms ReadRetry::waitAfter(Backoff &backoff, const ApiError &error)
{
    return backoff.next(error.retryAfterSeconds());
}

ReadRetry::ms ReadRetry::delay(const Policy &policy, int retry, const ApiError &error)
{
    Backoff backoff(policy.first, policy.most);
    for (int i = 1; i < retry; ++i)
        backoff.next();
    return waitAfter(backoff, error);
}

ReadRetry::ReadRetry(QObject *parent) : QObject(parent), m_backoff(m_policy.first, m_policy.most)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &ClockTimer::timeout, this, [this] {
        if (auto again = std::exchange(m_again, nullptr))
            again();
    });
}

void ReadRetry::setPolicy(const Policy &policy)
{
    m_policy = policy;
    m_policy.attempts = std::max(1, m_policy.attempts);
    m_backoff.configure(m_policy.first, std::max(m_policy.first, m_policy.most));
    succeeded();
}

bool ReadRetry::retry(const ApiError &error, std::function<void()> again)
{
    ++m_failures;
    if (!error.isTransient() || m_failures >= m_policy.attempts)
        return false;
    m_again = std::move(again);
    m_lastWait = waitAfter(m_backoff, error);
    m_timer.start(m_lastWait);
    return true;
}

void ReadRetry::succeeded()
{
    stop();
    m_failures = 0;
    m_backoff.reset();
}

void ReadRetry::stop()
{
    m_timer.stop();
    m_again = nullptr;
}

} // namespace km
