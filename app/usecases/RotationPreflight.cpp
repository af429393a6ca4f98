#include "usecases/RotationPreflight.h"

#include "models/SafeText.h"

#include <memory>

namespace km {

namespace {
const QString healthEndpoint = QStringLiteral("GET /api/v1/healthcheck");
const QString nodesEndpoint = QStringLiteral("GET /api/v1/nodes");
const QString backupEndpoint = QStringLiteral("GET /api/v2/configuration/backup-logs");
const QString rotationEndpoint = QStringLiteral("GET /api/v1/key-management/mekrotationinfo");
const QString secretKeyEndpoint = QStringLiteral("GET /api/v1/configuration/security/rotate-secret-keys-status");

struct Run
{
    ApiClient *client = nullptr;
    RotationPreflight::Options options;
    std::function<void(const PreflightReport &)> done;
    int pending = 0;
    PreflightRead<HealthCheck> health;
    PreflightRead<QList<ServerNode>> nodes;
    PreflightRead<RotationInfo> rotation;
    PreflightRead<SecretKeyRotationStatus> secretKeys;
    PreflightRead<BackupLogScan> backup;
    BackupLogScan scan;

    void finishOne()
    {
        if (--pending > 0 || !done)
            return;
        PreflightReport report;
        const QDateTime now = health.value && health.value->utcNow.isValid() ? health.value->utcNow : client->clock()->utcNow();
        report.checks = {Preflight::health(health),
                         Preflight::nodes(nodes, health),
                         Preflight::backup(backup, now, options.maxBackupAgeHours),
                         Preflight::secretKeyRotation(secretKeys),
                         Preflight::mekRotation(rotation),
                         Preflight::replication(rotation)};
        std::exchange(done, nullptr)(report);
    }
};

void readBackupPage(const std::shared_ptr<Run> &run, QObject *context)
{
    run->client->getBackupLogs(run->scan.nextSkip(), BackupLogScan::pageSize, context,
                               [run, context](const ApiResult<Page<BackupLogRecord>> &r) {
        if (!r.ok()) {
            run->backup = PreflightRead<BackupLogScan>::failed(
                RotationPreflight::unreadable(r.error, backupEndpoint, RotationPreflight::tr("the backup log")));
            return run->finishOne();
        }
        if (run->scan.add(r.value))
            return readBackupPage(run, context);
        run->backup = PreflightRead<BackupLogScan>::of(run->scan);
        run->finishOne();
    });
}
} // namespace

QString RotationPreflight::unreadable(const ApiError &error, const QString &endpoint, const QString &what)
{
    const QString words = SafeText::oneLine(error.detail());
    switch (error.kind()) {
    case ApiError::AuthFailed:
        return tr("%1 was refused because the session ended (%2); sign in again, then check again.").arg(endpoint, error.message());
    case ApiError::PermissionDenied:
        return words.isEmpty() ? tr("This account may not read %1 (%2): it lacks the permission to view %3.")
                                     .arg(endpoint)
                                     .arg(error.httpStatus())
                                     .arg(what)
                               : tr("This account may not read %1 (%2): it lacks the permission to view %3. The server said: %4")
                                     .arg(endpoint)
                                     .arg(error.httpStatus())
                                     .arg(what, words);
    case ApiError::NotFound: return tr("This server does not have %1 (404), so %2 cannot be read.").arg(endpoint, what);
    case ApiError::BadJson:
    case ApiError::NotJson:
    case ApiError::TooLarge:
    case ApiError::QueryFailed: return tr("The reply of %1 could not be read: %2").arg(endpoint, error.message());
    default: return tr("%1 failed: %2").arg(endpoint, error.message());
    }
}

void RotationPreflight::run(ApiClient *client, const Options &options, QObject *context, std::function<void(const PreflightReport &)> done)
{
    auto run = std::make_shared<Run>();
    run->client = client;
    run->options = options;
    run->done = std::move(done);
    run->pending = 5;
    client->getHealthCheck(context, [run](const ApiResult<HealthCheck> &r) {
        run->health = r.ok() ? PreflightRead<HealthCheck>::of(r.value)
                             : PreflightRead<HealthCheck>::failed(unreadable(r.error, healthEndpoint, tr("the health check")));
        run->finishOne();
    });
    client->getNodes(context, [run](const ApiResult<QList<ServerNode>> &r) {
        run->nodes = r.ok() ? PreflightRead<QList<ServerNode>>::of(r.value)
                            : PreflightRead<QList<ServerNode>>::failed(unreadable(r.error, nodesEndpoint, tr("the server nodes")));
        run->finishOne();
    });
    if (options.rotation) {
        run->rotation = PreflightRead<RotationInfo>::of(*options.rotation);
        --run->pending;
    } else {
        client->getRotationInfo(context, [run](const ApiResult<RotationInfo> &r) {
            run->rotation = r.ok() ? PreflightRead<RotationInfo>::of(r.value)
                                   : PreflightRead<RotationInfo>::failed(unreadable(r.error, rotationEndpoint, tr("the rotation state")));
            run->finishOne();
        });
    }
    client->getSecretKeyRotationStatus(context, [run](const ApiResult<SecretKeyRotationStatus> &r) {
        run->secretKeys = r.ok() ? PreflightRead<SecretKeyRotationStatus>::of(r.value)
                                 : PreflightRead<SecretKeyRotationStatus>::failed(
                                     unreadable(r.error, secretKeyEndpoint, tr("the secret-key rotation's status")));
        run->finishOne();
    });
    readBackupPage(run, context);
}

} // namespace km
