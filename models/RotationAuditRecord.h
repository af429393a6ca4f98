#pragma once

#include "models/MekStatus.h"

#include <QDateTime>
#include <QJsonObject>

namespace km {

// MasterEncryptionKeyRotationInfoAuditViewModel: one event of the MEK rotation audit.
struct RotationAuditRecord
{
    qint64 auditId = 0;
    qint64 rotationInfoId = 0;
    QString action;
    QString currentStatusName;
    MekStatus::Status currentStatus = MekStatus::Unknown;
    QDateTime dateUtc;
    QString formattedDate;
    int userId = 0;
    QString userName;
    QString displayName;
    QString notes;

    static bool decode(const QJsonObject &json, RotationAuditRecord &out, QString &error,
                       const QString &path = QStringLiteral("MasterEncryptionKeyRotationInfoAuditViewModel"));
};

// MasterEncryptionKeyRotationInfoAuditUserViewModel: an entry of /audit/users.
struct AuditUser
{
    int userId = 0;
    QString displayName;

    static bool decode(const QJsonObject &json, AuditUser &out, QString &error,
                       const QString &path = QStringLiteral("MasterEncryptionKeyRotationInfoAuditUserViewModel"));
};

// KeyManagementConfigAuditViewModel: an entry of the configuration change history.
struct ConfigAuditRecord
{
    QString action;
    QDateTime dateRecordedUtc;
    QString displayName;
    QString notes;

    static bool decode(const QJsonObject &json, ConfigAuditRecord &out, QString &error,
                       const QString &path = QStringLiteral("KeyManagementConfigAuditViewModel"));
};

} // namespace km
