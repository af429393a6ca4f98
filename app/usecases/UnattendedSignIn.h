#pragma once

#include "api/ApiError.h"
#include "session/Session.h"

#include <functional>
#include <optional>

namespace km {

// Signing a session in with nobody to ask: the one policy of the commands and the Servers page.
// Nothing is decided for the administrator: a certificate that does not verify is refused (it is
// trusted in the window's sign-in, or pinned in a profile), and a tenant with several vaults is
// left unchosen. The outcome is reported exactly once, whatever the session says after it (a
// refused certificate also ends the attempt with a failure: that is the same outcome, not a second).
class UnattendedSignIn
{
public:
    enum Outcome {
        SignedIn,
        Refused,       // signIn() refused the credentials before sending anything (problem says why)
        Failed,        // the server or the network said no (error)
        Untrusted,     // the certificate did not verify (review)
        VaultToChoose, // the tenant has several vaults and none was named (vaults)
    };
    struct Result
    {
        Outcome outcome = Failed;
        ApiError error;
        QString problem;
        std::optional<CertificateReview> review;
        QList<PlatformVault> vaults;
        bool ok() const { return outcome == SignedIn; }
    };

    // Starts signing in; done runs once, later or (when signIn refuses at once) before this returns.
    // The credentials are wiped here. context ends the wait early when it goes.
    static void start(Session *session, Credentials credentials, QObject *context, std::function<void(const Result &)> done);
    // A saved profile's credentials with its stored secret, which goes where the profile's method
    // takes it (the password, the API token or the platform client secret); the secret is wiped.
    static Credentials credentialsOf(const ConnectionProfile &profile, QString &secret);
};

} // namespace km
