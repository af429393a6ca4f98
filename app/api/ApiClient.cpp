#include "api/ApiClient.h"

#include "api/ApiLog.h"
#include "api/ServerUrl.h"
#include "TokenResponse.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

namespace {
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

ApiError transportError(QNetworkReply *reply, bool timedOut, bool cancelled, const QList<QSslError> &sslErrors)
{
    if (!sslErrors.isEmpty()) {
        QStringList reasons;
        for (const QSslError &e : sslErrors)
            reasons << e.errorString();
        ApiError error(ApiError::Tls, reasons.join(QStringLiteral("; ")));
        error.setSslErrors(sslErrors);
        return error;
    }
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError: return ApiError(ApiError::HostNotFound);
    case QNetworkReply::ConnectionRefusedError: return ApiError(ApiError::ConnectionRefused);
    case QNetworkReply::TimeoutError: return ApiError(ApiError::Timeout);
    case QNetworkReply::OperationCanceledError:
        if (timedOut)
            return ApiError(ApiError::Timeout);
        return ApiError(cancelled ? ApiError::Cancelled : ApiError::Network, cancelled ? QString() : reply->errorString());
    case QNetworkReply::SslHandshakeFailedError: return ApiError(ApiError::Tls, reply->errorString());
    default: return ApiError(ApiError::Network, reply->errorString());
    }
}

// The one place a finished reply becomes a result: status, content type, error bodies.
ApiError mapReply(QNetworkReply *reply, const QByteArray &body, QJsonDocument &json)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    const QByteArray trimmed = body.trimmed();
    const bool looksHtml = contentType.contains("html") || trimmed.startsWith('<');
    QJsonParseError parseError{};
    if (!trimmed.isEmpty())
        json = QJsonDocument::fromJson(trimmed, &parseError);
    const bool isJson = !trimmed.isEmpty() && parseError.error == QJsonParseError::NoError;

    if (status >= 200 && status < 300) {
        if (trimmed.isEmpty())
            return {};
        if (!isJson) {
            json = {};
            if (looksHtml)
                return ApiError(ApiError::NotJson, {}, status);
            return ApiError(ApiError::BadJson, ApiClient::tr("It is not JSON (%1).").arg(parseError.errorString()), status);
        }
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
    else if (status >= 500)
        kind = ApiError::ServerError;

    QString detail;
    QMap<QString, QStringList> fields;
    QString errorCode;
    if (isJson && json.isObject()) {
        const QJsonObject o = json.object();
        detail = o.value(QLatin1String("message")).toString();
        errorCode = o.value(QLatin1String("errorCode")).toString();
        const QString oauthError = o.value(QLatin1String("error")).toString();
        if (detail.isEmpty() && !oauthError.isEmpty()) {
            // The token endpoint's {"error": ...}: a refused sign-in, whatever the status.
            kind = ApiError::AuthFailed;
            errorCode = oauthError;
            detail = o.value(QLatin1String("error_description")).toString();
            if (detail.isEmpty() && oauthError == QLatin1String("invalid_grant"))
                detail = ApiClient::tr("The user name, password or domain is not correct.");
            else if (detail.isEmpty())
                detail = oauthError;
        }
        const QJsonObject modelState = o.value(QLatin1String("modelState")).toObject();
        for (auto it = modelState.begin(); it != modelState.end(); ++it) {
            QStringList messages;
            if (it.value().isArray()) {
                for (const QJsonValue &m : it.value().toArray())
                    messages << m.toString();
            } else {
                messages << it.value().toString();
            }
            fields[fieldNameOf(it.key())] += messages;
        }
    } else if (looksHtml && kind != ApiError::NotFound) {
        kind = ApiError::NotJson;
    }
    json = {};
    ApiError error(kind, detail, status);
    error.setServerErrorCode(errorCode);
    error.setFieldErrors(fields);
    return error;
}

