#include "models/SecretKeyRotationStatus.h"

#include "models/JsonFields.h"
#include "models/SafeText.h"

#include <algorithm>

namespace km {

int SecretKeyRotationStatus::secretsLeft() const
{
    if (!hasProgress)
        return 0;
    return std::max(totalSecretsToProcess - std::max(secretsProcessed, 0), 0);
}

int SecretKeyRotationStatus::percent() const
{
    if (!hasProgress || totalSecretsToProcess <= 0)
        return 0;
    return int(qint64(std::clamp(secretsProcessed, 0, totalSecretsToProcess)) * 100 / totalSecretsToProcess);
}

SecretKeyRotationStatus::Outcome SecretKeyRotationStatus::outcomeOf(const QString &lastStatus)
{
    // Not published: the values kmsandbox uses, listed in docs/api-decisions.md. Compared
    // without regard to case, nothing looser.
    if (lastStatus.isEmpty())
        return Outcome::None;
    if (lastStatus.compare(QLatin1String("Completed"), Qt::CaseInsensitive) == 0)
        return Outcome::Completed;
    if (lastStatus.compare(QLatin1String("Cancelled"), Qt::CaseInsensitive) == 0)
        return Outcome::Cancelled;
    if (lastStatus.compare(QLatin1String("Failed"), Qt::CaseInsensitive) == 0)
        return Outcome::Failed;
    return Outcome::Unknown;
}

SecretKeyRotationStatus::Outcome SecretKeyRotationStatus::outcome() const
{
    return outcomeOf(lastStatus);
}

bool SecretKeyRotationStatus::decode(const QJsonObject &json, SecretKeyRotationStatus &out, QString &error, const QString &path)
{
    SecretKeyRotationStatus s;
    JsonFields f(json, path);
    f.readDateTime(QStringLiteral("lastRequestDate"), s.lastRequestUtc);
    f.readDateTime(QStringLiteral("lastRunDate"), s.lastRunUtc);
    f.readString(QStringLiteral("lastStatus"), s.lastStatus);
    f.readString(QStringLiteral("message"), s.message);
    s.hasProgress = f.has(QStringLiteral("progressStatus"));
    const QJsonObject progress = f.readObject(QStringLiteral("progressStatus"));
    if (f.ok() && s.hasProgress) {
        JsonFields g(progress, f.childPath(QStringLiteral("progressStatus")));
        g.readBool(QStringLiteral("isCancelling"), s.isCancelling);
        g.readString(QStringLiteral("message"), s.progressMessage);
        g.readInt(QStringLiteral("secretsProcessed"), s.secretsProcessed);
        g.readInt(QStringLiteral("totalSecretsToProcess"), s.totalSecretsToProcess);
        if (!g.ok())
            f.fail(g.error());
    }
    if (!f.ok()) {
        error = f.error();
        return false;
    }
    out = s;
    return true;
}

namespace {
QJsonValue dateJson(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(utc.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject SecretKeyRotationStatus::lastRunJson() const
{
    return QJsonObject{
        {QStringLiteral("lastRequestDate"), dateJson(lastRequestUtc)},
        {QStringLiteral("lastRunDate"), dateJson(lastRunUtc)},
        {QStringLiteral("lastStatus"), lastStatus.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(SafeText::oneLine(lastStatus))},
        {QStringLiteral("message"), message.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(SafeText::oneLine(message))},
    };
}

QJsonObject SecretKeyRotationStatus::publicJson() const
{
    QJsonObject o = lastRunJson();
    o.insert(QStringLiteral("running"), isRunning());
    if (hasProgress) {
        o.insert(QStringLiteral("progressStatus"),
                 QJsonObject{
                     {QStringLiteral("secretsProcessed"), secretsProcessed},
                     {QStringLiteral("totalSecretsToProcess"), totalSecretsToProcess},
                     {QStringLiteral("isCancelling"), isCancelling},
                     {QStringLiteral("message"),
                      progressMessage.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(SafeText::oneLine(progressMessage))},
                 });
    } else {
        o.insert(QStringLiteral("progressStatus"), QJsonValue(QJsonValue::Null));
    }
    return o;
}

} // namespace km
