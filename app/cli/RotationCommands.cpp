#include "cli/Cli.h"
#include "cli/CliCommon.h"
#include "services/RotationHistoryReader.h"

#include "services/RotationMonitor.h"
#include "services/SecretKeyMonitor.h"
#include "usecases/RotationPreflight.h"

#include "models/RotationEligibility.h"
#include "models/RotationProgress.h"
#include "models/RotationText.h"
#include "models/SecretKeyText.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>
#include <cmath>

namespace km {

using namespace CliCommon;

namespace {
// Reads the rotation audit newest first until the last completed rotation is whole: that
// rotation (nullopt when none completed), or nullopt-of-nullopt with *message when the read failed.
std::optional<std::optional<RotationSummary>> readUntilLastCompleted(Session &session, QString *message)
{
    RotationHistoryReader reader(session.client());
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&reader, &RotationHistoryReader::finished, &loop, [&](bool done, const QString &text) {
        ok = done;
        *message = text;
        loop.quit();
    });
    RotationHistoryReader::Options options;
    options.untilLastCompleted = true;
    reader.start(options);
    if (reader.isRunning())
        loop.exec();
    if (!ok)
        return std::nullopt;
    return reader.history().lastCompleted();
}
// The exit codes of the rotation commands (README, "Exit codes"): when several apply, a failed
// rotation's 2 comes first, then 1, then 3, then 4.
constexpr int completedExit = 0;
constexpr int errorExit = 1;
constexpr int failedExit = 2;
constexpr int unknownExit = 3; // the state could not be determined; monitoring reads 3 as unknown
constexpr int overdueExit = 4;
constexpr int defaultGiveUpSeconds = 600;

QJsonObject toJson(const RotationInfo &i)
{
    return i.publicJson();
}

QString progressLine(const RotationInfo &i)
{
    QString line = QStringLiteral("%1: %2").arg(RotationText::stateLabel(i.processState, i.processStateName),
                                                RotationText::sentence(i.status, i.statusName));
    const RotationProgress progress = RotationProgress::of(i);
    if (progress.isReEncrypting())
        line += QLatin1Char(' ') + CliText::tr("(%1 of %2 items left)").arg(progress.left).arg(progress.total);
    return line;
}

// A reply without a published processState tells nothing about whether a rotation runs.
QString unknownStateReason(const RotationInfo &i)
{
    return i.processStateName.isEmpty()
               ? CliText::tr("The server's rotation state has no processState; whether a rotation runs cannot be determined.")
               : CliText::tr("The server reports the rotation state \"%1\", which is not published; whether a rotation runs cannot be "
                             "determined.")
                     .arg(safe(i.processStateName));
}

// The failures that waiting may outlast: the server erring (5xx, 429), the network, and a reply
// that does not parse. Anything else (a refusal, a missing permission, TLS) is an answer.
bool isServerFailure(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::NotJson:
    case ApiError::BadJson:
    case ApiError::TooLarge:
    case ApiError::HostNotFound: return true;
    default: return error.isTransient();
    }
}

struct FollowOptions
{
    QCommandLineOption wait{QStringLiteral("wait"),
                            CliText::tr("Follow the rotation until it ends; exit 0 when it completes, 2 when it fails.")};
    QCommandLineOption interval{QStringLiteral("poll-interval"),
                                CliText::tr("Milliseconds between status polls while following (default 2000)."), QStringLiteral("MS"),
                                QStringLiteral("2000")};
    QCommandLineOption giveUp{QStringLiteral("give-up-after"),
                              CliText::tr("While following, stop with exit 1 after the server has failed for this many seconds in a row "
                                          "(default 600). The rotation may still run on the server."),
                              QStringLiteral("SECONDS"), QString::number(defaultGiveUpSeconds)};
    void addTo(QCommandLineParser &parser) const { parser.addOptions({wait, interval, giveUp}); }
};

struct Follow
{
    int intervalMs = 2000;
    int giveUpSeconds = defaultGiveUpSeconds;
    bool afterStarting = false; // start or retry: a rotation should be under way or ended
};

