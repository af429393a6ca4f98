#include "RotationText.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RotationText", text);
}
} // namespace

QString RotationText::sentence(MekStatus::Status status, const QString &rawName)
{
    using namespace MekStatus;
    switch (status) {
    case NeverRun: return tr("No master encryption key rotation has run yet.");
    case RotationRequested: return tr("A rotation was requested and is about to start.");
    case KeyRotationStarted: return tr("Creating the new master encryption key.");
    case KeyRotationCompleted: return tr("The new master encryption key is in place.");
    case PendingRestart: return tr("Waiting for the application to restart on every node.");
    case MarkDataStarted: return tr("Marking the data that must be re-encrypted.");
    case MarkDataCompleted: return tr("All data to re-encrypt is marked.");
    case DataRotationStarted: return tr("Re-encrypting secrets with the new key.");
    case DataRotationCompleted: return tr("All secrets are re-encrypted.");
    case SessionDataRotationStarted: return tr("Re-encrypting session data.");
    case SessionDataRotationCompleted: return tr("Session data is re-encrypted: the rotation is finished.");
    case ProcessCompletedWithErrorsBeforeRotation:
        return tr("The rotation stopped with errors before the key was changed; the old key is still in use.");
    case ProcessFailedAfterRotation:
        return tr("The rotation failed after the new key was made, so data is only partly re-encrypted. Retry to finish it.");
    case Unknown: break;
    }
    return tr("The server reports a status this console does not know: \"%1\".").arg(rawName);
}

QString RotationText::stepLabel(MekStatus::Status status)
{
    using namespace MekStatus;
    switch (status) {
    case RotationRequested: return tr("Rotation requested");
    case KeyRotationStarted: return tr("New key being created");
    case KeyRotationCompleted: return tr("New key in place");
    case PendingRestart: return tr("Application restart");
    case MarkDataStarted: return tr("Marking data");
    case MarkDataCompleted: return tr("Data marked");
    case DataRotationStarted: return tr("Re-encrypting secrets");
    case DataRotationCompleted: return tr("Secrets re-encrypted");
    case SessionDataRotationStarted: return tr("Re-encrypting session data");
    case SessionDataRotationCompleted: return tr("Session data re-encrypted");
    case ProcessCompletedWithErrorsBeforeRotation: return tr("Stopped before the key changed");
    case ProcessFailedAfterRotation: return tr("Failed after the key changed");
    case NeverRun:
    case Unknown: break;
    }
    return MekStatus::name(status);
}

QString RotationText::stateLabel(ProcessState::State state, const QString &rawName)
{
    switch (state) {
    case ProcessState::None: return tr("Idle");
    case ProcessState::Pending: return tr("Pending");
    case ProcessState::Running: return tr("Running");
    case ProcessState::Retry: return tr("Retrying");
    case ProcessState::Completed: return tr("Completed");
    case ProcessState::Failed: return tr("Failed");
    case ProcessState::Unknown: break;
    }
    return rawName;
}
