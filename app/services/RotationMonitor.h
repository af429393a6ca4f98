#pragma once

#include "services/PollingMonitor.h"

#include "models/RateEstimator.h"
#include "models/RotationEligibility.h"
#include "models/RotationTimelineModel.h"

namespace km {

class Session;

// Follows the master encryption key rotation of one server: polls mekrotationinfo every 2 s while
// a rotation runs (or the server is re-encrypting after a configuration save) and every 30 s when
// idle, never with two requests in flight (a slow reply delays the next poll), backs off 2, 4,
// 8 … 60 s after errors (longer when the server sends Retry-After), and keeps the statuses seen,
// the last progress, the rate and the time left. Starting and retrying go through here too, each
// sent once per request; whether they may be sent is RotationEligibility's answer. The poll and
// the one write at a time: PollingMonitor.
class RotationMonitor : public PollingMonitor
{
    Q_OBJECT

public:
    enum Action { Start, Retry };
    Q_ENUM(Action)

    explicit RotationMonitor(Session *session, QObject *parent = nullptr);
    QString host() const;

    // The console's own wait after failures doubles from first up to a cap: 10 s while a window
    // of the console is active, 60 s otherwise (setBackoff gives both caps one value). A server's
    // Retry-After is honoured above the cap (up to ApiError::maxRetryAfterSeconds).
    void setBackoff(std::chrono::milliseconds first, std::chrono::milliseconds most)
    {
        m_backoffFirst = first;
        m_capActive = m_capInactive = most;
        m_backoff.configure(first, most);
    }
    // The window became active (tries at once while the connection is lost) or inactive.
    void setWindowActive(bool active);
    bool isWindowActive() const { return m_windowActive; }
    // The clock its polls, back-off and give-up run on (a test's moves only when told).
    void setClock(Clock *clock);

    bool hasInfo() const { return m_hasInfo; }
    const RotationInfo &info() const { return m_info; }
    const QList<RotationTimelineModel::Seen> &history() const { return m_history; }
    RotationTimelineModel *timeline() const { return m_timeline; }
    std::optional<double> itemsPerSecond() const { return m_rate.itemsPerSecond(); }
    std::optional<qint64> secondsLeft() const { return m_rate.secondsLeft(); }
    // The most items seen re-encrypted during this rotation: kept when it fails or ends.
    int lastItemsDone() const { return m_lastDone; }

    // How long polls have failed in a row, by the monitor's clock; none while they succeed.
    std::optional<std::chrono::milliseconds> failingFor() const;
    int secondsUntilNextPoll() const;

    RotationEligibility eligibility() const;
    // Sends PUT startmekrotation / retrymekstatus once; false (nothing sent) unless eligible.
    bool requestStart();
    bool requestRetry();

Q_SIGNALS:
    void infoChanged();
    void connectionLost(const ApiError &error, int retryInSeconds);
    void connectionRestored();
    void countdownChanged(int seconds);
    void rotationEnded(bool completed);
    void actionFinished(RotationMonitor::Action action, const ApiError &error);

private:
    void poll() override;
    bool atActivePace() const override;
    Clock *timerClock() const override { return m_clock; }
    void scheduled() override { m_countdown.start(); }
    void stopped() override { m_countdown.stop(); }
    void changed() override { Q_EMIT infoChanged(); }
    void apply(const RotationInfo &info);
    bool act(Action action);

    Clock *m_clock = Clock::system();
    RotationTimelineModel *m_timeline;
    std::chrono::milliseconds m_backoffFirst{2000};
    std::chrono::milliseconds m_capActive{10000};
    std::chrono::milliseconds m_capInactive{60000};
    bool m_windowActive = false;
    bool m_secretKeysRunning = false;
    int m_maintenanceEpoch = 0; // a poll sent before the last save is asked again
    ClockTimer m_countdown;

    bool m_hasInfo = false;
    RotationInfo m_info;
    std::optional<qint64> m_failingSinceMs;
    QList<RotationTimelineModel::Seen> m_history;
    QDateTime m_historyStartedUtc;
    RateEstimator m_rate;
    int m_lastDone = 0;
};

} // namespace km
