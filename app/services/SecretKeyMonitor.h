#pragma once

#include "models/ReplyGuard.h"

#include "api/ApiClient.h"

#include "models/Backoff.h"
#include "models/Clock.h"
#include "models/RateEstimator.h"
#include "models/SecretKeyRotationStatus.h"

#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>

class Session;

// Follows the secret-key rotation of one server (GET …/rotate-secret-keys-status): every 2 s while
// one runs or a configuration save has just started one, every 30 s when idle (0: not at all),
// one request in flight at most, backing off 2 s … 60 s after errors. It keeps the rate and the
// time left (a RateEstimator over the session's clock, as RotationMonitor does for the MEK), and
// sends the two writes, each once per request: start (POST rotate-secret-keys) and cancel (POST
// cancel-rotate-secret-keys). After a cancel is accepted it reports "cancelling" until the
// server's status shows the run has ended. Whether a run is running is
// SecretKeyRotationStatus::isRunning, nowhere else.
class SecretKeyMonitor : public QObject
{
    Q_OBJECT

public:
    enum Action { Start, Cancel };
    Q_ENUM(Action)

    explicit SecretKeyMonitor(Session *session, QObject *parent = nullptr);
    Session *session() const { return m_session; }

    void setActiveInterval(std::chrono::milliseconds interval) { m_activeInterval = interval; }
    void setIdleInterval(std::chrono::milliseconds interval) { m_idleInterval = interval; }
    void setBackoff(std::chrono::milliseconds first, std::chrono::milliseconds most) { m_backoff.configure(first, most); }

    void start();
    void stop();
    void pollNow();
    bool isRunning() const { return m_running; }

    bool hasStatus() const { return m_hasStatus; }
    const SecretKeyRotationStatus &status() const { return m_status; }
    bool isRotationRunning() const { return m_hasStatus && m_status.isRunning(); }
    // A cancel was accepted and the run has not ended yet (or the server says isCancelling).
    bool isCancelling() const { return isRotationRunning() && (m_cancelRequested || m_status.isCancelling); }
    std::optional<double> secretsPerSecond() const { return m_rate.itemsPerSecond(); }
    std::optional<qint64> secondsLeft() const { return m_rate.secondsLeft(); }
    // "40 of 160 secrets processed, …" with this monitor's rate and time left.
    QString progressText() const;

    bool isConnectionLost() const { return m_lastError.isError(); }
    ApiError lastError() const { return m_lastError; }

    // Why a start or a cancel cannot be sent now, in a sentence; empty when it can.
    QString whyNotStart() const;
    QString whyNotCancel() const;
    bool requestStart();  // false: nothing sent (see whyNotStart)
    bool requestCancel(); // false: nothing sent (see whyNotCancel)
    bool isActing() const { return m_acting; }

    // After a key-management write was refused: reads the status once and answers the sentence
    // that says a secret-key rotation is running, with its progress, or an empty text when none
    // runs (or the status cannot be read): the caller then shows the server's own refusal.
    void explainRefusal(const ApiError &refusal, QObject *context, const std::function<void(const QString &)> &done);

Q_SIGNALS:
    void statusChanged();
    void connectionLost(const ApiError &error);
    void runEnded(SecretKeyRotationStatus::Outcome outcome);
    void actionFinished(SecretKeyMonitor::Action action, const ApiError &error);

private:
    void poll();
    void apply(const SecretKeyRotationStatus &status);
    void scheduleNext();
    bool act(Action action);

    Session *m_session;
    ApiClient *m_client;
    std::chrono::milliseconds m_activeInterval{2000};
    std::chrono::milliseconds m_idleInterval{30000};
    Backoff m_backoff{std::chrono::milliseconds(2000), std::chrono::milliseconds(60000)};
    ClockTimer m_timer; // on the session client's clock
    bool m_running = false;
    bool m_pollInFlight = false;
    bool m_acting = false;
    bool m_followSave = false; // a save started one: poll at the active pace until it is seen ended
    bool m_cancelRequested = false;
    ReplyGuard m_replies;
    bool m_hasStatus = false;
    SecretKeyRotationStatus m_status;
    ApiError m_lastError;
    RateEstimator m_rate;
};
