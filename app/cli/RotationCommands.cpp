#include "cli/Cli.h"
#include "cli/CliCommon.h"
#include "services/RotationHistoryReader.h"

#include "services/RotationMonitor.h"

#include "RotationEligibility.h"
#include "RotationText.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cmath>

using namespace CliCommon;

namespace {
// Exit codes of a followed rotation.
constexpr int completedExit = 0;
constexpr int errorExit = 1;
constexpr int failedExit = 2;
constexpr int overdueExit = 4; // --max-age-days: 3 means "unknown" to monitoring tools
constexpr int maxFailuresInARow = 5;

QJsonObject toJson(const RotationInfo &i)
{
    return i.publicJson();
}

QString progressLine(const RotationInfo &i)
{
    QString line = QStringLiteral("%1: %2").arg(RotationText::stateLabel(i.processState, i.processStateName),
                                                RotationText::sentence(i.status, i.statusName));
    if (i.isActive() && i.itemsToRotate > 0)
        line += QLatin1Char(' ') + CliText::tr("(%1 of %2 items left)").arg(i.itemsToRotate).arg(i.totalItems);
    return line;
}

struct FollowOptions
{
    QCommandLineOption wait{QStringLiteral("wait"), CliText::tr("Follow the rotation until it ends; exit 0 when it completes, 2 when it fails.")};
    QCommandLineOption interval{QStringLiteral("poll-interval"), CliText::tr("Milliseconds between status polls while following (default 2000)."),
                                QStringLiteral("MS"), QStringLiteral("2000")};
    void addTo(QCommandLineParser &parser) const { parser.addOptions({wait, interval}); }
};

// Polls until the rotation is no longer running, printing each change to stderr.
int follow(Session &session, int intervalMs)
{
    RotationMonitor monitor(&session);
    monitor.setActiveInterval(std::chrono::milliseconds(intervalMs));
    monitor.setIdleInterval(std::chrono::milliseconds(intervalMs));
    monitor.setBackoff(std::chrono::milliseconds(std::min(intervalMs, 2000)), std::chrono::milliseconds(30000));
    QEventLoop loop;
    int exitCode = errorExit;
    int failures = 0;
    QString lastLine;
    QObject::connect(&monitor, &RotationMonitor::infoChanged, &loop, [&] {
        failures = 0;
        const RotationInfo &i = monitor.info();
        const QString line = progressLine(i);
        if (line != lastLine)
            printProgress(line);
        lastLine = line;
        if (i.isActive())
            return;
        if (i.processState == ProcessState::Failed) {
            printProgress(CliText::tr("The rotation failed: %1").arg(safe(i.errorMessage)));
            exitCode = failedExit;
        } else {
            exitCode = completedExit;
        }
        loop.quit();
    });
    QObject::connect(&monitor, &RotationMonitor::connectionLost, &loop, [&](const ApiError &error, int seconds) {
        if (++failures >= maxFailuresInARow) {
            printError(CliText::tr("Gave up following the rotation after %n failed attempts: %1", nullptr, failures).arg(error.message()));
            exitCode = errorExit;
            loop.quit();
            return;
        }
        printProgress(CliText::tr("Connection lost, retrying in %n s: %1", nullptr, seconds).arg(error.message()));
    });
    monitor.start();
    loop.exec();
    monitor.stop();
    return exitCode;
}

// The connection and follow options, parsed and checked: 0 to go on (with *interval set),
// otherwise the exit code to return.
int prepare(QCommandLineParser &parser, const QStringList &arguments, const FollowOptions &f, int *interval)
{
    if (const int code = parse(parser, arguments))
        return code < 0 ? -1 : code;
    bool ok = false;
    *interval = parser.value(f.interval).toInt(&ok);
    if (!ok || *interval < 50) {
        printError(CliText::tr("--poll-interval takes a number of milliseconds, 50 or more."));
        return 2;
    }
    return 0;
}
} // namespace

