#include "models/SecretKeyText.h"

#include "models/DurationText.h"
#include "models/SafeText.h"

#include <QCoreApplication>
#include <cmath>

namespace km {

namespace {
struct SecretKeyTextTr
{
    Q_DECLARE_TR_FUNCTIONS(SecretKeyText)
};
} // namespace

QString SecretKeyText::progress(const SecretKeyRotationStatus &s, std::optional<double> perSecond, std::optional<qint64> secondsLeft)
{
    QString text = SecretKeyTextTr::tr("%1 of %2 secrets processed").arg(s.secretsProcessed).arg(s.totalSecretsToProcess);
    if (perSecond && *perSecond > 0)
        text += SecretKeyTextTr::tr(", %1 per second").arg(std::lround(*perSecond));
    if (secondsLeft && !s.isCancelling) // a run that is stopping has no time left to completion
        text += SecretKeyTextTr::tr(", about %1 left").arg(DurationText::of(*secondsLeft));
    if (s.isCancelling)
        text += SecretKeyTextTr::tr(" (cancelling)");
    return text;
}

QString SecretKeyText::acceptsChangesOnceEnded()
{
    return SecretKeyTextTr::tr("The server will accept changes once this has ended.");
}

QString SecretKeyText::running(const SecretKeyRotationStatus &s, std::optional<double> perSecond, std::optional<qint64> secondsLeft)
{
    return SecretKeyTextTr::tr("A secret-key rotation is running on the server (%1). %2")
        .arg(progress(s, perSecond, secondsLeft), acceptsChangesOnceEnded());
}

QString SecretKeyText::refusedWhileRunning(const SecretKeyRotationStatus &s)
{
    return SecretKeyTextTr::tr("Refused: a secret-key rotation is running on the server (%1). %2")
        .arg(progress(s), acceptsChangesOnceEnded());
}

QString SecretKeyText::lastRun(const SecretKeyRotationStatus &s)
{
    if (!s.everRan())
        return SecretKeyTextTr::tr("No secret-key rotation has run.");
    const QString status = s.lastStatus.isEmpty() ? SecretKeyTextTr::tr("(no status)") : SafeText::oneLine(s.lastStatus);
    return s.message.isEmpty() ? status : SecretKeyTextTr::tr("%1: %2").arg(status, SafeText::oneLine(s.message));
}

QString SecretKeyText::unknownOutcome(const SecretKeyRotationStatus &s)
{
    return SecretKeyTextTr::tr("The secret-key rotation ended with the status \"%1\", which is not published; how it ended cannot be "
                               "determined.")
        .arg(SafeText::oneLine(s.lastStatus));
}

} // namespace km
