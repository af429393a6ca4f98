#pragma once

#include "session/Settings.h"

#include <optional>

namespace km {

// What a sign-in does with the saved profiles: the one place that decides whether a profile's
// "Always trust" pins carry over to an attempt, which profile a sign-in saves, and whether the
// secret is kept in the system keychain (or forgotten there). The sign-in dialog, the commands
// (CliCommon::Connection::open) and the Servers page (ServerFleet) ask it and carry the answer out;
// none of them decides these by itself (tests/rules: oneSignInProfileDecision).
class SignInProfile
{
public:
    enum class FrontEnd {
        Window,      // the sign-in dialog: the administrator chose a profile, may save one and keep the secret
        CommandLine, // a command: the secret comes on standard input; nothing is saved or kept
        ServersPage, // the Servers page signing a saved profile in by itself, as it is; nothing is saved
    };

    // Whether profile's pins go with an attempt made from it. The window carries them only to the
    // same method and address (the same platform URL); a command takes its --profile's pins for any
    // server given with it, and the Servers page signs the profile in as it is. (Session applies a pin
    // only to the host and port it was made for, whatever carried it.)
    static bool pinsCarryOver(FrontEnd front, const ConnectionProfile &profile, const ConnectionProfile &attempt);
    // The profile a session starts the attempt with: attempt (made from profile, so holding its pins),
    // without the pins when they do not carry over.
    static ConnectionProfile startFrom(FrontEnd front, const ConnectionProfile &profile, ConnectionProfile attempt);

    // Whether a saved profile's secret is in the keychain to be read (a profile that was told to keep
    // it, and a keychain that can be asked).
    static bool secretKept(const ConnectionProfile &profile, bool keychainAvailable);

    // Whether the window offers to save the connection as a new profile: one that is not the chosen
    // profile's server, method and identity (none chosen, or another), unless it is signing in again.
    static bool offersNewProfile(const ConnectionProfile &chosen, const ConnectionProfile &form, bool renewing);

    // What the administrator asked for, besides the credentials.
    struct Request
    {
        FrontEnd front = FrontEnd::Window;
        ConnectionProfile chosen; // the saved profile the sign-in started from; no name: none
        bool saveAsked = false;   // "Save as a profile" ticked, with newName
        QString newName;
        bool renewing = false; // signing in again to the session that ended (no new profile is offered)
        bool keepSecretAsked = false;
        bool keychainAvailable = false;
    };
    enum class Secret {
        Untouched,
        Keep,   // store the secret under the saved profile's keychain key
        Forget, // remove the one kept for the saved profile
    };
    struct Decision
    {
        std::optional<ConnectionProfile> save; // the profile to save (its name and rememberInKeychain set); none: nothing is saved
        Secret secret = Secret::Untouched;     // what happens to save's keychain entry
        ConnectionProfile session;             // the profile the session goes on with
    };
    // After a sign-in that succeeded: used is the session's profile (with what this sign-in learned
    // and decided, such as a new pin).
    static Decision afterSignIn(const Request &request, const ConnectionProfile &used);
};

} // namespace km
