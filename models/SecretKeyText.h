#pragma once

#include "models/SecretKeyRotationStatus.h"

#include <QString>
#include <optional>

namespace km {

// The secret-key rotation in words (translated), one wording for the window and the commands.
// The server's own words (lastStatus, message) are passed through SafeText, never rephrased.
namespace SecretKeyText {
// "40 of 160 secrets processed, 12 per second, about 10 s left" (rate and time left when known;
// the time left through DurationText::of).
QString progress(const SecretKeyRotationStatus &status, std::optional<double> perSecond = std::nullopt,
                 std::optional<qint64> secondsLeft = std::nullopt);
// What the server will accept: never a predicted time.
QString acceptsChangesOnceEnded();
// "A secret-key rotation is running on the server (progress). …accepts changes once ended": why a
// key-management change is held back while one runs (Session::secretKeyRotationRunning).
QString running(const SecretKeyRotationStatus &status, std::optional<double> perSecond, std::optional<qint64> secondsLeft);
// A write the server refused while a secret-key rotation runs.
QString refusedWhileRunning(const SecretKeyRotationStatus &status);
// The last run: "Completed: <message>" in the server's words, or that none has run.
QString lastRun(const SecretKeyRotationStatus &status);
// Why a run's end cannot be read (a lastStatus the console does not know).
QString unknownOutcome(const SecretKeyRotationStatus &status);
} // namespace SecretKeyText

} // namespace km
