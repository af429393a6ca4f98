#include "sandbox/SandboxServer.h"
#include "sandbox/SecretDigest.h"
#include "sandbox/JsonWriter.h"

#include <QCoreApplication>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUuid>
#include <limits>
#include <memory>

namespace km {

namespace {
QJsonValue dateOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(SandboxStore::isoDate(utc)) : QJsonValue(QJsonValue::Null);
}

const QString uuidPattern = QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
const QString kmsKeyIdPattern = QStringLiteral("(?:%1|mrk-[0-9a-f]{32})").arg(uuidPattern);
const QString maintenanceMessage =
    QStringLiteral("The server is in maintenance mode while it re-encrypts secret keys. Try again when it has finished.");

// "GET", "PUT", … as the request line says it.
QString methodName(QHttpServerRequest::Method method)
{
    return QString::fromLatin1(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method))).toUpper();
}

bool matches(const QString &pattern, const QString &text, QRegularExpression::PatternOptions options = {})
{
    return QRegularExpression(QStringLiteral("\\A(?:%1)\\z").arg(pattern), options).match(text).hasMatch();
}

// The path as IIS compares it: lower case, without trailing slashes.
QString normalisedPath(QString path)
{
    path = path.toLower();
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

QString bearerToken(const QHttpServerRequest &request)
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    if (!header.toLower().startsWith("bearer "))
        return QString();
    return QString::fromLatin1(header.mid(7)).trimmed();
}
} // namespace

SandboxServer::SandboxServer(SandboxStore *store, RotationEngine *engine, SandboxOptions options, QObject *parent)
    : QAbstractHttpServer(parent), m_store(store), m_engine(engine), m_options(std::move(options)),
      m_random(m_options.randomSeed ? QRandomGenerator(m_options.randomSeed) : QRandomGenerator::securelySeeded()),
      m_maintenanceEnds(QDeadlineTimer(0)),
      m_secretKeys(SecretKeyRotation::Settings{m_options.secretKeySecrets, m_options.secretKeyRate, m_options.secretKeyCancelMs,
                                               m_options.secretKeyFailAfter, m_options.secretKeyPresenceReading, 1000,
                                               m_options.secretKeyCompleted, m_options.secretKeyCancelled, m_options.secretKeyFailed,
                                               m_options.secretKeyRunning})
{
    while (m_options.basePath.endsWith(QLatin1Char('/')))
        m_options.basePath.chop(1);
}

const QList<SandboxServer::Route> &SandboxServer::routes()
{
    using M = Method;
    static const QList<Route> table = {
        {QLatin1String("/oauth2/token"), {M::Post}, &SandboxServer::token, Access::Open},
        {QLatin1String("/api/v1/healthcheck"), {M::Get}, &SandboxServer::healthcheck, Access::Open},
        {QLatin1String("/api/v1/oauth-expiration"), {M::Post}, &SandboxServer::expireToken, Access::Api},
        {QLatin1String("/api/v1/version"), {M::Get}, &SandboxServer::version, Access::Api},
        {QLatin1String("/api/v1/nodes"), {M::Get}, &SandboxServer::nodes, Access::Api},
        {QLatin1String("/api/v2/configuration/backup-logs"), {M::Get}, &SandboxServer::backupLogs, Access::Api},
        {QLatin1String("/api/v1/key-management"), {M::Get, M::Put}, &SandboxServer::config, Access::Api},
        {QLatin1String("/api/v1/key-management/stub"), {M::Get}, &SandboxServer::stub, Access::Api},
        {QLatin1String("/api/v1/key-management/config/audit"), {M::Get}, &SandboxServer::configAudit, Access::Api},
        {QLatin1String("/api/v1/key-management/mekrotationinfo"), {M::Get}, &SandboxServer::rotationInfo, Access::Api},
        {QLatin1String("/api/v1/key-management/startmekrotation"), {M::Put}, &SandboxServer::startRotation, Access::Api},
        {QLatin1String("/api/v1/key-management/retrymekstatus"), {M::Put}, &SandboxServer::retryRotation, Access::Api},
        {QLatin1String("/api/v1/key-management/audit"), {M::Get}, &SandboxServer::rotationAudit, Access::Api},
        {QLatin1String("/api/v1/key-management/audit/users"), {M::Get}, &SandboxServer::auditUsers, Access::Api},
        {QLatin1String("/api/v1/configuration/security/rotate-secret-keys"), {M::Post}, &SandboxServer::rotateSecretKeys, Access::Api},
        {QLatin1String("/api/v1/configuration/security/rotate-secret-keys-status"),
         {M::Get},
         &SandboxServer::secretKeysStatus,
         Access::Api},
        {QLatin1String("/api/v1/configuration/security/cancel-rotate-secret-keys"),
         {M::Post},
         &SandboxServer::cancelSecretKeys,
         Access::Api},
        {QLatin1String("/sandbox/stats"), {M::Get}, &SandboxServer::stats, Access::TestControl},
        {QLatin1String("/sandbox/faults"), {M::Post}, &SandboxServer::faults, Access::TestControl},
        {QLatin1String("/sandbox/shutdown"), {M::Post}, &SandboxServer::shutdown, Access::TestControl},
        {QLatin1String("/identity/api/oauth2/token/xpmplatform"), {M::Post}, &SandboxServer::platformToken, Access::Platform},
        {QLatin1String("/vaultbroker/api/vaults"), {M::Get}, &SandboxServer::platformVaults, Access::Platform},
        {QLatin1String("/health"), {M::Get}, &SandboxServer::platformHealth, Access::Platform},
    };
    return table;
}

bool SandboxServer::isServed(const Route &route) const
{
    if (route.access == Access::TestControl)
        return m_options.testControls;
    if (route.access == Access::Platform)
        return m_options.servePlatform;
    if (route.handler == &SandboxServer::configAudit)
        return m_options.hasConfigAudit; // 11.2 has no configuration audit
    if (route.handler == &SandboxServer::version)
        return !m_options.versionText.isEmpty(); // --server-version none
    return true;
}