int Cli::rotationStatus(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Prints the state of the master encryption key rotation."));
    Connection connection;
    connection.addTo(parser);
    FollowOptions followOptions;
    followOptions.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print JSON instead of text."));
    const QCommandLineOption maxAge(QStringLiteral("max-age-days"),
                                    CliText::tr("Exit 4 when the last completed rotation is older than N days, or there is none "
                                                "(for monitoring; with --wait a failed rotation's 2 comes first)."),
                                    QStringLiteral("N"));
    parser.addOptions({json, maxAge});
    int interval = 0;
    if (const int code = prepare(parser, arguments, followOptions, &interval))
        return code < 0 ? 0 : code;
    std::optional<int> maxAgeDays;
    if (parser.isSet(maxAge)) {
        bool ok = false;
        maxAgeDays = parser.value(maxAge).toInt(&ok);
        if (!ok || *maxAgeDays < 1) {
            printError(CliText::tr("--max-age-days takes a number of days, 1 or more."));
            return exitUsage;
        }
    }
    CommandSession command;
    Session &session = *command.session;
    if (const int code = connection.open(parser, session, parser.isSet(followOptions.wait)))
        return code;
    int exitCode = 0;
    if (parser.isSet(followOptions.wait))
        exitCode = follow(session, interval);
    if (exitCode == errorExit)
        return exitCode;
    const auto r = wait<RotationInfo>([&](auto done) { return session.client()->getRotationInfo(nullptr, done); });
    if (!r.ok()) {
        printError(r.error.message());
        return errorExit;
    }
    const RotationInfo &i = r.value;
    // The key's age: from the last completed rotation, found in the audit (newest first, so a page
    // or two is usually enough).
    std::optional<KeyAge> age;
    std::optional<RotationSummary> lastCompleted;
    if (maxAgeDays) {
        RotationHistoryReader reader(session.client());
        QEventLoop loop;
        bool ok = false;
        QString message;
        QObject::connect(&reader, &RotationHistoryReader::finished, &loop, [&](bool done, const QString &text) {
            ok = done;
            message = text;
            loop.quit();
        });
        RotationHistoryReader::Options options;
        options.untilLastCompleted = true;
        reader.start(options);
        if (reader.isRunning())
            loop.exec();
        if (!ok) {
            printError(message);
            return errorExit;
        }
        lastCompleted = reader.history().lastCompleted();
        age = KeyAge::of(lastCompleted ? lastCompleted->endedUtc : QDateTime(), QDateTime::currentDateTimeUtc(), *maxAgeDays, 0);
    }
    QTextStream out(stdout);
    if (parser.isSet(json)) {
        QJsonObject o = toJson(i);
        if (age) {
            o.insert(QStringLiteral("lastCompletedUtc"), lastCompleted ? QJsonValue(lastCompleted->endedUtc.toString(Qt::ISODate))
                                                                     : QJsonValue(QJsonValue::Null));
            o.insert(QStringLiteral("keyAgeDays"), age->state == KeyAge::Unknown ? QJsonValue(QJsonValue::Null)
                                                                                : QJsonValue(std::round(age->ageDays * 10.0) / 10.0));
            o.insert(QStringLiteral("maxAgeDays"), *maxAgeDays);
        }
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        auto utc = [](const QDateTime &d) { return d.isValid() ? d.toString(Qt::ISODate) : CliText::tr("never"); };
        out << CliText::tr("State:             %1").arg(safe(RotationText::stateLabel(i.processState, i.processStateName))) << '\n'
            << CliText::tr("Status:            %1 (%2)").arg(safe(RotationText::sentence(i.status, i.statusName)), safe(i.statusName)) << '\n'
            << CliText::tr("Items left:        %1 of %2").arg(i.itemsToRotate).arg(i.totalItems) << '\n'
            << CliText::tr("Started (UTC):     %1").arg(utc(i.startedUtc)) << '\n'
            << CliText::tr("Last change (UTC): %1").arg(utc(i.statusUpdatedUtc)) << '\n'
            << CliText::tr("Last end (UTC):    %1").arg(utc(i.lastEndUtc)) << '\n'
            << CliText::tr("Replication:       %1").arg(i.isReplicationEnabled ? CliText::tr("on") : CliText::tr("off")) << '\n';
        if (!i.warningMessage.isEmpty())
            out << CliText::tr("Warning:           %1").arg(safe(i.warningMessage)) << '\n';
        if (!i.errorMessage.isEmpty())
            out << CliText::tr("Error:             %1").arg(safe(i.errorMessage)) << '\n';
        if (age)
            out << CliText::tr("Key age:           %1").arg(age->sentence()) << '\n';
    }
    if (parser.isSet(followOptions.wait) && exitCode != 0)
        return exitCode; // a failed rotation's 2 comes first
    if (age && (age->state == KeyAge::Unknown || age->state == KeyAge::Overdue))
        return overdueExit;
    return exitCode;
}

