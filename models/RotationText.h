#pragma once

#include "models/MekStatus.h"

#include <QString>

namespace km {

// What the rotation statuses and states mean, in words for the user (translated).
namespace RotationText {
QString sentence(MekStatus::Status status, const QString &rawName = QString());
QString stepLabel(MekStatus::Status status); // short, for the timeline
QString stateLabel(ProcessState::State state, const QString &rawName = QString());
// An audit action in words: the known ones translated, any other as the server sent it.
QString actionLabel(const QString &raw);
// The audit actions known so far, as servers send them (for the filter list).
QStringList knownActions();
} // namespace RotationText

} // namespace km