template<class T>
bool decodeValue(const QJsonDocument &json, T &out, QString &error)
{
    if (!json.isObject()) {
        error = ApiClient::tr("Expected a JSON object.");
        return false;
    }
    return T::decode(json.object(), out, error);
}
} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
}

ApiClient::~ApiClient()
{
    forgetSession();
}

bool ApiClient::setServer(const QString &text, QString *error)
{
    const QUrl base = ServerUrl::normalise(text, error);
    if (!base.isValid())
        return false;
    setBaseUrl(base);
    return true;
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

void ApiClient::setSession(const QString &accessToken, const QString &refreshToken, int expiresIn)
{
    m_accessToken = accessToken;
    m_refreshToken = refreshToken;
    m_expiry = expiresIn > 0 ? QDeadlineTimer(std::chrono::seconds(expiresIn)) : QDeadlineTimer(QDeadlineTimer::Forever);
}

void ApiClient::forgetSession()
{
    // Overwrite before release so the token does not linger in freed memory.
    m_accessToken.fill(QLatin1Char('0'));
    m_refreshToken.fill(QLatin1Char('0'));
    m_accessToken.clear();
    m_refreshToken.clear();
    m_expiry = QDeadlineTimer(QDeadlineTimer::Forever);
}

bool ApiClient::tokenNeedsRefresh() const
{
    return !m_expiry.isForever() && m_expiry.remainingTimeAsDuration() <= m_refreshMargin;
}

void ApiClient::useBearerToken(const QString &token)
{
    forgetSession();
    m_userName.clear();
    setSession(token.trimmed(), QString(), 0);
    Q_EMIT signedIn();
}

RequestSpec ApiClient::apiRequest(const QByteArray &verb, const QString &path) const
{
    RequestSpec spec;
    spec.verb = verb;
    spec.url = ServerUrl::apiUrl(m_base, path);
    spec.replayable = verb == "GET";
    return spec;
}

ApiCall *ApiClient::send(RequestSpec spec, QObject *context, ApiCall::Handler handler)
{
    auto *call = new ApiCall(std::move(spec), context, std::move(handler), this);
    // Start from the event loop so a handler never runs inside the caller's own call.
    QMetaObject::invokeMethod(this, [this, guarded = QPointer<ApiCall>(call)] {
        if (!guarded || guarded->isFinished())
            return;
        ApiCall *c = guarded;
        if (!m_base.isValid())
            return c->complete(ApiError(ApiError::Network, ApiClient::tr("No server address is set.")), {}, 0);
        if (c->m_spec.authenticated && m_accessToken.isEmpty())
            return c->complete(ApiError(ApiError::AuthFailed, ApiClient::tr("You are not signed in.")), {}, 0);
        if (c->m_spec.authenticated && tokenNeedsRefresh() && canRefresh()) {
            m_waitingForToken.append(c);
            return startRefresh();
        }
        dispatch(c);
    }, Qt::QueuedConnection);
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

    call->m_attempts++;
    call->m_timedOut = false;
    call->m_sslErrors.clear();
    call->m_clock.start();
    QNetworkReply *reply = m_network->sendCustomRequest(request, spec.verb, spec.body);
    call->m_reply = reply;
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
    call->m_timeout.start(m_timeout);
}

void ApiClient::handleSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    for (const TrustedCertificate &trusted : std::as_const(m_trusted)) {
        if (peer.isNull() || trusted.sha256 != peer.digest(QCryptographicHash::Sha256))
            continue;
        const bool allAccepted = std::all_of(errors.begin(), errors.end(), [&](const QSslError &e) {
            return trusted.errors.contains(e.error());
        });
        if (allAccepted) {
            reply->setProperty("kmAcceptedTls", true);
            reply->ignoreSslErrors(errors); // exactly these, never all
        }
        return;
    }
}

