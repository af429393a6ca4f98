#pragma once

#include <QString>
#include <QStringList>

namespace km {

// The master encryption key rotation statuses, in the order a rotation walks them (api.md).
// The numeric values are the positions in that order, which is also the server's statusValue.
namespace MekStatus {
enum Status {
    NeverRun = 0,
    RotationRequested,
    KeyRotationStarted,
    KeyRotationCompleted,
    PendingRestart,
    MarkDataStarted,
    MarkDataCompleted,
    DataRotationStarted,
    DataRotationCompleted,
    SessionDataRotationStarted,
    SessionDataRotationCompleted,
    ProcessCompletedWithErrorsBeforeRotation,
    ProcessFailedAfterRotation,
    Unknown = -1,
};

QString name(Status status);
Status fromName(const QString &name); // case-insensitive; Unknown when not one of the 13
QStringList allNames();
bool isFailure(Status status);
// The statuses of a successful rotation, first to last (RotationRequested..SessionDataRotationCompleted).
QList<Status> walk();
} // namespace MekStatus

// processState of MEKRotationInfoResponseViewModel.
namespace ProcessState {
enum State { None, Completed, Pending, Running, Retry, Failed, Unknown = -1 };
QString name(State state);
State fromName(const QString &name);
bool isActive(State state); // Pending, Running or Retry: a rotation is under way
} // namespace ProcessState

} // namespace km
