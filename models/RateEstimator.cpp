#include "models/RateEstimator.h"

#include <cmath>

namespace km {

RateEstimator::RateEstimator(int window, qint64 minimumSpanMs) : m_window(window), m_minimumSpanMs(minimumSpanMs)
{}

void RateEstimator::reset()
{
    m_samples.clear();
}

void RateEstimator::addSample(qint64 msecs, int itemsLeft)
{
    // A count that goes up means a new phase (or a retry): start over.
    if (!m_samples.isEmpty() && itemsLeft > m_samples.last().items)
        m_samples.clear();
    if (!m_samples.isEmpty() && m_samples.last().ms == msecs)
        m_samples.last().items = itemsLeft;
    else
        m_samples.append({msecs, itemsLeft});
    while (m_samples.size() > m_window)
        m_samples.removeFirst();
}

std::optional<double> RateEstimator::itemsPerSecond() const
{
    if (m_samples.size() < 3 || m_samples.last().ms - m_samples.first().ms < m_minimumSpanMs)
        return std::nullopt;
    double meanT = 0, meanY = 0;
    for (const Sample &s : m_samples) {
        meanT += double(s.ms) / 1000.0;
        meanY += s.items;
    }
    meanT /= double(m_samples.size());
    meanY /= double(m_samples.size());
    double num = 0, den = 0;
    for (const Sample &s : m_samples) {
        const double dt = double(s.ms) / 1000.0 - meanT;
        num += dt * (s.items - meanY);
        den += dt * dt;
    }
    if (den <= 0)
        return std::nullopt;
    const double rate = -num / den; // items per second going down
    if (!(rate > 0) || !std::isfinite(rate))
        return std::nullopt;
    return rate;
}

std::optional<qint64> RateEstimator::secondsLeft() const
{
    const auto rate = itemsPerSecond();
    if (!rate)
        return std::nullopt;
    return qint64(std::ceil(double(m_samples.last().items) / *rate));
}

} // namespace km
