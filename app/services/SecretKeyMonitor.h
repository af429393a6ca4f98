#pragma once

#include "services/PollingMonitor.h"

#include "models/RateEstimator.h"
#include "models/SecretKeyRotationStatus.h"

#include <functional>

namespace km {

class Session;

// Follows the secret-key rotation of one server (GET …/rotate-secret-keys-status): every 2 s while
// one runs or a configuration save has just started one, every 30 s when idle (0: not at all),
// one request in flight at most, backing off 2 s … 60 s after errors (PollingMonitor). It keeps the rate and the
// time left (a RateEstimator over the session's clock, as RotationMonitor does for the MEK), and
// sends the two writes, each once per request: start (POST rotate-secret-keys) and cancel (POST
// cancel-rotate-secret-keys). After a cancel is accepted it reports "cancelling" until the
// server's status shows the run has ended. Whether a run is running is
// SecretKeyRotationStatus::isRunning, nowhere else.
class SecretKeyMonitor : public PollingMonitor
{
    Q_OBJECT

public:
    enum Action { Start, Cancel };
    Q_ENUM(Action)

    explicit SecretKeyMonitor(Session *session, QObject *parent = nullptr);
    void setBackoff(std::chrono::milliseconds first, std::chrono::milliseconds most) { m_backoff.configure(first, most); }

    bool hasStatus() const { return m_hasStatus; }
    const SecretKeyRotationStatus &status() const { return m_status; }
    bool isRotationRunning() const { return m_hasStatus && m_status.isRunning(); }
    // A cancel was accepted and the run has not ended yet (or the server says isCancelling).
    bool isCancelling() const { return isRotationRunning() && (m_cancelRequested || m_status.isCancelling); }
    std::optional<double> secretsPerSecond() const { return m_rate.itemsPerSecond(); }
    std::optional<qint64> secondsLeft() const { return m_rate.secondsLeft(); }
    // "40 of 160 secrets processed, …" with this monitor's rate and time left.
    QString progressText() const;

    // Why a start or a cancel cannot be sent now, in a sentence; empty when it can.
    QString whyNotStart() const;
    QString whyNotCancel() const;
    bool requestStart();  // false: nothing sent (see whyNotStart)
    bool requestCancel(); // false: nothing sent (see whyNotCancel)

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
    void poll() override;
    bool atActivePace() const override { return isRotationRunning() || m_followSave; }
    void changed() override { Q_EMIT statusChanged(); }
    void apply(const SecretKeyRotationStatus &status);
    bool act(Action action);

    bool m_followSave = false; // a save started one: poll at the active pace until it is seen ended
    bool m_cancelRequested = false;
    bool m_hasStatus = false;
    SecretKeyRotationStatus m_status;
    RateEstimator m_rate;
};

} // namespace km