const SandboxServer::Route *SandboxServer::findRoute(const QString &path) const
{
    const QString &base = m_options.basePath;
    const bool underBase =
        path.startsWith(base, Qt::CaseInsensitive) && (path.size() == base.size() || path.at(base.size()) == QLatin1Char('/'));
    const QString sub = underBase ? normalisedPath(path.mid(base.size())) : QString();
    const QString atRoot = normalisedPath(path);
    for (const Route &r : routes()) {
        // The platform is another host on a real tenant: its paths are at the root, not under the base.
        const QString &candidate = r.access == Access::Platform ? atRoot : sub;
        if (candidate == r.path && isServed(r))
            return &r;
    }
    return nullptr;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const Route *found = findRoute(request.url().path());
    // Counted by route, never by the raw path, so that the counts stay bounded.
    const QString key = found && found->methods.contains(request.method()) ? methodName(request.method()) + QLatin1Char(' ') + found->path
                                                                           : QStringLiteral("other");
    m_requestCounts[key] += 1;
    m_openNow[key] += 1;
    m_openMax[key] = std::max(m_openMax.value(key), m_openNow.value(key));

    const Response response = route(request, found);
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    auto deliver = [this, responder, response, key, guard = QPointer<QTcpSocket>(socket)] {
        m_openNow[key] -= 1;
        const Response answer = response.afterHold ? response.afterHold() : response;
        if (guard) {
            responder->write(answer.body, answer.contentType, QHttpServerResponder::StatusCode(answer.status));
            // Hand the answer to the kernel now: left to the event loop, it would wait behind the
            // next request's work when a client asks for pages ahead.
            guard->flush();
        }
    };
    const int delay = m_options.latencyMs + response.holdMs;
    if (delay > 0)
        QTimer::singleShot(delay, this, deliver);
    else
        deliver();
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest answers everything.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

SandboxServer::Response SandboxServer::json(const QJsonValue &value, int status)
{
    Response r;
    r.status = status;
    if (value.isArray())
        r.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else if (value.isObject())
        r.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else // a bare value: QJsonDocument only holds objects and arrays
        r.body = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
    return r;
}

SandboxServer::Response SandboxServer::jsonBytes(QByteArray body)
{
    Response r;
    r.body = std::move(body);
    return r;
}

SandboxServer::Response SandboxServer::badRequest(const QString &message, const QMap<QString, QStringList> &modelState)
{
    QJsonObject body{{QStringLiteral("message"), message}};
    if (!modelState.isEmpty()) {
        QJsonObject state;
        for (auto it = modelState.begin(); it != modelState.end(); ++it)
            state.insert(it.key(), QJsonArray::fromStringList(it.value()));
        body.insert(QStringLiteral("modelState"), state);
        body.insert(QStringLiteral("messageDetail"), QStringLiteral("One or more fields are not valid."));
        body.insert(QStringLiteral("errorCode"), QStringLiteral("API_ValidationFailed"));
    }
    return json(body, 400);
}

SandboxServer::Response SandboxServer::forbidden(const QString &message)
{
    return json(QJsonObject{{QStringLiteral("message"), message}}, 403);
}

SandboxServer::Response SandboxServer::accessDenied(const QString &message) const
{
    // Published: 403 {message}. Live cloud tenants answer 400 with errorCode API_AccessDenied.
    if (m_options.accessDeniedStatus == 400)
        return json(QJsonObject{{QStringLiteral("message"), message}, {QStringLiteral("errorCode"), QStringLiteral("API_AccessDenied")}},
                    400);
    return forbidden(message);
}

SandboxServer::Response SandboxServer::serverError(const QString &message, const QString &exceptionMessage)
{
    return json(QJsonObject{{QStringLiteral("message"), message},
                            {QStringLiteral("exceptionMessage"), exceptionMessage},
                            {QStringLiteral("exceptionType"), QStringLiteral("System.Exception")},
                            {QStringLiteral("stackTrace"), QJsonValue::Null}},
                500);
}

SandboxServer::Params SandboxServer::parseForm(const QByteArray &encoded)
{
    Params params;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' '); // form encoding: '+' is a space, a real plus comes as %2B
        params.insert(QUrl::fromPercentEncoding(name).toLower(), QUrl::fromPercentEncoding(value));
    }
    return params;
}

QString SandboxServer::newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(m_random.bounded(256));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

SandboxServer::Response SandboxServer::route(const QHttpServerRequest &request, const Route *found)
{
    const Method method = request.method();
    if (!found) {
        return json(
            QJsonObject{{QStringLiteral("message"),
                         QStringLiteral("No HTTP resource was found that matches the request URI '%1'.").arg(request.url().path())}},
            404);
    }
    if (!found->methods.contains(method)) {
        return json(QJsonObject{{QStringLiteral("message"),
                                 QStringLiteral("The requested resource does not support http method '%1'.").arg(methodName(method))}},
                    405);
    }
    Call call{request, method, SandboxUser{}, parseForm(request.url().query(QUrl::FullyEncoded).toUtf8())};
    if (found->access != Access::Api)
        return (this->*found->handler)(call);

    // Injected faults come before authentication, as a failing server would.
    const QString faultKey = methodName(method) + QLatin1Char(' ') + found->path;
    if (m_failNext.value(faultKey) > 0 && m_passFirst.value(faultKey) > 0) {
        m_passFirst[faultKey] -= 1; // failNext after passFirst: a server that fails part-way
    } else if (m_failNext.value(faultKey) > 0) {
        m_failNext[faultKey] -= 1;
        return serverError(QStringLiteral("An error has occurred."), QStringLiteral("Injected fault (sandbox/faults)."));
    }
    if (m_options.failRate > 0 && m_random.generateDouble() < m_options.failRate)
        return serverError(QStringLiteral("An error has occurred."), QStringLiteral("Injected fault (--fail-rate)."));

    if (bearerToken(request).isEmpty())
        return forbidden(QStringLiteral("Authentication failed: no access token was sent."));
    bool expired = false;
    const int userId = sessionUserOf(request, &expired);
    if (expired)
        return forbidden(QStringLiteral("Authentication failed: the access token has expired."));
    if (!userId)
        return forbidden(QStringLiteral("Authentication failed: the access token is not valid."));
    call.user = SandboxUser::byId(userId);

    // Every PUT changes key management: it needs the permission, and waits out maintenance.
    if (method == Method::Put) {
        if (!call.user.administers)
            return accessDenied(QStringLiteral("You do not have the Administer Key Management permission."));
        if (inMaintenance())
            return badRequest(maintenanceMessage);
    }
    return (this->*found->handler)(call);
}

int SandboxServer::sessionUserOf(const QHttpServerRequest &request, bool *expired) const
{
    const QString token = bearerToken(request);
    *expired = false;
    if (token.isEmpty())
        return 0;
    const int userId = m_store->sessionUser(token, expired);
    if (*expired)
        m_store->removeSession(token);
    return userId;
}

