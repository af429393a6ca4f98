#pragma once

#include "models/ReplyGuard.h"

#include "api/ApiClient.h"

#include "models/Backoff.h"
#include "models/Clock.h"
#include "models/RateEstimator.h"
#include "models/RotationEligibility.h"
#include "models/RotationTimelineModel.h"

#include <QObject>

#include <chrono>

namespace km {

class Session;

// Follows the master encryption key rotation of one server: polls mekrotationinfo every 2 s while
// a rotation runs (or the server is re-encrypting after a configuration save) and every 30 s when
// idle, never with two requests in flight (a slow reply delays the next poll), backs off 2, 4,
// 8 … 60 s after errors (longer when the server sends Retry-After), and keeps the statuses seen,
// the last progress, the rate and the time left. Starting and retrying go through here too, each
// sent once per request; whether they may be sent is RotationEligibility's answer.
class RotationMonitor : public QObject
{
    Q_OBJECT

public:
    enum Action { Start, Retry };
    Q_ENUM(Action)

    explicit RotationMonitor(Session *session, QObject *parent = nullptr);
    Session *session() const { return m_session; }
    QString host() const;

    void setActiveInterval(std::chrono::milliseconds interval) { m_activeInterval = interval; }
    void setIdleInterval(std::chrono::milliseconds interval) { m_idleInterval = interval; } // 0: no idle polling
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
    // The wait scheduled last is the one the server asked for (Retry-After), not the console's own.
    bool isWaitingAsServerAsked() const { return m_serverAskedWait; }
    // The clock its polls, back-off and give-up run on (a test's moves only when told).
    void setClock(Clock *clock);

    void start();   // polls now, then on schedule
    void stop();
    void pollNow(); // "retry now"; nothing if a poll is already in flight
    bool isRunning() const { return m_running; }
    bool isPolling() const { return m_pollInFlight; }

    bool hasInfo() const { return m_hasInfo; }
    const RotationInfo &info() const { return m_info; }
    const QList<RotationTimelineModel::Seen> &history() const { return m_history; }
    RotationTimelineModel *timeline() const { return m_timeline; }
    std::optional<double> itemsPerSecond() const { return m_rate.itemsPerSecond(); }
    std::optional<qint64> secondsLeft() const { return m_rate.secondsLeft(); }
    // The most items seen re-encrypted during this rotation: kept when it fails or ends.
    int lastItemsDone() const { return m_lastDone; }

    bool isConnectionLost() const { return m_lastError.isError(); }
    // How long polls have failed in a row, by the monitor's clock; none while they succeed.
    std::optional<std::chrono::milliseconds> failingFor() const;
    ApiError lastError() const { return m_lastError; }
    int secondsUntilNextPoll() const;
    std::chrono::milliseconds currentBackoff() const { return m_backoff.current(); }
    std::chrono::milliseconds nextDelay() const { return m_nextDelay; } // the wait scheduled last

    RotationEligibility eligibility() const;
    // Sends PUT startmekrotation / retrymekstatus once; false (nothing sent) unless eligible.
    bool requestStart();
    bool requestRetry();
    bool isActing() const { return m_acting; }

Q_SIGNALS:
    void infoChanged();
    void connectionLost(const ApiError &error, int retryInSeconds);
    void connectionRestored();
    void countdownChanged(int seconds);
    void rotationEnded(bool completed);
    void actionFinished(RotationMonitor::Action action, const ApiError &error);

private:
    void poll();
    void apply(const RotationInfo &info);
    void scheduleNext();
    bool act(Action action);

    Session *m_session;
    ApiClient *m_client;
    Clock *m_clock = Clock::system();
    RotationTimelineModel *m_timeline;
    std::chrono::milliseconds m_activeInterval{2000};
    std::chrono::milliseconds m_idleInterval{30000};
    std::chrono::milliseconds m_nextDelay{0};
    Backoff m_backoff{std::chrono::milliseconds(2000), std::chrono::milliseconds(60000)};
    std::chrono::milliseconds m_backoffFirst{2000};
    std::chrono::milliseconds m_capActive{10000};
    std::chrono::milliseconds m_capInactive{60000};
    bool m_windowActive = false;
    bool m_serverAskedWait = false;
    bool m_secretKeysRunning = false;
    int m_maintenanceEpoch = 0; // a poll sent before the last save is asked again
    ClockTimer m_timer;
    ClockTimer m_countdown;
    bool m_running = false;
    bool m_pollInFlight = false;
    bool m_acting = false;
    ReplyGuard m_replies;

    bool m_hasInfo = false;
    RotationInfo m_info;
    ApiError m_lastError;
    std::optional<qint64> m_failingSinceMs;
    QList<RotationTimelineModel::Seen> m_history;
    QDateTime m_historyStartedUtc;
    RateEstimator m_rate;
    int m_lastDone = 0;
};

} // namespace km
