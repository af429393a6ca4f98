#include "cli/Cli.h"
#include "cli/CliCommon.h"

#include "services/RotationMonitor.h"

#include "RotationEligibility.h"
#include "RotationText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace CliCommon;

namespace {
// Exit codes of a followed rotation.
constexpr int completedExit = 0;
constexpr int errorExit = 1;
constexpr int failedExit = 2;
constexpr int maxFailuresInARow = 5;

QJsonValue date(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(utc.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const RotationInfo &i)
{
    return QJsonObject{
        {QStringLiteral("processState"), safe(i.processStateName)},
        {QStringLiteral("status"), safe(i.statusName)},
        {QStringLiteral("statusValue"), i.statusValue},
        {QStringLiteral("itemsToRotate"), i.itemsToRotate},
        {QStringLiteral("totalItems"), i.totalItems},
        {QStringLiteral("startedDateUtc"), date(i.startedUtc)},
        {QStringLiteral("statusUpdatedDateUtc"), date(i.statusUpdatedUtc)},
        {QStringLiteral("lastEndDateUtc"), date(i.lastEndUtc)},
        {QStringLiteral("canRequestRotation"), i.canRequestRotation},
        {QStringLiteral("canRetryStatus"), i.canRetryStatus},
        {QStringLiteral("hasPermission"), i.hasPermission},
        {QStringLiteral("isReplicationEnabled"), i.isReplicationEnabled},
        {QStringLiteral("showBackupConfirmation"), i.showBackupConfirmation},
        {QStringLiteral("warningMessage"), safe(i.warningMessage)},
        {QStringLiteral("errorMessage"), safe(i.errorMessage)},
    };
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
    parser.addOption(json);
    int interval = 0;
    if (const int code = prepare(parser, arguments, followOptions, &interval))
        return code < 0 ? 0 : code;
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
    QTextStream out(stdout);
    if (parser.isSet(json)) {
        out << QJsonDocument(toJson(i)).toJson(QJsonDocument::Indented);
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
    }
    if (parser.isSet(followOptions.wait))
        return exitCode;
    return 0;
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
