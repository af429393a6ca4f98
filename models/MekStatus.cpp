#include "models/MekStatus.h"

namespace km {

namespace {
const char *const statusNames[] = {
    "NeverRun",
    "RotationRequested",
    "KeyRotationStarted",
    "KeyRotationCompleted",
    "PendingRestart",
    "MarkDataStarted",
    "MarkDataCompleted",
    "DataRotationStarted",
    "DataRotationCompleted",
    "SessionDataRotationStarted",
    "SessionDataRotationCompleted",
    "ProcessCompletedWithErrorsBeforeRotation",
    "ProcessFailedAfterRotation",
};
constexpr int statusCount = int(sizeof(statusNames) / sizeof(statusNames[0]));

const char *const stateNames[] = {"None", "Completed", "Pending", "Running", "Retry", "Failed"};
constexpr int stateCount = int(sizeof(stateNames) / sizeof(stateNames[0]));
} // namespace

QString MekStatus::name(Status status)
{
    if (status < 0 || status >= statusCount)
        return QString();
    return QLatin1String(statusNames[status]);
}

MekStatus::Status MekStatus::fromName(const QString &text)
{
    for (int i = 0; i < statusCount; ++i) {
        if (text.compare(QLatin1String(statusNames[i]), Qt::CaseInsensitive) == 0)
            return Status(i);
    }
    return Unknown;
}

QStringList MekStatus::allNames()
{
    QStringList names;
    for (int i = 0; i < statusCount; ++i)
        names << QLatin1String(statusNames[i]);
    return names;
}

bool MekStatus::isFailure(Status status)
{
    return status == ProcessCompletedWithErrorsBeforeRotation || status == ProcessFailedAfterRotation;
}

QList<MekStatus::Status> MekStatus::walk()
{
    QList<Status> steps;
    for (int i = RotationRequested; i <= SessionDataRotationCompleted; ++i)
        steps << Status(i);
    return steps;
}

QString ProcessState::name(State state)
{
    if (state < 0 || state >= stateCount)
        return QString();
    return QLatin1String(stateNames[state]);
}

ProcessState::State ProcessState::fromName(const QString &text)
{
    for (int i = 0; i < stateCount; ++i) {
        if (text.compare(QLatin1String(stateNames[i]), Qt::CaseInsensitive) == 0)
            return State(i);
    }
    return Unknown;
}

bool ProcessState::isActive(State state)
{
    return state == Pending || state == Running || state == Retry;
}

} // namespace km
