#pragma once

#include "models/Page.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace km {

// The three published reads the checks before a rotation use, decoded strictly (JsonFields): the
// health check, the server nodes and the backup log. A field the record publishes as optional and
// the server left out is remembered as missing (the checks then say "not determined"), never
// taken as false.

// HealthCheckModel (GET /v1/healthcheck).
struct HealthCheck
{
    bool healthy = false, healthyGiven = false;
    bool databaseHealthy = false, databaseHealthyGiven = false;
    bool serviceBusHealthy = true;     // false only when the server says so
    bool storageAccountHealthy = true; // false only when the server says so
    bool readOnlyMode = false, readOnlyModeGiven = false;
    bool databaseMismatch = false;
    QDateTime utcNow; // invalid when missing

    static bool decode(const QJsonObject &json, HealthCheck &out, QString &error, const QString &path = QStringLiteral("HealthCheckModel"));
};

// ServerNodeModel (GET /v1/nodes answers an array of them).
struct ServerNode
{
    int nodeId = 0;
    QString machineName;
    QString binaryVersion;
    QString lastConnectedText; // as sent (published as a plain string)
    QDateTime lastConnected;   // invalid when the text is not a date
    bool isCurrentNode = false;
    bool readonlyModeEnabled = false;
    QString readonlyModeStatus;
    QString errorMessage;

    QString label() const; // the machine name, or "node N"

    static bool decode(const QJsonObject &json, ServerNode &out, QString &error, const QString &path);
    static bool decodeList(const QJsonValue &json, QList<ServerNode> &out, QString &error);
};

// BackupLogViewModel (GET /v2/configuration/backup-logs answers IPagingOfBackupLogViewModel:
// records and sortBy only).
struct BackupLogRecord
{
    QDateTime backupTime;
    QString displayName;
    QString notes;
    bool success = false; // a record that does not say it succeeded is not a successful backup

    static bool decode(const QJsonObject &json, BackupLogRecord &out, QString &error, const QString &path);
};

// Walking the backup log for its last successful backup: newest first (sortBy[0].name=backupTime,
// Desc), where the first success found is the answer. When the echoed sort shows the server
// ignored it, the pages are read to the end, at most maxRecords records, and the newest success
// among them is the answer; a log longer than that leaves it not determined (docs/api-decisions.md).
class BackupLogScan
{
public:
    static constexpr int pageSize = 100;
    static constexpr int maxRecords = 1000;

    qint64 nextSkip() const { return m_read; }
    // Takes the next page; returns true when another page is needed.
    bool add(const Page<BackupLogRecord> &page);

    bool sortHonoured() const { return m_sortHonoured; }
    bool tooLong() const { return m_tooLong; } // the sort was ignored and the log has more than maxRecords
    int recordsRead() const { return int(m_read); }
    bool found() const { return m_found; }
    const BackupLogRecord &lastSuccess() const { return m_last; }

private:
    qint64 m_read = 0;
    bool m_first = true;
    bool m_sortHonoured = true;
    bool m_tooLong = false;
    bool m_found = false;
    BackupLogRecord m_last;
};

} // namespace km
