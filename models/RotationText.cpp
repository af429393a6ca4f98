#include "models/RotationText.h"

#include "models/SafeText.h"

#include <QCoreApplication>

namespace km {

namespace {
struct RotationTextTr
{
    Q_DECLARE_TR_FUNCTIONS(RotationText)
};
} // namespace

QString RotationText::sentence(MekStatus::Status status, const QString &rawName)
{
    using namespace MekStatus;
    switch (status) {
    case NeverRun: return RotationTextTr::tr("No master encryption key rotation has run yet.");
    case RotationRequested: return RotationTextTr::tr("A rotation was requested and is about to start.");
    case KeyRotationStarted: return RotationTextTr::tr("Creating the new master encryption key.");
    case KeyRotationCompleted: return RotationTextTr::tr("The new master encryption key is in place.");
    case PendingRestart: return RotationTextTr::tr("Waiting for the application to restart on every node.");
    case MarkDataStarted: return RotationTextTr::tr("Marking the data that must be re-encrypted.");
    case MarkDataCompleted: return RotationTextTr::tr("All data to re-encrypt is marked.");
    case DataRotationStarted: return RotationTextTr::tr("Re-encrypting secrets with the new key.");
    case DataRotationCompleted: return RotationTextTr::tr("All secrets are re-encrypted.");
    case SessionDataRotationStarted: return RotationTextTr::tr("Re-encrypting session data.");
    case SessionDataRotationCompleted: return RotationTextTr::tr("Session data is re-encrypted: the rotation is finished.");
    case ProcessCompletedWithErrorsBeforeRotation:
        return RotationTextTr::tr("The rotation stopped with errors before the key was changed; the old key is still in use.");
    case ProcessFailedAfterRotation:
        return RotationTextTr::tr(
            "The rotation failed after the new key was made, so data is only partly re-encrypted. Retry to finish it.");
    case Unknown: break;
    }
    return RotationTextTr::tr("The server reports a status this console does not know: \"%1\".").arg(rawName);
}

QString RotationText::stepLabel(MekStatus::Status status)
{
    using namespace MekStatus;
    switch (status) {
    case RotationRequested: return RotationTextTr::tr("Rotation requested");
    case KeyRotationStarted: return RotationTextTr::tr("New key being created");
    case KeyRotationCompleted: return RotationTextTr::tr("New key in place");
    case PendingRestart: return RotationTextTr::tr("Application restart");
    case MarkDataStarted: return RotationTextTr::tr("Marking data");
    case MarkDataCompleted: return RotationTextTr::tr("Data marked");
    case DataRotationStarted: return RotationTextTr::tr("Re-encrypting secrets");
    case DataRotationCompleted: return RotationTextTr::tr("Secrets re-encrypted");
    case SessionDataRotationStarted: return RotationTextTr::tr("Re-encrypting session data");
    case SessionDataRotationCompleted: return RotationTextTr::tr("Session data re-encrypted");
    case ProcessCompletedWithErrorsBeforeRotation: return RotationTextTr::tr("Stopped before the key changed");
    case ProcessFailedAfterRotation: return RotationTextTr::tr("Failed after the key changed");
    case NeverRun:
    case Unknown: break;
    }
    return MekStatus::name(status);
}

QString RotationText::stateLabel(ProcessState::State state, const QString &rawName)
{
    switch (state) {
    case ProcessState::None: return RotationTextTr::tr("Idle");
    case ProcessState::Pending: return RotationTextTr::tr("Pending");
    case ProcessState::Running: return RotationTextTr::tr("Running");
    case ProcessState::Retry: return RotationTextTr::tr("Retrying");
    case ProcessState::Completed: return RotationTextTr::tr("Completed");
    case ProcessState::Failed: return RotationTextTr::tr("Failed");
    case ProcessState::Unknown: break;
    }
    return rawName.isEmpty() ? RotationTextTr::tr("Unknown") : rawName;
}

QStringList RotationText::knownActions()
{
    return {QStringLiteral("Rotation Requested"), QStringLiteral("Status Changed"), QStringLiteral("Rotation Failed"),
            QStringLiteral("Retry Requested"), QStringLiteral("Rotation Completed")};
}

QString RotationText::actionLabel(const QString &raw)
{
    const QString key = raw.simplified();
    if (key.compare(QLatin1String("Rotation Requested"), Qt::CaseInsensitive) == 0)
        return RotationTextTr::tr("Rotation requested");
    if (key.compare(QLatin1String("Status Changed"), Qt::CaseInsensitive) == 0)
        return RotationTextTr::tr("Status changed");
    if (key.compare(QLatin1String("Rotation Failed"), Qt::CaseInsensitive) == 0)
        return RotationTextTr::tr("Rotation failed");
    if (key.compare(QLatin1String("Retry Requested"), Qt::CaseInsensitive) == 0)
        return RotationTextTr::tr("Retry requested");
    if (key.compare(QLatin1String("Rotation Completed"), Qt::CaseInsensitive) == 0)
        return RotationTextTr::tr("Rotation completed");
    return SafeText::oneLine(raw);
}

} // namespace km