// Polls until the process state is no longer Pending, Running or Retry (whatever pollInfo says),
// printing each change to stderr.
int follow(Session &session, const Follow &options)
{
    RotationMonitor monitor(&session);
    monitor.setActiveInterval(std::chrono::milliseconds(options.intervalMs));
    monitor.setIdleInterval(std::chrono::milliseconds(options.intervalMs));
    monitor.setBackoff(std::chrono::milliseconds(std::min(options.intervalMs, 2000)), std::chrono::milliseconds(30000));
    QEventLoop loop;
    int exitCode = errorExit;
    QString lastLine;
    const auto finish = [&](int code) {
        exitCode = code;
        loop.quit();
    };
    QObject::connect(&monitor, &RotationMonitor::infoChanged, &loop, [&] {
        if (!monitor.hasInfo() || monitor.isConnectionLost())
            return; // a failed poll says nothing new; connectionLost handles it
        const RotationInfo &i = monitor.info();
        if (i.processState == ProcessState::Unknown) {
            printError(unknownStateReason(i));
            return finish(unknownExit);
        }
        const QString line = progressLine(i);
        if (line != lastLine)
            printProgress(line);
        lastLine = line;
        if (ProcessState::isActive(i.processState))
            return;
        if (i.processState == ProcessState::Failed) {
            printProgress(CliText::tr("The rotation failed: %1").arg(safe(i.errorMessage)));
            return finish(failedExit);
        }
        if (i.processState == ProcessState::None && options.afterStarting) {
            printError(CliText::tr("The server reports no rotation under way and none completed (state None). Check with "
                                   "\"kmconsole rotation status\"."));
            return finish(errorExit);
        }
        finish(completedExit);
    });
    QObject::connect(&monitor, &RotationMonitor::connectionLost, &loop, [&](const ApiError &error, int seconds) {
        if (!isServerFailure(error)) {
            printError(error.message());
            return finish(errorExit);
        }
        const qint64 failedMs = monitor.failingFor().value_or(std::chrono::milliseconds(0)).count();
        if (failedMs >= qint64(options.giveUpSeconds) * 1000) {
            printError(CliText::tr("Gave up following the rotation: the server has failed for %n s in a row (%1). The rotation may "
                                   "still be running on the server; check with \"kmconsole rotation status\".",
                                   nullptr, int(failedMs / 1000))
                           .arg(error.message()));
            return finish(errorExit);
        }
        printProgress(CliText::tr("The server failed, retrying in %n s: %1", nullptr, seconds).arg(error.message()));
    });
    monitor.start();
    loop.exec();
    monitor.stop();
    return exitCode;
}

// The connection and follow options, parsed and checked: 0 to go on (with *follow set),
// otherwise the exit code to return (-1 after --help).
int prepare(QCommandLineParser &parser, const QStringList &arguments, const FollowOptions &f, Follow *follow)
{
    if (const int code = parse(parser, arguments))
        return code < 0 ? -1 : code;
    bool ok = false;
    follow->intervalMs = parser.value(f.interval).toInt(&ok);
    if (!ok || follow->intervalMs < 50) {
        printError(CliText::tr("--poll-interval takes a number of milliseconds, 50 or more."));
        return exitUsage;
    }
    follow->giveUpSeconds = parser.value(f.giveUp).toInt(&ok);
    if (!ok || follow->giveUpSeconds < 0) {
        printError(CliText::tr("--give-up-after takes a number of seconds, 0 or more."));
        return exitUsage;
    }
    return 0;
}

// The options of the checks before a rotation: which warnings the administrator accepts, which
// checks to skip (rotation start only) and the backup age limit.
struct PreflightOptions
{
    QCommandLineOption acceptWarning{QStringLiteral("accept-warning"),
                                     CliText::tr("Let this check's warning through (one of: %1); may be given more than once.")
                                         .arg(Preflight::names().join(QStringLiteral(", "))),
                                     QStringLiteral("NAME")};
    QCommandLineOption maxBackupAge{
        QStringLiteral("max-backup-age-hours"),
        CliText::tr("Warn when the last successful backup is older than N hours (default %1).").arg(Preflight::defaultMaxBackupAgeHours),
        QStringLiteral("N"), QString::number(Preflight::defaultMaxBackupAgeHours)};
    QCommandLineOption skipCheck{QStringLiteral("skip-check"),
                                 CliText::tr("Start even though this check failed or could not be determined (one of: %1); may be "
                                             "given more than once.")
                                     .arg(Preflight::names().join(QStringLiteral(", "))),
                                 QStringLiteral("NAME")};
};

struct PreflightChoice
{
    RotationPreflight::Options options;
    QStringList accepted;
    QStringList skipped;
};

