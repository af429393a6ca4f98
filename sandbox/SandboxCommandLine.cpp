#include "sandbox/SandboxCommandLine.h"
#include "sandbox/RotationEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <cstdio>

namespace km {

namespace {
QCommandLineOption valued(const char *name, const char *description, const char *valueName)
{
    return QCommandLineOption(QLatin1String(name), QLatin1String(description), QLatin1String(valueName));
}

QCommandLineOption flag(const char *name, const char *description)
{
    return QCommandLineOption(QLatin1String(name), QLatin1String(description));
}
} // namespace

SandboxCommandLine::Outcome SandboxCommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Local emulator of the Secret Server key-management API. "
                                                    "Bad option values are refused with exit status 2."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QList<QCommandLineOption> options = {
        valued("listen", "Address to listen on (default 127.0.0.1).", "ADDR"),
        valued("port", "Port, 0 to 65535; 0 picks a free one (default 0).", "N"),
        valued("base-path", "Path prefix of the server, / for none (default /SecretServer).", "PATH"),
        valued("data", "SQLite file for the state, or :memory: (default: kmsandbox.sqlite in the user's data directory).", "FILE"),
        valued("seed", "Ensure N seeded rotation-audit records exist (default 0).", "N"),
        valued("step-ms", "Time per rotation status step, at least 1 (default 2000).", "MS"),
        valued("fail-at", "The next rotation fails when it reaches this status (default: none).", "STATUS"),
        valued("latency-ms", "Delay every answer by MS (default 0).", "MS"),
        valued("fail-rate", "Share of API calls answered 500, 0 to 1 (default 0).", "F"),
        valued("random-seed", "Seed for --fail-rate draws, for repeatable runs (default 0: random).", "N"),
        valued("token-ttl", "Access token lifetime in seconds, at least 1 (default 1200).", "S"),
        valued("refresh-tokens", "on: the token response has a refresh_token; off: none, and the refresh grant is refused (default on).",
               "on|off"),
        valued("tls-cert", "PEM certificate: serve HTTPS (with --tls-key).", "FILE"),
        valued("tls-key", "PEM private key for --tls-cert.", "FILE"),
        valued("password", "Password of the admin and auditor accounts (default sandbox).", "PW"),
        valued("otp", "admin must also send this one-time code, or push, in the OTP header (default: no 2FA).", "CODE"),
        valued("push", "What a Duo push (OTP: push) gets: approve or deny (default approve).", "approve|deny"),
        valued("push-delay-ms", "How long a Duo push waits before its answer (default 2000).", "MS"),
        flag("replication", "Report geo-replication as enabled: rotation refused (default off)."),
        valued("max-take", "Largest page (take) served; larger is 400 (default 1000).", "N"),
        flag("put-keeps-blank-secrets",
             "A PUT without a secret keeps the stored one when the type is unchanged (default off: replace-all)."),
        valued("access-denied",
               "HTTP status for a missing permission: 403 {message}, or 400 with errorCode API_AccessDenied (default 403).", "400|403"),
        valued("type-ids", "Numeric key management type ids (default none=0,aws=1,azure=2).", "none=N,aws=N,azure=N"),
        valued("aws-type-name", "Name of the AWS KMS type (default \"Amazon KMS\").", "TEXT"),
        valued("azure-type-name", "Name of the Azure Key Vault type (default \"Azure Key Vault\").", "TEXT"),
        valued("maintenance-ms",
               "After a configuration save, refuse key-management writes for at least MS, and while the secret-key "
               "rotation it starts runs (default 0: off).",
               "MS"),
        valued("secrets", "Secrets a secret-key rotation re-encrypts; a configuration save starts one (default 0: it ends at once).", "N"),
        valued("secret-key-rate", "Secrets re-encrypted per second, 1 to 10000000 (default 1000).", "N"),
        valued("secret-key-cancel-ms", "How long a cancelled secret-key rotation reports isCancelling before it ends (default 1000).",
               "MS"),
        valued("secret-key-fail-after", "Secret-key rotations fail after N secrets (default: never).", "N"),
        valued("secret-key-running",
               "counts: progressStatus is there exactly while a run counts secrets (default); presence: the "
               "other reading of \"running\", the run stays 1 s after its last secret with every secret processed.",
               "counts|presence"),
        valued("secret-key-status-words",
               "The unpublished lastStatus words (default "
               "completed=Completed,cancelled=Cancelled,failed=Failed,running=Running).",
               "NAME=WORD,..."),
        valued("api-version",
               "11.7, or 11.2 which has no config/audit endpoint; /v1/version answers 11.7.000061 or 11.2.000002 (default 11.7).",
               "VERSION"),
        valued("server-version",
               "What GET /v1/version answers instead of the --api-version's, any text; none: the path is not served (404).", "TEXT"),
        valued("date-filter-local-offset",
               "Read filter.date's date and time as local time at UTC+HOURS, ignoring its offset, as a server "
               "in another time zone might (-14 to 14; default: as sent, a bare date as UTC).",
               "HOURS"),
        flag("ignore-sort", "Ignore sortBy on the audit endpoints: order by id, echo an empty sortBy (default off)."),
        flag("audit-ids-unordered", "New rotation-audit records get falling ids (from 2000000000 down), so ids do not grow with "
                                    "time (default off)."),
        valued("unhealthy",
               "The health check reports these parts unhealthy (and healthy false): a comma list of database, "
               "servicebus, storage (default: all healthy).",
               "PARTS"),
        flag("node-down", "/v1/nodes lists one more node, last connected two hours ago (default off)."),
        valued("node-versions",
               "/v1/nodes lists one connected node per binaryVersion given, the first answering (default: one node "
               "at the server version).",
               "V1,V2"),
        valued("backup-age-hours",
               "Age of the newest successful backup in the backup log, 0 to 100000 hours, or none for no "
               "successful backup (default 1).",
               "N|none"),
        valued("backup-log-size", "Records in the backup log, 1 to 100000, one a day back from the newest (default 3).", "N"),
        flag("serve-platform", "Also serve a Delinea Platform token endpoint and vault list at the root (default off)."),
        valued("platform-client-id", "Client id the platform accepts (needed with --serve-platform).", "ID"),
        valued("platform-client-secret", "Client secret the platform accepts (needed with --serve-platform).", "SECRET"),
        valued("platform-vaults", "How many vaults the platform lists, 1 to 100 (default 1).", "N"),
        valued("url-file", "Also write the base URL to FILE once listening (for a runner that cannot read standard output).", "FILE"),
        flag("test-controls", "Serve /sandbox/stats, /sandbox/faults and /sandbox/shutdown, which need no token (default off: 404)."),
    };
    parser.addOptions(options);
    if (!parser.parse(arguments)) {
        m_errors << parser.errorText();
        return Outcome::Invalid;
    }
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return Outcome::ShowedHelp;
    }
    if (parser.isSet(version)) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(QCoreApplication::applicationVersion()));
        return Outcome::ShowedHelp;
    }
    if (!parser.positionalArguments().isEmpty())
        m_errors << QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first());

    auto isSet = [&](const char *name) { return parser.isSet(QLatin1String(name)); };
    auto value = [&](const char *name) { return parser.value(QLatin1String(name)); };
    // A whole number in [min, max], or an error naming the option; `fallback` when not given.
    auto number = [&](const char *name, qint64 min, qint64 max, qint64 fallback) {
        if (!isSet(name))
            return fallback;
        bool valid = false;
        const qint64 v = value(name).toLongLong(&valid);
        if (!valid || v < min || v > max) {
            m_errors << QStringLiteral("--%1 must be a whole number from %2 to %3, not \"%4\"")
                            .arg(QLatin1String(name))
                            .arg(min)
                            .arg(max)
                            .arg(value(name));
            return fallback;
        }
        return v;
    };
    // One of `choices`, or an error naming the option.
    auto choice = [&](const char *name, const QStringList &choices, const QString &fallback) {
        if (!isSet(name))
            return fallback;
        if (!choices.contains(value(name))) {
            m_errors << QStringLiteral("--%1 must be %2, not \"%3\"")
                            .arg(QLatin1String(name), choices.join(QStringLiteral(" or ")), value(name));
            return fallback;
        }
        return value(name);
    };

    SandboxOptions &o = m_options;
    if (isSet("listen")) {
        o.listenAddress = QHostAddress(value("listen"));
        if (o.listenAddress.isNull())
            m_errors << QStringLiteral("--listen needs an IP address, not \"%1\"").arg(value("listen"));
    }
    o.port = quint16(number("port", 0, 65535, 0));
    if (isSet("base-path")) {
        o.basePath = value("base-path");
        if (!o.basePath.startsWith(QLatin1Char('/')))
            o.basePath.prepend(QLatin1Char('/'));
        while (o.basePath.endsWith(QLatin1Char('/')))
            o.basePath.chop(1);
    }
    o.dataPath = value("data");
    o.urlFilePath = value("url-file");
    o.seedCount = number("seed", 0, 100000000, 0);
    o.stepMs = int(number("step-ms", 1, 3600000, o.stepMs));
    if (isSet("fail-at")) {
        o.failAtStatus = RotationEngine::statusFromName(value("fail-at"));
        if (o.failAtStatus < RotationEngine::RotationRequested || o.failAtStatus > RotationEngine::SessionDataRotationCompleted)
            m_errors << QStringLiteral("--fail-at takes a status of the rotation walk, RotationRequested to SessionDataRotationCompleted");
    }
    o.latencyMs = int(number("latency-ms", 0, 600000, 0));
    if (isSet("fail-rate")) {
        bool valid = false;
        o.failRate = value("fail-rate").toDouble(&valid);
        if (!valid || !(o.failRate >= 0 && o.failRate <= 1)) {
            m_errors << QStringLiteral("--fail-rate must be a number from 0 to 1, not \"%1\"").arg(value("fail-rate"));
            o.failRate = 0;
        }
    }
    o.randomSeed = quint32(number("random-seed", 0, 0xffffffffLL, 0));
    o.tokenTtlSeconds = int(number("token-ttl", 1, 86400LL * 365, o.tokenTtlSeconds));
    o.refreshTokens = choice("refresh-tokens", {QStringLiteral("on"), QStringLiteral("off")}, QStringLiteral("on")) == QLatin1String("on");
    o.tlsCertificatePath = value("tls-cert");
    o.tlsKeyPath = value("tls-key");
    if (o.tlsCertificatePath.isEmpty() != o.tlsKeyPath.isEmpty())
        m_errors << QStringLiteral("--tls-cert and --tls-key go together");
    if (isSet("password"))
        o.password = value("password");
    o.oneTimeCode = value("otp");
    if (isSet("otp") && o.oneTimeCode.trimmed().isEmpty())
        m_errors << QStringLiteral("--otp needs a code");
    o.pushApproves =
        choice("push", {QStringLiteral("approve"), QStringLiteral("deny")}, QStringLiteral("approve")) == QLatin1String("approve");
    o.pushDelayMs = int(number("push-delay-ms", 0, 600000, o.pushDelayMs));
    o.replication = isSet("replication");
    o.maxTake = int(number("max-take", 1, 100000, o.maxTake));
    o.putKeepsBlankSecrets = isSet("put-keeps-blank-secrets");
    o.accessDeniedStatus = choice("access-denied", {QStringLiteral("403"), QStringLiteral("400")}, QStringLiteral("403")).toInt();
    if (isSet("type-ids")) {
        // none=N,aws=N,azure=N in any order; a name left out keeps its default.
        QHash<QString, int *> ids{
            {QStringLiteral("none"), &o.typeIdNone}, {QStringLiteral("aws"), &o.typeIdAws}, {QStringLiteral("azure"), &o.typeIdAzure}};
        const QRegularExpression item(QStringLiteral("\\A(none|aws|azure)=(\\d{1,9})\\z"));
        for (const QString &part : value("type-ids").split(QLatin1Char(','))) {
            const QRegularExpressionMatch m = item.match(part.trimmed());
            if (!m.hasMatch() || !ids.contains(m.captured(1))) {
                m_errors << QStringLiteral("--type-ids takes none=N,aws=N,azure=N with whole numbers 0 or more, each name once, not \"%1\"")
                                .arg(value("type-ids"));
                break;
            }
            *ids.take(m.captured(1)) = m.captured(2).toInt();
        }
        if (o.typeIdNone == o.typeIdAws || o.typeIdNone == o.typeIdAzure || o.typeIdAws == o.typeIdAzure)
            m_errors << QStringLiteral("--type-ids must give the three types distinct ids");
    }
    if (isSet("aws-type-name"))
        o.awsTypeName = value("aws-type-name");
    if (isSet("azure-type-name"))
        o.azureTypeName = value("azure-type-name");
    if (o.awsTypeName.trimmed().isEmpty() || o.azureTypeName.trimmed().isEmpty())
        m_errors << QStringLiteral("--aws-type-name and --azure-type-name need a name");
    o.maintenanceMs = int(number("maintenance-ms", 0, 86400000, 0));
    o.secretKeySecrets = int(number("secrets", 0, 100000000, 0));
    o.secretKeyRate = int(number("secret-key-rate", 1, 10000000, 1000));
    o.secretKeyCancelMs = int(number("secret-key-cancel-ms", 0, 600000, 1000));
    o.secretKeyFailAfter = int(number("secret-key-fail-after", 0, 100000000, -1));
    o.secretKeyPresenceReading =
        choice("secret-key-running", {QStringLiteral("counts"), QStringLiteral("presence")}, QStringLiteral("counts"))
        == QLatin1String("presence");
    if (isSet("secret-key-status-words")) {
        QHash<QString, QString *> words{{QStringLiteral("completed"), &o.secretKeyCompleted},
                                        {QStringLiteral("cancelled"), &o.secretKeyCancelled},
                                        {QStringLiteral("failed"), &o.secretKeyFailed},
                                        {QStringLiteral("running"), &o.secretKeyRunning}};
        const QRegularExpression item(QStringLiteral("\\A(completed|cancelled|failed|running)=(.+)\\z"));
        for (const QString &part : value("secret-key-status-words").split(QLatin1Char(','))) {
            const QRegularExpressionMatch m = item.match(part.trimmed());
            if (!m.hasMatch() || !words.contains(m.captured(1))) {
                m_errors << QStringLiteral("--secret-key-status-words takes completed=WORD,cancelled=WORD,failed=WORD,running=WORD, "
                                           "each name once, not \"%1\"")
                                .arg(value("secret-key-status-words"));
                break;
            }
            *words.take(m.captured(1)) = m.captured(2);
        }
    }
    o.hasConfigAudit =
        choice("api-version", {QStringLiteral("11.7"), QStringLiteral("11.2")}, QStringLiteral("11.7")) == QLatin1String("11.7");
    o.versionText = o.hasConfigAudit ? QStringLiteral("11.7.000061") : QStringLiteral("11.2.000002");
    if (isSet("server-version"))
        o.versionText = value("server-version") == QLatin1String("none") ? QString() : value("server-version");
    o.dateFilterLocal = isSet("date-filter-local-offset");
    o.dateFilterLocalOffsetHours = int(number("date-filter-local-offset", -14, 14, 0));
    o.ignoreSort = isSet("ignore-sort");
    o.auditIdsUnordered = isSet("audit-ids-unordered");
    o.referenceQueries = o.referenceQueries || o.auditIdsUnordered; // the fast paths assume ids that grow
    if (isSet("unhealthy")) {
        const QStringList parts{QStringLiteral("database"), QStringLiteral("servicebus"), QStringLiteral("storage")};
        for (const QString &part : value("unhealthy").split(QLatin1Char(','))) {
            if (!parts.contains(part.trimmed())) {
                m_errors << QStringLiteral("--unhealthy takes a comma list of database, servicebus, storage, not \"%1\"")
                                .arg(value("unhealthy"));
                break;
            }
            o.unhealthy << part.trimmed();
        }
    }
    o.nodeDown = isSet("node-down");
    if (isSet("node-versions")) {
        for (const QString &v : value("node-versions").split(QLatin1Char(',')))
            o.nodeVersions << v.trimmed();
        if (o.nodeVersions.size() > 100 || o.nodeVersions.contains(QString()))
            m_errors
                << QStringLiteral("--node-versions takes 1 to 100 versions separated by commas, not \"%1\"").arg(value("node-versions"));
    }
    if (isSet("backup-age-hours") && value("backup-age-hours") == QLatin1String("none"))
        o.backupAgeHours = -1;
    else
        o.backupAgeHours = int(number("backup-age-hours", 0, 100000, 1));
    o.backupLogSize = int(number("backup-log-size", 1, 100000, 3));
    o.servePlatform = isSet("serve-platform");
    o.platformClientId = value("platform-client-id");
    o.platformClientSecret = value("platform-client-secret");
    o.platformVaults = int(number("platform-vaults", 1, 100, 1));
    if (o.servePlatform && (o.platformClientId.isEmpty() || o.platformClientSecret.isEmpty()))
        m_errors << QStringLiteral("--serve-platform needs --platform-client-id and --platform-client-secret");
    o.testControls = isSet("test-controls");
    return m_errors.isEmpty() ? Outcome::Run : Outcome::Invalid;
}

} // namespace km
