#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>

namespace km {

// The secret-key rotation (RotateSecretKeysStatusModel): a run over `secrets` secrets at `rate`
// per second, started by a configuration save or POST rotate-secret-keys, cancelled by POST
// cancel-rotate-secret-keys (isCancelling for cancelMs, then it ends "Cancelled"). Progress is
// computed from the time since the run started whenever it is asked, so no timer runs. Kept in
// memory only, as maintenance is: a restart forgets it. docs/sandbox.md describes the shapes.
class SecretKeyRotation
{
public:
    struct Settings
    {
        int secrets = 0;          // --secrets
        int ratePerSecond = 1000; // --secret-key-rate
        int cancelMs = 1000;      // --secret-key-cancel-ms
        int failAfter = -1;       // --secret-key-fail-after: the run fails after this many (-1: never)
        // --secret-key-running presence: the other reading of "running" (progressStatus present):
        // after the last secret the run stays for finishingMs with every secret processed.
        bool presenceReading = false;
        int finishingMs = 1000;
        // lastStatus words (unpublished; --secret-key-status-words)
        QString completed = QStringLiteral("Completed");
        QString cancelled = QStringLiteral("Cancelled");
        QString failed = QStringLiteral("Failed");
        QString running = QStringLiteral("Running");
    };

    explicit SecretKeyRotation(Settings settings) : m_settings(std::move(settings)) {}

    // The test controls change these for the next run (POST /sandbox/faults).
    Settings &settings() { return m_settings; }

    // Empty on success, otherwise the reason for a 400.
    QString start();
    QString cancel();
    bool isRunning();
    QJsonObject status();

private:
    void settle(); // ends a run whose time has come
    int processedNow() const;
    void end(const QString &status, const QString &message);

    Settings m_settings;
    bool m_running = false;
    bool m_cancelling = false;
    QElapsedTimer m_runTimer;
    QElapsedTimer m_cancelTimer;
    int m_processedAtCancel = 0;
    int m_total = 0;
    // The last run, as the status reports it.
    QDateTime m_lastRequest, m_lastRun;
    QString m_lastStatus, m_message;
};

} // namespace km
