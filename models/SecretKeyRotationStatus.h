#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace km {

// RotateSecretKeysStatusModel: the state of the secret-key rotation (a re-encryption of every
// secret's key, started by a configuration save or by "rotate secret keys"), as
// GET /api/v1/configuration/security/rotate-secret-keys-status, POST …/rotate-secret-keys and
// POST …/cancel-rotate-secret-keys answer it.
//
// The published description has no "running" flag. The one reading of it lives here
// (isRunning): progressStatus present and either secretsProcessed < totalSecretsToProcess or
// isCancelling true (docs/api-decisions.md; kmsandbox --secret-key-running-rule offers the other
// reading). lastStatus's values are not published either: outcome() knows the three kmsandbox
// uses and calls every other value Unknown, never a guess.
struct SecretKeyRotationStatus
{
    QDateTime lastRequestUtc; // lastRequestDate: null if never requested
    QDateTime lastRunUtc;     // lastRunDate: null if never run
    QString lastStatus;       // as sent
    QString message;          // as sent

    // progressStatus (RotateSecretKeysProgressModel); hasProgress is false when it is missing or null.
    bool hasProgress = false;
    int secretsProcessed = 0;
    int totalSecretsToProcess = 0;
    bool isCancelling = false;
    QString progressMessage;

    // The one rule: is a secret-key rotation running now?
    bool isRunning() const { return hasProgress && (secretsProcessed < totalSecretsToProcess || isCancelling); }
    int secretsLeft() const;
    int percent() const;
    // Has one ever been requested or run (otherwise there is nothing to show of a last run)?
    bool everRan() const { return lastRequestUtc.isValid() || lastRunUtc.isValid() || !lastStatus.isEmpty(); }

    // How the last run ended, from lastStatus (unpublished values: docs/api-decisions.md).
    enum class Outcome { None, Completed, Cancelled, Failed, Unknown };
    Outcome outcome() const;
    static Outcome outcomeOf(const QString &lastStatus);

    // For JSON output (secret-keys status --json): every field, the server's words made
    // terminal-safe, dates ISO 8601 UTC or null, and the console's reading ("running").
    QJsonObject publicJson() const;
    // The last run as the report and the History page give it: requested, run, status, message.
    QJsonObject lastRunJson() const;

    static bool decode(const QJsonObject &json, SecretKeyRotationStatus &out, QString &error,
                       const QString &path = QStringLiteral("RotateSecretKeysStatusModel"));
};

} // namespace km
