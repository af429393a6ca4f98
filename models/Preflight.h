#pragma once

#include "models/PreflightReads.h"
#include "models/RotationInfo.h"
#include "models/SecretKeyRotationStatus.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace km {

// One check before a master encryption key rotation, as the wizard's first page and
// `kmconsole rotation preflight` show it: what was checked, what was found, the server's own
// words, and what to do. A check the console could not read (a missing permission, a missing
// endpoint, a reply it cannot read) is NotDetermined and says which; it never passes.
struct PreflightCheck
{
    enum Outcome { Pass, Warning, Fail, NotDetermined };

    QString name; // stable, for --accept-warning, --skip-check and JSON: see Preflight::names()
    Outcome outcome = NotDetermined;
    QString title;      // what was checked
    QString finding;    // what was found, one or two sentences
    QString serverSays; // the server's own words (made safe to show), when it sent any
    QString whatToDo;   // empty when it passed

    // What a list shows first: the rule itself when it holds; otherwise the check's neutral name
    // (Preflight::subject), so a failed rule never reads as its opposite: the finding says what was found.
    QString headline() const;

    static QString outcomeName(Outcome outcome);  // "pass", "warning", "fail", "notDetermined" (JSON)
    static QString outcomeLabel(Outcome outcome); // translated, for people
    QJsonObject toJson(bool accepted) const;
};

// What a read gave: the value, or why it could not be had (a sentence naming the endpoint and,
// for a refusal, the permission).
template<class T>
struct PreflightRead
{
    std::optional<T> value;
    QString unreadable;

    static PreflightRead of(const T &v) { return PreflightRead{v, QString()}; }
    static PreflightRead failed(const QString &why) { return PreflightRead{std::nullopt, why}; }
};

// Every check's outcome, and the verdict once the administrator has accepted warnings or skipped
// checks by name.
struct PreflightReport
{
    enum Verdict { Clear, Refused, Undetermined };

    QList<PreflightCheck> checks;

    // Refused: a failure or a warning not accepted (skipped checks aside); else Undetermined when a
    // check is not determined and not skipped; else Clear.
    Verdict verdict(const QStringList &acceptedWarnings, const QStringList &skipped = {}) const;
    const PreflightCheck *find(const QString &name) const;
    QJsonObject toJson(const QStringList &acceptedWarnings, const QStringList &skipped = {}) const;
};

// The rules of the checks before a rotation: each a pure function of what the server sent, so the
// window, the command line and the tests judge alike. The reads are app/usecases/RotationPreflight's.
class Preflight
{
    Q_DECLARE_TR_FUNCTIONS(Preflight)

public:
    // A node counts as connected recently when its lastConnected is at most this long before the
    // health check's utcNow (docs/api-decisions.md).
    static constexpr qint64 recentSeconds = 10LL * 60;
    static constexpr int defaultMaxBackupAgeHours = 24;

    // The names of the checks, in the order they are shown.
    static QStringList names();
    // A check's neutral name, for people ("Server health"), by its name.
    static QString subject(const QString &name);

    // healthy, database healthy, not read-only (GET /v1/healthcheck).
    static PreflightCheck health(const PreflightRead<HealthCheck> &read);
    // every node connected recently, one binaryVersion, none read-only, which node answered (GET /v1/nodes).
    static PreflightCheck nodes(const PreflightRead<QList<ServerNode>> &read, const PreflightRead<HealthCheck> &health);
    // the last successful backup and its age against maxAgeHours, at `now` (GET /v2/configuration/backup-logs).
    static PreflightCheck backup(const PreflightRead<BackupLogScan> &read, const QDateTime &now, int maxAgeHours);
    // no master encryption key rotation running (mekrotationinfo).
    static PreflightCheck mekRotation(const PreflightRead<RotationInfo> &read);
    // no secret-key rotation running, by SecretKeyRotationStatus's one rule (isRunning).
    static PreflightCheck secretKeyRotation(const PreflightRead<SecretKeyRotationStatus> &read);
    // replication, as the rotation info says.
    static PreflightCheck replication(const PreflightRead<RotationInfo> &read);
};

} // namespace km
