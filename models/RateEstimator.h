#pragma once

#include <QList>
#include <optional>

namespace km {

// The re-encryption rate and the time left, from (time, items left) samples. The rate is a
// least-squares slope over the recent window, so one late poll does not swing it; until there
// are enough points over enough time it has no answer ("estimating…").
class RateEstimator
{
public:
    explicit RateEstimator(int window = 8, qint64 minimumSpanMs = 1500);

    void addSample(qint64 msecs, int itemsLeft);
    void reset();
    std::optional<double> itemsPerSecond() const;
    std::optional<qint64> secondsLeft() const;
    int sampleCount() const { return int(m_samples.size()); }

private:
    struct Sample
    {
        qint64 ms;
        int items;
    };
    QList<Sample> m_samples;
    int m_window;
    qint64 m_minimumSpanMs;
};

} // namespace km
