#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace km {

// Everything kmsandbox can be told on its command line (SandboxCommandLine fills it in). Where the
// published API is silent, an option picks one plausible real-server behaviour; the defaults
// follow the published record. docs/sandbox.md describes each.
struct SandboxOptions
{
    // Where and how it runs.
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;
    QString basePath = QStringLiteral("/SecretServer"); // no trailing slash; empty for the root
    QString dataPath;                                   // empty: the user's data directory
    QString urlFilePath;                                // --url-file: the "listening on" URL, also written there
    qint64 seedCount = 0;
    int stepMs = 2000;
    int failAtStatus = -1;
    QString tlsCertificatePath, tlsKeyPath;
    bool testControls = false; // /sandbox/stats and /sandbox/faults exist only with --test-controls

    // Accounts and tokens.
    QString password = QStringLiteral("sandbox");
    int tokenTtlSeconds = 1200;
    bool refreshTokens = true;
    QString oneTimeCode; // when set, admin must also send it (or "push") in the OTP header
    int pushDelayMs = 2000;
    bool pushApproves = true;

    // Variants of real servers.
    bool putKeepsBlankSecrets = false;
    int accessDeniedStatus = 403;
    int typeIdNone = 0, typeIdAws = 1, typeIdAzure = 2;
    QString awsTypeName = QStringLiteral("Amazon KMS");
    QString azureTypeName = QStringLiteral("Azure Key Vault");
    int maintenanceMs = 0;
    // The secret-key rotation a save (or POST rotate-secret-keys) starts: SecretKeyRotation.
    int secretKeySecrets = 0;              // --secrets
    int secretKeyRate = 1000;              // --secret-key-rate, secrets per second
    int secretKeyCancelMs = 1000;          // --secret-key-cancel-ms
    int secretKeyFailAfter = -1;           // --secret-key-fail-after
    bool secretKeyPresenceReading = false; // --secret-key-running presence
    QString secretKeyCompleted = QStringLiteral("Completed"), secretKeyCancelled = QStringLiteral("Cancelled"),
            secretKeyFailed = QStringLiteral("Failed"), secretKeyRunning = QStringLiteral("Running"); // --secret-key-status-words
    bool hasConfigAudit = true;                                                                       // false for --api-version 11.2
    QString versionText = QStringLiteral("11.7.000061"); // GET /v1/version; empty: the path is not served
    int dateFilterLocalOffsetHours = 0;                  // filter.date's wall clock read as local time at UTC+HOURS (0: as sent)
    bool dateFilterLocal = false;
    bool ignoreSort = false;
    bool auditIdsUnordered = false; // new audit records get falling ids (answered by the plain queries)
    int maxTake = 1000;
    // What the pre-flight reads find (health check, nodes, backup log); by default every check passes.
    QStringList unhealthy;         // --unhealthy: database, servicebus, storage
    bool nodeDown = false;         // --node-down: one more node, last connected two hours ago
    QStringList nodeVersions;      // --node-versions: one node per binaryVersion; empty: one node at versionText
    int backupAgeHours = 1;        // --backup-age-hours: age of the last successful backup; -1 ("none"): no successful backup
    int backupLogSize = 3;         // --backup-log-size: records in the backup log
    bool referenceQueries = false; // test control: answer the audit by the plain queries, to compare

    // A Delinea Platform tenant in front of the vault (--serve-platform).
    bool servePlatform = false;
    QString platformClientId, platformClientSecret;
    int platformVaults = 1;

    // Faults.
    int latencyMs = 0;
    double failRate = 0.0;
    bool replication = false;
    quint32 randomSeed = 0; // 0: random; otherwise the --fail-rate draws are repeatable
};

} // namespace km
