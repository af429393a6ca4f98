#include "sandbox/SecretKeyRotation.h"

#include "sandbox/SandboxStore.h"

#include <QJsonValue>
#include <algorithm>

namespace km {

namespace {
QJsonValue dateOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(SandboxStore::isoDate(utc)) : QJsonValue(QJsonValue::Null);
}
QJsonValue textOrNull(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

int SecretKeyRotation::processedNow() const
{
    if (m_cancelling)
        return m_processedAtCancel;
    const qint64 done = m_runTimer.elapsed() * qint64(m_settings.ratePerSecond) / 1000;
    return int(std::min<qint64>(done, m_total));
}

void SecretKeyRotation::end(const QString &status, const QString &message)
{
    m_running = false;
    m_cancelling = false;
    m_lastStatus = status;
    m_message = message;
}

void SecretKeyRotation::settle()
{
    if (!m_running)
        return;
    if (m_cancelling) {
        if (m_cancelTimer.elapsed() >= m_settings.cancelMs)
            end(m_settings.cancelled,
                QStringLiteral("Secret key rotation was cancelled after %1 of %2 secrets.").arg(m_processedAtCancel).arg(m_total));
        return;
    }
    const int processed = processedNow();
    if (m_settings.failAfter >= 0 && m_settings.failAfter < m_total && processed >= m_settings.failAfter) {
        end(m_settings.failed,
            QStringLiteral("Secret key rotation failed: secret %1 could not be re-encrypted.").arg(m_settings.failAfter + 1));
        return;
    }
    if (processed < m_total)
        return;
    if (m_settings.presenceReading) {
        // The last secret is done; the run stays (progressStatus present, every secret processed)
        // for its finishing step.
        const qint64 countingMs = m_settings.ratePerSecond > 0 ? qint64(m_total) * 1000 / m_settings.ratePerSecond : 0;
        if (m_runTimer.elapsed() < countingMs + m_settings.finishingMs)
            return;
    }
    end(m_settings.completed, QStringLiteral("Secret key rotation completed: %1 secrets re-encrypted.").arg(m_total));
}

QString SecretKeyRotation::start()
{
    settle();
    if (m_running)
        return QStringLiteral("A secret key rotation is already running.");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_lastRequest = now;
    m_lastRun = now;
    m_total = m_settings.secrets;
    m_running = true;
    m_cancelling = false;
    m_runTimer.start();
    m_lastStatus = m_settings.running;
    m_message = QStringLiteral("Secret key rotation is running.");
    settle(); // nothing to process: it ends at once
    return QString();
}

QString SecretKeyRotation::cancel()
{
    settle();
    if (!m_running)
        return QStringLiteral("No secret key rotation is running.");
    if (!m_cancelling) {
        m_processedAtCancel = processedNow();
        m_cancelling = true;
        m_cancelTimer.start();
        settle(); // --secret-key-cancel-ms 0: at once
    }
    return QString();
}

bool SecretKeyRotation::isRunning()
{
    settle();
    return m_running;
}

QJsonObject SecretKeyRotation::status()
{
    settle();
    QJsonObject status{
        {QStringLiteral("lastRequestDate"), dateOrNull(m_lastRequest)},
        {QStringLiteral("lastRunDate"), dateOrNull(m_lastRun)},
        {QStringLiteral("lastStatus"), textOrNull(m_lastStatus)},
        {QStringLiteral("message"), textOrNull(m_message)},
    };
    // progressStatus only while a run runs: the published model has no null object (it is left
    // out otherwise, as a .NET server leaves out a null member when told to).
    if (m_running) {
        const int processed = processedNow();
        status.insert(QStringLiteral("progressStatus"),
                      QJsonObject{
                          {QStringLiteral("isCancelling"), m_cancelling},
                          {QStringLiteral("message"), m_cancelling           ? QStringLiteral("Cancelling.")
                                                      : processed >= m_total ? QStringLiteral("Finishing.")
                                                                             : QStringLiteral("Re-encrypting secret keys.")},
                          {QStringLiteral("secretsProcessed"), processed},
                          {QStringLiteral("totalSecretsToProcess"), m_total},
                      });
    }
    return status;
}

} // namespace km
