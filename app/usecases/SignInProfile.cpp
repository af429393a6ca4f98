#include "usecases/SignInProfile.h"

namespace km {

bool SignInProfile::pinsCarryOver(FrontEnd front, const ConnectionProfile &profile, const ConnectionProfile &attempt)
{
    if (front != FrontEnd::Window)
        return true;
    return profile.method == attempt.method
           && (attempt.method == ConnectionProfile::Method::Platform ? profile.platformUrl == attempt.platformUrl
                                                                     : profile.server == attempt.server);
}

ConnectionProfile SignInProfile::startFrom(FrontEnd front, const ConnectionProfile &profile, ConnectionProfile attempt)
{
    if (!pinsCarryOver(front, profile, attempt)) {
        attempt.pinnedSha256.clear();
        attempt.pinnedErrors.clear();
    }
    return attempt;
}

bool SignInProfile::secretKept(const ConnectionProfile &profile, bool keychainAvailable)
{
    return profile.rememberInKeychain && keychainAvailable;
}

bool SignInProfile::offersNewProfile(const ConnectionProfile &chosen, const ConnectionProfile &form, bool renewing)
{
    return !renewing && (chosen.name.isEmpty() || !chosen.sameConnection(form));
}

SignInProfile::Decision SignInProfile::afterSignIn(const Request &request, const ConnectionProfile &used)
{
    Decision d;
    d.session = used;
    if (request.front != FrontEnd::Window)
        return d; // a command and the Servers page never save a profile nor touch the keychain
    const ConnectionProfile &chosen = request.chosen;
    const QString newName = request.newName.trimmed();
    if (!chosen.name.isEmpty() && chosen.sameConnection(used)) {
        // The chosen profile, used as it is: what this sign-in decided goes into it.
        d.save = used;
        d.save->name = chosen.name;
    } else if (request.saveAsked && !newName.isEmpty() && offersNewProfile(chosen, used, request.renewing)) {
        d.save = used;
        d.save->name = newName;
        d.save->rotationPolicyDays = chosen.name.isEmpty() ? 365 : chosen.rotationPolicyDays;
    }
    if (!d.save) {
        // Another server or user than the chosen profile's, not saved: the session is no longer that
        // profile, so nothing later (a renewal, the Servers page, the key-age policy) takes it for one
        // or writes into it.
        if (!chosen.name.isEmpty() && !chosen.sameConnection(used))
            d.session.name.clear();
        return d;
    }
    const bool keep = request.keepSecretAsked && request.keychainAvailable;
    d.secret = keep ? Secret::Keep : d.save->rememberInKeychain ? Secret::Forget : Secret::Untouched;
    d.save->rememberInKeychain = keep;
    d.session = *d.save;
    return d;
}

} // namespace km
