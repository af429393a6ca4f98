#include "models/RotationAuditRecord.h"

#include "models/AuditField.h"
#include "models/JsonFields.h"

namespace km {

bool RotationAuditRecord::decode(const QJsonObject &json, RotationAuditRecord &out, QString &error, const QString &path)
{
    RotationAuditRecord r;
    JsonFields f(json, path);
    const auto name = [](AuditField::Id id) { return QString(AuditField::spec(id).wireName); };
    f.readInt64(name(AuditField::AuditId), r.auditId, JsonFields::Required);
    f.readInt64(name(AuditField::RotationId), r.rotationInfoId);
    f.readString(name(AuditField::Action), r.action);
    f.readString(name(AuditField::Status), r.currentStatusName);
    f.readDateTime(name(AuditField::Date), r.dateUtc);
    f.readString(QStringLiteral("formattedDate"), r.formattedDate); // a display text, not a field of the table
    f.readInt(name(AuditField::UserId), r.userId);
    f.readString(name(AuditField::UserName), r.userName);
    f.readString(name(AuditField::DisplayName), r.displayName);
    f.readString(name(AuditField::Notes), r.notes);
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

bool ConfigAuditRecord::decode(const QJsonObject &json, ConfigAuditRecord &out, QString &error, const QString &path)
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

} // namespace km
