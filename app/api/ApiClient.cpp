#include "api/ApiClient.h"

#include "api/ApiLog.h"
#include "api/ServerUrl.h"

#include "models/JsonText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QUrlQuery>

namespace km {

namespace {
constexpr qint64 smallReplyLimit = 256LL * 1024;      // a configuration, a rotation state, a token
constexpr qint64 usersReplyLimit = 8LL * 1024 * 1024; // the distinct users of the audit

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[key, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

// modelState keys come as "args.AwsKmsKeyArn" or "AwsKmsKeyArn": use the JSON field's own name.
QString fieldNameOf(const QString &modelStateKey)
{
    QString name = modelStateKey.section(QLatin1Char('.'), -1);
    if (!name.isEmpty())
        name[0] = name[0].toLower();
    return name;
}

// Failures of the connection itself, wherever in the exchange they happen: before the headers,
// or in the middle of the body (a closed connection, a time-out, a broken TLS session).
bool isTransportError(QNetworkReply::NetworkError e)
{
    return (e > QNetworkReply::NoError && e < QNetworkReply::ContentAccessDenied) || e == QNetworkReply::ProtocolFailure;
}

ApiError transportError(QNetworkReply *reply, bool timedOut, bool cancelled, bool tooLarge, qint64 limit, const QList<QSslError> &sslErrors)
{
    if (tooLarge)
        return ApiError(ApiError::TooLarge, ApiClient::tr("(The limit for this request is %1 KB.)").arg(limit / 1024));
    if (!sslErrors.isEmpty()) {
        QStringList reasons;
        for (const QSslError &e : sslErrors)
            reasons << e.errorString();
        ApiError error(ApiError::Tls, reasons.join(QStringLiteral("; ")));
        error.setSslErrors(sslErrors);
        return error;
    }
    const bool midBody = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 0;
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError: return ApiError(ApiError::HostNotFound);
    case QNetworkReply::ConnectionRefusedError: return ApiError(ApiError::ConnectionRefused);
    case QNetworkReply::TimeoutError: return ApiError(ApiError::Timeout);
    case QNetworkReply::OperationCanceledError:
        if (timedOut)
            return ApiError(ApiError::Timeout, midBody ? ApiClient::tr("(It stopped sending in the middle of its answer.)") : QString());
        return ApiError(cancelled ? ApiError::Cancelled : ApiError::Network, cancelled ? QString() : reply->errorString());
    case QNetworkReply::SslHandshakeFailedError: return ApiError(ApiError::Tls, reply->errorString());
    default:
        return ApiError(ApiError::Network,
                        midBody ? ApiClient::tr("The connection broke before the whole answer arrived (%1).").arg(reply->errorString())
                                : reply->errorString());
    }
}

// Retry-After: seconds, or an HTTP date (RFC 9110's IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT",
// which Qt's RFC 2822 reading refuses for its "GMT"; or a numeric zone); capped.
int retryAfterOf(QNetworkReply *reply, const Clock &clock)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return 0;
    bool ok = false;
    qint64 seconds = value.toLongLong(&ok);
    if (!ok) {
        const QString text = QString::fromLatin1(value);
        QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
        if (!when.isValid()) {
            when = QDateTime::fromString(text, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")); // C locale names
            when.setTimeSpec(Qt::UTC);
        }
        seconds = when.isValid() ? clock.utcNow().secsTo(when) : 0;
    }
    return int(std::clamp<qint64>(seconds, 0, ApiError::maxRetryAfterSeconds));
}

// JSON of any kind: an object, an array, or a bare scalar such as sign-out's `true`, read with
// the grammar the export reads pages with (JsonText).
bool parseJson(const QByteArray &body, QJsonValue &out, QString *error)
{
    return JsonText::parse(body, out, error);
}

// The one place a finished HTTP exchange becomes a result: status, content type, error bodies.
ApiError mapReply(QNetworkReply *reply, bool rawBody, ApiReply &out, const Clock &clock)
{
    const int status = out.status;
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    const QByteArray trimmed = out.body.trimmed();
    const bool looksHtml = contentType.contains("html") || trimmed.startsWith('<');

    if (status >= 200 && status < 300) {
        if (looksHtml)
            return ApiError(ApiError::NotJson, {}, status); // some failures come back as 200 with a page
        if (trimmed.isEmpty() || rawBody)
            return {};
        QString why;
        if (!parseJson(out.body, out.json, &why))
            return ApiError(ApiError::BadJson, ApiClient::tr("It is not JSON (%1).").arg(why), status);
        return {};
    }
    if (status >= 300 && status < 400) {
        const QString location = reply->header(QNetworkRequest::LocationHeader).toUrl().toString(QUrl::RemoveQuery);
        return ApiError(ApiError::HttpError,
                        location.isEmpty() ? QString() : ApiClient::tr("It redirects to %1; use that address instead.").arg(location),
                        status);
    }

    ApiError::Kind kind = ApiError::HttpError;
    if (status == 400)
        kind = ApiError::BadRequest;
    else if (status == 401 || status == 403)
        kind = ApiError::AuthFailed;
    else if (status == 404)
        kind = ApiError::NotFound;
    else if (status == 429)
        kind = ApiError::TooManyRequests;
    else if (status >= 500)
        kind = ApiError::ServerError;

    QString detail;
    QMap<QString, QStringList> fields;
    QString errorCode;
    QJsonValue json;
    if (parseJson(out.body, json, nullptr) && json.isObject()) {
        const QJsonObject o = json.toObject();
        detail = o.value(QLatin1String("message")).toString();
        errorCode = o.value(QLatin1String("errorCode")).toString();
        const QString oauthError = o.value(QLatin1String("error")).toString();
        if (detail.isEmpty() && !oauthError.isEmpty()) {
            // The token endpoint's {"error": ...}: a refused sign-in, whatever the status. Its
            // wording is the server's (a 2FA provider's "Invalid Duo pin code." included).
            kind = ApiError::AuthFailed;
            detail = o.value(QLatin1String("error_description")).toString();
            if (detail.isEmpty() && oauthError == QLatin1String("invalid_grant"))
                detail = ApiClient::tr("The user name, password or domain is not correct.");
            else if (detail.isEmpty())
                detail = oauthError;
            errorCode = oauthError;
        }
        if (errorCode.compare(QLatin1String("API_AccessDenied"), Qt::CaseInsensitive) == 0)
            kind = ApiError::PermissionDenied; // live tenants report a missing permission as a 400
        const QJsonObject modelState = o.value(QLatin1String("modelState")).toObject();
        for (auto it = modelState.begin(); it != modelState.end(); ++it) {
            QStringList messages;
            if (it.value().isArray()) {
                for (const auto &m : it.value().toArray())
                    messages << m.toString();
            } else {
                messages << it.value().toString();
            }
            fields[fieldNameOf(it.key())] += messages;
        }
    } else if (looksHtml && kind != ApiError::NotFound) {
        kind = ApiError::NotJson;
    }
    ApiError error(kind, detail, status);
    error.setServerErrorCode(errorCode);
    error.setFieldErrors(fields);
    error.setRetryAfterSeconds(retryAfterOf(reply, clock));
    return error;
}

template<class T>
bool decodeObject(const QJsonValue &json, T &out, QString &error)
{
    if (!json.isObject()) {
        error = ApiClient::tr("Expected a JSON object.");
        return false;
    }
    return T::decode(json.toObject(), out, error);
}
} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent) : QObject(parent), m_network(network)
{}

