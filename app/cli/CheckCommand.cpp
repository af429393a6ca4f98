// kmconsole check: a monitoring plugin (Nagios, Icinga, the node exporter's textfile collector).
// Its exit codes are the plugin convention, not the other commands' table: 0 OK, 1 WARNING,
// 2 CRITICAL, 3 UNKNOWN, and wrong usage or a failed sign-in is 3, never 1 or 2.
#include "cli/Cli.h"

#include "cli/CliCommon.h"
#include "services/ServerCheck.h"
#include "session/KeychainSecretStore.h"
#include "session/Session.h"
#include "session/Settings.h"
#include "usecases/SignInProfile.h"

#include "models/CredentialsFile.h"
#include "models/MonitoringCheck.h"
#include "models/SafeText.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QScopeGuard>
#include <QTimer>

#include <cstdio>
#include <string>
#include <memory>

#ifdef Q_OS_WIN
#include <windows.h>

#include <aclapi.h>
#endif

namespace km {

using namespace CliCommon;

namespace {
constexpr int unknownExit = MonitoringCheck::Unknown;
constexpr int maxParallel = 4;
constexpr int keychainWaitMs = 5000;

enum class Format { Nagios, Prometheus, Json };

// A usage error still answers a Nagios-style caller in its own words: one UNKNOWN line on
// standard output (not for JSON or a textfile, whose readers would take it for theirs).
bool lineOnUsage = true;
int usage(const QString &message)
{
    printError(message);
    if (!lineOnUsage)
        return unknownExit;
    std::fprintf(stdout, "KMCONSOLE UNKNOWN - %s\n",
                 SafeText::oneLine(message).replace(QLatin1Char('|'), QLatin1Char('/')).toUtf8().constData());
    std::fflush(stdout);
    return unknownExit;
}

QByteArray render(Format format, const QList<MonitoringCheck::Result> &results)
{
    switch (format) {
    case Format::Prometheus: return MonitoringCheck::prometheus(results);
    case Format::Json: return QJsonDocument(MonitoringCheck::json(results)).toJson(QJsonDocument::Indented);
    case Format::Nagios: break;
    }
    return MonitoringCheck::nagios(results).toUtf8();
}

// The whole output at once: to a file through QSaveFile (written beside it and renamed into place
// only when complete, so a collector never reads half a file and a failed run leaves the last one),
// or to standard output.
bool writeOutput(const QByteArray &bytes, const QString &out)
{
    if (out.isEmpty() || out == QLatin1String("-")) {
        const bool ok = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size());
        return std::fflush(stdout) == 0 && ok;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        printError(CliText::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(out), file.errorString()));
        return false;
    }
    return true;
}

#ifdef Q_OS_WIN
// Windows keeps access in the file's DACL: as the permissions the rule reads, "others" may read
// when an entry that applies to the file lets anyone but its owner, SYSTEM or the Administrators
// read or change it (or there is no DACL: everyone may). A DACL that cannot be read counts as open.
QFileDevice::Permissions windowsPermissions(const QString &path)
{
    const QFileDevice::Permissions open = QFileDevice::ReadOwner | QFileDevice::ReadOther | QFileDevice::WriteOther;
    const std::wstring name = QDir::toNativeSeparators(path).toStdWString();
    PSID owner = nullptr;
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (GetNamedSecurityInfoW(name.c_str(), SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION, &owner, nullptr, &dacl,
                              nullptr, &descriptor)
        != ERROR_SUCCESS)
        return open;
    const auto release = qScopeGuard([descriptor] { LocalFree(descriptor); });
    if (!dacl)
        return open;
    const ACCESS_MASK readOrChange = FILE_READ_DATA | FILE_WRITE_DATA | FILE_APPEND_DATA | GENERIC_READ | GENERIC_WRITE | GENERIC_ALL;
    for (DWORD i = 0; i < dacl->AceCount; ++i) {
        void *entry = nullptr;
        if (!GetAce(dacl, i, &entry))
            return open;
        const auto *header = static_cast<const ACE_HEADER *>(entry);
        if (header->AceType != ACCESS_ALLOWED_ACE_TYPE || (header->AceFlags & INHERIT_ONLY_ACE))
            continue;
        const auto *allowed = static_cast<const ACCESS_ALLOWED_ACE *>(entry);
        PSID who = const_cast<DWORD *>(&allowed->SidStart);
        if (!(allowed->Mask & readOrChange) || (owner && EqualSid(who, owner)) || IsWellKnownSid(who, WinLocalSystemSid)
            || IsWellKnownSid(who, WinBuiltinAdministratorsSid))
            continue;
        return open;
    }
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}
#endif

