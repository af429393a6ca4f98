#pragma once

#include "api/ApiClient.h"
#include "RateEstimator.h"
#include "RotationTimelineModel.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <chrono>

// Follows the master encryption key rotation: polls mekrotationinfo every 2 s while a rotation
// runs and every 30 s when idle, never with two requests in flight (a slow reply delays the next
// poll), backs off 2, 4, 8 … 60 s after errors, and keeps the statuses seen, the rate and the
// time left. Starting and retrying go through here too, each sent once per request.
class RotationMonitor : public QObject
{
    Q_OBJECT

public:
    enum Action { Start, Retry };
    Q_ENUM(Action)

    explicit RotationMonitor(ApiClient *client, QObject *parent = nullptr);
    ApiClient *client() const { return m_client; }

    void setActiveInterval(std::chrono::milliseconds interval) { m_activeInterval = interval; }
    void setIdleInterval(std::chrono::milliseconds interval) { m_idleInterval = interval; } // 0: no idle polling
    void setBackoff(std::chrono::milliseconds first, std::chrono::milliseconds most);

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

    bool isConnectionLost() const { return m_lastError.isError(); }
    ApiError lastError() const { return m_lastError; }
    int secondsUntilNextPoll() const;
    std::chrono::milliseconds currentBackoff() const { return m_backoff; }

    // Sends PUT startmekrotation / retrymekstatus once; false (nothing sent) while one is under way.
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

    ApiClient *m_client;
    RotationTimelineModel *m_timeline;
    std::chrono::milliseconds m_activeInterval{2000};
    std::chrono::milliseconds m_idleInterval{30000};
    std::chrono::milliseconds m_firstBackoff{2000};
    std::chrono::milliseconds m_maxBackoff{60000};
    std::chrono::milliseconds m_backoff{0};
    QTimer m_timer;
    QTimer m_countdown;
    QElapsedTimer m_clock;
    bool m_running = false;
    bool m_pollInFlight = false;
    bool m_acting = false;
    int m_generation = 0;

    bool m_hasInfo = false;
    RotationInfo m_info;
    ApiError m_lastError;
    QList<RotationTimelineModel::Seen> m_history;
    QDateTime m_historyStartedUtc;
    RateEstimator m_rate;
};