ApiClient::~ApiClient()
{
    forgetSession();
}

qint64 ApiClient::auditPageLimit(int take)
{
    // A record is a few hundred bytes; notes can be long. 16 KB a record is far beyond any.
    return std::max<qint64>(1 << 20, qint64(std::max(take, 1)) * 16 * 1024);
}

void ApiClient::setBaseUrl(const QUrl &base)
{
    if (base != m_base)
        forgetSession();
    m_base = base;
}

void ApiClient::trustCertificate(const QByteArray &sha256, const QList<QSslError::SslError> &errors)
{
    m_trusted.append({sha256, errors});
}

void ApiClient::clearTrustedCertificates()
{
    m_trusted.clear();
    // A pooled connection would keep the old trust alive past this point.
    m_network->clearConnectionCache();
}

void ApiClient::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_extraCas = certificates;
    m_network->clearConnectionCache();
}

void ApiClient::setSession(const QString &accessToken, const QString &refreshToken, int expiresIn)
{
    if (accessToken != m_accessToken && !m_renewing)
        m_readSucceeded = false; // a new session has proven nothing yet
    m_accessToken = accessToken;
    m_refreshToken = refreshToken;
    m_expiresAtMs = expiresIn > 0 ? m_clock->monotonicMs() + qint64(expiresIn) * 1000 : -1;
}

