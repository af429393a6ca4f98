#pragma once

#include "api/ApiCall.h"
#include "api/ApiError.h"

#include "models/AuditQuery.h"
#include "models/Clock.h"
#include "models/KeyManagementConfig.h"
#include "models/Page.h"
#include "models/PlatformVault.h"
#include "models/RotationAuditRecord.h"
#include "models/RotationInfo.h"
#include "models/SecretKeyRotationStatus.h"
#include "models/ServerVersion.h"
#include "models/TokenResponse.h"
#include "models/PreflightReads.h"

#include <QObject>
#include <QSslCertificate>
#include <QUrl>
#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace km {

template<class T>
struct ApiResult
{
    T value{};
    ApiError error;
    bool ok() const { return !error.isError(); }
};

struct NoContent
{};

// Who signs in with a password. The password and one-time code are used for one request and
// not kept here.
struct SignInRequest
{
    QString userName;
    QString password;
    QString domain;
    // Sent as the OTP header: a code, or "push" for a Duo push (then the request may take up to
    // pushTimeout while the user approves it on the phone).
    QString oneTimeCode;
};

// The typed client of the Secret Server key-management API: one asynchronous call per endpoint,
// the OAuth2 session (password grant, refresh before expiry, a pasted bearer token, or a token
// from the Delinea Platform), and the mapping of every reply to a value or an ApiError, in one
// place. It owns no QNetworkAccessManager.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    template<class T>
    using Callback = std::function<void(const ApiResult<T> &)>;
    // Signs in afresh with credentials its owner keeps (the command line, for a long --wait) and
    // reports how that went; used when the session ends and there is no refresh token.
    using Reauthenticator = std::function<void(std::function<void(const ApiError &)> done)>;

    static constexpr std::chrono::seconds pushTimeout{90};

    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QUrl &base);
    QUrl baseUrl() const { return m_base; }
    QNetworkAccessManager *network() const { return m_network; }

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Renew the token this long before it expires.
    void setRefreshMargin(std::chrono::seconds margin) { m_refreshMargin = margin; }
    // The one clock of everything bound to this server: token expiry, Retry-After dates, the poll
    // schedule, key age, the time a connection was lost (tests give a ManualClock).
    void setClock(Clock *clock) { m_clock = clock; }
    Clock *clock() const { return m_clock; }

    // TLS: a certificate the user accepted (once, or pinned in a profile), named by its SHA-256
    // fingerprint. Only the listed kinds of verification error, and only for that certificate,
    // are ignored.
    void trustCertificate(const QByteArray &sha256, const QList<QSslError::SslError> &errors);
    void clearTrustedCertificates();
    // A private CA's certificates, trusted in addition to the system's.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);

    // --- session
    ApiCall *signIn(const SignInRequest &request, QObject *context, Callback<NoContent> done);
    // Delinea Platform: a client-credentials token from the tenant, then the tenant's vaults.
    ApiCall *platformToken(const QUrl &tenant, const QString &clientId, const QString &clientSecret, QObject *context,
                           Callback<TokenResponse> done);
    ApiCall *platformVaults(const QUrl &tenant, const QString &token, QObject *context, Callback<QList<PlatformVault>> done);
    // A token from elsewhere (pasted, or the platform's); expiresIn 0 means unknown.
    void useBearerToken(const QString &token, int expiresInSeconds = 0, const QString &userName = QString());
    void setReauthenticator(Reauthenticator reauthenticate) { m_reauthenticate = std::move(reauthenticate); }
    ApiCall *signOut(QObject *context, Callback<NoContent> done); // expires the token on the server
    void forgetSession();                                         // clears tokens from memory
    bool isSignedIn() const { return !m_accessToken.isEmpty(); }
    bool canRefresh() const { return !m_refreshToken.isEmpty(); }
    bool canRenew() const { return canRefresh() || bool(m_reauthenticate); }
    bool hasRequestsInFlight() const { return m_requestsInFlight > 0; }
    QString userName() const { return m_userName; }

    // --- the endpoints (paths under {base}/api)
    ApiCall *healthcheck(QObject *context, Callback<NoContent> done);
    // The reads of the checks before a rotation: HealthCheckModel with the session's token,
    // ServerNodeModel[], and a page of the backup log newest first (sortBy[0].name=backupTime, Desc).
    ApiCall *getHealthCheck(QObject *context, Callback<HealthCheck> done);
    ApiCall *getNodes(QObject *context, Callback<QList<ServerNode>> done);
    ApiCall *getBackupLogs(qint64 skip, int take, QObject *context, Callback<Page<BackupLogRecord>> done);
    // An unauthenticated GET of any address that answers JSON (a platform's health check).
    ApiCall *probe(const QUrl &url, QObject *context, Callback<NoContent> done);
    // GET /v1/version (VersionSummary): asked once per session, see ServerVersionProbe.
    ApiCall *getVersion(QObject *context, Callback<ServerVersion> done);
    ApiCall *getConfig(QObject *context, Callback<KeyManagementConfig> done);
    ApiCall *getConfigStub(QObject *context, Callback<KeyManagementConfig> done);
    ApiCall *updateConfig(const KeyManagementConfigUpdate &update, QObject *context, Callback<KeyManagementConfig> done);
    ApiCall *getConfigAudit(const ConfigAuditQuery &query, QObject *context, Callback<Page<ConfigAuditRecord>> done);
    ApiCall *getRotationInfo(QObject *context, Callback<RotationInfo> done);
    ApiCall *startRotation(QObject *context, Callback<RotationInfo> done);
    ApiCall *retryRotation(QObject *context, Callback<RotationInfo> done);
    ApiCall *searchRotationAudit(const RotationAuditQuery &query, QObject *context, Callback<Page<RotationAuditRecord>> done);
    // The same page, its records left undecoded: for callers with their own fast decoder.
    ApiCall *searchRotationAuditRaw(const RotationAuditQuery &query, QObject *context, Callback<QByteArray> done);
    ApiCall *getRotationAuditUsers(QObject *context, Callback<QList<AuditUser>> done);
    // The secret-key rotation (/v1/configuration/security/…): its state, start and cancel. Only
    // SecretKeyMonitor sends the two writes.
    ApiCall *getSecretKeyRotationStatus(QObject *context, Callback<SecretKeyRotationStatus> done);
    ApiCall *rotateSecretKeys(QObject *context, Callback<SecretKeyRotationStatus> done);
    ApiCall *cancelSecretKeyRotation(QObject *context, Callback<SecretKeyRotationStatus> done);

    // The largest answer a page of `take` audit records can need.
    static qint64 auditPageLimit(int take);