// The secrets of --credentials FILE: refused unless only its owner may read it.
bool readCredentials(const QString &path, QHash<QString, QString> *secrets, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = CliText::tr("Could not read the credentials file %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
#ifdef Q_OS_WIN
    const QFileDevice::Permissions permissions = windowsPermissions(path);
#else
    const QFileDevice::Permissions permissions = file.permissions();
#endif
    *problem = CredentialsFile::permissionProblem(permissions, QDir::toNativeSeparators(path));
    if (!problem->isEmpty())
        return false;
    QByteArray bytes = file.readAll();
    const bool ok = CredentialsFile::parse(bytes, secrets, problem);
    bytes.fill('\0');
    return ok;
}

// Runs a check per profile, a few at a time, and keeps the results in the profiles' order.
class ProfileRun : public QObject
{
public:
    ProfileRun(Settings *settings, SecretStore *noSecrets, SecretStore *keychain, const QHash<QString, QString> &fileSecrets,
               std::optional<int> maxAge, std::optional<int> warnAge, const ServerCheck::Limits &common)
        : m_settings(settings), m_noSecrets(noSecrets), m_keychain(keychain), m_fileSecrets(fileSecrets), m_maxAge(maxAge),
          m_warnAge(warnAge), m_common(common)
    {}

    QList<MonitoringCheck::Result> run(const QList<ConnectionProfile> &profiles)
    {
        m_profiles = profiles;
        m_results.resize(profiles.size());
        for (int i = 0; i < profiles.size(); ++i)
            m_queue << i;
        pump();
        if (m_done < m_profiles.size())
            m_loop.exec();
        return m_results;
    }

private:
    void pump()
    {
        while (m_active < maxParallel && !m_queue.isEmpty()) {
            ++m_active;
            start(m_queue.takeFirst());
        }
    }

    void start(int index)
    {
        const ConnectionProfile &p = m_profiles.at(index);
        auto *session = new Session(m_settings, m_noSecrets, this);
        auto *check = new ServerCheck(session, session);
        check->setProfile(p);
        connect(check, &ServerCheck::finished, this, [this, index, check, session] {
            m_results[index] = check->result();
            session->deleteLater();
            --m_active;
            ++m_done;
            pump();
            if (m_done == m_profiles.size())
                m_loop.quit();
        });
        ServerCheck::Limits limits = m_common;
        limits.maxAgeDays = m_maxAge.value_or(p.rotationPolicyDays);
        limits.warnAgeDays = std::min(limits.maxAgeDays, m_warnAge.value_or(MonitoringCheck::defaultWarnAgeDays(limits.maxAgeDays)));
        const auto fromFile = [this, check, p, limits] {
            const auto it = m_fileSecrets.constFind(p.name);
            if (it == m_fileSecrets.constEnd())
                return check->fail(CliText::tr("no stored secret"), limits); // nothing is sent without one
            check->signInAndRead(p, *it, limits);
        };
        if (!SignInProfile::secretKept(p, m_keychain != nullptr))
            return fromFile();
        // The keychain first; a keychain that does not answer counts as holding nothing.
        auto answered = std::make_shared<bool>(false);
        QTimer::singleShot(keychainWaitMs, check, [answered, fromFile] {
            if (!std::exchange(*answered, true))
                fromFile();
        });
        m_keychain->read(Session::keychainKey(p), [answered, check, p, limits, fromFile](std::optional<QString> secret) {
            if (std::exchange(*answered, true))
                return;
            if (secret && !secret->isEmpty()) {
                check->signInAndRead(p, *secret, limits);
                secret->fill(QLatin1Char('0'));
            } else {
                fromFile();
            }
        });
    }

    Settings *m_settings;
    SecretStore *m_noSecrets;
    SecretStore *m_keychain;
    QHash<QString, QString> m_fileSecrets;
    std::optional<int> m_maxAge;
    std::optional<int> m_warnAge;
    ServerCheck::Limits m_common;
    QList<ConnectionProfile> m_profiles;
    QList<MonitoringCheck::Result> m_results;
    QList<int> m_queue;
    int m_active = 0;
    int m_done = 0;
    QEventLoop m_loop;
};
} // namespace