void ApiClient::forgetSession()
{
    // Overwrite before release so the token does not linger in freed memory.
    m_accessToken.fill(QLatin1Char('0'));
    m_refreshToken.fill(QLatin1Char('0'));
    m_accessToken.clear();
    m_refreshToken.clear();
    m_expiresAtMs = -1;
}

bool ApiClient::tokenNeedsRefresh() const
{
    return m_expiresAtMs >= 0 && m_expiresAtMs - m_clock->monotonicMs() <= qint64(m_refreshMargin.count()) * 1000;
}

bool ApiClient::tokenMayHaveExpired() const
{
    return m_expiresAtMs < 0 || m_expiresAtMs <= m_clock->monotonicMs();
}

void ApiClient::useBearerToken(const QString &token, int expiresInSeconds, const QString &userName)
{
    forgetSession();
    m_userName = userName;
    setSession(token.trimmed(), QString(), expiresInSeconds);
    Q_EMIT signedIn();
}

RequestSpec ApiClient::apiRequest(const QByteArray &verb, const QString &path) const
{
    RequestSpec spec;
    spec.verb = verb;
    spec.url = ServerUrl::apiUrl(m_base, path);
    spec.replayable = verb == "GET";
    spec.maxReplyBytes = smallReplyLimit;
    return spec;
}

RequestSpec ApiClient::tokenRequest(const QUrl &url, const QByteArray &form) const
{
    RequestSpec spec;
    spec.verb = "POST";
    spec.url = url;
    spec.authenticated = false;
    spec.replayable = false;
    spec.contentType = "application/x-www-form-urlencoded";
    spec.body = form;
    spec.maxReplyBytes = smallReplyLimit;
    return spec;
}

ApiCall *ApiClient::send(RequestSpec spec, QObject *context, ApiCall::Handler handler)
{
    auto *call = new ApiCall(std::move(spec), context, std::move(handler), this);
    // Start from the event loop so a handler never runs inside the caller's own call.
    QMetaObject::invokeMethod(
        this,
        [this, guarded = QPointer<ApiCall>(call)] {
        if (!guarded || guarded->isFinished())
            return;
        ApiCall *c = guarded;
        if (!c->m_spec.url.isValid() || c->m_spec.url.host().isEmpty())
            return c->complete(ApiError(ApiError::Network, ApiClient::tr("No server address is set.")), {});
        if (c->m_spec.authenticated && m_accessToken.isEmpty())
            return c->complete(ApiError(ApiError::AuthFailed, ApiClient::tr("You are not signed in.")), {});
        if (c->m_spec.authenticated && tokenNeedsRefresh() && canRenew()) {
            m_waitingForToken.append(c);
            return startRenewal();
        }
        dispatch(c);
        },
        Qt::QueuedConnection);
    return call;
}

void ApiClient::dispatch(ApiCall *call)
{
    const RequestSpec &spec = call->m_spec;
    QNetworkRequest request(spec.url);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    if (spec.authenticated)
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
    if (!spec.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, spec.contentType);
    for (const auto &[name, value] : spec.headers)
        request.setRawHeader(name, value);
    if (!m_extraCas.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCas);
        request.setSslConfiguration(tls);
    }
    call->m_attempts++;
    call->m_timedOut = false;
    call->m_tooLarge = false;
    call->m_sslErrors.clear();
    call->m_clock.start();
    QNetworkReply *reply = m_network->sendCustomRequest(request, spec.verb, spec.body);
    call->m_reply = reply;
    ++m_requestsInFlight;
    const qint64 limit = spec.maxReplyBytes;
    auto refuseIfTooLarge = [call, reply, limit](qint64 bytes) {
        if (bytes > limit && !call->m_tooLarge) {
            call->m_tooLarge = true;
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, call,
            [reply, refuseIfTooLarge] { refuseIfTooLarge(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()); });
    connect(reply, &QNetworkReply::downloadProgress, call, [refuseIfTooLarge](qint64 received, qint64) { refuseIfTooLarge(received); });
    connect(reply, &QNetworkReply::sslErrors, this, [this, call, reply](const QList<QSslError> &errors) {
        handleSslErrors(reply, errors);
        if (!reply->property("kmAcceptedTls").toBool())
            call->m_sslErrors = errors;
    });
    connect(reply, &QNetworkReply::finished, call, [this, call, reply] { onReplyFinished(call, reply); });
    call->m_timeout.disconnect();
    connect(&call->m_timeout, &QTimer::timeout, call, [call] {
        call->m_timedOut = true;
        if (call->m_reply)
            call->m_reply->abort();
    });
    call->m_timeout.start(spec.timeout.count() > 0 ? spec.timeout : m_timeout);
}