// Reads and checks the preflight options: 0, or the usage exit after saying why.
int readPreflightChoice(const QCommandLineParser &parser, const PreflightOptions &o, bool canSkip, PreflightChoice *choice)
{
    bool ok = false;
    choice->options.maxBackupAgeHours = parser.value(o.maxBackupAge).toInt(&ok);
    if (!ok || choice->options.maxBackupAgeHours < 1) {
        printError(CliText::tr("--max-backup-age-hours takes a number of hours, 1 or more."));
        return exitUsage;
    }
    choice->accepted = parser.values(o.acceptWarning);
    if (canSkip)
        choice->skipped = parser.values(o.skipCheck);
    for (const QString &name : choice->accepted + choice->skipped) {
        if (!Preflight::names().contains(name)) {
            printError(CliText::tr("There is no check named \"%1\"; the checks are: %2.")
                           .arg(name, Preflight::names().join(QStringLiteral(", "))));
            return exitUsage;
        }
    }
    return 0;
}

PreflightReport runPreflight(Session &session, const RotationPreflight::Options &options)
{
    PreflightReport report;
    QEventLoop loop;
    RotationPreflight::run(session.client(), options, &loop, [&](const PreflightReport &r) {
        report = r;
        loop.quit();
    });
    loop.exec();
    return report;
}

int preflightExit(PreflightReport::Verdict verdict)
{
    return verdict == PreflightReport::Clear ? completedExit : verdict == PreflightReport::Refused ? errorExit : unknownExit;
}

// One check, as lines: its outcome and name, what was found, the server's words, what to do.
QStringList checkLines(const PreflightCheck &c, bool accepted, bool skipped)
{
    QString head = QStringLiteral("%1: %2 (%3)").arg(PreflightCheck::outcomeLabel(c.outcome), c.headline(), c.name);
    if (skipped)
        head += QLatin1Char(' ') + CliText::tr("[skipped]");
    else if (accepted && c.outcome == PreflightCheck::Warning)
        head += QLatin1Char(' ') + CliText::tr("[accepted]");
    QStringList lines{head, QStringLiteral("    ") + safe(c.finding)};
    if (!c.serverSays.isEmpty())
        lines << QStringLiteral("    ") + CliText::tr("The server says: %1").arg(safe(c.serverSays));
    if (!c.whatToDo.isEmpty())
        lines << QStringLiteral("    ") + CliText::tr("What to do: %1").arg(c.whatToDo);
    return lines;
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
    Follow followed;
    if (const int code = prepare(parser, arguments, followOptions, &followed))
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
    if (const int code =
            connection.open(parser, session, parser.isSet(followOptions.wait) || maxAgeDays.has_value())) // the history read is long too
        return code;
    int exitCode = 0;
    if (parser.isSet(followOptions.wait))
        exitCode = follow(session, followed);
    if (exitCode == errorExit || exitCode == unknownExit)
        return exitCode;
    const auto r = wait<RotationInfo>([&](auto done) { return session.client()->getRotationInfo(nullptr, done); });
    if (!r.ok()) {
        printError(r.error.message());
        return errorExit;
    }
    const RotationInfo &i = r.value;
    if (i.processState == ProcessState::Unknown && exitCode != failedExit) {
        printError(unknownStateReason(i));
        exitCode = unknownExit; // the age check cannot make it better
    }
    // The key's age: from the last completed rotation, found in the audit (newest first, so a page
    // or two is usually enough).
    std::optional<KeyAge> age;
    std::optional<RotationSummary> lastCompleted;
    if (maxAgeDays) {
        QString message;
        const auto read = readUntilLastCompleted(session, &message);
        if (!read) {
            printError(message);
            return errorExit;
        }
        lastCompleted = *read;
        age = KeyAge::at(*session.client()->clock(), lastCompleted, *maxAgeDays, 0);
    }
    QTextStream out(stdout);
    if (parser.isSet(json)) {
        QJsonObject o = toJson(i);
        if (age) {
            o.insert(QStringLiteral("lastCompletedUtc"),
                     lastCompleted ? QJsonValue(lastCompleted->endedUtc.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null));
            o.insert(QStringLiteral("keyAgeDays"),
                     age->state == KeyAge::Unknown ? QJsonValue(QJsonValue::Null) : QJsonValue(std::round(age->ageDays * 10.0) / 10.0));
            o.insert(QStringLiteral("maxAgeDays"), *maxAgeDays);
        }
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        auto utc = [](const QDateTime &d) { return d.isValid() ? d.toString(Qt::ISODate) : CliText::tr("never"); };
        out << CliText::tr("State:             %1").arg(safe(RotationText::stateLabel(i.processState, i.processStateName))) << '\n'
            << CliText::tr("Status:            %1 (%2)").arg(safe(RotationText::sentence(i.status, i.statusName)), safe(i.statusName))
            << '\n'
            << CliText::tr("Items left:        %1 of %2").arg(RotationProgress::of(i).left).arg(RotationProgress::of(i).total) << '\n'
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
    if (exitCode != 0)
        return exitCode; // a failed rotation's 2 comes first, then an unknown state's 3
    if (age && (age->state == KeyAge::Unknown || age->state == KeyAge::Overdue))
        return overdueExit;
    return exitCode;
}

int Cli::rotationPreflight(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Checks, from the server's published endpoints, what must hold before a master "
                                                 "encryption key rotation: health, nodes, the last backup, no rotation running, "
                                                 "replication. Exit 0 when every check passes (or its warning is accepted), 1 on a "
                                                 "failure or a warning not accepted, 3 when a check could not be determined."));
    Connection connection;
    connection.addTo(parser);
    PreflightOptions preflightOptions;
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print JSON instead of text."));
    parser.addOptions({json, preflightOptions.acceptWarning, preflightOptions.maxBackupAge});
    if (const int code = parse(parser, arguments))
        return code < 0 ? 0 : code;
    PreflightChoice choice;
    if (const int code = readPreflightChoice(parser, preflightOptions, false, &choice))
        return code;
    CommandSession command;
    Session &session = *command.session;
    if (const int code = connection.open(parser, session))
        return code;
    const PreflightReport report = runPreflight(session, choice.options);
    const PreflightReport::Verdict verdict = report.verdict(choice.accepted);
    QTextStream out(stdout);
    if (parser.isSet(json)) {
        out << QJsonDocument(report.toJson(choice.accepted)).toJson(QJsonDocument::Indented);
    } else {
        for (const PreflightCheck &c : report.checks)
            out << checkLines(c, choice.accepted.contains(c.name), false).join(QLatin1Char('\n')) << '\n';
        out << (verdict == PreflightReport::Clear     ? CliText::tr("Every check passed; a rotation may start.")
                : verdict == PreflightReport::Refused ? CliText::tr("A check failed, or warned and was not accepted: do not rotate yet.")
                                                      : CliText::tr("A check could not be determined: do not rotate until it is."))
            << '\n';
    }
    return preflightExit(verdict);
}

