#pragma once

#include "models/RotationInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace km {

// Whether a master encryption key rotation may start or be retried now, and why not: computed
// once, here, for the Rotation page, the wizard and the command line alike. The server's own
// flags decide; what the console knows besides (nothing loaded yet, a request in flight, the
// server re-encrypting after a configuration save, the connection lost) can only hold it back.
class RotationEligibility
{
    Q_DECLARE_TR_FUNCTIONS(RotationEligibility)

public:
    struct Context
    {
        const RotationInfo *info = nullptr; // nullptr: not loaded yet
        bool acting = false;                // a start or retry is in flight
        bool maintenance = false;           // the server is re-encrypting after a configuration save
        bool stale = false;                 // the last poll failed: what is shown may be out of date
        QString secretKeys;                 // a secret-key rotation runs: the sentence that says so (Session)
    };

    struct Check
    {
        bool passed;
        QString text;   // what was checked, as a sentence ("no rotation is running.")
        QString whyNot; // why it blocks, when it fails
    };

    explicit RotationEligibility(const Context &context);

    // The server-side conditions of a start, each with its outcome (the wizard's preflight list).
    QList<Check> startChecks() const { return m_checks; }
    bool canStart() const { return m_whyNotStart.isEmpty(); }
    QString whyNotStart() const { return m_whyNotStart; }
    bool canRetry() const { return m_whyNotRetry.isEmpty(); }
    QString whyNotRetry() const { return m_whyNotRetry; }

private:
    QList<Check> m_checks;
    QString m_whyNotStart;
    QString m_whyNotRetry;
};

} // namespace km