SandboxServer::Response SandboxServer::token(const Call &call)
{
    auto oauthError = [](const QString &error, const QString &description) {
        return json(QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}}, 400);
    };
    const Params form = parseForm(call.request.body());
    const QString grant = form.value(QStringLiteral("grant_type"));
    int userId = 0;
    if (grant == QLatin1String("password")) {
        const QString name = form.value(QStringLiteral("username"));
        if (name.isEmpty() || !form.contains(QStringLiteral("password")))
            return oauthError(QStringLiteral("invalid_request"), QStringLiteral("username and password are required."));
        for (const SandboxUser &u : SandboxUser::passwordAccounts()) {
            if (u.userName.compare(name, Qt::CaseInsensitive) == 0 && form.value(QStringLiteral("password")) == m_options.password)
                userId = u.id;
        }
        if (!userId)
            return oauthError(QStringLiteral("invalid_grant"), QStringLiteral("Login failed: the user name or password is not correct."));
        // Two-factor sign-in as Secret Server does it for the API: the code, or "push", in an OTP
        // header. A refusal carries only the 2FA provider's own words, as a real server's does.
        if (userId == SandboxUser::adminId && !m_options.oneTimeCode.isEmpty()) {
            const QString otp = QString::fromUtf8(call.request.value(QByteArrayLiteral("OTP"))).trimmed();
            if (otp.compare(QLatin1String("push"), Qt::CaseInsensitive) == 0) {
                Response held;
                held.holdMs = m_options.pushDelayMs;
                held.afterHold = [this, userId] {
                    return m_options.pushApproves
                               ? issueTokens(userId)
                               : json(QJsonObject{{QStringLiteral("error"), QStringLiteral("Duo push was denied.")}}, 400);
                };
                return held;
            }
            if (otp != m_options.oneTimeCode)
                return json(QJsonObject{{QStringLiteral("error"), QStringLiteral("Invalid Duo pin code.")}}, 400);
        }
    } else if (grant == QLatin1String("refresh_token")) {
        if (!m_options.refreshTokens)
            return oauthError(QStringLiteral("invalid_grant"), QStringLiteral("Refresh tokens are not enabled on this server."));
        userId = m_store->takeRefreshToken(form.value(QStringLiteral("refresh_token")));
        if (!userId)
            return oauthError(QStringLiteral("invalid_grant"), QStringLiteral("The refresh token is not valid or was already used."));
    } else {
        return oauthError(QStringLiteral("unsupported_grant_type"), QStringLiteral("grant_type must be password or refresh_token."));
    }
    return issueTokens(userId);
}

SandboxServer::Response SandboxServer::issueTokens(int userId)
{
    const QString access = newToken();
    m_store->saveSession(access, userId, QDateTime::currentDateTimeUtc().addSecs(m_options.tokenTtlSeconds), false);
    QJsonObject body{{QStringLiteral("access_token"), access},
                     {QStringLiteral("token_type"), QStringLiteral("bearer")},
                     {QStringLiteral("expires_in"), m_options.tokenTtlSeconds}};
    if (m_options.refreshTokens) {
        const QString refresh = newToken();
        m_store->saveSession(refresh, userId, QDateTime(), true);
        body.insert(QStringLiteral("refresh_token"), refresh);
    }
    return json(body);
}

// HealthCheckModel, as 11.2.2 publishes it. --unhealthy makes the named parts unhealthy, and the
// whole server with them (the record does not say how `healthy` follows its parts).
SandboxServer::Response SandboxServer::healthcheck(const Call &)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool database = !m_options.unhealthy.contains(QLatin1String("database"));
    const bool serviceBus = !m_options.unhealthy.contains(QLatin1String("servicebus"));
    const bool storage = !m_options.unhealthy.contains(QLatin1String("storage"));
    return json(QJsonObject{{QStringLiteral("healthy"), database && serviceBus && storage},
                            {QStringLiteral("databaseHealthy"), database},
                            {QStringLiteral("serviceBusHealthy"), serviceBus},
                            {QStringLiteral("storageAccountHealthy"), storage},
                            {QStringLiteral("databaseMismatch"), false},
                            {QStringLiteral("readOnlyMode"), false},
                            {QStringLiteral("scheduledForDeletion"), false},
                            {QStringLiteral("now"), now.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("utcNow"), SandboxStore::isoDate(now)}});
}

// ServerNodeModel[]: one connected node per --node-versions entry (the first is the one answering),
// and with --node-down one more, last connected two hours ago. Administrators only (the record
// does not say which permission reads it).
SandboxServer::Response SandboxServer::nodes(const Call &call)
{
    if (!call.user.administers)
        return accessDenied(QStringLiteral("You do not have the permission to view server nodes."));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList versions = m_options.nodeVersions;
    if (versions.isEmpty())
        versions << (m_options.versionText.isEmpty() ? QStringLiteral("11.7.000061") : m_options.versionText);
    QList<QDateTime> connected(versions.size(), now.addSecs(-30));
    if (m_options.nodeDown) {
        versions << versions.first();
        connected << now.addSecs(-2LL * 3600);
    }
    QJsonArray list;
    for (qsizetype i = 0; i < versions.size(); ++i) {
        list.append(QJsonObject{{QStringLiteral("nodeId"), int(i + 1)},
                                {QStringLiteral("machineName"), QStringLiteral("SS-NODE-%1").arg(i + 1)},
                                {QStringLiteral("binaryVersion"), versions.at(i)},
                                {QStringLiteral("database"), QStringLiteral("SecretServer")},
                                {QStringLiteral("isCurrentNode"), i == 0},
                                {QStringLiteral("inCluster"), true},
                                {QStringLiteral("lastConnected"), SandboxStore::isoDate(connected.at(i))},
                                {QStringLiteral("enableBackgroundWorker"), true},
                                {QStringLiteral("enableEngineWorker"), true},
                                {QStringLiteral("enableSessionRecordingWorker"), false},
                                {QStringLiteral("readonlyModeEnabled"), false},
                                {QStringLiteral("logLevel"), QStringLiteral("Info")}});
    }
    return json(list);
}

// VersionSummary, as 11.2.2 publishes it.
SandboxServer::Response SandboxServer::version(const Call &)
{
    return json(QJsonObject{{QStringLiteral("version"), m_options.versionText}});
}

SandboxServer::Response SandboxServer::expireToken(const Call &call)
{
    m_store->removeSession(bearerToken(call.request));
    return json(QJsonValue(true)); // published: a bare boolean
}

int SandboxServer::typeIdOf(int kind) const
{
    return kind == SandboxStore::KindAws     ? m_options.typeIdAws
           : kind == SandboxStore::KindAzure ? m_options.typeIdAzure
                                             : m_options.typeIdNone;
}

