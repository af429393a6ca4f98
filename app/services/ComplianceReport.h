#pragma once

#include "models/ReplyGuard.h"

#include "api/ApiClient.h"
#include "services/RotationHistoryReader.h"

#include "models/KeyManagementConfig.h"
#include "models/RotationAuditRecord.h"
#include "models/RotationHistory.h"
#include "models/RotationInfo.h"
#include "models/SecretKeyRotationStatus.h"

#include <QDate>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <optional>

namespace km {

class Session;

// What an auditor asks first, gathered from one server: its configuration (never a secret) and
// the configuration's changes in the period, the rotation state, the last completed rotation and
// the key's age against the policy, every rotation of the period with totals. One content for the
// JSON (stable keys, README) and the PDF, from the window (File > Report…) and the command line.
struct ComplianceReport
{
    QString server;
    QString serverVersion; // GET /v1/version as the server said it; empty: unknown
    QString consoleVersion;
    QDateTime generatedUtc;
    QString generatedBy;
    QDate since; // the period: since this day (UTC) up to generatedUtc
    KeyManagementConfig configuration;
    KeyManagementKind kind = KeyManagementKind::Other;
    QString typeName;
    std::optional<QList<ConfigAuditRecord>> configurationChanges; // none: the server keeps no history (11.2)
    RotationInfo rotationState;
    // The last secret-key rotation (the server publishes only the last): requested, run, status,
    // message. None when it could not be read (secretKeyRotationError says why).
    std::optional<SecretKeyRotationStatus> secretKeyRotation;
    QString secretKeyRotationError;
    std::optional<RotationSummary> lastCompletedRotation;
    KeyAge keyAge;
    QList<RotationSummary> rotations;    // of the period, newest first
    bool newestKeyNotFullyInUse = false; // the newest rotation failed after the key swap
    QString historyNotice;

    struct Totals
    {
        int count = 0;
        int completed = 0;
        int failed = 0;
        std::optional<qint64> medianDurationSeconds;
    };
    Totals totals() const;

    QJsonObject toJson() const;
    // Which rotations belong to a period: those that overlap it (started, ended, or last seen in it).
    static bool inPeriod(const RotationSummary &rotation, const QDateTime &sinceUtc);
};

// Gathers a ComplianceReport through a signed-in session, step by step, saying what it is doing.
class ComplianceReportBuilder : public QObject
{
    Q_OBJECT

public:
    explicit ComplianceReportBuilder(Session *session, QObject *parent = nullptr);

    // since: the first day of the period (UTC); invalid means the last 365 days.
    void build(const QDate &since, int policyMaxAgeDays);
    void cancel();
    bool isRunning() const { return m_running; }
    const ComplianceReport &report() const { return m_report; }

Q_SIGNALS:
    void progress(const QString &step, qint64 done, qint64 total);
    void finished(bool ok, const QString &error);

private:
    void readConfiguration();
    void readVersion();
    void readChanges();
    void readRotationState();
    void readSecretKeyRotation();
    void readHistory();
    void complete();
    void fail(const QString &error);

    Session *m_session;
    ComplianceReport m_report;
    RotationHistoryReader m_history;
    AuditPager m_changesPager;
    QPointer<ApiCall> m_call;
    bool m_running = false;
    ReplyGuard m_replies;
    QList<ConfigAuditRecord> m_changes;
};

} // namespace km
