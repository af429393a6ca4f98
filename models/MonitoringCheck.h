#pragma once

#include "models/Preflight.h"
#include "models/RotationHistory.h"
#include "models/RotationInfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace km {

// What `kmconsole check` says about a server, by the monitoring-plugin convention (Nagios,
// Icinga, Zabbix, Sensu): 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN; one status line with
// performance data; the node-exporter textfile format; JSON. The rules only: what was read comes
// in (ServerCheck reads it), what it means comes out. The key's age is KeyAge's, judged by
// KeyAge::at where it was read; nothing here computes an age.
class MonitoringCheck
{
    Q_DECLARE_TR_FUNCTIONS(MonitoringCheck)

public:
    enum Level { Ok = 0, Warning = 1, Critical = 2, Unknown = 3 };

    // One thing looked at ("key-age", "rotation", "maintenance", …) and what it found.
    struct Finding
    {
        QString check; // a stable word, for JSON and the perf data
        Level level = Ok;
        QString text; // translated, one line
    };

    // What was read from one server.
    struct Input
    {
        QString profile;   // the saved profile checked, if any
        QString server;    // the host
        bool read = false; // false: the server could not be read (problem says why): UNKNOWN, up 0
        QString problem;
        RotationInfo rotation;
        bool historyRead = false; // the audit was read to the last completed rotation
        QString historyProblem;   // why not
        std::optional<RotationSummary> lastCompleted;
        KeyAge age; // KeyAge::at(clock, lastCompleted, maxAgeDays, maxAgeDays - warnAgeDays)
        int maxAgeDays = 365;
        int warnAgeDays = 335;
        QList<Finding> more; // further findings read elsewhere (issue 21's, when present)
    };

    struct Result
    {
        QString profile;
        QString server;
        bool up = false;
        Level level = Unknown;
        QList<Finding> findings; // the worst first
        std::optional<double> keyAgeDays;
        int maxAgeDays = 365;
        int warnAgeDays = 335;
        ProcessState::State state = ProcessState::Unknown;
        QString stateName; // as the server sent it
        std::optional<qint64> lastRotationSeconds;
        QDateTime lastCompletedUtc;
        int itemsLeft = 0;

        QString summary() const;                                   // the findings' texts (sentences), the worst first
        QString perfData(const QString &prefix = QString()) const; // "key_age_days=12.3;335;365;0 …"
        QJsonObject json() const;
    };

    static Result judge(const Input &input);

    // The checks before a rotation that a monitoring check also reports (issue 21's rules, read by
    // RotationPreflight): the last backup and the secret-key rotation.
    static QStringList preflightChecks() { return {QStringLiteral("backup"), QStringLiteral("secret-key-rotation")}; }
    // A pass is OK; a warning WARNING; a failure CRITICAL, except a secret-key rotation running,
    // which is maintenance (WARNING); not determined is UNKNOWN (never a pass: --skip-check leaves
    // such a check out).
    static Finding fromPreflight(const PreflightCheck &check);

    // "OK", "WARNING", "CRITICAL", "UNKNOWN": never translated (monitoring systems read them).
    static QString levelWord(Level level);
    // CRITICAL above UNKNOWN above WARNING above OK (as Icinga's business processes rank them):
    // a server that could not be read may be anything short of known-critical.
    static Level worse(Level a, Level b);
    static int rank(Level level);

    // The default warning age: 30 days less than the maximum; for a maximum of 60 days or less,
    // half of it (so a short policy still has a warning stage, and never a warning from day 0).
    static int defaultWarnAgeDays(int maxAgeDays);

    // The Nagios plugin output: the first line "KMCONSOLE STATE - text | perfdata"; with several
    // servers it sums them up, and each server follows on a line of its own (the long output).
    static QString nagios(const QList<Result> &results);
    // The node-exporter textfile format (HELP and TYPE lines, one labelled series per server).
    static QByteArray prometheus(const QList<Result> &results);
    // {"status", "exitCode", "servers": [...]}.
    static QJsonObject json(const QList<Result> &results);
    static Level overall(const QList<Result> &results);

    // A label value in the exposition format: backslash, double quote and newline escaped.
    static QString escapeLabel(const QString &value);
};

} // namespace km