void ApiClient::onReplyFinished(ApiCall *call, QNetworkReply *reply)
{
    reply->deleteLater();
    call->m_reply = nullptr;
    call->m_timeout.stop();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QJsonDocument json;
    const ApiError error = status != 0 && call->m_sslErrors.isEmpty()
        ? mapReply(reply, body, json)
        : transportError(reply, call->m_timedOut, call->m_cancelled, call->m_sslErrors);

    // Log the method, path and outcome only: never headers, bodies or query values.
    qCInfo(lcApi).noquote() << call->m_spec.verb << call->m_spec.url.path() << "->"
                            << (status ? QString::number(status) : error.kindName())
                            << call->m_clock.elapsed() << "ms";

    const bool sessionProblem = error.kind() == ApiError::AuthFailed && call->m_spec.authenticated;
    if (sessionProblem && call->m_spec.replayable && call->m_attempts == 1 && canRefresh()) {
        // Perhaps the token expired early: renew it and send this read once more.
        m_waitingForToken.append(call);
        startRefresh();
        return;
    }
    if (sessionProblem && call->m_spec.replayable && !canRefresh() && call->m_attempts == 1)
        Q_EMIT sessionExpired(error);
    // A refused write is never resent, but the session is renewed now (or found gone, which
    // signals sessionExpired) so that repeating the action works.
    if (sessionProblem && !call->m_spec.replayable && canRefresh())
        startRefresh();

    if (error.kind() != ApiError::Cancelled)
        Q_EMIT requestFinished(!error.isError(), error);
    call->complete(error, json, status);
}

void ApiClient::startRefresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    RequestSpec spec;
    spec.verb = "POST";
    spec.url = ServerUrl::tokenUrl(m_base);
    spec.authenticated = false;
    spec.replayable = false;
    spec.contentType = "application/x-www-form-urlencoded";
    spec.body = formEncode({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                            {QStringLiteral("refresh_token"), m_refreshToken}});
    // A refresh token works once: forget it now, whatever the answer.
    m_refreshToken.clear();
    auto *refresh = new ApiCall(std::move(spec), nullptr, [this](const ApiError &error, const QJsonDocument &json, int) {
        ApiError result = error;
        if (!error.isError()) {
            TokenResponse token;
            QString decodeError;
            if (decodeValue(json, token, decodeError))
                setSession(token.accessToken, token.refreshToken, token.expiresInSeconds);
            else
                result = ApiError(ApiError::BadJson, decodeError);
        }
        finishRefresh(result);
    }, this);
    dispatch(refresh);
}

void ApiClient::finishRefresh(const ApiError &error)
{
    m_refreshing = false;
    const auto waiting = std::exchange(m_waitingForToken, {});
    if (!error.isError()) {
        for (const QPointer<ApiCall> &call : waiting) {
            if (call && !call->isFinished())
                dispatch(call);
        }
        return;
    }
    const bool refused = error.kind() == ApiError::AuthFailed || error.kind() == ApiError::BadRequest;
    const ApiError failure = refused ? ApiError(ApiError::AuthFailed, ApiClient::tr("Your session has expired. Sign in again."), error.httpStatus())
                                     : error;
    if (refused) {
        forgetSession();
        Q_EMIT sessionExpired(failure);
    }
    for (const QPointer<ApiCall> &call : waiting) {
        if (call && !call->isFinished())
            call->complete(failure, {}, failure.httpStatus());
    }
}

template<class T, class Decode>
ApiCall *ApiClient::call(RequestSpec spec, QObject *context, Callback<T> done, Decode decode)
{
    return send(std::move(spec), context, [done = std::move(done), decode](const ApiError &error, const QJsonDocument &json, int) {
        ApiResult<T> result;
        result.error = error;
        if (!error.isError()) {
            QString decodeError;
            if (!decode(json, result.value, decodeError))
                result.error = ApiError(ApiError::BadJson, decodeError);
        }
        if (done)
            done(result);
    });
}

