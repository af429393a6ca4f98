#include "usecases/UnattendedSignIn.h"

#include <memory>

namespace km {

void UnattendedSignIn::start(Session *session, Credentials credentials, QObject *context, std::function<void(const Result &)> done)
{
    auto *once = new QObject(context); // the connections of this one attempt; gone after the answer
    auto report = std::make_shared<std::function<void(const Result &)>>(std::move(done));
    const auto finish = [once, report](const Result &result) {
        if (!*report)
            return; // said already
        const auto callback = std::exchange(*report, nullptr);
        QObject::disconnect(once, nullptr, nullptr, nullptr);
        once->deleteLater();
        callback(result);
    };
    QObject::connect(session, &Session::signedIn, once, [finish] { finish(Result{SignedIn, {}, {}, {}, {}}); });
    QObject::connect(session, &Session::signInFailed, once, [finish](const ApiError &error) { finish(Result{Failed, error, {}, {}, {}}); });
    QObject::connect(session, &Session::trustNeeded, once, [session, finish](const CertificateReview &review) {
        Result r{
            Untrusted, ApiError(ApiError::Tls, Session::tr("Not signed in: the server's certificate was not trusted.")), {}, review, {}};
        finish(r);
        session->answerTrust(Session::Refuse); // its failure comes after the answer, and is not a second one
    });
    QObject::connect(session, &Session::vaultChoiceNeeded, once, [session, finish](const QList<PlatformVault> &vaults) {
        finish(Result{VaultToChoose, {}, {}, {}, vaults});
        session->cancelSignIn();
    });
    QString problem;
    const bool sent = session->signIn(credentials, &problem);
    credentials.wipe();
    if (!sent)
        finish(Result{Refused, ApiError(ApiError::BadRequest, problem), problem, {}, {}});
}

Credentials UnattendedSignIn::credentialsOf(const ConnectionProfile &profile, QString &secret)
{
    Credentials c;
    c.method = profile.method;
    c.server = profile.server;
    c.userName = profile.userName;
    c.domain = profile.domain;
    c.platformUrl = profile.platformUrl;
    c.clientId = profile.platformClientId;
    c.vault = profile.vault;
    (profile.method == ConnectionProfile::Method::Platform ? c.clientSecret
     : profile.method == ConnectionProfile::Method::Token  ? c.token
                                                           : c.password) = secret;
    secret.fill(QLatin1Char('0'));
    return c;
}

} // namespace km
