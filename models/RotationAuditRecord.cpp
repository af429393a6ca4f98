#include "models/RotationAuditRecord.h"

#include "models/JsonFields.h"

bool RotationAuditRecord::decode(const QJsonObject &json, RotationAuditRecord &out, QString &error,
                                 const QString &path)
{
    RotationAuditRecord r;
    JsonFields f(json, path);
    f.readInt64(QStringLiteral("masterEncryptionKeyRotationInfoAuditId"), r.auditId, JsonFields::Required);
    f.readInt64(QStringLiteral("masterEncryptionKeyRotationInfoId"), r.rotationInfoId);
    f.readString(QStringLiteral("action"), r.action);
    f.readString(QStringLiteral("currentStatus"), r.currentStatusName);
    f.readDateTime(QStringLiteral("date"), r.dateUtc);
    f.readString(QStringLiteral("formattedDate"), r.formattedDate);
    f.readInt(QStringLiteral("userId"), r.userId);
    f.readString(QStringLiteral("userName"), r.userName);
    f.readString(QStringLiteral("displayName"), r.displayName);
    f.readString(QStringLiteral("notes"), r.notes);
    if (!f.ok()) {
        error = f.error();
        return false;
    }
    r.currentStatus = MekStatus::fromName(r.currentStatusName);
    out = r;
    return true;
}

bool AuditUser::decode(const QJsonObject &json, AuditUser &out, QString &error, const QString &path)
{
    AuditUser u;
    JsonFields f(json, path);
    f.readInt(QStringLiteral("userId"), u.userId, JsonFields::Required);
    f.readString(QStringLiteral("displayName"), u.displayName);
    if (!f.ok()) {
        error = f.error();
        return false;
    }
    out = u;
    return true;
}

bool ConfigAuditRecord::decode(const QJsonObject &json, ConfigAuditRecord &out, QString &error,
                               const QString &path)
{
    ConfigAuditRecord r;
    JsonFields f(json, path);
    f.readString(QStringLiteral("action"), r.action);
    f.readDateTime(QStringLiteral("dateRecorded"), r.dateRecordedUtc);
    f.readString(QStringLiteral("displayName"), r.displayName);
    f.readString(QStringLiteral("notes"), r.notes);
    if (!f.ok()) {
        error = f.error();
        return false;
    }
    out = r;
    return true;
}