namespace {
// rotation start --if-older-than DAYS, the scheduler's policy run: exit 0 without sending anything
// when a rotation is under way or the last completed one is DAYS old or less (by KeyAge, the one
// rule of a key's age); nothing (go on and start) when one is due.
std::optional<int> notDueYet(Session &session, const RotationInfo &info, int days)
{
    if (info.isActive()) {
        printProgress(CliText::tr("A rotation is already running (%1); nothing was sent.")
                          .arg(safe(RotationText::stateLabel(info.processState, info.processStateName))));
        return completedExit;
    }
    QString message;
    const auto read = readUntilLastCompleted(session, &message);
    if (!read) {
        printError(CliText::tr("%1 Nothing was sent.").arg(message));
        return errorExit;
    }
    const std::optional<RotationSummary> &last = *read;
    const KeyAge age = KeyAge::at(*session.client()->clock(), last, days, 0);
    if (age.state == KeyAge::Fresh) {
        printProgress(CliText::tr("Nothing is due: the last rotation completed %1 (UTC), %2 days ago, within %n day(s); nothing was sent.",
                                  nullptr, days)
                          .arg(last->endedUtc.toString(Qt::ISODate), QLocale().toString(age.ageDays, 'f', 1)));
        return completedExit;
    }
    printProgress(last ? CliText::tr("A rotation is due: the last one completed %1 (UTC), more than %n day(s) ago.", nullptr, days)
                             .arg(last->endedUtc.toString(Qt::ISODate))
                       : CliText::tr("A rotation is due: no completed rotation is known."));
    return std::nullopt;
}

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
    const QCommandLineOption confirmBackup(
        QStringLiteral("confirm-backup"),
        CliText::tr("Confirm that a current backup of the database and encryption.config exists on every node."));
    const QCommandLineOption confirmHost(QStringLiteral("confirm-host"), CliText::tr("The server's host name, typed again to confirm."),
                                         QStringLiteral("HOST"));
    const QCommandLineOption ifOlderThan(QStringLiteral("if-older-than"),
                                         CliText::tr("Start only when the last completed rotation is older than DAYS; exit 0 when "
                                                     "nothing is due or a rotation is already running."),
                                         QStringLiteral("DAYS"));
    parser.addOption(confirmHost);
    PreflightOptions preflightOptions;
    if (starting)
        parser.addOptions(
            {confirmBackup, ifOlderThan, preflightOptions.acceptWarning, preflightOptions.skipCheck, preflightOptions.maxBackupAge});
    Follow followed;
    followed.afterStarting = true;
    if (const int code = prepare(parser, arguments, followOptions, &followed))
        return code < 0 ? 0 : code;
    if (starting && (!parser.isSet(confirmBackup) || !parser.isSet(confirmHost))) {
        printError(CliText::tr("A rotation needs both --confirm-backup and --confirm-host HOST."));
        return exitUsage;
    }
    std::optional<int> policyDays;
    if (starting && parser.isSet(ifOlderThan)) {
        bool ok = false;
        policyDays = parser.value(ifOlderThan).toInt(&ok);
        if (!ok || *policyDays < 1) {
            printError(CliText::tr("--if-older-than takes a number of days, 1 or more."));
            return exitUsage;
        }
    }
    if (!starting && !parser.isSet(confirmHost)) {
        printError(CliText::tr("A retry needs --confirm-host HOST: it restarts the re-encryption on the server."));
        return exitUsage;
    }
    PreflightChoice choice;
    if (starting) {
        if (const int code = readPreflightChoice(parser, preflightOptions, true, &choice))
            return code;
    }
    CommandSession command;
    Session &session = *command.session;
    if (const int code = connection.open(parser, session, parser.isSet(followOptions.wait)))
        return code;
    const QString host = session.host();
    if (!hostConfirmed(parser.value(confirmHost), host))
        return errorExit;
    // The window's path: the monitor reads the state, RotationEligibility judges it with all the
    // monitor knows (a save's maintenance, a request in flight), and the monitor sends it once.
    RotationMonitor monitor(&session);
    monitor.setIdleInterval(std::chrono::milliseconds(0));
    monitor.setActiveInterval(std::chrono::milliseconds(0)); // one read; following is follow()'s
    QEventLoop loop;
    ApiError readError;
    const auto read = QObject::connect(&monitor, &RotationMonitor::infoChanged, &loop, [&] {
        if (monitor.hasInfo())
            loop.quit();
    });
    const auto lost = QObject::connect(&monitor, &RotationMonitor::connectionLost, &loop, [&](const ApiError &error) {
        readError = error;
        loop.quit();
    });
    monitor.start();
    loop.exec();
    QObject::disconnect(read);
    QObject::disconnect(lost);
    if (readError.isError()) {
        printError(readError.message());
        return errorExit;
    }
    const RotationInfo before = monitor.info();
    if (before.processState == ProcessState::Unknown) {
        printError(CliText::tr("%1 Nothing was sent.").arg(unknownStateReason(before)));
        return unknownExit;
    }
    if (policyDays) {
        if (const std::optional<int> code = notDueYet(session, before, *policyDays))
            return *code;
    }
    const RotationEligibility eligibility = monitor.eligibility();
    const QString whyNot = starting ? eligibility.whyNotStart() : eligibility.whyNotRetry();
    if (!whyNot.isEmpty()) {
        printError(CliText::tr("%1 Nothing was sent.").arg(whyNot));
        printSecretKeyRotationIfRunning(session);
        return errorExit;
    }
    if (starting) {
        // The checks before a rotation: a failure or a warning not accepted refuses (1), a check not
        // determined refuses (3), unless --skip-check names it. When every check passes, nothing is said.
        choice.options.rotation = before; // just read: not asked again
        const PreflightReport report = runPreflight(session, choice.options);
        const PreflightReport::Verdict verdict = report.verdict(choice.accepted, choice.skipped);
        for (const PreflightCheck &c : report.checks) {
            const bool skipped = choice.skipped.contains(c.name) && c.outcome != PreflightCheck::Pass;
            const bool accepted = choice.accepted.contains(c.name) && c.outcome == PreflightCheck::Warning;
            if (c.outcome == PreflightCheck::Pass)
                continue;
            QStringList parts = checkLines(c, accepted, skipped);
            for (QString &part : parts)
                part = part.trimmed();
            const QString line = parts.join(QLatin1Char(' '));
            if (skipped || accepted)
                printWarning(line);
            else if (verdict != PreflightReport::Clear)
                printError(line);
        }
        if (verdict != PreflightReport::Clear) {
            printError(verdict == PreflightReport::Refused
                           ? CliText::tr("A check before the rotation failed or warned; nothing was sent. Accept a warning with "
                                         "--accept-warning NAME, or skip a check with --skip-check NAME.")
                           : CliText::tr("A check before the rotation could not be determined; nothing was sent. Skip it with "
                                         "--skip-check NAME once you have checked it yourself."));
            return preflightExit(verdict);
        }
    }
    ApiError sentError;
    const auto finished =
        QObject::connect(&monitor, &RotationMonitor::actionFinished, &loop, [&](RotationMonitor::Action, const ApiError &error) {
            sentError = error;
            loop.quit();
        });
    if (!(starting ? monitor.requestStart() : monitor.requestRetry())) {
        printError(
            CliText::tr("%1 Nothing was sent.").arg(starting ? monitor.eligibility().whyNotStart() : monitor.eligibility().whyNotRetry()));
        return errorExit;
    }
    loop.exec();
    QObject::disconnect(finished);
    monitor.stop();
    if (sentError.isError()) {
        printError((starting ? CliText::tr("The server did not start the rotation: %1") : CliText::tr("The server did not retry: %1"))
                       .arg(sentError.message()));
        printRefusalExplained(session, sentError);
        return errorExit;
    }
    const RotationInfo sent = monitor.info();
    printProgress(starting ? CliText::tr("Rotation started on %1.").arg(host)
                           : CliText::tr("Retrying from %1.").arg(safe(RotationText::stepLabel(sent.status))));
    return parser.isSet(followOptions.wait) ? follow(session, followed) : 0;
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

// ---- secret-key rotation: kmconsole secret-keys status|rotate|cancel

namespace {
QString secretKeyLines(const SecretKeyRotationStatus &s, const SecretKeyMonitor *monitor)
{
    auto utc = [](const QDateTime &d) { return d.isValid() ? d.toString(Qt::ISODate) : CliText::tr("never"); };
    QString text;
    QTextStream out(&text);
    out << CliText::tr("Running:           %1").arg(s.isRunning() ? CliText::tr("yes") : CliText::tr("no")) << '\n';
    if (s.isRunning()) {
        out << CliText::tr("Progress:          %1").arg(monitor ? monitor->progressText() : SecretKeyText::progress(s)) << '\n';
        if (!s.progressMessage.isEmpty())
            out << CliText::tr("Server says:       %1").arg(safe(s.progressMessage)) << '\n';
        out << CliText::tr("Changes:           %1").arg(SecretKeyText::acceptsChangesOnceEnded()) << '\n';
    }
    out << CliText::tr("Requested (UTC):   %1").arg(utc(s.lastRequestUtc)) << '\n'
        << CliText::tr("Run (UTC):         %1").arg(utc(s.lastRunUtc)) << '\n'
        << CliText::tr("Last status:       %1").arg(s.lastStatus.isEmpty() ? CliText::tr("none") : safe(s.lastStatus)) << '\n'
        << CliText::tr("Message:           %1").arg(safe(s.message)) << '\n';
    return text;
}

struct SecretKeyFollow
{
    Follow follow;
    bool cancelling = false; // cancel --wait: a Cancelled ending is what was asked for
};

// The exit code of a secret-key rotation that has ended (README, exit codes): Completed 0;
// Cancelled 0 for cancel --wait, 2 for rotate --wait; Failed 2; any other lastStatus 3.
int secretKeyEndExit(const SecretKeyRotationStatus &s, bool cancelling)
{
    using O = SecretKeyRotationStatus::Outcome;
    switch (s.outcome()) {
    case O::Completed:
        if (cancelling)
            printProgress(CliText::tr("The secret-key rotation completed before the cancel took effect: %1").arg(safe(s.message)));
        else
            printProgress(CliText::tr("The secret-key rotation completed: %1").arg(safe(s.message)));
        return completedExit;
    case O::Cancelled:
        printProgress(CliText::tr("The secret-key rotation was cancelled: %1").arg(safe(s.message)));
        return cancelling ? completedExit : failedExit;
    case O::Failed: printProgress(CliText::tr("The secret-key rotation failed: %1").arg(safe(s.message))); return failedExit;
    case O::None:
    case O::Unknown: break;
    }
    printError(SecretKeyText::unknownOutcome(s));
    return unknownExit;
}

// Polls until the run is no longer running by SecretKeyRotationStatus::isRunning, printing each
// change of progress to stderr; server failures are outlasted up to --give-up-after.
int followSecretKeys(SecretKeyMonitor &monitor, Session &session, const SecretKeyFollow &options)
{
    if (monitor.hasStatus() && !monitor.status().isRunning())
        return secretKeyEndExit(monitor.status(), options.cancelling);
    monitor.setActiveInterval(std::chrono::milliseconds(options.follow.intervalMs));
    monitor.setIdleInterval(std::chrono::milliseconds(options.follow.intervalMs));
    monitor.setBackoff(std::chrono::milliseconds(std::min(options.follow.intervalMs, 2000)), std::chrono::milliseconds(30000));
    QEventLoop loop;
    int exitCode = errorExit;
    QString lastLine;
    std::optional<qint64> failingSinceMs;
    Clock *clock = session.client()->clock();
    const auto finish = [&](int code) {
        exitCode = code;
        loop.quit();
    };
    QObject::connect(&monitor, &SecretKeyMonitor::statusChanged, &loop, [&] {
        if (monitor.isConnectionLost()) {
            const ApiError error = monitor.lastError();
            if (!isServerFailure(error)) {
                printError(error.message());
                return finish(errorExit);
            }
            if (!failingSinceMs)
                failingSinceMs = clock->monotonicMs();
            const qint64 failedMs = clock->monotonicMs() - *failingSinceMs;
            if (failedMs >= qint64(options.follow.giveUpSeconds) * 1000) {
                printError(CliText::tr("Gave up following the secret-key rotation: the server has failed for %n s in a row (%1). It may "
                                       "still be running on the server; check with \"kmconsole secret-keys status\".",
                                       nullptr, int(failedMs / 1000))
                               .arg(error.message()));
                return finish(errorExit);
            }
            printProgress(CliText::tr("The server failed, retrying: %1").arg(error.message()));
            return;
        }
        failingSinceMs.reset();
        if (!monitor.hasStatus() || monitor.isActing())
            return;
        const SecretKeyRotationStatus &s = monitor.status();
        if (!s.isRunning())
            return finish(secretKeyEndExit(s, options.cancelling));
        const QString line = monitor.progressText();
        if (line != lastLine)
            printProgress(line);
        lastLine = line;
    });
    if (monitor.isRunning())
        monitor.pollNow();
    else
        monitor.start();
    loop.exec();
    monitor.stop();
    return exitCode;
}

// One read of the status through the monitor: 0, or the exit code after saying why not.
int readSecretKeys(SecretKeyMonitor &monitor)
{
    QEventLoop loop;
    monitor.setIdleInterval(std::chrono::milliseconds(0));
    monitor.setActiveInterval(std::chrono::milliseconds(0));
    const auto c = QObject::connect(&monitor, &SecretKeyMonitor::statusChanged, &loop, [&] {
        if (monitor.hasStatus() || monitor.isConnectionLost())
            loop.quit();
    });
    monitor.start();
    loop.exec();
    QObject::disconnect(c);
    monitor.stop();
    if (monitor.isConnectionLost()) {
        printError(monitor.lastError().message());
        return errorExit;
    }
    return 0;
}

int secretKeyAction(const QStringList &arguments, SecretKeyMonitor::Action action)
{
    const bool starting = action == SecretKeyMonitor::Start;
    QCommandLineParser parser;
    parser.setApplicationDescription(starting ? CliText::tr("Starts a secret-key rotation: the server re-encrypts every secret's key and "
                                                            "refuses key-management changes until it has ended.")
                                              : CliText::tr("Cancels the secret-key rotation that is running."));
    Connection connection;
    connection.addTo(parser);
    FollowOptions followOptions;
    followOptions.wait = QCommandLineOption(
        QStringLiteral("wait"), starting ? CliText::tr("Follow the rotation until it ends; exit 0 when it completes, 2 when it is "
                                                       "cancelled or fails, 3 when its status is not one the console knows.")
                                         : CliText::tr("Follow until the rotation has ended; exit 0 when it was cancelled (or "
                                                       "completed first), 2 when it failed, 3 when its status is not one the "
                                                       "console knows."));
    followOptions.addTo(parser);
    const QCommandLineOption confirmHost(QStringLiteral("confirm-host"), CliText::tr("The server's host name, typed again to confirm."),
                                         QStringLiteral("HOST"));
    parser.addOption(confirmHost);
    SecretKeyFollow followed;
    followed.cancelling = !starting;
    if (const int code = prepare(parser, arguments, followOptions, &followed.follow))
        return code < 0 ? 0 : code;
    if (!parser.isSet(confirmHost)) {
        printError(starting ? CliText::tr("A secret-key rotation needs --confirm-host HOST.")
                            : CliText::tr("A cancel needs --confirm-host HOST."));
        return exitUsage;
    }
    CommandSession command;
    Session &session = *command.session;
    if (const int code = connection.open(parser, session, parser.isSet(followOptions.wait)))
        return code;
    const QString host = session.host();
    if (!hostConfirmed(parser.value(confirmHost), host))
        return errorExit;
    SecretKeyMonitor monitor(&session);
    if (const int code = readSecretKeys(monitor))
        return code;
    const QString whyNot = starting ? monitor.whyNotStart() : monitor.whyNotCancel();
    if (!whyNot.isEmpty()) {
        printError(CliText::tr("%1 Nothing was sent.").arg(whyNot));
        return errorExit;
    }
    QEventLoop loop;
    ApiError sentError;
    const auto finished =
        QObject::connect(&monitor, &SecretKeyMonitor::actionFinished, &loop, [&](SecretKeyMonitor::Action, const ApiError &error) {
            sentError = error;
            loop.quit();
        });
    if (!(starting ? monitor.requestStart() : monitor.requestCancel())) {
        printError(CliText::tr("%1 Nothing was sent.").arg(starting ? monitor.whyNotStart() : monitor.whyNotCancel()));
        return errorExit;
    }
    loop.exec();
    QObject::disconnect(finished);
    if (sentError.isError()) {
        printError((starting ? CliText::tr("The server did not start the secret-key rotation: %1")
                             : CliText::tr("The server did not cancel the secret-key rotation: %1"))
                       .arg(sentError.message()));
        if (starting) {
            QString explained;
            monitor.explainRefusal(sentError, &loop, [&](const QString &text) {
                explained = text;
                loop.quit();
            });
            loop.exec();
            if (!explained.isEmpty())
                printError(explained);
        }
        return errorExit;
    }
    printProgress(starting ? CliText::tr("Secret-key rotation started on %1 (%2).").arg(host, SecretKeyText::progress(monitor.status()))
                           : CliText::tr("Cancel sent to %1; the rotation is cancelling.").arg(host));
    return parser.isSet(followOptions.wait) ? followSecretKeys(monitor, session, followed) : 0;
}
} // namespace

int Cli::secretKeysStatus(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Prints the state of the secret-key rotation: whether one runs, its progress, "
                                                 "and the last run."));
    Connection connection;
    connection.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print JSON instead of text."));
    parser.addOption(json);
    if (const int code = parse(parser, arguments))
        return code < 0 ? 0 : code;
    CommandSession command;
    Session &session = *command.session;
    if (const int code = connection.open(parser, session))
        return code;
    const auto r = wait<SecretKeyRotationStatus>([&](auto done) { return session.client()->getSecretKeyRotationStatus(nullptr, done); });
    if (!r.ok()) {
        printError(r.error.message());
        return errorExit;
    }
    QTextStream out(stdout);
    if (parser.isSet(json))
        out << QJsonDocument(r.value.publicJson()).toJson(QJsonDocument::Indented);
    else
        out << secretKeyLines(r.value, nullptr);
    return 0;
}

int Cli::secretKeysRotate(const QStringList &arguments)
{
    return secretKeyAction(arguments, SecretKeyMonitor::Start);
}

int Cli::secretKeysCancel(const QStringList &arguments)
{
    return secretKeyAction(arguments, SecretKeyMonitor::Cancel);
}

} // namespace km
