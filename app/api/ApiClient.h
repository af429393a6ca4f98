#pragma once

#include "api/ApiCall.h"
#include "api/ApiError.h"

#include "AuditQuery.h"
#include "KeyManagementConfig.h"
#include "Page.h"
#include "RotationAuditRecord.h"
#include "RotationInfo.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>
#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

template<class T>
struct ApiResult
{
    T value{};
    ApiError error;
    bool ok() const { return !error.isError(); }
};

struct NoContent {};

// Who signs in. The password and one-time code are used for one request and not kept.
struct SignInRequest
{
    QString userName;
    QString password;
    QString domain;
    QString oneTimeCode; // sent as the OTP header when the server demands one
};

// The typed client of the Secret Server key-management API: one asynchronous call per endpoint,
// the OAuth2 session (password grant, refresh before expiry, or a pasted bearer token), and the
// mapping of every reply to a value or an ApiError. It owns no QNetworkAccessManager.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    template<class T>
    using Callback = std::function<void(const ApiResult<T> &)>;

    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ApiClient() override;

    // Accepts what a user types; see ServerUrl. Returns false and sets *error when it cannot.
    bool setServer(const QString &text, QString *error = nullptr);
    void setBaseUrl(const QUrl &base);
    QUrl baseUrl() const { return m_base; }

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Renew the token this long before it expires.
    void setRefreshMargin(std::chrono::seconds margin) { m_refreshMargin = margin; }

    // TLS: a certificate the user accepted (once, or pinned in a profile), named by its SHA-256
    // fingerprint. Only the listed kinds of verification error, and only for that certificate,
    // are ignored.
    void trustCertificate(const QByteArray &sha256, const QList<QSslError::SslError> &errors);
    void clearTrustedCertificates();

    // --- session
    ApiCall *signIn(const SignInRequest &request, QObject *context, Callback<NoContent> done);
    void useBearerToken(const QString &token);
    ApiCall *signOut(QObject *context, Callback<NoContent> done); // expires the token on the server
    void forgetSession();                                         // clears tokens from memory
    bool isSignedIn() const { return !m_accessToken.isEmpty(); }
    bool canRefresh() const { return !m_refreshToken.isEmpty(); }
    QString userName() const { return m_userName; }

    // --- the endpoints (paths under {base}/api)
    ApiCall *healthcheck(QObject *context, Callback<NoContent> done);
    ApiCall *getConfig(QObject *context, Callback<KeyManagementConfig> done);
    ApiCall *getConfigStub(QObject *context, Callback<KeyManagementConfig> done);
    ApiCall *updateConfig(const KeyManagementConfigUpdate &update, QObject *context,
                          Callback<KeyManagementConfig> done);
    ApiCall *getConfigAudit(const ConfigAuditQuery &query, QObject *context,
                            Callback<Page<ConfigAuditRecord>> done);
    ApiCall *getRotationInfo(QObject *context, Callback<RotationInfo> done);
    ApiCall *startRotation(QObject *context, Callback<RotationInfo> done);
    ApiCall *retryRotation(QObject *context, Callback<RotationInfo> done);
    ApiCall *searchRotationAudit(const RotationAuditQuery &query, QObject *context,
                                 Callback<Page<RotationAuditRecord>> done);
    ApiCall *getRotationAuditUsers(QObject *context, Callback<QList<AuditUser>> done);

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
    void startRefresh();
    void finishRefresh(const ApiError &error);
    void handleSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    bool tokenNeedsRefresh() const;
    void setSession(const QString &accessToken, const QString &refreshToken, int expiresIn);
    RequestSpec apiRequest(const QByteArray &verb, const QString &path) const;

    template<class T, class Decode>
    ApiCall *call(RequestSpec spec, QObject *context, Callback<T> done, Decode decode);
    template<class T>
    ApiCall *callObject(RequestSpec spec, QObject *context, Callback<T> done);
    // A paging envelope of Record, named modelName in decoding errors.
    template<class Record>
    ApiCall *callPage(RequestSpec spec, QObject *context, Callback<Page<Record>> done, const QString &modelName);

    QNetworkAccessManager *m_network;
    QUrl m_base;
    std::chrono::milliseconds m_timeout{30000};
    std::chrono::seconds m_refreshMargin{60};

    QString m_userName;
    QString m_accessToken;
    QString m_refreshToken;
    QDeadlineTimer m_expiry{QDeadlineTimer::Forever};

    struct TrustedCertificate
    {
        QByteArray sha256;
        QList<QSslError::SslError> errors;
    };
    QList<TrustedCertificate> m_trusted;

    bool m_refreshing = false;
    QList<QPointer<ApiCall>> m_waitingForToken;
};