void ApiClient::handleSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    for (const TrustedCertificate &trusted : std::as_const(m_trusted)) {
        if (peer.isNull() || trusted.sha256 != peer.digest(QCryptographicHash::Sha256))
            continue;
        const bool allAccepted =
            std::all_of(errors.begin(), errors.end(), [&](const QSslError &e) { return trusted.errors.contains(e.error()); });
        if (allAccepted) {
            reply->setProperty("kmAcceptedTls", true);
            reply->ignoreSslErrors(errors); // exactly these, never all
        }
        return;
    }
}

void ApiClient::onReplyFinished(ApiCall *call, QNetworkReply *reply)
{
    --m_requestsInFlight;
    reply->deleteLater();
    call->m_reply = nullptr;
    call->m_timeout.stop();
    ApiReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool transport = call->m_tooLarge || !call->m_sslErrors.isEmpty() || out.status == 0 || isTransportError(reply->error());
    if (!transport)
        out.body = reply->readAll();
    ApiError error = transport ? transportError(reply, call->m_timedOut, call->m_cancelled, call->m_tooLarge, call->m_spec.maxReplyBytes,
                                                call->m_sslErrors)
                               : mapReply(reply, call->m_spec.rawBody, out, *m_clock);

    // Log the method, path and outcome only: never headers, bodies or query values.
    qCInfo(lcApi).noquote() << call->m_spec.verb << call->m_spec.url.path() << "->"
                            << (transport ? error.kindName() : QString::number(out.status)) << call->m_clock.elapsed() << "ms";

    if (error.kind() == ApiError::AuthFailed && call->m_spec.authenticated && handleRefusal(call, error))
        return; // waits for the renewed session, then is sent once more

    if (!error.isError() && call->m_spec.authenticated && call->m_spec.replayable)
        m_readSucceeded = true;
    if (error.kind() != ApiError::Cancelled)
        Q_EMIT requestFinished(!error.isError(), error);
    if (error.isError())
        out.json = QJsonValue();
    call->complete(error, out);
}

bool ApiClient::handleRefusal(ApiCall *call, ApiError &error)
{
    const QString words = error.detail();
    const int status = error.httpStatus();
    if (!call->m_renewed && canRenew()) {
        // Perhaps the token ended early: renew the session once. A read is sent again after it;
        // a write is never resent, but the renewal lets the user's next attempt work.
        call->m_renewed = true;
        if (call->m_spec.replayable) {
            m_waitingForToken.append(call);
            startRenewal();
            return true;
        }
        startRenewal();
        error = ApiError(ApiError::PermissionDenied,
                         tr("The server refused this change (HTTP %1): %2 If your session had ended it has been renewed, "
                            "so trying again will tell.")
                             .arg(status)
                             .arg(words),
                         status);
        return false;
    }
    if (call->m_renewed) {
        // Refused again with a fresh session: the account lacks the permission.
        error = ApiError(ApiError::PermissionDenied, words, status);
        return false;
    }
    // Nothing to renew with: an ended session, or a permission this account lacks. Every
    // key-management read needs the same permission, so once one read has worked, a refused
    // read means the session ended; so does a token past (or of unknown) expiry.
    if (!call->m_spec.replayable && m_readSucceeded && !tokenMayHaveExpired()) {
        classifyRefusedWrite(call, error);
        return true; // completes once a read has told which it was
    }
    const bool sessionEnded = call->m_spec.otherPermission
                                  ? !m_readSucceeded && tokenMayHaveExpired() // another read worked: the session lives
                                  : m_readSucceeded || tokenMayHaveExpired();
    if (call->m_spec.replayable && sessionEnded) {
        Q_EMIT sessionExpired(ApiError(ApiError::AuthFailed, tr("Your session has ended. Sign in again."), status));
        error = ApiError(ApiError::AuthFailed, tr("Your session has ended. Sign in again."), status);
    } else {
        error = ApiError(ApiError::PermissionDenied, words, status);
    }
    return false;
}

