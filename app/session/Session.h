#pragma once

#include "api/ApiClient.h"
#include "session/ServerState.h"
#include "session/ServerVersionProbe.h"
#include "session/Settings.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>

class QNetworkAccessManager;

namespace km {

class SecretStore;

// What an administrator gives to sign in, one of three ways. Held only for one attempt (and,
// for the command line's long --wait, in memory to sign in again); never written anywhere.
struct Credentials
{
    ConnectionProfile::Method method = ConnectionProfile::Method::Password;
    QString server; // password or token: the Secret Server address as typed
    QString userName;
    QString domain;
    QString password;
    QString oneTimeCode; // "", a code, or "push"
    QString token;
    QString platformUrl; // the Delinea Platform tenant, e.g. https://TENANT.delinea.app
    QString clientId;
    QString clientSecret;
    QString vault; // which vault, by name or URL, when the tenant has several

    void wipe(); // overwrite the secrets before the memory is released
};

// A certificate that did not verify, as the administrator must see it to decide.
struct CertificateReview
{
    QString host;
    QByteArray sha256;
    QStringList problems;
    // Direct-initialised: QSslCertificate's default constructor is explicit, so without this clang
    // refuses CertificateReview{} (as QVariant::value() writes it).
    QSslCertificate certificate{};
    QList<QSslError::SslError> errorKinds;
    bool changedSincePinned = false; // a different certificate than the one pinned for this server
    QByteArray pinnedSha256;
    QString hostPort;                // "host:port" of the address that showed it: what "Always trust" pins it to
    QString fingerprintText() const; // AA:BB:…
    QString details() const;         // host, problems, fingerprint, subject, issuer, validity (translated)
};

// What "Test connection" found, without signing in.
struct ConnectionReport
{
    QString server;
    bool platform = false;
    bool addressValid = false;
    bool reachable = false;
    bool usesTls = false;
    bool tlsTrusted = false;
    bool apiAnswers = false;
    ApiError error;
    QStringList lines(); // one sentence per finding, translated
};

// One signed-in (or signing-in) connection to one Secret Server: its ApiClient, its profile, its
// TLS trust, its proxy and CA, and sign-in by password (with a one-time code or a Duo push), a
// pasted token or a Delinea Platform service account. The sign-in dialog and every command are
// views of it: they gather credentials, show what it asks (a certificate to trust, a vault to
// choose) and report how it went. What is known about the server itself (type ids, maintenance,
// version, permission, policy) is its ServerState, server().
class Session : public QObject
{
    Q_OBJECT

public:
    enum TrustAnswer { Refuse, TrustOnce, TrustAlways };

    Session(Settings *settings, SecretStore *secrets, QObject *parent = nullptr);
    ~Session() override;

    ApiClient *client() const { return m_client; }
    // What is known about the server this session reaches; owned here, one for the session's life.
    ServerState *server() const { return m_server; }
    // How long a Duo push may wait for its approval (for the dialog that says so).
    static constexpr std::chrono::seconds pushTimeout = ApiClient::pushTimeout;
    Settings *settings() const { return m_settings; }
    SecretStore *secrets() const { return m_secrets; }

    // The profile this session started from (possibly "New connection", unsaved), with what this
    // sign-in decided (pins, the vault, the one-time code it needed).
    const ConnectionProfile &profile() const { return m_profile; }
    void setProfile(const ConnectionProfile &profile);
    QString host() const { return m_client->baseUrl().host(); }
    QString displayName() const; // "user@host", the platform client, or "token@host"

    // --- signing in
    // Starts an attempt; false (nothing sent) while one is under way or the input is unusable,
    // with the reason in *problem.
    bool signIn(const Credentials &credentials, QString *problem = nullptr);
    void cancelSignIn();
    bool isSigningIn() const { return m_attempt.has_value(); }
    void answerTrust(TrustAnswer answer);         // after trustNeeded
    void chooseVault(const PlatformVault &vault); // after vaultChoiceNeeded
    // Keeps the credentials in memory so the client can sign in again by itself when the token
    // ends and cannot be refreshed (the command line's --wait). The window never does this.
    void keepSignedIn(bool keep) { m_keepSignedIn = keep; }
    void signOut(const std::function<void()> &done = {});

    // Reaches the server without signing in: TLS, and the API's health check (for a Delinea
    // Platform tenant, the platform's).
    void testConnection(const QString &server, const QString &proxy = QString(), const QString &caFile = QString(), bool platform = false);

    // --- the keychain: an entry per profile, server and user, so it is found only for all three
    static QString keychainKey(const ConnectionProfile &profile);
    // Removes a saved profile and its keychain entry. done(problem): empty when all went.
    static void removeProfile(Settings *settings, SecretStore *secrets, const QString &name,
                              const std::function<void(const QString &problem)> &done);
    void rememberSecret(const ConnectionProfile &profile, const QString &secret);
    void forgetSecret(const ConnectionProfile &profile);

    // A proxy setting and a CA file, applied to this session's connections. Returns a problem.
    QString applyNetwork(const QString &proxy, const QString &caFile);

Q_SIGNALS:
    void signedIn();
    void signInFailed(const ApiError &error);
    void trustNeeded(const CertificateReview &review);
    void vaultChoiceNeeded(const QList<PlatformVault> &vaults);
    void waitingForPush(); // the request is out; the user approves it on the phone
    void connectionTested(const ConnectionReport &report);
    // The token was refused and could not be renewed: the user must sign in again.
    void sessionExpired(const ApiError &error);
    // Every call that reached the server or failed to; for a status bar.
    void requestFinished(bool ok, const ApiError &error);

private:
    void submit();
    void submitPassword();
    void submitToken();
    void submitPlatform();
    void useVault(const PlatformVault &vault);
    void fail(const ApiError &error);
    void succeed();
    void applyTrust();
    QString attemptHostPort() const; // the address this attempt is about to reach
    std::optional<CertificateReview> reviewOf(const ApiError &error) const;
    void reauthenticate(const std::function<void(const ApiError &)> &done);

    Settings *m_settings;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    ApiClient *m_client;
    ServerState *m_server;
    ConnectionProfile m_profile;
    QList<QPair<QByteArray, QList<QSslError::SslError>>> m_trustedOnce;
    std::optional<Credentials> m_attempt;
    std::optional<Credentials> m_kept; // only with keepSignedIn, for the command line
    std::optional<CertificateReview> m_pendingReview;
    QString m_platformToken;
    int m_platformExpiresIn = 0;
    QPointer<ApiCall> m_call;
    bool m_keepSignedIn = false;
};

} // namespace km