int Cli::check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Checks a server for a monitoring system: the key's age against the policy, the rotation state, a failed "
                    "rotation waiting for a retry, maintenance, the secret-key rotation and the last backup's age. Exit 0 OK, 1 WARNING, 2 "
                    "CRITICAL, 3 UNKNOWN (also for wrong "
                    "usage and a failed sign-in), as monitoring plugins do."));
    Connection connection;
    connection.addTo(parser);
    const QCommandLineOption maxAge(QStringLiteral("max-age-days"),
                                    CliText::tr("CRITICAL when the last completed rotation is older than N days (default: the "
                                                "profile's policy, else 365)."),
                                    QStringLiteral("N"));
    const QCommandLineOption warnAge(QStringLiteral("warn-age-days"),
                                     CliText::tr("WARNING when it is older than N days (default: 30 days less than the maximum)."),
                                     QStringLiteral("N"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    CliText::tr("nagios (one status line with performance data, the default), prometheus (the "
                                                "node exporter's textfile format) or json."),
                                    QStringLiteral("nagios|prometheus|json"), QStringLiteral("nagios"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 CliText::tr("Write to FILE, replaced whole only once complete, instead of standard output."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption allProfiles(
        QStringLiteral("all-profiles"),
        CliText::tr("Check every saved profile, %n at a time; the worst state is the exit code.", nullptr, maxParallel));
    const QCommandLineOption credentials(QStringLiteral("credentials"),
                                         CliText::tr("With --all-profiles or --profile: the secrets of profiles with none in the "
                                                     "keychain, one PROFILE<TAB>SECRET a line, in a file only its owner may read."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption maxBackupAge(
        QStringLiteral("max-backup-age-hours"),
        CliText::tr("WARNING when the last successful backup is older than N hours (default %1).").arg(Preflight::defaultMaxBackupAgeHours),
        QStringLiteral("N"));
    const QCommandLineOption skipCheck(QStringLiteral("skip-check"),
                                       CliText::tr("Leave out a check this account cannot read: %1 (may be repeated).")
                                           .arg(MonitoringCheck::preflightChecks().join(QStringLiteral(", "))),
                                       QStringLiteral("NAME"));
    parser.addOptions({maxAge, warnAge, format, out, allProfiles, credentials, maxBackupAge, skipCheck});

    const int parsed = parse(parser, arguments);
    if (parsed < 0)
        return 0;
    if (parsed != exitOk)
        return usage(CliText::tr("Wrong usage; see kmconsole check --help."));

    lineOnUsage = !parser.isSet(out) && parser.value(format).compare(QLatin1String("prometheus"), Qt::CaseInsensitive) != 0
                  && parser.value(format).compare(QLatin1String("json"), Qt::CaseInsensitive) != 0;
    Format chosen = Format::Nagios;
    const QString formatName = parser.value(format).toLower();
    if (formatName == QLatin1String("prometheus"))
        chosen = Format::Prometheus;
    else if (formatName == QLatin1String("json"))
        chosen = Format::Json;
    else if (formatName != QLatin1String("nagios"))
        return usage(CliText::tr("--format takes nagios, prometheus or json."));
    const auto days = [&](const QCommandLineOption &option, int least, std::optional<int> *value) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        *value = parser.value(option).toInt(&ok);
        return ok && **value >= least;
    };
    std::optional<int> maxDays, warnDays;
    if (!days(maxAge, 1, &maxDays))
        return usage(CliText::tr("--max-age-days takes a number of days, 1 or more."));
    if (!days(warnAge, 0, &warnDays))
        return usage(CliText::tr("--warn-age-days takes a number of days, 0 or more."));
    if (warnDays && maxDays && *warnDays > *maxDays)
        return usage(CliText::tr("--warn-age-days must not be more than --max-age-days."));
    std::optional<int> backupHours;
    if (!days(maxBackupAge, 1, &backupHours))
        return usage(CliText::tr("--max-backup-age-hours takes a number of hours, 1 or more."));
    const QStringList skipped = parser.values(skipCheck);
    for (const QString &name : skipped) {
        if (!MonitoringCheck::preflightChecks().contains(name))
            return usage(
                CliText::tr("--skip-check takes %1, not \"%2\".").arg(MonitoringCheck::preflightChecks().join(QStringLiteral(", ")), name));
    }
    const bool signInOptions =
        parser.isSet(connection.passwordStdin) || parser.isSet(connection.tokenStdin) || parser.isSet(connection.platformSecretStdin);
    const bool all = parser.isSet(allProfiles);
    if (all
        && (signInOptions || parser.isSet(connection.profile) || parser.isSet(connection.server) || parser.isSet(connection.platformUrl)
            || parser.isSet(connection.otp)))
        return usage(CliText::tr("--all-profiles signs in with each saved profile's own stored secret; it takes no server, "
                                 "profile or secret options."));
    const bool byFile = parser.isSet(credentials);
    if (byFile && !all && (!parser.isSet(connection.profile) || signInOptions))
        return usage(CliText::tr("--credentials goes with --all-profiles, or with --profile NAME instead of a secret on standard input."));
    if (parser.isSet(connection.otp))
        return usage(CliText::tr("A check never signs in with a one-time code or a push: use an account without two-factor "
                                 "authentication, or a token."));

    QHash<QString, QString> fileSecrets;
    if (byFile) {
        QString problem;
        if (!readCredentials(parser.value(credentials), &fileSecrets, &problem))
            return usage(problem);
    }

    ServerCheck::Limits common; // what every server is checked with, besides its policy
    common.maxBackupAgeHours = backupHours.value_or(Preflight::defaultMaxBackupAgeHours);
    common.skipped = skipped;
    CommandSession command;
    QList<MonitoringCheck::Result> results;
    if (all || byFile) {
        QList<ConnectionProfile> profiles;
        if (all) {
            profiles = command.settings->profiles();
        } else if (const auto p = command.settings->profile(parser.value(connection.profile))) {
            profiles << *p;
        } else {
            return usage(CliText::tr("There is no saved profile named \"%1\".").arg(parser.value(connection.profile)));
        }
        if (profiles.isEmpty())
            return usage(CliText::tr("There is no saved profile to check."));
        std::unique_ptr<KeychainSecretStore> keychain;
        if (std::any_of(profiles.cbegin(), profiles.cend(), [](const ConnectionProfile &p) { return SignInProfile::secretKept(p, true); }))
            keychain = std::make_unique<KeychainSecretStore>();
        ProfileRun run(command.settings.get(), command.secrets.get(), keychain.get(), fileSecrets, maxDays, warnDays, common);
        results = run.run(profiles);
        for (auto it = fileSecrets.begin(); it != fileSecrets.end(); ++it)
            it->fill(QLatin1Char('0'));
    } else {
        Session &session = *command.session;
        ServerCheck check(&session);
        ServerCheck::Limits limits = common;
        QEventLoop loop;
        QObject::connect(&check, &ServerCheck::finished, &loop, &QEventLoop::quit);
        if (connection.open(parser, session, true) != exitOk) {
            limits.maxAgeDays = maxDays.value_or(session.server()->rotationPolicyDays());
            limits.warnAgeDays = std::min(limits.maxAgeDays, warnDays.value_or(MonitoringCheck::defaultWarnAgeDays(limits.maxAgeDays)));
            check.fail(CliText::tr("Not signed in; the reason is on standard error."), limits);
        } else {
            limits.maxAgeDays = maxDays.value_or(session.server()->rotationPolicyDays());
            limits.warnAgeDays = std::min(limits.maxAgeDays, warnDays.value_or(MonitoringCheck::defaultWarnAgeDays(limits.maxAgeDays)));
            check.read(limits);
            loop.exec();
        }
        results << check.result();
        if (results.constFirst().server.isEmpty())
            results.first().server = parser.value(connection.server);
        if (!parser.value(connection.profile).isEmpty())
            results.first().profile = parser.value(connection.profile);
    }
    if (!writeOutput(render(chosen, results), parser.value(out)))
        return unknownExit;
    return MonitoringCheck::overall(results);
}

} // namespace km
