#include "models/RotationInfo.h"

#include "models/SafeText.h"

#include "models/JsonFields.h"

namespace km {

bool RotationInfo::decode(const QJsonObject &json, RotationInfo &out, QString &error, const QString &path)
{
    RotationInfo r;
    JsonFields f(json, path);
    f.readBool(QStringLiteral("canRequestRotation"), r.canRequestRotation);
    f.readBool(QStringLiteral("canRetryStatus"), r.canRetryStatus);
    f.readBool(QStringLiteral("hasPermission"), r.hasPermission);
    f.readBool(QStringLiteral("isReplicationEnabled"), r.isReplicationEnabled);
    f.readBool(QStringLiteral("pollInfo"), r.pollInfo);
    f.readBool(QStringLiteral("showBackupConfirmation"), r.showBackupConfirmation);
    f.readInt(QStringLiteral("itemsToRotate"), r.itemsToRotate);
    f.readInt(QStringLiteral("totalItems"), r.totalItems);
    f.readString(QStringLiteral("warningMessage"), r.warningMessage);
    f.readString(QStringLiteral("errorMessage"), r.errorMessage);
    f.readString(QStringLiteral("processState"), r.processStateName);
    r.processState = r.processStateName.isEmpty() ? ProcessState::Unknown : ProcessState::fromName(r.processStateName);

    const QJsonObject info = f.readObject(QStringLiteral("rotationInfo"));
    if (f.ok() && !info.isEmpty()) {
        JsonFields g(info, f.childPath(QStringLiteral("rotationInfo")));
        g.readString(QStringLiteral("status"), r.statusName);
        g.readInt(QStringLiteral("statusValue"), r.statusValue);
        g.readDateTime(QStringLiteral("startedDateUtc"), r.startedUtc);
        g.readDateTime(QStringLiteral("lastEndDateUtc"), r.lastEndUtc);
        g.readDateTime(QStringLiteral("statusUpdatedDateUtc"), r.statusUpdatedUtc);
        if (!g.ok())
            f.fail(g.error());
        r.status = r.statusName.isEmpty() ? MekStatus::NeverRun : MekStatus::fromName(r.statusName);
    }
    if (!f.ok()) {
        error = f.error();
        return false;
    }
    out = r;
    return true;
}

QJsonObject RotationInfo::publicJson() const
{
    const auto date = [](const QDateTime &utc) {
        return utc.isValid() ? QJsonValue(utc.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{
        {QStringLiteral("processState"), SafeText::oneLine(processStateName)},
        {QStringLiteral("status"), SafeText::oneLine(statusName)},
        {QStringLiteral("statusValue"), statusValue},
        {QStringLiteral("itemsToRotate"), itemsToRotate},
        {QStringLiteral("totalItems"), totalItems},
        {QStringLiteral("startedDateUtc"), date(startedUtc)},
        {QStringLiteral("statusUpdatedDateUtc"), date(statusUpdatedUtc)},
        {QStringLiteral("lastEndDateUtc"), date(lastEndUtc)},
        {QStringLiteral("canRequestRotation"), canRequestRotation},
        {QStringLiteral("canRetryStatus"), canRetryStatus},
        {QStringLiteral("hasPermission"), hasPermission},
        {QStringLiteral("isReplicationEnabled"), isReplicationEnabled},
        {QStringLiteral("showBackupConfirmation"), showBackupConfirmation},
        {QStringLiteral("warningMessage"), SafeText::oneLine(warningMessage)},
        {QStringLiteral("errorMessage"), SafeText::oneLine(errorMessage)},
    };
}

} // namespace km