int SandboxServer::kindOfTypeId(int typeId) const
{
    if (typeId == m_options.typeIdNone)
        return SandboxStore::KindNone;
    if (typeId == m_options.typeIdAws)
        return SandboxStore::KindAws;
    if (typeId == m_options.typeIdAzure)
        return SandboxStore::KindAzure;
    return -1;
}

QString SandboxServer::typeNameOf(int kind) const
{
    return kind == SandboxStore::KindAws     ? m_options.awsTypeName
           : kind == SandboxStore::KindAzure ? m_options.azureTypeName
                                             : QStringLiteral("None");
}

// After a save: until both --maintenance-ms and the secret-key rotation have ended.
bool SandboxServer::inMaintenance() const
{
    return !m_maintenanceEnds.hasExpired() || m_secretKeys.isRunning();
}

// Exactly the published KeyManagementConfigModel: no Azure settings (a real server never reports
// them) and the secret always null.
SandboxServer::Response SandboxServer::configResponse(const SandboxStore::Config &c) const
{
    return json(QJsonObject{
        {QStringLiteral("keyManagementConfigId"), c.configId},
        {QStringLiteral("keyManagementTypeId"), typeIdOf(c.kind)},
        {QStringLiteral("keyManagementTypeName"), typeNameOf(c.kind)},
        {QStringLiteral("awsKmsAccessKeyId"), c.awsAccessKeyId},
        {QStringLiteral("awsKmsKeyArn"), c.awsKeyArn},
        {QStringLiteral("awsKmsKeyId"), c.awsKeyId},
        {QStringLiteral("awsKmsSecretAccessKey"), QJsonValue::Null},
    });
}

SandboxServer::Response SandboxServer::config(const Call &call)
{
    return call.method == Method::Put ? putConfig(call) : configResponse(m_store->config());
}

SandboxServer::Response SandboxServer::stub(const Call &)
{
    return configResponse(SandboxStore::Config{});
}