void ApiClient::classifyRefusedWrite(ApiCall *call, const ApiError &refusal)
{
    // A refused write cannot say whether the session ended or the account lacks the permission,
    // and it is never sent again. One read can: refused too, the session ended (the read's own
    // refusal says so, through sessionExpired); answered, the permission is missing.
    const QPointer<ApiCall> write(call);
    const QString words = refusal.detail();
    const int status = refusal.httpStatus();
    auto *probe = new ApiCall(
        apiRequest("GET", QStringLiteral("/v1/key-management/mekrotationinfo")), nullptr,
        [this, write, words, status](const ApiError &probeError, const ApiReply &) {
        if (!write || write->isFinished())
            return;
        const ApiError outcome =
            probeError.kind() == ApiError::AuthFailed ? ApiError(
                ApiError::AuthFailed, tr("Your session had ended, so nothing was changed. Sign in again, then repeat the change."), status)
                                                      : ApiError(ApiError::PermissionDenied, words, status);
        Q_EMIT requestFinished(false, outcome);
        write->complete(outcome, {});
        },
        this);
    dispatch(probe);
}

void ApiClient::startRenewal()
{
    if (m_renewing)
        return;
    m_renewing = true;
    if (!canRefresh() && m_reauthenticate) {
        m_reauthenticate([this](const ApiError &error) { finishRenewal(error); });
        return;
    }
    QByteArray form =
        formEncode({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")}, {QStringLiteral("refresh_token"), m_refreshToken}});
    RequestSpec spec = tokenRequest(ServerUrl::tokenUrl(m_base), form);
    form.fill('0');
    // A refresh token works once: forget it now, whatever the answer.
    m_refreshToken.fill(QLatin1Char('0'));
    m_refreshToken.clear();
    auto *refresh = new ApiCall(
        std::move(spec), nullptr,
        [this](const ApiError &error, const ApiReply &reply) {
        ApiError result = error;
        if (!error.isError()) {
            TokenResponse token;
            QString decodeError;
            if (decodeObject(reply.json, token, decodeError))
                setSession(token.accessToken, token.refreshToken, token.expiresInSeconds);
            else
                result = ApiError(ApiError::BadJson, decodeError);
        }
        finishRenewal(result);
        },
        this);
    dispatch(refresh);
}

void ApiClient::finishRenewal(const ApiError &error)
{
    m_renewing = false;
    const auto waiting = std::exchange(m_waitingForToken, {});
    if (!error.isError()) {
        for (const QPointer<ApiCall> &call : waiting) {
            if (call && !call->isFinished())
                dispatch(call);
        }
        return;
    }
    const bool refused = error.kind() == ApiError::AuthFailed || error.kind() == ApiError::BadRequest;
    const ApiError failure =
        refused ? ApiError(ApiError::AuthFailed, ApiClient::tr("Your session has expired. Sign in again."), error.httpStatus()) : error;
    if (refused) {
        forgetSession();
        Q_EMIT sessionExpired(failure);
    }
    for (const QPointer<ApiCall> &call : waiting) {
        if (call && !call->isFinished())
            call->complete(failure, {});
    }
}

template<class T, class Decode>
ApiCall *ApiClient::call(RequestSpec spec, QObject *context, Callback<T> done, Decode decode)
{
    // The handler is built first so that send() is not a dependent call: the move of spec then
    // binds as a move (clang-tidy's unnecessary-value-param misreads it inside a dependent call).
    ApiCall::Handler handler = [done = std::move(done), decode](const ApiError &error, const ApiReply &reply) {
        ApiResult<T> result;
        result.error = error;
        if (!error.isError()) {
            QString decodeError;
            if (!decode(reply, result.value, decodeError))
                result.error = ApiError(ApiError::BadJson, decodeError);
        }
        if (done)
            done(result);
    };
    return send(std::move(spec), context, std::move(handler));
}

template<class T>
ApiCall *ApiClient::callObject(RequestSpec spec, QObject *context, Callback<T> done)
{
    return call<T>(std::move(spec), context, std::move(done),
                   [](const ApiReply &reply, T &out, QString &error) { return decodeObject(reply.json, out, error); });
}

template<class Record>
ApiCall *ApiClient::callPage(RequestSpec spec, QObject *context, Callback<Page<Record>> done, const QString &modelName)
{
    // km:: spelled out below: lupdate loses the namespace inside this init-capturing lambda and
    // filed its strings under "ApiClient", where no translation is.
    ApiCall::Handler handler = [done = std::move(done), modelName](const ApiError &error, const ApiReply &reply) {
        ApiResult<Page<Record>> result;
        result.error = error;
        if (!error.isError()) {
            QString decodeError;
            if (!reply.json.isObject())
                result.error = ApiError(ApiError::BadJson, km::ApiClient::tr("Expected a JSON object."));
            else if (!Page<Record>::decode(reply.json.toObject(), result.value, decodeError, modelName))
                result.error = ApiError(ApiError::BadJson, decodeError);
            else if (!result.value.info.success)
                // success: false is a failed query, never an empty page.
                result.error = ApiError(ApiError::QueryFailed, result.value.info.severity.isEmpty()
                                                                   ? QString()
                                                                   : km::ApiClient::tr("(Severity: %1.)").arg(result.value.info.severity));
        }
        if (done)
            done(result);
    };
    return send(std::move(spec), context, std::move(handler));
}

ApiCall *ApiClient::signIn(const SignInRequest &request, QObject *context, Callback<NoContent> done)
{
    if (!m_renewing)
        forgetSession();
    QList<QPair<QString, QString>> fields{{QStringLiteral("grant_type"), QStringLiteral("password")},
                                          {QStringLiteral("username"), request.userName},
                                          {QStringLiteral("password"), request.password}};
    if (!request.domain.isEmpty())
        fields.append({QStringLiteral("domain"), request.domain});
    QByteArray form = formEncode(fields);
    RequestSpec spec = tokenRequest(ServerUrl::tokenUrl(m_base), form);
    form.fill('0');
    if (!request.oneTimeCode.isEmpty())
        spec.headers.append({"OTP", request.oneTimeCode.toUtf8()});
    if (request.oneTimeCode.compare(QLatin1String("push"), Qt::CaseInsensitive) == 0)
        spec.timeout = pushTimeout; // the server answers once the push is approved on the phone
    const QString userName = request.userName;
    return send(std::move(spec), context, [this, userName, done = std::move(done)](const ApiError &error, const ApiReply &reply) {
        ApiResult<NoContent> result;
        result.error = error;
        if (error.kind() == ApiError::NotFound)
            result.error = ApiError(ApiError::NotFound, ApiClient::tr("There is no token endpoint at this address."), error.httpStatus());
        if (!error.isError()) {
            TokenResponse token;
            QString decodeError;
            if (decodeObject(reply.json, token, decodeError)) {
                m_userName = userName;
                setSession(token.accessToken, token.refreshToken, token.expiresInSeconds);
                if (!m_renewing)
                    Q_EMIT signedIn();
            } else {
                result.error = ApiError(ApiError::BadJson, decodeError);
            }
        }
        if (done)
            done(result);
    });
}

ApiCall *ApiClient::platformToken(const QUrl &tenant, const QString &clientId, const QString &clientSecret, QObject *context,
                                  Callback<TokenResponse> done)
{
    QUrl url = tenant;
    url.setPath(tenant.path() + QStringLiteral("/identity/api/oauth2/token/xpmplatform"));
    QByteArray form = formEncode({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                  {QStringLiteral("client_id"), clientId},
                                  {QStringLiteral("client_secret"), clientSecret},
                                  {QStringLiteral("scope"), QStringLiteral("xpmheadless")}});
    RequestSpec spec = tokenRequest(url, form);
    form.fill('0');
    return call<TokenResponse>(std::move(spec), context, std::move(done), [](const ApiReply &reply, TokenResponse &out, QString &error) {
        return decodeObject(reply.json, out, error);
    });
}

ApiCall *ApiClient::platformVaults(const QUrl &tenant, const QString &token, QObject *context, Callback<QList<PlatformVault>> done)
{
    RequestSpec spec;
    spec.url = tenant;
    spec.url.setPath(tenant.path() + QStringLiteral("/vaultbroker/api/vaults"));
    spec.authenticated = false; // the platform's token, not the vault session's
    spec.headers.append({"Authorization", "Bearer " + token.toUtf8()});
    spec.maxReplyBytes = smallReplyLimit;
    return call<QList<PlatformVault>>(std::move(spec), context, std::move(done),
                                      [](const ApiReply &reply, QList<PlatformVault> &out, QString &error) {
        return PlatformVault::decodeList(reply.json, out, error);
    });
}

ApiCall *ApiClient::signOut(QObject *context, Callback<NoContent> done)
{
    RequestSpec spec = apiRequest("POST", QStringLiteral("/v1/oauth-expiration"));
    return send(std::move(spec), context, [this, done = std::move(done)](const ApiError &error, const ApiReply &) {
        // Forget the token whatever the server said: signing out must never leave it in memory.
        // The published answer is a bare `true`; any JSON is accepted.
        forgetSession();
        Q_EMIT signedOut();
        ApiResult<NoContent> result;
        // A server without the endpoint (404) still counts as signed out here.
        if (error.kind() != ApiError::NotFound)
            result.error = error;
        if (done)
            done(result);
    });
}

ApiCall *ApiClient::healthcheck(QObject *context, Callback<NoContent> done)
{
    RequestSpec spec = apiRequest("GET", QStringLiteral("/v1/healthcheck"));
    spec.authenticated = false;
    return call<NoContent>(std::move(spec), context, std::move(done), [](const ApiReply &, NoContent &, QString &) { return true; });
}

ApiCall *ApiClient::getHealthCheck(QObject *context, Callback<HealthCheck> done)
{
    RequestSpec spec = apiRequest("GET", QStringLiteral("/v1/healthcheck"));
    spec.otherPermission = true;
    return callObject<HealthCheck>(std::move(spec), context, std::move(done));
}

ApiCall *ApiClient::getNodes(QObject *context, Callback<QList<ServerNode>> done)
{
    RequestSpec spec = apiRequest("GET", QStringLiteral("/v1/nodes"));
    spec.otherPermission = true;
    return call<QList<ServerNode>>(std::move(spec), context, std::move(done),
                                   [](const ApiReply &reply, QList<ServerNode> &out, QString &error) {
        return ServerNode::decodeList(reply.json, out, error);
    });
}

ApiCall *ApiClient::getBackupLogs(qint64 skip, int take, QObject *context, Callback<Page<BackupLogRecord>> done)
{
    RequestSpec spec = apiRequest("GET", QStringLiteral("/v2/configuration/backup-logs"));
    spec.otherPermission = true;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("skip"), QString::number(skip));
    query.addQueryItem(QStringLiteral("take"), QString::number(take));
    query.addQueryItem(QStringLiteral("sortBy[0].name"), QStringLiteral("backupTime"));
    query.addQueryItem(QStringLiteral("sortBy[0].direction"), QStringLiteral("Desc"));
    spec.url.setQuery(query);
    spec.maxReplyBytes = auditPageLimit(take);
    return callPage<BackupLogRecord>(std::move(spec), context, std::move(done), QStringLiteral("IPagingOfBackupLogViewModel"));
}

ApiCall *ApiClient::probe(const QUrl &url, QObject *context, Callback<NoContent> done)
{
    RequestSpec spec;
    spec.url = url;
    spec.authenticated = false;
    spec.maxReplyBytes = smallReplyLimit;
    return call<NoContent>(std::move(spec), context, std::move(done), [](const ApiReply &, NoContent &, QString &) { return true; });
}

ApiCall *ApiClient::getVersion(QObject *context, Callback<ServerVersion> done)
{
    RequestSpec spec = apiRequest("GET", QStringLiteral("/v1/version"));
    spec.maxReplyBytes = smallReplyLimit;
    return callObject<ServerVersion>(std::move(spec), context, std::move(done));
}

ApiCall *ApiClient::getConfig(QObject *context, Callback<KeyManagementConfig> done)
{
    return callObject<KeyManagementConfig>(apiRequest("GET", QStringLiteral("/v1/key-management")), context, std::move(done));
}

ApiCall *ApiClient::getConfigStub(QObject *context, Callback<KeyManagementConfig> done)
{
    return callObject<KeyManagementConfig>(apiRequest("GET", QStringLiteral("/v1/key-management/stub")), context, std::move(done));
}

ApiCall *ApiClient::updateConfig(const KeyManagementConfigUpdate &update, QObject *context, Callback<KeyManagementConfig> done)
{
    RequestSpec spec = apiRequest("PUT", QStringLiteral("/v1/key-management"));
    spec.contentType = "application/json";
    spec.body = QJsonDocument(update.toJson()).toJson(QJsonDocument::Compact);
    return callObject<KeyManagementConfig>(std::move(spec), context, std::move(done));
}

ApiCall *ApiClient::getConfigAudit(const ConfigAuditQuery &query, QObject *context, Callback<Page<ConfigAuditRecord>> done)
{
    RequestSpec spec = apiRequest("GET", QStringLiteral("/v1/key-management/config/audit"));
    spec.url.setQuery(query.toUrlQuery());
    spec.maxReplyBytes = auditPageLimit(query.take);
    return callPage<ConfigAuditRecord>(std::move(spec), context, std::move(done),
                                       QStringLiteral("PagingOfKeyManagementConfigAuditViewModel"));
}

ApiCall *ApiClient::getRotationInfo(QObject *context, Callback<RotationInfo> done)
{
    return callObject<RotationInfo>(apiRequest("GET", QStringLiteral("/v1/key-management/mekrotationinfo")), context, std::move(done));
}

ApiCall *ApiClient::startRotation(QObject *context, Callback<RotationInfo> done)
{
    return callObject<RotationInfo>(apiRequest("PUT", QStringLiteral("/v1/key-management/startmekrotation")), context, std::move(done));
}

ApiCall *ApiClient::retryRotation(QObject *context, Callback<RotationInfo> done)
{
    return callObject<RotationInfo>(apiRequest("PUT", QStringLiteral("/v1/key-management/retrymekstatus")), context, std::move(done));
}

ApiCall *ApiClient::getSecretKeyRotationStatus(QObject *context, Callback<SecretKeyRotationStatus> done)
{
    return callObject<SecretKeyRotationStatus>(apiRequest("GET", QStringLiteral("/v1/configuration/security/rotate-secret-keys-status")),
                                               context, std::move(done));
}

ApiCall *ApiClient::rotateSecretKeys(QObject *context, Callback<SecretKeyRotationStatus> done)
{
    return callObject<SecretKeyRotationStatus>(apiRequest("POST", QStringLiteral("/v1/configuration/security/rotate-secret-keys")), context,
                                               std::move(done));
}

ApiCall *ApiClient::cancelSecretKeyRotation(QObject *context, Callback<SecretKeyRotationStatus> done)
{
    return callObject<SecretKeyRotationStatus>(apiRequest("POST", QStringLiteral("/v1/configuration/security/cancel-rotate-secret-keys")),
                                               context, std::move(done));
}

ApiCall *ApiClient::searchRotationAudit(const RotationAuditQuery &query, QObject *context, Callback<Page<RotationAuditRecord>> done)
{
    RequestSpec spec = apiRequest("GET", QStringLiteral("/v1/key-management/audit"));
    spec.url.setQuery(query.toUrlQuery());
    spec.maxReplyBytes = auditPageLimit(query.take);
    return callPage<RotationAuditRecord>(std::move(spec), context, std::move(done),
                                         QStringLiteral("PagingOfMasterEncryptionKeyRotationInfoAuditViewModel"));
}

ApiCall *ApiClient::searchRotationAuditRaw(const RotationAuditQuery &query, QObject *context, Callback<QByteArray> done)
{
    RequestSpec spec = apiRequest("GET", QStringLiteral("/v1/key-management/audit"));
    spec.url.setQuery(query.toUrlQuery());
    spec.maxReplyBytes = auditPageLimit(query.take);
    spec.rawBody = true;
    return call<QByteArray>(std::move(spec), context, std::move(done), [](const ApiReply &reply, QByteArray &out, QString &) {
        out = reply.body;
        return true;
    });
}

ApiCall *ApiClient::getRotationAuditUsers(QObject *context, Callback<QList<AuditUser>> done)
{
    RequestSpec spec = apiRequest("GET", QStringLiteral("/v1/key-management/audit/users"));
    spec.maxReplyBytes = usersReplyLimit;
    return call<QList<AuditUser>>(std::move(spec), context, std::move(done),
                                  [](const ApiReply &reply, QList<AuditUser> &out, QString &error) {
        if (!reply.json.isArray()) {
            error = ApiClient::tr("Expected a JSON array of users.");
            return false;
        }
        const QJsonArray array = reply.json.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            AuditUser user;
            const QString path = QStringLiteral("users[%1]").arg(i);
            if (!array.at(i).isObject()) {
                error = path + QStringLiteral(": expected an object");
                return false;
            }
            if (!AuditUser::decode(array.at(i).toObject(), user, error, path))
                return false;
            out.append(user);
        }
        return true;
    });
}

} // namespace km