Q_SIGNALS:
    // The token was refused and could not be renewed: the user must sign in again.
    void sessionExpired(const ApiError &error);
    void signedIn();
    void signedOut();
    // Every call that reached the server or failed to; for a status bar.
    void requestFinished(bool ok, const ApiError &error);

private:
    ApiCall *send(RequestSpec spec, QObject *context, ApiCall::Handler handler);
    void dispatch(ApiCall *call);
    void onReplyFinished(ApiCall *call, QNetworkReply *reply);
    // A refused session (401/403) on this call: renew, replay, or name it a missing permission.
    bool handleRefusal(ApiCall *call, ApiError &error);
    void classifyRefusedWrite(ApiCall *call, const ApiError &refusal);
    void startRenewal();
    void finishRenewal(const ApiError &error);
    void handleSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    bool tokenNeedsRefresh() const;
    bool tokenMayHaveExpired() const;
    void setSession(const QString &accessToken, const QString &refreshToken, int expiresIn);
    RequestSpec apiRequest(const QByteArray &verb, const QString &path) const;
    RequestSpec tokenRequest(const QUrl &url, const QByteArray &form) const;

    template<class T, class Decode>
    ApiCall *call(RequestSpec spec, QObject *context, Callback<T> done, Decode decode);
    template<class T>
    ApiCall *callObject(RequestSpec spec, QObject *context, Callback<T> done);
    // A paging envelope of Record, named modelName in decoding errors.
    template<class Record>
    ApiCall *callPage(RequestSpec spec, QObject *context, Callback<Page<Record>> done, const QString &modelName);

    QNetworkAccessManager *m_network;
    Clock *m_clock = Clock::system();
    QUrl m_base;
    std::chrono::milliseconds m_timeout{30000};
    int m_requestsInFlight = 0;
    std::chrono::seconds m_refreshMargin{60};

    QString m_userName;
    QString m_accessToken;
    QString m_refreshToken;
    qint64 m_expiresAtMs = -1; // on m_clock's monotonic scale; -1: unknown
    Reauthenticator m_reauthenticate;

    struct TrustedCertificate
    {
        QByteArray sha256;
        QList<QSslError::SslError> errors;
    };
    QList<TrustedCertificate> m_trusted;
    QList<QSslCertificate> m_extraCas;

    bool m_renewing = false;
    bool m_readSucceeded = false; // a read has worked in this session
    QList<QPointer<ApiCall>> m_waitingForToken;
};

} // namespace km
