#pragma once

#include "models/MekStatus.h"

#include <QDateTime>
#include <QJsonObject>

namespace km {

// MEKRotationInfoResponseViewModel: the state of the master encryption key rotation.
struct RotationInfo
{
    bool canRequestRotation = false;
    bool canRetryStatus = false;
    bool hasPermission = false;
    bool isReplicationEnabled = false;
    bool pollInfo = false;
    bool showBackupConfirmation = false;
    int itemsToRotate = 0;
    int totalItems = 0;
    QString warningMessage;
    QString errorMessage;
    ProcessState::State processState = ProcessState::None;
    QString processStateName; // as sent, for states this console does not know

    // rotationInfo (MEKRotationInfoModel)
    MekStatus::Status status = MekStatus::NeverRun;
    QString statusName;
    int statusValue = 0;
    QDateTime startedUtc;
    QDateTime lastEndUtc;
    QDateTime statusUpdatedUtc;

    bool isActive() const { return ProcessState::isActive(processState) || pollInfo; }
    // The state for JSON output (rotation status --json, the report): the server's words made
    // terminal-safe, dates ISO 8601 UTC or null.
    QJsonObject publicJson() const;

    static bool decode(const QJsonObject &json, RotationInfo &out, QString &error,
                       const QString &path = QStringLiteral("MEKRotationInfoResponseViewModel"));
};

} // namespace km
