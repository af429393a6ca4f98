#include "session/Session.h"

#include "api/ServerUrl.h"
#include "session/ProxyPolicy.h"
#include "session/SecretStore.h"

#include <algorithm>
#include <QCryptographicHash>
#include <QLocale>
#include <QNetworkAccessManager>

namespace km {

void Credentials::wipe()
{
    for (QString *secret : {&password, &oneTimeCode, &token, &clientSecret}) {
        secret->fill(QLatin1Char('0'));
        secret->clear();
    }
}

QString CertificateReview::fingerprintText() const
{
    return QString::fromLatin1(sha256.toHex(':')).toUpper();
}

QString CertificateReview::details() const
{
    QStringList reasons;
    for (const QString &p : problems)
        reasons << QStringLiteral("• ") + p;
    const QLocale locale;
    QString text =
        Session::tr("Host: %1\nProblems:\n%2\n\nSHA-256 fingerprint:\n%3\nSubject: %4\nIssuer: %5\nValid from %6 to %7")
            .arg(host, reasons.join(QLatin1Char('\n')), fingerprintText(), certificate.subjectDisplayName(),
                 certificate.issuerDisplayName(), locale.toString(certificate.effectiveDate().toLocalTime(), QLocale::ShortFormat),
                 locale.toString(certificate.expiryDate().toLocalTime(), QLocale::ShortFormat));
    if (changedSincePinned)
        text = Session::tr("%1\n\nThe certificate you trusted had the fingerprint:\n%2")
                   .arg(text, QString::fromLatin1(pinnedSha256.toHex(':')).toUpper());
    return text;
}

QStringList ConnectionReport::lines()
{
    QStringList out;
    if (!addressValid) {
        out << error.detail();
        return out;
    }
    out << (reachable ? Session::tr("The server %1 is reachable.").arg(server)
                      : Session::tr("The server %1 could not be reached: %2").arg(server, error.message()));
    if (!reachable)
        return out;
    if (!usesTls)
        out << Session::tr("The connection is not encrypted (http): passwords and tokens would cross the network in clear text.");
    else if (tlsTrusted)
        out << Session::tr("Its certificate is trusted.");
    else
        out << Session::tr("Its certificate is NOT trusted: %1").arg(error.detail());
    if (usesTls && !tlsTrusted)
        return out;
    if (platform)
        out << (apiAnswers ? Session::tr("The Delinea Platform answers at this address.")
                           : Session::tr("No Delinea Platform answers at this address: %1").arg(error.message()));
    else
        out << (apiAnswers ? Session::tr("The Secret Server REST API answers at this address.")
                           : Session::tr("No Secret Server REST API answers at this address: %1").arg(error.message()));
    return out;
}

Session::Session(Settings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_settings(settings), m_secrets(secrets), m_network(new QNetworkAccessManager(this)),
      m_client(new ApiClient(m_network, this)),
      m_server(new ServerState(
          settings, [client = m_client] { return client->baseUrl(); }, new ServerVersionProbe(m_client), this))
{
    m_network->setProxyFactory(new ProxyPolicy(QString()));
    // Connected first: a new token (not a renewal) forgets the last session's version before
    // anyone asks for it; the window asks as soon as the client has signed in.
    connect(m_client, &ApiClient::signedIn, m_server->version(), &ServerVersionProbe::reset);
    connect(m_client, &ApiClient::sessionExpired, this, &Session::sessionExpired);
    connect(m_client, &ApiClient::requestFinished, this, &Session::requestFinished);
    // The policy is the profile's: a change is kept there (and saved, when the profile is).
    connect(m_server, &ServerState::policyChanged, this, [this](int days) {
        if (days == m_profile.rotationPolicyDays)
            return;
        m_profile.rotationPolicyDays = days;
        if (!m_profile.name.isEmpty()) {
            if (auto saved = m_settings->profile(m_profile.name)) {
                saved->rotationPolicyDays = days;
                m_settings->saveProfile(*saved);
            }
        }
    });
}

Session::~Session()
{
    if (m_attempt)
        m_attempt->wipe();
    if (m_kept)
        m_kept->wipe();
    m_platformToken.fill(QLatin1Char('0'));
}

void Session::setProfile(const ConnectionProfile &profile)
{
    m_profile = profile;
    m_server->setRotationPolicyDays(profile.rotationPolicyDays);
}

QString Session::displayName() const
{
    switch (m_profile.method) {
    case ConnectionProfile::Method::Password: return QStringLiteral("%1@%2").arg(m_client->userName(), host());
    case ConnectionProfile::Method::Platform: return QStringLiteral("%1@%2").arg(m_profile.platformClientId, host());
    case ConnectionProfile::Method::Token: break;
    }
    return host();
}

QString Session::applyNetwork(const QString &proxy, const QString &caFile)
{
    if (QString problem = ProxyPolicy::problem(proxy); !problem.isEmpty())
        return problem;
    m_network->setProxyFactory(new ProxyPolicy(proxy)); // the manager owns it
    QList<QSslCertificate> cas;
    if (!caFile.trimmed().isEmpty()) {
        cas = QSslCertificate::fromPath(caFile.trimmed(), QSsl::Pem);
        if (cas.isEmpty())
            return tr("No PEM certificate could be read from %1.").arg(caFile);
    }
    m_client->setExtraCaCertificates(cas);
    return QString();
}

bool Session::signIn(const Credentials &c, QString *problem)
{
    auto refuse = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return false;
    };
    if (m_attempt)
        return refuse(tr("A sign-in is already under way."));
    QString error;
    switch (c.method) {
    case ConnectionProfile::Method::Password:
        if (!ServerUrl::normalise(c.server, &error).isValid())
            return refuse(error);
        if (c.userName.trimmed().isEmpty())
            return refuse(tr("Enter your user name."));
        break;
    case ConnectionProfile::Method::Token:
        if (!ServerUrl::normalise(c.server, &error).isValid())
            return refuse(error);
        if (c.token.trimmed().isEmpty())
            return refuse(tr("Paste an API access token."));
        break;
    case ConnectionProfile::Method::Platform:
        if (!ServerUrl::normalise(c.platformUrl, &error).isValid())
            return refuse(tr("The Delinea Platform address: %1").arg(error));
        if (c.clientId.trimmed().isEmpty() || c.clientSecret.isEmpty())
            return refuse(tr("Enter the service account's client id and client secret."));
        break;
    }
    if (const QString network = applyNetwork(m_profile.proxy, m_profile.caFile); !network.isEmpty())
        return refuse(network);
    m_attempt = c;
    m_pendingReview.reset();
    submit();
    return true;
}

void Session::cancelSignIn()
{
    if (!m_attempt)
        return;
    if (m_call)
        m_call->cancel(); // its handler reports Cancelled and ends the attempt
    else
        fail(ApiError(ApiError::Cancelled));
}

QString Session::attemptHostPort() const
{
    if (!m_attempt)
        return QString();
    if (m_attempt->method != ConnectionProfile::Method::Platform)
        return ConnectionProfile::hostPortOf(m_attempt->server);
    // The platform: the tenant until it gave a token, then the vault.
    return m_platformToken.isEmpty() ? ConnectionProfile::hostPortOf(m_attempt->platformUrl)
                                     : ConnectionProfile::hostPortOf(m_client->baseUrl().toString());
}

void Session::applyTrust()
{
    m_client->clearTrustedCertificates();
    // A pin belongs to the host and port it was made for: another server never inherits it.
    const QString pinnedHost = m_profile.pinnedHost;
    const bool pinApplies = !pinnedHost.isEmpty()
                            && (pinnedHost == attemptHostPort()
                                || (m_attempt && m_attempt->method == ConnectionProfile::Method::Platform
                                    && (pinnedHost == ConnectionProfile::hostPortOf(m_attempt->platformUrl)
                                        || pinnedHost == ConnectionProfile::hostPortOf(m_profile.server))));
    if (pinApplies && !m_profile.pinnedSha256.isEmpty())
        m_client->trustCertificate(QByteArray::fromHex(m_profile.pinnedSha256.toLatin1()), m_profile.pinnedErrors);
    for (const auto &[sha, errors] : std::as_const(m_trustedOnce))
        m_client->trustCertificate(sha, errors);
}

void Session::submit()
{
    applyTrust();
    switch (m_attempt->method) {
    case ConnectionProfile::Method::Password: return submitPassword();
    case ConnectionProfile::Method::Token: return submitToken();
    case ConnectionProfile::Method::Platform: return submitPlatform();
    }
}

void Session::submitPassword()
{
    const Credentials &c = *m_attempt;
    const QUrl base = ServerUrl::normalise(c.server);
    m_client->setBaseUrl(base);
    m_server->loadTypes();
    const SignInRequest request{c.userName.trimmed(), c.password, c.domain.trimmed(), c.oneTimeCode.trimmed()};
    m_call = m_client->signIn(request, this, [this](const ApiResult<NoContent> &r) {
        if (r.ok())
            return succeed();
        fail(r.error);
    });
    if (request.oneTimeCode.compare(QLatin1String("push"), Qt::CaseInsensitive) == 0)
        Q_EMIT waitingForPush();
}

void Session::submitToken()
{
    const QUrl base = ServerUrl::normalise(m_attempt->server);
    m_client->setBaseUrl(base);
    m_server->loadTypes();
    m_client->useBearerToken(m_attempt->token);
    // A pasted token is checked with one harmless read.
    m_call = m_client->getRotationInfo(this, [this](const ApiResult<RotationInfo> &r) {
        if (r.ok())
            return succeed();
        m_client->forgetSession();
        fail(r.error);
    });
}

void Session::submitPlatform()
{
    const Credentials c = *m_attempt;
    const QUrl tenant = ServerUrl::normalise(c.platformUrl);
    m_call = m_client->platformToken(tenant, c.clientId.trimmed(), c.clientSecret, this,
                                     [this, tenant](const ApiResult<TokenResponse> &token) {
        if (!token.ok())
            return fail(token.error);
        m_platformToken = token.value.accessToken;
        m_platformExpiresIn = token.value.expiresInSeconds;
        m_call = m_client->platformVaults(tenant, m_platformToken, this, [this](const ApiResult<QList<PlatformVault>> &vaults) {
            const QString wanted = m_attempt->vault.trimmed().isEmpty() ? m_profile.vault.trimmed() : m_attempt->vault.trimmed();
            const QUrl wantedUrl = wanted.contains(QLatin1String("://")) ? ServerUrl::normalise(wanted) : QUrl();
            if (!vaults.ok()) {
                // The list cannot be read: a vault address typed in still works.
                if (wantedUrl.isValid())
                    return useVault({QString(), wantedUrl.host(), wantedUrl, true, true});
                if (vaults.error.kind() == ApiError::Tls)
                    return fail(vaults.error);
                return fail(ApiError(
                    vaults.error.kind(),
                    tr("The tenant's list of vaults could not be read (%1). Type the vault's address instead.").arg(vaults.error.message()),
                    vaults.error.httpStatus()));
            }
            QList<PlatformVault> active;
            for (const PlatformVault &v : vaults.value) {
                if (v.isActive)
                    active << v;
            }
            if (active.isEmpty())
                return fail(ApiError(ApiError::NotFound, tr("The tenant has no active Secret Server vault.")));
            if (!wanted.isEmpty()) {
                for (const PlatformVault &v : std::as_const(active)) {
                    if (v.name.compare(wanted, Qt::CaseInsensitive) == 0 || v.id == wanted
                        || (wantedUrl.isValid() && ServerUrl::normalise(v.url.toString()) == wantedUrl))
                        return useVault(v);
                }
                if (!m_attempt->vault.trimmed().isEmpty()) {
                    QStringList names;
                    for (const PlatformVault &v : std::as_const(active))
                        names << v.name;
                    return fail(ApiError(ApiError::NotFound,
                                         tr("The tenant has no vault \"%1\"; it has: %2.").arg(wanted, names.join(QStringLiteral(", ")))));
                }
            }
            if (active.size() == 1)
                return useVault(active.first());
            Q_EMIT vaultChoiceNeeded(active);
        });
    });
}

void Session::chooseVault(const PlatformVault &vault)
{
    if (m_attempt && m_attempt->method == ConnectionProfile::Method::Platform)
        useVault(vault);
}

void Session::useVault(const PlatformVault &vault)
{
    const QUrl base = ServerUrl::normalise(vault.url.toString());
    m_client->setBaseUrl(base);
    m_server->loadTypes();
    m_profile.vault = vault.name.isEmpty() ? base.toString() : vault.name;
    m_client->useBearerToken(m_platformToken, m_platformExpiresIn, m_attempt->clientId.trimmed());
    // The platform's token must work against the vault too: one harmless read shows it does.
    m_call = m_client->getRotationInfo(this, [this](const ApiResult<RotationInfo> &r) {
        if (r.ok())
            return succeed();
        m_client->forgetSession();
        fail(r.error);
    });
}

std::optional<CertificateReview> Session::reviewOf(const ApiError &error) const
{
    CertificateReview review;
    for (const QSslError &e : error.sslErrors()) {
        if (review.certificate.isNull() && !e.certificate().isNull())
            review.certificate = e.certificate();
        review.problems << e.errorString();
        review.errorKinds << e.error();
    }
    if (review.certificate.isNull())
        return std::nullopt; // nothing the administrator could decide about
    review.sha256 = review.certificate.digest(QCryptographicHash::Sha256);
    const Credentials &c = *m_attempt;
    const QString address = c.method == ConnectionProfile::Method::Platform && m_platformToken.isEmpty() ? c.platformUrl : c.server;
    review.host = m_client->baseUrl().host().isEmpty() ? ServerUrl::normalise(address).host() : m_client->baseUrl().host();
    if (c.method == ConnectionProfile::Method::Platform && m_platformToken.isEmpty())
        review.host = ServerUrl::normalise(c.platformUrl).host();
    const QByteArray pinned = QByteArray::fromHex(m_profile.pinnedSha256.toLatin1());
    review.hostPort = attemptHostPort();
    review.changedSincePinned = !pinned.isEmpty() && pinned != review.sha256 && m_profile.pinnedHost == review.hostPort;
    review.pinnedSha256 = pinned;
    return review;
}

void Session::fail(const ApiError &error)
{
    if (!m_attempt)
        return;
    if (error.kind() == ApiError::Tls) {
        if (auto review = reviewOf(error)) {
            m_pendingReview = review;
            Q_EMIT trustNeeded(*review);
            return; // the attempt waits for answerTrust()
        }
    }
    m_attempt->wipe();
    m_attempt.reset();
    m_platformToken.fill(QLatin1Char('0'));
    m_platformToken.clear();
    Q_EMIT signInFailed(error);
}

void Session::answerTrust(TrustAnswer answer)
{
    if (!m_attempt || !m_pendingReview)
        return;
    const CertificateReview review = *std::exchange(m_pendingReview, std::nullopt);
    if (answer == Refuse) {
        ApiError refused(ApiError::Tls, tr("Not signed in: the server's certificate was not trusted."));
        m_attempt->wipe();
        m_attempt.reset();
        Q_EMIT signInFailed(refused);
        return;
    }
    m_trustedOnce.append({review.sha256, review.errorKinds});
    if (answer == TrustAlways) {
        m_profile.pinnedSha256 = QString::fromLatin1(review.sha256.toHex());
        m_profile.pinnedErrors = review.errorKinds;
        m_profile.pinnedHost = review.hostPort;
    }
    submit();
}

void Session::succeed()
{
    Credentials c = *std::exchange(m_attempt, std::nullopt);
    m_profile.method = c.method;
    m_profile.lastUsedUtc = m_client->clock()->utcNow();
    if (c.method == ConnectionProfile::Method::Password) {
        m_profile.server = c.server.trimmed();
        m_profile.userName = c.userName.trimmed();
        m_profile.domain = c.domain.trimmed();
        // What this account needed, so the next sign-in asks for it up front.
        const QString code = c.oneTimeCode.trimmed();
        m_profile.oneTimeCode = code.isEmpty()                                                  ? QString()
                                : code.compare(QLatin1String("push"), Qt::CaseInsensitive) == 0 ? QStringLiteral("push")
                                                                                                : QStringLiteral("code");
    } else if (c.method == ConnectionProfile::Method::Token) {
        m_profile.server = c.server.trimmed();
    } else {
        m_profile.platformUrl = c.platformUrl.trimmed();
        m_profile.platformClientId = c.clientId.trimmed();
        m_profile.server = m_client->baseUrl().toString();
    }
    // A one-time code works once and a push would ask the phone again: such an account is never
    // signed in again by itself; it renews through a refresh token or not at all.
    if (m_keepSignedIn && c.method != ConnectionProfile::Method::Token && c.oneTimeCode.trimmed().isEmpty()) {
        m_kept = c;
        m_client->setReauthenticator([this](const std::function<void(const ApiError &)> &done) { reauthenticate(done); });
    } else {
        c.wipe();
    }
    Q_EMIT signedIn();
}

void Session::reauthenticate(const std::function<void(const ApiError &)> &done)
{
    if (!m_kept)
        return done(ApiError(ApiError::AuthFailed, tr("Your session has ended. Sign in again.")));
    const Credentials &c = *m_kept;
    if (c.method == ConnectionProfile::Method::Password) {
        m_client->signIn({c.userName.trimmed(), c.password, c.domain.trimmed(), c.oneTimeCode.trimmed()}, this,
                         [done](const ApiResult<NoContent> &r) { done(r.error); });
        return;
    }
    const QUrl base = m_client->baseUrl();
    m_client->platformToken(ServerUrl::normalise(c.platformUrl), c.clientId.trimmed(), c.clientSecret, this,
                            [this, base, done](const ApiResult<TokenResponse> &r) {
        if (r.ok())
            m_client->useBearerToken(r.value.accessToken, r.value.expiresInSeconds, m_client->userName());
        done(r.error);
    });
}

void Session::signOut(const std::function<void()> &done)
{
    if (m_kept) {
        m_kept->wipe();
        m_kept.reset();
    }
    m_client->setReauthenticator({});
    if (!m_client->isSignedIn()) {
        if (done)
            done();
        return;
    }
    m_client->signOut(this, [done](const ApiResult<NoContent> &) {
        if (done)
            done();
    });
}

void Session::testConnection(const QString &server, const QString &proxy, const QString &caFile, bool platform)
{
    ConnectionReport report;
    report.platform = platform;
    QString error;
    const QUrl base = ServerUrl::normalise(server, &error);
    report.server = base.host();
    if (!base.isValid()) {
        report.error = ApiError(ApiError::Network, error);
        Q_EMIT connectionTested(report);
        return;
    }
    report.addressValid = true;
    report.usesTls = base.scheme() == QLatin1String("https");
    // A separate client, so that a session that is signed in is left alone.
    auto *network = new QNetworkAccessManager(this);
    network->setProxyFactory(new ProxyPolicy(proxy));
    auto *probe = new ApiClient(network, network);
    probe->setBaseUrl(base);
    // A token no server knows: a key-management read then shows an API by its JSON refusal.
    probe->useBearerToken(QStringLiteral("kmconsole-connection-test"));
    probe->setTimeout(std::chrono::seconds(15));
    if (!m_profile.pinnedSha256.isEmpty() && m_profile.pinnedHost == ConnectionProfile::hostPortOf(server))
        probe->trustCertificate(QByteArray::fromHex(m_profile.pinnedSha256.toLatin1()), m_profile.pinnedErrors);
    for (const auto &[sha, errors] : std::as_const(m_trustedOnce))
        probe->trustCertificate(sha, errors);
    if (!caFile.trimmed().isEmpty())
        probe->setExtraCaCertificates(QSslCertificate::fromPath(caFile.trimmed(), QSsl::Pem));
    auto finish = [this, network](const ConnectionReport &r) {
        network->deleteLater();
        Q_EMIT connectionTested(r);
    };
    if (platform) {
        QUrl health = base;
        health.setPath(base.path() + QStringLiteral("/health"));
        probe->probe(health, this, [report, finish](const ApiResult<NoContent> &r) mutable {
            const ApiError::Kind k = r.error.kind();
            report.error = r.error;
            report.reachable = r.ok()
                               || (k != ApiError::HostNotFound && k != ApiError::ConnectionRefused && k != ApiError::Timeout
                                   && k != ApiError::Network && k != ApiError::Cancelled);
            report.tlsTrusted = report.usesTls && k != ApiError::Tls;
            report.apiAnswers = r.ok();
            finish(report);
        });
        return;
    }
    probe->healthcheck(this, [this, probe, report, finish](const ApiResult<NoContent> &health) mutable {
        const ApiError::Kind k = health.error.kind();
        report.error = health.error;
        report.reachable = health.ok()
                           || (k != ApiError::HostNotFound && k != ApiError::ConnectionRefused && k != ApiError::Timeout
                               && k != ApiError::Network && k != ApiError::Cancelled);
        report.tlsTrusted = report.usesTls && k != ApiError::Tls;
        if (health.ok() || !report.reachable || k == ApiError::Tls) {
            report.apiAnswers = health.ok();
            return finish(report);
        }
        // No health check here (an older server, or a gateway): a key-management read without a
        // token still tells an API (a JSON refusal) from anything else.
        probe->getRotationInfo(this, [report, finish](const ApiResult<RotationInfo> &info) mutable {
            const ApiError::Kind kind = info.error.kind();
            report.apiAnswers = info.ok() || kind == ApiError::AuthFailed || kind == ApiError::PermissionDenied;
            if (!report.apiAnswers)
                report.error = info.error;
            finish(report);
        });
    });
}

QString Session::keychainKey(const ConnectionProfile &profile)
{
    // Keyed by profile, server and user: an entry kept under an older key (the profile's name
    // alone) is simply not found, and the password is asked for again.
    const auto address = [](const QString &text) {
        const QUrl url = ServerUrl::normalise(text);
        return url.isValid() ? url.toString(QUrl::StripTrailingSlash) : text.trimmed();
    };
    switch (profile.method) {
    case ConnectionProfile::Method::Platform:
        return QStringLiteral("%1 (client %2 at %3; client secret)")
            .arg(profile.name, profile.platformClientId.trimmed(), address(profile.platformUrl));
    case ConnectionProfile::Method::Token: return QStringLiteral("%1 (token for %2)").arg(profile.name, address(profile.server));
    case ConnectionProfile::Method::Password: break;
    }
    const QString user = profile.domain.trimmed().isEmpty() ? profile.userName.trimmed()
                                                            : profile.domain.trimmed() + QLatin1Char('\\') + profile.userName.trimmed();
    return QStringLiteral("%1 (%2 at %3)").arg(profile.name, user, address(profile.server));
}

void Session::removeProfile(Settings *settings, SecretStore *secrets, const QString &name,
                            const std::function<void(const QString &problem)> &done)
{
    const std::optional<ConnectionProfile> profile = settings->profile(name);
    if (!profile)
        return done(tr("There is no saved profile named \"%1\".").arg(name));
    settings->removeProfile(name);
    if (!profile->rememberInKeychain || !secrets)
        return done(QString());
    secrets->remove(profile->name); // where an older console kept it: no secret is left behind
    secrets->remove(keychainKey(*profile), [done](bool ok, const QString &error) {
        done(ok ? QString() : tr("The profile was removed, but its secret could not be removed from the system keychain: %1").arg(error));
    });
}

void Session::rememberSecret(const ConnectionProfile &profile, const QString &secret)
{
    if (m_secrets && m_secrets->isAvailable())
        m_secrets->store(keychainKey(profile), secret, nullptr);
}

void Session::forgetSecret(const ConnectionProfile &profile)
{
    if (m_secrets)
        m_secrets->remove(keychainKey(profile));
}

} // namespace km