namespace {
// Start or retry: both restart work on a production server, so both need the host typed again,
// and both are sent only when the server's state allows them (RotationEligibility).
int confirmedAction(const QStringList &arguments, RotationMonitor::Action action)
{
    const bool starting = action == RotationMonitor::Start;
    QCommandLineParser parser;
    parser.setApplicationDescription(starting ? CliText::tr("Starts a master encryption key rotation. It cannot be undone: back up the "
                                                            "database and encryption.config on every node first.")
                                              : CliText::tr("Retries the failed step of a master encryption key rotation; it restarts "
                                                            "the re-encryption on the server."));
    Connection connection;
    connection.addTo(parser);
    FollowOptions followOptions;
    followOptions.addTo(parser);
    const QCommandLineOption confirmBackup(QStringLiteral("confirm-backup"),
                                           CliText::tr("Confirm that a current backup of the database and encryption.config exists on every node."));
    const QCommandLineOption confirmHost(QStringLiteral("confirm-host"), CliText::tr("The server's host name, typed again to confirm."),
                                         QStringLiteral("HOST"));
    parser.addOption(confirmHost);
    if (starting)
        parser.addOption(confirmBackup);
    int interval = 0;
    if (const int code = prepare(parser, arguments, followOptions, &interval))
        return code < 0 ? 0 : code;
    if (starting && (!parser.isSet(confirmBackup) || !parser.isSet(confirmHost))) {
        printError(CliText::tr("A rotation needs both --confirm-backup and --confirm-host HOST."));
        return exitUsage;
    }
    if (!starting && !parser.isSet(confirmHost)) {
        printError(CliText::tr("A retry needs --confirm-host HOST: it restarts the re-encryption on the server."));
        return exitUsage;
    }
    CommandSession command;
    Session &session = *command.session;
    if (const int code = connection.open(parser, session, parser.isSet(followOptions.wait)))
        return code;
    const QString host = session.host();
    if (parser.value(confirmHost).trimmed().compare(host, Qt::CaseInsensitive) != 0) {
        printError(CliText::tr("--confirm-host \"%1\" does not match the server's host name \"%2\"; nothing was sent.")
                       .arg(parser.value(confirmHost), host));
        return errorExit;
    }
    const auto before = wait<RotationInfo>([&](auto done) { return session.client()->getRotationInfo(nullptr, done); });
    if (!before.ok()) {
        printError(before.error.message());
        return errorExit;
    }
    RotationEligibility::Context context;
    context.info = &before.value;
    const RotationEligibility eligibility(context);
    const QString whyNot = starting ? eligibility.whyNotStart() : eligibility.whyNotRetry();
    if (!whyNot.isEmpty()) {
        printError(CliText::tr("%1 Nothing was sent.").arg(whyNot));
        return errorExit;
    }
    ApiClient *client = session.client();
    const auto sent = wait<RotationInfo>([&](auto done) {
        return starting ? client->startRotation(nullptr, done) : client->retryRotation(nullptr, done);
    });
    if (!sent.ok()) {
        printError((starting ? CliText::tr("The server did not start the rotation: %1") : CliText::tr("The server did not retry: %1"))
                       .arg(sent.error.message()));
        return errorExit;
    }
    printProgress(starting ? CliText::tr("Rotation started on %1.").arg(host)
                           : CliText::tr("Retrying from %1.").arg(safe(RotationText::stepLabel(sent.value.status))));
    return parser.isSet(followOptions.wait) ? follow(session, interval) : 0;
}
} // namespace

int Cli::rotationStart(const QStringList &arguments)
{
    return confirmedAction(arguments, RotationMonitor::Start);
}

int Cli::rotationRetry(const QStringList &arguments)
{
    return confirmedAction(arguments, RotationMonitor::Retry);
}