template<class T>
ApiCall *ApiClient::callObject(RequestSpec spec, QObject *context, Callback<T> done)
{
    return call<T>(std::move(spec), context, std::move(done), [](const QJsonDocument &json, T &out, QString &error) {
        return decodeValue(json, out, error);
    });
}

template<class Record>
ApiCall *ApiClient::callPage(RequestSpec spec, QObject *context, Callback<Page<Record>> done, const QString &modelName)
{
    return call<Page<Record>>(std::move(spec), context, std::move(done),
                              [modelName](const QJsonDocument &json, Page<Record> &out, QString &error) {
                                  if (!json.isObject()) {
                                      error = ApiClient::tr("Expected a JSON object.");
                                      return false;
                                  }
                                  return Page<Record>::decode(json.object(), out, error, modelName);
                              });
}

ApiCall *ApiClient::signIn(const SignInRequest &request, QObject *context, Callback<NoContent> done)
{
    forgetSession();
    RequestSpec spec;
    spec.verb = "POST";
    spec.url = ServerUrl::tokenUrl(m_base);
    spec.authenticated = false;
    spec.replayable = false;
    spec.contentType = "application/x-www-form-urlencoded";
    QList<QPair<QString, QString>> form{{QStringLiteral("grant_type"), QStringLiteral("password")},
                                        {QStringLiteral("username"), request.userName},
                                        {QStringLiteral("password"), request.password}};
    if (!request.domain.isEmpty())
        form.append({QStringLiteral("domain"), request.domain});
    spec.body = formEncode(form);
    if (!request.oneTimeCode.isEmpty())
        spec.headers.append({"OTP", request.oneTimeCode.toUtf8()});
    const QString userName = request.userName;
    return send(std::move(spec), context, [this, userName, done = std::move(done)](const ApiError &error, const QJsonDocument &json, int) {
        ApiResult<NoContent> result;
        result.error = error;
        if (error.kind() == ApiError::NotFound)
            result.error = ApiError(ApiError::NotFound, ApiClient::tr("There is no token endpoint at this address."), error.httpStatus());
        if (!error.isError()) {
            TokenResponse token;
            QString decodeError;
            if (decodeValue(json, token, decodeError)) {
                m_userName = userName;
                setSession(token.accessToken, token.refreshToken, token.expiresInSeconds);
                Q_EMIT signedIn();
            } else {
                result.error = ApiError(ApiError::BadJson, decodeError);
            }
        }
        if (done)
            done(result);
    });
}

ApiCall *ApiClient::signOut(QObject *context, Callback<NoContent> done)
{
    RequestSpec spec = apiRequest("POST", QStringLiteral("/v1/oauth-expiration"));
    return send(std::move(spec), context, [this, done = std::move(done)](const ApiError &error, const QJsonDocument &, int) {
        // Forget the token whatever the server said: signing out must never leave it in memory.
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
    return call<NoContent>(std::move(spec), context, std::move(done),
                           [](const QJsonDocument &, NoContent &, QString &) { return true; });
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

ApiCall *ApiClient::searchRotationAudit(const RotationAuditQuery &query, QObject *context,
                                        Callback<Page<RotationAuditRecord>> done)
{
    RequestSpec spec = apiRequest("GET", QStringLiteral("/v1/key-management/audit"));
    spec.url.setQuery(query.toUrlQuery());
    return callPage<RotationAuditRecord>(std::move(spec), context, std::move(done),
                                         QStringLiteral("PagingOfMasterEncryptionKeyRotationInfoAuditViewModel"));
}

ApiCall *ApiClient::getRotationAuditUsers(QObject *context, Callback<QList<AuditUser>> done)
{
    return call<QList<AuditUser>>(apiRequest("GET", QStringLiteral("/v1/key-management/audit/users")), context, std::move(done),
        [](const QJsonDocument &json, QList<AuditUser> &out, QString &error) {
            if (!json.isArray()) {
                error = ApiClient::tr("Expected a JSON array of users.");
                return false;
            }
            const QJsonArray array = json.array();
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