// Replace-all, as the PowerShell module reads the API: a field left out or empty is cleared,
// secrets included (unless --put-keeps-blank-secrets), and then the whole is validated.
SandboxServer::Response SandboxServer::putConfig(const Call &call)
{
    if (m_engine->isActive())
        return badRequest(
            QStringLiteral("The key management configuration cannot change while a master encryption key rotation is in progress."));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(call.request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return badRequest(QStringLiteral("The request body is not a JSON object."));
    const QJsonObject body = doc.object();
    QMap<QString, QStringList> errors;

    auto text = [&](const char *name) {
        const QString key = QLatin1String(name);
        const QJsonValue v = body.value(key);
        if (v.isUndefined() || v.isNull())
            return QString();
        if (!v.isString()) {
            errors[key] << QStringLiteral("Must be a string.");
            return QString();
        }
        return v.toString().trimmed();
    };
    const QJsonValue typeValue = body.value(QLatin1String("keyManagementTypeId"));
    const double typeNumber = typeValue.toDouble(-1);
    const int kind =
        typeValue.isDouble() && typeNumber >= 0 && typeNumber <= std::numeric_limits<int>::max() && typeNumber == double(int(typeNumber))
            ? kindOfTypeId(int(typeNumber))
            : -1;
    if (kind < 0)
        return badRequest(QStringLiteral("The request is invalid."),
                          {{QStringLiteral("keyManagementTypeId"),
                            {QStringLiteral("keyManagementTypeId must be one of %1 (None), %2 (%3) or %4 (%5).")
                                 .arg(m_options.typeIdNone)
                                 .arg(m_options.typeIdAws)
                                 .arg(m_options.awsTypeName)
                                 .arg(m_options.typeIdAzure)
                                 .arg(m_options.azureTypeName)}}});

    const SandboxStore::Config old = m_store->config();
    SandboxStore::Config c;
    c.configId = old.configId + 1;
    c.kind = kind;
    auto require = [&](const QString &key, const QString &value, const QString &pattern, const QString &rule,
                       QRegularExpression::PatternOptions options = {}) {
        if (errors.contains(key))
            return;
        if (value.isEmpty())
            errors[key] << QStringLiteral("Required for %1.").arg(typeNameOf(kind));
        else if (!pattern.isEmpty() && !matches(pattern, value, options))
            errors[key] << rule;
    };
    // A secret sent is digested; one left out is required, or kept with --put-keeps-blank-secrets.
    auto secret = [&](const char *name, const QString &storedDigest, const QString &pattern, const QString &rule) {
        const QString sent = text(name);
        if (sent.isEmpty() && m_options.putKeepsBlankSecrets && old.kind == kind && !storedDigest.isEmpty())
            return storedDigest;
        require(QLatin1String(name), sent, pattern, rule);
        return SecretDigest::matches(storedDigest, sent) ? storedDigest : SecretDigest::of(sent);
    };
    if (kind == SandboxStore::KindAws) {
        c.awsAccessKeyId = text("awsKmsAccessKeyId");
        c.awsKeyArn = text("awsKmsKeyArn");
        c.awsKeyId = text("awsKmsKeyId");
        require(QStringLiteral("awsKmsAccessKeyId"), c.awsAccessKeyId, QStringLiteral("(?:AKIA|ASIA)[A-Z0-9]{16}"),
                QStringLiteral("An access key id is 20 upper-case letters and digits starting with AKIA or ASIA."));
        require(QStringLiteral("awsKmsKeyId"), c.awsKeyId, kmsKeyIdPattern,
                QStringLiteral("A key id is a UUID or a multi-Region key id (mrk- and 32 hex digits)."));
        require(QStringLiteral("awsKmsKeyArn"), c.awsKeyArn,
                QStringLiteral("arn:aws(?:-cn|-us-gov)?:kms:[a-z]{2}(?:-[a-z]+)+-\\d:\\d{12}:key/") + kmsKeyIdPattern,
                QStringLiteral("A key ARN has the form arn:aws:kms:REGION:ACCOUNT:key/KEY-ID."));
        if (!errors.contains(QStringLiteral("awsKmsKeyArn")) && !errors.contains(QStringLiteral("awsKmsKeyId"))
            && !c.awsKeyArn.endsWith(QLatin1String(":key/") + c.awsKeyId))
            errors[QStringLiteral("awsKmsKeyArn")] << QStringLiteral("The key ARN names a different key than the key id.");
        c.awsSecretDigest = secret("awsKmsSecretAccessKey", old.awsSecretDigest, QStringLiteral("[A-Za-z0-9/+=]{40}"),
                                   QStringLiteral("A secret access key is 40 characters of letters, digits, /, + and =."));
    } else if (kind == SandboxStore::KindAzure) {
        c.azureBaseUrl = text("azureKeyVaultBaseUrl");
        c.azureKeyName = text("azureKeyVaultKeyName");
        c.azureKeyVersion = text("azureKeyVaultKeyVersion"); // empty: the latest version
        c.azurePrincipalId = text("azureKeyVaultPrincipalId");
        require(QStringLiteral("azureKeyVaultBaseUrl"), c.azureBaseUrl,
                QStringLiteral("https://[a-z0-9-]{3,24}\\.(?:vault\\.azure\\.net|managedhsm\\.azure\\.net)/?"),
                QStringLiteral("The vault URL has the form https://NAME.vault.azure.net/ (or NAME.managedhsm.azure.net)."),
                QRegularExpression::CaseInsensitiveOption);
        require(QStringLiteral("azureKeyVaultKeyName"), c.azureKeyName, QStringLiteral("[A-Za-z0-9-]{1,127}"),
                QStringLiteral("A key name is 1 to 127 letters, digits and dashes."));
        if (!c.azureKeyVersion.isEmpty() && !matches(QStringLiteral("[0-9a-fA-F]{32}"), c.azureKeyVersion))
            errors[QStringLiteral("azureKeyVaultKeyVersion")] << QStringLiteral("A key version is 32 hex digits, or empty for the latest.");
        require(QStringLiteral("azureKeyVaultPrincipalId"), c.azurePrincipalId, uuidPattern,
                QStringLiteral("The principal (client) id is a GUID."), QRegularExpression::CaseInsensitiveOption);
        c.azureSecretDigest = secret("azureKeyVaultPrincipalSecret", old.azureSecretDigest, QString(), QString());
    }
    if (!errors.isEmpty())
        return badRequest(QStringLiteral("The key management configuration is not valid."), errors);

    // The audit says what changed, never a secret's value.
    QStringList changed;
    auto note = [&](const QString &label, const QString &before, const QString &after) {
        if (before != after)
            changed << label;
    };
    note(QStringLiteral("access key id"), old.awsAccessKeyId, c.awsAccessKeyId);
    note(QStringLiteral("key ARN"), old.awsKeyArn, c.awsKeyArn);
    note(QStringLiteral("key id"), old.awsKeyId, c.awsKeyId);
    note(QStringLiteral("secret access key"), old.awsSecretDigest, c.awsSecretDigest);
    note(QStringLiteral("vault URL"), old.azureBaseUrl, c.azureBaseUrl);
    note(QStringLiteral("key name"), old.azureKeyName, c.azureKeyName);
    note(QStringLiteral("key version"), old.azureKeyVersion, c.azureKeyVersion);
    note(QStringLiteral("principal id"), old.azurePrincipalId, c.azurePrincipalId);
    note(QStringLiteral("principal secret"), old.azureSecretDigest, c.azureSecretDigest);
    QString notes = old.kind != c.kind ? QStringLiteral("Type changed from %1 to %2.").arg(typeNameOf(old.kind), typeNameOf(c.kind))
                                       : QStringLiteral("Type %1 kept.").arg(typeNameOf(c.kind));
    notes +=
        changed.isEmpty() ? QStringLiteral(" No field changed.") : QStringLiteral(" Changed: %1.").arg(changed.join(QStringLiteral(", ")));
    if (!m_store->saveConfig(c, notes, call.user))
        return serverError(QStringLiteral("An error has occurred."), QStringLiteral("The configuration could not be stored."));
    // A real server now re-encrypts every secret key in maintenance mode: a secret-key rotation
    // over --secrets (none by default: it ends at once), and --maintenance-ms at least.
    if (m_options.maintenanceMs > 0)
        m_maintenanceEnds = QDeadlineTimer(m_options.maintenanceMs);
    m_secretKeys.start();
    return configResponse(m_store->config());
}

namespace {
struct Paging
{
    qint64 skip = 0;
    int take = 50;
    SandboxStore::SortColumn sort;
    bool descending = true;
    bool sorted = true; // false with --ignore-sort: echo no sortBy
};

// A whole number in [min, max] (the published int32), or a modelState entry.
qint64 readNumber(const QHash<QString, QString> &params, const char *name, const char *field, qint64 min, qint64 max, qint64 fallback,
                  QMap<QString, QStringList> &errors)
{
    const QString key = QLatin1String(name);
    if (!params.contains(key))
        return fallback;
    bool ok = false;
    const qint64 v = params.value(key).toLongLong(&ok);
    if (ok && v >= min && v <= max)
        return v;
    errors[QLatin1String(field)] << QStringLiteral("%1 must be a whole number from %2 to %3.").arg(QLatin1String(field)).arg(min).arg(max);
    return fallback;
}

constexpr qint64 int32Min = std::numeric_limits<qint32>::min();
constexpr qint64 int32Max = std::numeric_limits<qint32>::max();

// skip/take/sortBy[0].* as the API takes them; a bad value is a modelState entry.
Paging readPaging(const QHash<QString, QString> &params, const QString &defaultSort,
                  bool (*sortOf)(const QString &, SandboxStore::SortColumn *), const SandboxOptions &options,
                  QMap<QString, QStringList> &errors)
{
    Paging p;
    p.skip = readNumber(params, "skip", "skip", 0, int32Max, 0, errors);
    p.take = int(readNumber(params, "take", "take", 1, options.maxTake, 50, errors));
    if (options.ignoreSort) {
        // A server that does not sort: its own stable order, and it says it applied no sort.
        p.sort = {QStringLiteral("id"), QStringLiteral("id")};
        p.descending = false;
        p.sorted = false;
        return p;
    }
    QString name = params.value(QStringLiteral("sortby[0].name"));
    if (name.isEmpty())
        name = defaultSort;
    if (!sortOf(name, &p.sort))
        errors[QStringLiteral("sortBy[0].name")] << QStringLiteral("Cannot sort by \"%1\".").arg(name.left(60));
    const QString direction = params.value(QStringLiteral("sortby[0].direction")).toLower();
    if (direction == QLatin1String("asc"))
        p.descending = false;
    else if (direction == QLatin1String("desc"))
        p.descending = true;
    else if (direction.isEmpty() || direction == QLatin1String("none"))
        p.descending = name.compare(defaultSort, Qt::CaseInsensitive) == 0; // default: newest first
    else
        errors[QStringLiteral("sortBy[0].direction")] << QStringLiteral("direction must be None, Asc or Desc.");
    readNumber(params, "sortby[0].priority", "sortBy[0].priority", int32Min, int32Max, 0, errors);
    return p;
}

// The paging envelope around records already written as JSON.
QByteArray envelope(const Paging &p, const SandboxStore::PageResult &page)
{
    const qint64 total = page.total;
    const bool hasNext = p.skip + p.take < total;
    QByteArray out;
    out.reserve(page.recordsJson.size() + 512);
    JsonWriter w(&out);
    w.beginObject();
    w.key(QLatin1String("records"));
    w.raw(page.recordsJson);
    const std::pair<const char *, qint64> numbers[] = {
        {"total", total},
        {"skip", p.skip},
        {"take", p.take},
        {"nextSkip", hasNext ? p.skip + p.take : p.skip},
        {"prevSkip", std::max<qint64>(0, p.skip - p.take)},
        {"currentPage", p.skip / p.take + 1},
        {"pageCount", (total + p.take - 1) / p.take},
        {"batchCount", page.count},
    };
    for (const auto &[name, number] : numbers) {
        w.key(QLatin1String(name));
        w.value(number);
    }
    w.key(QLatin1String("hasNext"));
    w.value(hasNext);
    w.key(QLatin1String("hasPrev"));
    w.value(p.skip > 0);
    w.key(QLatin1String("success"));
    w.value(true);
    w.key(QLatin1String("severity"));
    w.value(QLatin1String("None"));
    w.key(QLatin1String("sortBy"));
    w.beginArray();
    if (p.sorted) {
        w.beginObject();
        w.key(QLatin1String("name"));
        w.value(p.sort.apiName);
        w.key(QLatin1String("direction"));
        w.value(p.descending ? QLatin1String("Desc") : QLatin1String("Asc"));
        w.key(QLatin1String("priority"));
        w.value(0);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return out;
}

// Free text as typed, or a modelState entry: a NUL or another control character (tab, newline
// and carriage return apart, which the data holds) would make SQLite's matching cut the term
// short and match the wrong rows, so it is refused.
QString readSearchText(const QHash<QString, QString> &params, const char *name, const char *field, QMap<QString, QStringList> &errors)
{
    QString text = params.value(QLatin1String(name));
    for (const QChar ch : std::as_const(text)) {
        if ((ch.unicode() < 0x20 && ch != QLatin1Char('\t') && ch != QLatin1Char('\n') && ch != QLatin1Char('\r'))
            || ch.unicode() == 0x7f) {
            errors[QLatin1String(field)] << QStringLiteral("%1 must not contain control characters other than tab, "
                                                           "newline and carriage return.")
                                                .arg(QLatin1String(field));
            return QString();
        }
    }
    return text;
}
} // namespace

SandboxServer::Response SandboxServer::configAudit(const Call &call)
{
    QMap<QString, QStringList> errors;
    const Paging p = readPaging(call.params, QStringLiteral("dateRecorded"), &SandboxStore::configAuditSort, m_options, errors);
    const QString searchText = readSearchText(call.params, "filter.searchtext", "filter.searchText", errors);
    if (!errors.isEmpty())
        return badRequest(QStringLiteral("The request is invalid."), errors);
    const auto page = m_store->queryConfigAudit(searchText, p.sort.column, p.descending, p.skip, p.take);
    return jsonBytes(envelope(p, page));
}

SandboxServer::Response SandboxServer::rotationAudit(const Call &call)
{
    const Params &params = call.params;
    QMap<QString, QStringList> errors;
    const Paging p = readPaging(params, QStringLiteral("date"), &SandboxStore::rotationAuditSort, m_options, errors);
    SandboxStore::AuditQuery q;
    q.action = params.value(QStringLiteral("filter.action"));
    q.searchTerm = readSearchText(params, "filter.searchterm", "filter.searchTerm", errors);
    if (!params.value(QStringLiteral("filter.userid")).isEmpty()) {
        q.userId = int(readNumber(params, "filter.userid", "filter.userId", int32Min, int32Max, 0, errors));
        q.hasUserId = true;
    }
    const QString date = params.value(QStringLiteral("filter.date"));
    if (!date.isEmpty()) {
        // Published as a date-time; a bare date is taken too. The day of its instant in UTC, or,
        // with --date-filter-local-offset, its wall clock read as local time (its offset ignored).
        const QDateTime when = date.size() > 10 ? QDateTime::fromString(date, Qt::ISODate) : QDateTime();
        q.date = date.size() > 10 ? (m_options.dateFilterLocal ? when.date() : when.toUTC().date()) : QDate::fromString(date, Qt::ISODate);
        if (!q.date.isValid() || (date.size() > 10 && !when.isValid()))
            errors[QStringLiteral("filter.date")] << QStringLiteral("date must be a date-time (ISO 8601) or a date as YYYY-MM-DD.");
        if (m_options.dateFilterLocal)
            q.dateShiftSeconds = qint64(m_options.dateFilterLocalOffsetHours) * 3600;
    }
    const QString exporting = params.value(QStringLiteral("isexporting")).toLower();
    if (!exporting.isEmpty() && exporting != QLatin1String("true") && exporting != QLatin1String("false"))
        errors[QStringLiteral("isExporting")] << QStringLiteral("isExporting must be true or false.");
    if (!errors.isEmpty())
        return badRequest(QStringLiteral("The request is invalid."), errors);
    q.sortColumn = p.sort.column;
    q.descending = p.descending;
    q.skip = p.skip;
    q.take = p.take;
    return jsonBytes(envelope(p, m_options.referenceQueries ? m_store->referenceRotationAudit(q) : m_store->queryRotationAudit(q)));
}

SandboxServer::Response SandboxServer::auditUsers(const Call &)
{
    return json(m_store->rotationAuditUsers());
}

SandboxServer::Response SandboxServer::rotationInfo(const Call &call)
{
    const SandboxUser &user = call.user;
    const SandboxStore::Rotation r = m_engine->state();
    const bool active = m_engine->isActive();
    const bool failed = r.processState == QLatin1String("Failed");
    const bool maintenance = inMaintenance();
    const bool canRequest = user.administers && !active && !failed && !m_engine->replicationEnabled() && !maintenance;
    QString warning;
    if (maintenance)
        warning = QStringLiteral("The server is in maintenance mode while it re-encrypts secret keys with the new key "
                                 "management configuration: master encryption key rotation must wait until it has finished.");
    else if (m_engine->replicationEnabled())
        warning = QStringLiteral("Geo-replication is enabled: master encryption key rotation is not allowed until it is turned off.");
    else if (canRequest)
        warning = QStringLiteral("Rotating the master encryption key re-encrypts every secret and restarts the application. "
                                 "Back up the database and encryption.config on every node first.");
    return json(QJsonObject{
        {QStringLiteral("canRequestRotation"), canRequest},
        {QStringLiteral("canRetryStatus"), user.administers && failed && !maintenance},
        {QStringLiteral("hasPermission"), user.administers},
        {QStringLiteral("isReplicationEnabled"), m_engine->replicationEnabled()},
        {QStringLiteral("pollInfo"), active},
        {QStringLiteral("showBackupConfirmation"), !r.completedOnce},
        {QStringLiteral("itemsToRotate"), r.itemsToRotate},
        {QStringLiteral("totalItems"), r.totalItems},
        {QStringLiteral("warningMessage"), warning},
        {QStringLiteral("errorMessage"), r.errorMessage},
        {QStringLiteral("processState"), r.processState},
        {QStringLiteral("rotationInfo"),
         QJsonObject{
             {QStringLiteral("status"), RotationEngine::statusName(r.status)},
             {QStringLiteral("statusValue"), r.status},
             {QStringLiteral("startedDateUtc"), dateOrNull(r.started)},
             {QStringLiteral("lastEndDateUtc"), dateOrNull(r.lastEnd)},
             {QStringLiteral("statusUpdatedDateUtc"), dateOrNull(r.statusUpdated)},
         }},
    });
}

SandboxServer::Response SandboxServer::startRotation(const Call &call)
{
    const QString refusal = m_engine->start(call.user);
    return refusal.isEmpty() ? rotationInfo(call) : badRequest(refusal);
}

SandboxServer::Response SandboxServer::retryRotation(const Call &call)
{
    const QString refusal = m_engine->retry(call.user);
    return refusal.isEmpty() ? rotationInfo(call) : badRequest(refusal);
}

// RotateSecretKeysStatusModel for every user who may read key management; starting and
// cancelling need the permission. A start is refused while one runs or in maintenance; a cancel
// when none runs.
SandboxServer::Response SandboxServer::secretKeysStatus(const Call &)
{
    return json(m_secretKeys.status());
}

SandboxServer::Response SandboxServer::rotateSecretKeys(const Call &call)
{
    if (!call.user.administers)
        return accessDenied(QStringLiteral("You do not have the Administer Key Management permission."));
    if (!m_secretKeys.isRunning() && inMaintenance())
        return badRequest(maintenanceMessage);
    const QString refusal = m_secretKeys.start();
    return refusal.isEmpty() ? json(m_secretKeys.status()) : badRequest(refusal);
}

SandboxServer::Response SandboxServer::cancelSecretKeys(const Call &call)
{
    if (!call.user.administers)
        return accessDenied(QStringLiteral("You do not have the Administer Key Management permission."));
    const QString refusal = m_secretKeys.cancel();
    return refusal.isEmpty() ? json(m_secretKeys.status()) : badRequest(refusal);
}

SandboxServer::Response SandboxServer::stats(const Call &)
{
    QJsonObject counts, open;
    for (auto it = m_requestCounts.begin(); it != m_requestCounts.end(); ++it)
        counts.insert(it.key(), it.value());
    for (auto it = m_openMax.begin(); it != m_openMax.end(); ++it)
        open.insert(it.key(), it.value());
    return json(QJsonObject{{QStringLiteral("requests"), counts}, {QStringLiteral("maxOpen"), open}});
}

// Test control: ends the sandbox as SIGTERM does (the store closes), where a test runner has no
// SIGTERM to send: on Windows, and for a Linux kmsandbox that Wine started for a Windows test.
SandboxServer::Response SandboxServer::shutdown(const Call &)
{
    QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
    return json(QJsonObject{{QStringLiteral("stopping"), true}}, 202);
}

// Test and demo control: {"failRate": 0.5, "latencyMs": 300, "tokenTtl": 5, "failAt": "MarkDataStarted",
// "replication": true, "failNext": {"PUT /api/v1/key-management": 1}, "passFirst": {"GET /api/v1/...": 2}
// (the failures of failNext begin after that many requests pass), "expireTokens": true,
// "revokeRefreshTokens": true, "resetCounts": true, "referenceQueries": true, "stepMs": 10}
SandboxServer::Response SandboxServer::faults(const Call &call)
{
    const QJsonObject o = QJsonDocument::fromJson(call.request.body()).object();
    if (o.contains(QLatin1String("failRate")))
        m_options.failRate = o.value(QLatin1String("failRate")).toDouble();
    if (o.contains(QLatin1String("latencyMs")))
        m_options.latencyMs = o.value(QLatin1String("latencyMs")).toInt();
    if (o.contains(QLatin1String("tokenTtl")))
        m_options.tokenTtlSeconds = o.value(QLatin1String("tokenTtl")).toInt();
    if (o.contains(QLatin1String("referenceQueries")))
        m_options.referenceQueries = o.value(QLatin1String("referenceQueries")).toBool();
    if (o.contains(QLatin1String("stepMs"))) {
        const int stepMs = o.value(QLatin1String("stepMs")).toInt();
        if (stepMs < 1)
            return badRequest(QStringLiteral("stepMs must be 1 or more."));
        m_engine->setStepMs(stepMs);
    }
    if (o.contains(QLatin1String("replication")))
        m_engine->setReplicationEnabled(o.value(QLatin1String("replication")).toBool());
    // The secret-key rotations started from now: how many secrets, how fast (0 and 1000 by default).
    if (o.contains(QLatin1String("secretKeySecrets")))
        m_secretKeys.settings().secrets = std::max(0, o.value(QLatin1String("secretKeySecrets")).toInt());
    if (o.contains(QLatin1String("secretKeyRate")))
        m_secretKeys.settings().ratePerSecond = std::max(1, o.value(QLatin1String("secretKeyRate")).toInt());
    if (o.contains(QLatin1String("failAt"))) {
        const int status = RotationEngine::statusFromName(o.value(QLatin1String("failAt")).toString());
        if (status < 0)
            return badRequest(QStringLiteral("Unknown status for failAt."));
        m_engine->setFailAt(status);
    }
    const QJsonObject passFirst = o.value(QLatin1String("passFirst")).toObject();
    for (auto it = passFirst.begin(); it != passFirst.end(); ++it)
        m_passFirst[it.key().section(QLatin1Char(' '), 0, 0).toUpper() + QLatin1Char(' ')
                    + it.key().section(QLatin1Char(' '), 1).toLower()] = it.value().toInt();
    const QJsonObject failNext = o.value(QLatin1String("failNext")).toObject();
    for (auto it = failNext.begin(); it != failNext.end(); ++it)
        m_failNext[it.key().section(QLatin1Char(' '), 0, 0).toUpper() + QLatin1Char(' ')
                   + it.key().section(QLatin1Char(' '), 1).toLower()] = it.value().toInt();
    m_store->clearSessions(o.value(QLatin1String("expireTokens")).toBool(), o.value(QLatin1String("revokeRefreshTokens")).toBool());
    if (o.value(QLatin1String("resetCounts")).toBool()) {
        m_requestCounts.clear();
        m_openMax.clear();
    }
    return json(QJsonObject{{QStringLiteral("success"), true}});
}

// The Delinea Platform's client-credentials grant: its token stands for the platform service
// account, which administers key management in the vault.
SandboxServer::Response SandboxServer::platformToken(const Call &call)
{
    auto oauthError = [](const QString &error, const QString &description) {
        return json(QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}}, 400);
    };
    const Params form = parseForm(call.request.body());
    if (form.value(QStringLiteral("grant_type")) != QLatin1String("client_credentials"))
        return oauthError(QStringLiteral("unsupported_grant_type"), QStringLiteral("grant_type must be client_credentials."));
    if (form.value(QStringLiteral("client_id")) != m_options.platformClientId
        || form.value(QStringLiteral("client_secret")) != m_options.platformClientSecret)
        return oauthError(QStringLiteral("invalid_client"), QStringLiteral("The client id or client secret is not correct."));
    if (!form.value(QStringLiteral("scope")).split(QLatin1Char(' ')).contains(QStringLiteral("xpmheadless")))
        return oauthError(QStringLiteral("invalid_scope"), QStringLiteral("The scope must be xpmheadless."));
    const QString access = newToken();
    m_store->saveSession(access, SandboxUser::platformServiceId, QDateTime::currentDateTimeUtc().addSecs(m_options.tokenTtlSeconds), false);
    return json(QJsonObject{{QStringLiteral("access_token"), access},
                            {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                            {QStringLiteral("expires_in"), m_options.tokenTtlSeconds}});
}

// The vault list as public SDKs read it (vaults[].connection.url, isDefault, isActive); every
// vault is this same sandbox.
SandboxServer::Response SandboxServer::platformVaults(const Call &call)
{
    bool expired = false;
    const int userId = sessionUserOf(call.request, &expired);
    if (!userId)
        return json(QJsonObject{{QStringLiteral("message"), QStringLiteral("Authorization has been denied for this request.")}}, 401);
    if (userId != SandboxUser::platformServiceId)
        return forbidden(QStringLiteral("Only a platform token may list the vaults."));
    QJsonArray vaults;
    for (int i = 1; i <= m_options.platformVaults; ++i) {
        const QUuid id = QUuid::createUuidV5(QUuid(QStringLiteral("{6ba7b811-9dad-11d1-80b4-00c04fd430c8}")),
                                             QStringLiteral("kmsandbox-vault-%1").arg(i));
        vaults.append(QJsonObject{
            {QStringLiteral("vaultId"), id.toString(QUuid::WithoutBraces)},
            {QStringLiteral("name"), i == 1 ? QStringLiteral("Secret Server") : QStringLiteral("Secret Server %1").arg(i)},
            {QStringLiteral("type"), QStringLiteral("SecretServer")},
            {QStringLiteral("isDefault"), i == 1},
            {QStringLiteral("isActive"), true},
            {QStringLiteral("connection"), QJsonObject{{QStringLiteral("url"), m_rootUrl + m_options.basePath}}},
        });
    }
    return json(QJsonObject{{QStringLiteral("vaults"), vaults}});
}

SandboxServer::Response SandboxServer::platformHealth(const Call &)
{
    return json(QJsonObject{{QStringLiteral("healthy"), true}});
}

// IPagingOfBackupLogViewModel: `records` and `sortBy`, nothing else (as published). One backup a
// day back from the newest (--backup-age-hours old), every third one failed; with "none" every one
// failed. Sorted by backupTime only; --ignore-sort answers oldest first and echoes no sortBy.
// Administrators only.
SandboxServer::Response SandboxServer::backupLogs(const Call &call)
{
    if (!call.user.administers)
        return accessDenied(QStringLiteral("You do not have the permission to view backup logs."));
    QMap<QString, QStringList> errors;
    const qint64 skip = readNumber(call.params, "skip", "skip", 0, int32Max, 0, errors);
    const qint64 take = readNumber(call.params, "take", "take", 1, m_options.maxTake, 50, errors);
    readNumber(call.params, "sortby[0].priority", "sortBy[0].priority", int32Min, int32Max, 0, errors);
    bool descending = true;
    if (!m_options.ignoreSort) {
        const QString name = call.params.value(QStringLiteral("sortby[0].name"));
        if (!name.isEmpty() && name.compare(QLatin1String("backupTime"), Qt::CaseInsensitive) != 0)
            errors[QStringLiteral("sortBy[0].name")] << QStringLiteral("Cannot sort by \"%1\".").arg(name.left(60));
        const QString direction = call.params.value(QStringLiteral("sortby[0].direction")).toLower();
        if (direction == QLatin1String("asc"))
            descending = false;
        else if (!direction.isEmpty() && direction != QLatin1String("desc") && direction != QLatin1String("none"))
            errors[QStringLiteral("sortBy[0].direction")] << QStringLiteral("direction must be None, Asc or Desc.");
    }
    if (!errors.isEmpty())
        return badRequest(QStringLiteral("The request is invalid."), errors);
    const QDateTime newest = QDateTime::currentDateTimeUtc().addSecs(-3600LL * std::max(0, m_options.backupAgeHours));
    const int count = m_options.backupLogSize;
    QJsonArray records;
    for (qint64 position = skip; position < std::min<qint64>(count, skip + take); ++position) {
        // age: 0 is the newest; without a sort the log comes oldest first.
        const int age = int(descending && !m_options.ignoreSort ? position : count - 1 - position);
        const bool success = m_options.backupAgeHours >= 0 && age % 3 != 1;
        records.append(
            QJsonObject{{QStringLiteral("backupTime"), SandboxStore::isoDate(newest.addDays(-age))},
                        {QStringLiteral("displayName"), QStringLiteral("System")},
                        {QStringLiteral("success"), success},
                        {QStringLiteral("notes"), success ? QStringLiteral("Database backup completed.")
                                                          : QStringLiteral("Backup failed: the backup folder could not be written.")}});
    }
    QJsonArray sortBy;
    if (!m_options.ignoreSort)
        sortBy.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("backupTime")},
                                  {QStringLiteral("direction"), descending ? QStringLiteral("Desc") : QStringLiteral("Asc")},
                                  {QStringLiteral("priority"), 0}});
    return json(QJsonObject{{QStringLiteral("records"), records}, {QStringLiteral("sortBy"), sortBy}});
}

} // namespace km
