#include "SandboxServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace {

const char *const typeNames[] = {"None", "Amazon KMS", "Azure Key Vault"};
constexpr int typeCount = 3;
enum { TypeNone = 0, TypeAws = 1, TypeAzure = 2 };

QString typeName(int id)
{
    return id >= 0 && id < typeCount ? QLatin1String(typeNames[id]) : QString();
}

QJsonValue dateOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(SandboxStore::isoDate(utc)) : QJsonValue(QJsonValue::Null);
}

const QString uuidPattern = QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
const QString kmsKeyIdPattern = QStringLiteral("(?:%1|mrk-[0-9a-f]{32})").arg(uuidPattern);

// "GET", "PUT", … as the request line says it.
QString methodName(QHttpServerRequest::Method method)
{
    return QString::fromLatin1(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method))).toUpper();
}

bool matches(const QString &pattern, const QString &text, QRegularExpression::PatternOptions options = {})
{
    return QRegularExpression(QStringLiteral("\\A(?:%1)\\z").arg(pattern), options).match(text).hasMatch();
}
} // namespace

SandboxServer::SandboxServer(SandboxStore *store, RotationEngine *engine, SandboxOptions options, QObject *parent)
    : QAbstractHttpServer(parent), m_store(store), m_engine(engine), m_options(std::move(options)),
      m_random(m_options.randomSeed ? QRandomGenerator(m_options.randomSeed) : QRandomGenerator::securelySeeded())
{
    if (m_options.basePath == QLatin1String("/"))
        m_options.basePath.clear();
    while (m_options.basePath.endsWith(QLatin1Char('/')))
        m_options.basePath.chop(1);
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    const QString sub = path.mid(m_options.basePath.size()).toLower();
    const QString key = methodName(request.method()) + QLatin1Char(' ') + sub;
    m_requestCounts[key] += 1;
    m_openNow[key] += 1;
    m_openMax[key] = std::max(m_openMax.value(key), m_openNow.value(key));

    const Response response = route(request);
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    auto deliver = [this, responder, response, key, guard = QPointer<QTcpSocket>(socket)] {
        m_openNow[key] -= 1;
        if (guard)
            responder->write(response.body, response.contentType, QHttpServerResponder::StatusCode(response.status));
    };
    if (m_options.latencyMs > 0)
        QTimer::singleShot(m_options.latencyMs, this, deliver);
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
    r.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
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

SandboxServer::Response SandboxServer::route(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    const QString &base = m_options.basePath;
    const bool underBase = path.startsWith(base, Qt::CaseInsensitive)
        && (path.size() == base.size() || path.at(base.size()) == QLatin1Char('/'));
    QString sub = underBase ? path.mid(base.size()).toLower() : QString();
    while (sub.size() > 1 && sub.endsWith(QLatin1Char('/')))
        sub.chop(1);
    const auto method = request.method();
    using M = QHttpServerRequest::Method;

    auto notFound = [&] {
        return json(QJsonObject{{QStringLiteral("message"),
                                 QStringLiteral("No HTTP resource was found that matches the request URI '%1'.").arg(path)}},
                    404);
    };
    auto notAllowed = [&] {
        const QString name = methodName(method);
        return json(QJsonObject{{QStringLiteral("message"),
                                 QStringLiteral("The requested resource does not support http method '%1'.").arg(name)}},
                    405);
    };
    if (!underBase)
        return notFound();

    if (sub == QLatin1String("/oauth2/token"))
        return method == M::Post ? token(request) : notAllowed();
    if (sub == QLatin1String("/sandbox/stats"))
        return method == M::Get ? stats() : notAllowed();
    if (sub == QLatin1String("/sandbox/faults"))
        return method == M::Post ? faults(request) : notAllowed();
    if (sub == QLatin1String("/api/v1/healthcheck"))
        return method == M::Get ? json(QJsonObject{{QStringLiteral("healthy"), true},
                                                   {QStringLiteral("databaseHealthy"), true}})
                                : notAllowed();

    // Known API paths and the methods each allows.
    static const QHash<QString, QList<M>> endpoints = {
        {QStringLiteral("/api/v1/oauth-expiration"), {M::Post}},
        {QStringLiteral("/api/v1/key-management"), {M::Get, M::Put}},
        {QStringLiteral("/api/v1/key-management/stub"), {M::Get}},
        {QStringLiteral("/api/v1/key-management/config/audit"), {M::Get}},
        {QStringLiteral("/api/v1/key-management/mekrotationinfo"), {M::Get}},
        {QStringLiteral("/api/v1/key-management/startmekrotation"), {M::Put}},
        {QStringLiteral("/api/v1/key-management/retrymekstatus"), {M::Put}},
        {QStringLiteral("/api/v1/key-management/audit"), {M::Get}},
        {QStringLiteral("/api/v1/key-management/audit/users"), {M::Get}},
    };
    const auto endpoint = endpoints.constFind(sub);
    if (endpoint == endpoints.cend())
        return notFound();
    if (!endpoint->contains(method))
        return notAllowed();

    // Injected faults come before authentication, as a failing server would.
    const QString faultKey = methodName(method) + QLatin1Char(' ') + sub;
    if (m_failNext.value(faultKey) > 0) {
        m_failNext[faultKey] -= 1;
        return serverError(QStringLiteral("An error has occurred."), QStringLiteral("Injected fault (sandbox/faults)."));
    }
    if (m_options.failRate > 0 && m_random.generateDouble() < m_options.failRate)
        return serverError(QStringLiteral("An error has occurred."), QStringLiteral("Injected fault (--fail-rate)."));

    SandboxStore::User user;
    const Response denied = authenticate(request, user);
    if (denied.status != 200)
        return denied;

    Params params;
    const QByteArray query = request.url().query(QUrl::FullyEncoded).toUtf8();
    params = parseForm(query);

    if (sub == QLatin1String("/api/v1/oauth-expiration")) {
        const QByteArray auth = request.value("Authorization");
        m_store->removeSession(QString::fromLatin1(auth.mid(7)).trimmed());
        return json(QJsonObject{{QStringLiteral("success"), true}});
    }
    const bool isPut = method == M::Put;
    if (isPut && !user.administers)
        return forbidden(QStringLiteral("You do not have the Administer Key Management permission."));

    if (sub == QLatin1String("/api/v1/key-management"))
        return isPut ? putConfig(request, user) : getConfig(false);
    if (sub == QLatin1String("/api/v1/key-management/stub"))
        return getConfig(true);
    if (sub == QLatin1String("/api/v1/key-management/config/audit"))
        return configAudit(params);
    if (sub == QLatin1String("/api/v1/key-management/mekrotationinfo"))
        return rotationInfo(user);
    if (sub == QLatin1String("/api/v1/key-management/startmekrotation")) {
        const QString refusal = m_engine->start(user);
        return refusal.isEmpty() ? rotationInfo(user) : badRequest(refusal);
    }
    if (sub == QLatin1String("/api/v1/key-management/retrymekstatus")) {
        const QString refusal = m_engine->retry(user);
        return refusal.isEmpty() ? rotationInfo(user) : badRequest(refusal);
    }
    if (sub == QLatin1String("/api/v1/key-management/audit"))
        return rotationAudit(params);
    if (sub == QLatin1String("/api/v1/key-management/audit/users"))
        return json(m_store->rotationAuditUsers());
    return notFound();
}

SandboxServer::Response SandboxServer::token(const QHttpServerRequest &request)
{
    auto oauthError = [](const QString &error, const QString &description) {
        return json(QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}}, 400);
    };
    const Params form = parseForm(request.body());
    const QString grant = form.value(QStringLiteral("grant_type"));
    int userId = 0;
    if (grant == QLatin1String("password")) {
        const QString name = form.value(QStringLiteral("username"));
        if (name.isEmpty() || !form.contains(QStringLiteral("password")))
            return oauthError(QStringLiteral("invalid_request"), QStringLiteral("username and password are required."));
        for (const SandboxStore::User &u : SandboxStore::builtInUsers()) {
            if (u.userName.compare(name, Qt::CaseInsensitive) == 0 && form.value(QStringLiteral("password")) == m_options.password)
                userId = u.id;
        }
        if (!userId)
            return oauthError(QStringLiteral("invalid_grant"), QStringLiteral("Login failed: the user name or password is not correct."));
        // Two-factor sign-in as Secret Server does it for the API: the code in an OTP header.
        if (userId == 1 && !m_options.oneTimeCode.isEmpty()
            && QString::fromUtf8(request.value("OTP")).trimmed() != m_options.oneTimeCode)
            return oauthError(QStringLiteral("invalid_grant"),
                              request.value("OTP").isEmpty() ? QStringLiteral("A one-time password (OTP) is required for this account.")
                                                             : QStringLiteral("The one-time password (OTP) is not correct."));
    } else if (grant == QLatin1String("refresh_token")) {
        userId = m_store->takeRefreshToken(form.value(QStringLiteral("refresh_token")));
        if (!userId)
            return oauthError(QStringLiteral("invalid_grant"), QStringLiteral("The refresh token is not valid or was already used."));
    } else {
        return oauthError(QStringLiteral("unsupported_grant_type"), QStringLiteral("grant_type must be password or refresh_token."));
    }
    const QString access = newToken();
    const QString refresh = newToken();
    m_store->saveSession(access, userId, QDateTime::currentDateTimeUtc().addSecs(m_options.tokenTtlSeconds), false);
    m_store->saveSession(refresh, userId, QDateTime(), true);
    return json(QJsonObject{{QStringLiteral("access_token"), access},
                            {QStringLiteral("token_type"), QStringLiteral("bearer")},
                            {QStringLiteral("expires_in"), m_options.tokenTtlSeconds},
                            {QStringLiteral("refresh_token"), refresh}});
}

SandboxServer::Response SandboxServer::authenticate(const QHttpServerRequest &request, SandboxStore::User &user)
{
    const QByteArray header = request.value("Authorization").trimmed();
    if (!header.toLower().startsWith("bearer "))
        return forbidden(QStringLiteral("Authentication failed: no access token was sent."));
    const QString token = QString::fromLatin1(header.mid(7)).trimmed();
    bool expired = false;
    const int userId = m_store->sessionUser(token, &expired);
    if (expired) {
        m_store->removeSession(token);
        return forbidden(QStringLiteral("Authentication failed: the access token has expired."));
    }
    if (!userId)
        return forbidden(QStringLiteral("Authentication failed: the access token is not valid."));
    user = SandboxStore::userById(userId);
    return Response{};
}

SandboxServer::Response SandboxServer::getConfig(bool stub)
{
    const SandboxStore::Config c = stub ? SandboxStore::Config{} : m_store->config();
    // Secrets are never echoed back.
    return json(QJsonObject{
        {QStringLiteral("keyManagementConfigId"), c.configId},
        {QStringLiteral("keyManagementTypeId"), c.typeId},
        {QStringLiteral("keyManagementTypeName"), typeName(c.typeId)},
        {QStringLiteral("awsKmsAccessKeyId"), c.awsAccessKeyId},
        {QStringLiteral("awsKmsKeyArn"), c.awsKeyArn},
        {QStringLiteral("awsKmsKeyId"), c.awsKeyId},
        {QStringLiteral("awsKmsSecretAccessKey"), QString()},
        {QStringLiteral("azureKeyVaultBaseUrl"), c.azureBaseUrl},
        {QStringLiteral("azureKeyVaultKeyName"), c.azureKeyName},
        {QStringLiteral("azureKeyVaultKeyVersion"), c.azureKeyVersion},
        {QStringLiteral("azureKeyVaultPrincipalId"), c.azurePrincipalId},
        {QStringLiteral("azureKeyVaultPrincipalSecret"), QString()},
    });
}

SandboxServer::Response SandboxServer::putConfig(const QHttpServerRequest &request, const SandboxStore::User &user)
{
    if (m_engine->isActive())
        return badRequest(QStringLiteral("The key management configuration cannot change while a master encryption key rotation is in progress."));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
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
    if (!typeValue.isDouble() || typeValue.toDouble() != double(typeValue.toInt()))
        return badRequest(QStringLiteral("The request is invalid."),
                          {{QStringLiteral("keyManagementTypeId"), {QStringLiteral("An integer key management type id is required.")}}});
    const int type = typeValue.toInt();
    if (type < 0 || type >= typeCount)
        return badRequest(QStringLiteral("The request is invalid."),
                          {{QStringLiteral("keyManagementTypeId"), {QStringLiteral("Unknown key management type %1.").arg(type)}}});

    const SandboxStore::Config old = m_store->config();
    SandboxStore::Config c;
    c.configId = old.configId + 1;
    c.typeId = type;
    auto require = [&](const QString &key, const QString &value, const QString &pattern, const QString &rule,
                       QRegularExpression::PatternOptions options = {}) {
        if (errors.contains(key))
            return;
        if (value.isEmpty())
            errors[key] << QStringLiteral("Required for %1.").arg(typeName(type));
        else if (!pattern.isEmpty() && !matches(pattern, value, options))
            errors[key] << rule;
    };
    if (type == TypeAws) {
        c.awsAccessKeyId = text("awsKmsAccessKeyId");
        c.awsKeyArn = text("awsKmsKeyArn");
        c.awsKeyId = text("awsKmsKeyId");
        const QString secret = text("awsKmsSecretAccessKey");
        c.awsSecret = !secret.isEmpty() ? secret : (old.typeId == TypeAws ? old.awsSecret : QString());
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
        require(QStringLiteral("awsKmsSecretAccessKey"), c.awsSecret, QStringLiteral("[A-Za-z0-9/+=]{40}"),
                QStringLiteral("A secret access key is 40 characters of letters, digits, /, + and =."));
    } else if (type == TypeAzure) {
        c.azureBaseUrl = text("azureKeyVaultBaseUrl");
        c.azureKeyName = text("azureKeyVaultKeyName");
        c.azureKeyVersion = text("azureKeyVaultKeyVersion");
        c.azurePrincipalId = text("azureKeyVaultPrincipalId");
        const QString secret = text("azureKeyVaultPrincipalSecret");
        c.azureSecret = !secret.isEmpty() ? secret : (old.typeId == TypeAzure ? old.azureSecret : QString());
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
        require(QStringLiteral("azureKeyVaultPrincipalSecret"), c.azureSecret, QString(), QString());
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
    note(QStringLiteral("secret access key"), old.awsSecret, c.awsSecret);
    note(QStringLiteral("vault URL"), old.azureBaseUrl, c.azureBaseUrl);
    note(QStringLiteral("key name"), old.azureKeyName, c.azureKeyName);
    note(QStringLiteral("key version"), old.azureKeyVersion, c.azureKeyVersion);
    note(QStringLiteral("principal id"), old.azurePrincipalId, c.azurePrincipalId);
    note(QStringLiteral("principal secret"), old.azureSecret, c.azureSecret);
    QString notes = old.typeId != c.typeId
        ? QStringLiteral("Type changed from %1 to %2.").arg(typeName(old.typeId), typeName(c.typeId))
        : QStringLiteral("Type %1 kept.").arg(typeName(c.typeId));
    notes += changed.isEmpty() ? QStringLiteral(" No field changed.")
                               : QStringLiteral(" Changed: %1.").arg(changed.join(QStringLiteral(", ")));
    if (!m_store->saveConfig(c, notes, user))
        return serverError(QStringLiteral("An error has occurred."), QStringLiteral("The configuration could not be stored."));
    return getConfig(false);
}

namespace {
struct Paging
{
    qint64 skip = 0;
    int take = 50;
    QString sortName;
    QString column;
    bool descending = true;
};

// skip/take/sortBy[0].* as the API takes them; a bad value is a modelState entry.
Paging readPaging(const QHash<QString, QString> &params, const QString &defaultSort,
                  bool (*columnOf)(const QString &, QString *), int maxTake, QMap<QString, QStringList> &errors)
{
    Paging p;
    bool ok = true;
    if (params.contains(QStringLiteral("skip"))) {
        p.skip = params.value(QStringLiteral("skip")).toLongLong(&ok);
        if (!ok || p.skip < 0)
            errors[QStringLiteral("skip")] << QStringLiteral("skip must be a whole number, 0 or more.");
    }
    if (params.contains(QStringLiteral("take"))) {
        p.take = params.value(QStringLiteral("take")).toInt(&ok);
        if (!ok || p.take < 1 || p.take > maxTake)
            errors[QStringLiteral("take")] << QStringLiteral("take must be a whole number from 1 to %1.").arg(maxTake);
    }
    p.sortName = params.value(QStringLiteral("sortby[0].name"), defaultSort);
    if (p.sortName.isEmpty())
        p.sortName = defaultSort;
    if (!columnOf(p.sortName, &p.column))
        errors[QStringLiteral("sortBy[0].name")] << QStringLiteral("Cannot sort by \"%1\".").arg(p.sortName.left(60));
    const QString direction = params.value(QStringLiteral("sortby[0].direction")).toLower();
    if (direction == QLatin1String("asc"))
        p.descending = false;
    else if (direction == QLatin1String("desc"))
        p.descending = true;
    else if (direction.isEmpty() || direction == QLatin1String("none"))
        p.descending = p.sortName.compare(defaultSort, Qt::CaseInsensitive) == 0; // default: newest first
    else
        errors[QStringLiteral("sortBy[0].direction")] << QStringLiteral("direction must be asc or desc.");
    if (params.contains(QStringLiteral("sortby[0].priority"))) {
        params.value(QStringLiteral("sortby[0].priority")).toInt(&ok);
        if (!ok)
            errors[QStringLiteral("sortBy[0].priority")] << QStringLiteral("priority must be a whole number.");
    }
    return p;
}

QJsonObject envelope(const Paging &p, const SandboxStore::PageResult &page)
{
    const qint64 total = page.total;
    const bool hasNext = p.skip + p.take < total;
    const bool hasPrev = p.skip > 0;
    return QJsonObject{
        {QStringLiteral("records"), page.records},
        {QStringLiteral("total"), total},
        {QStringLiteral("skip"), p.skip},
        {QStringLiteral("take"), p.take},
        {QStringLiteral("nextSkip"), hasNext ? p.skip + p.take : p.skip},
        {QStringLiteral("prevSkip"), std::max<qint64>(0, p.skip - p.take)},
        {QStringLiteral("currentPage"), qint64(p.skip / p.take + 1)},
        {QStringLiteral("pageCount"), qint64((total + p.take - 1) / p.take)},
        {QStringLiteral("batchCount"), qint64(page.records.size())},
        {QStringLiteral("hasNext"), hasNext},
        {QStringLiteral("hasPrev"), hasPrev},
        {QStringLiteral("success"), true},
        {QStringLiteral("severity"), QStringLiteral("None")},
        {QStringLiteral("sortBy"), QJsonArray{QJsonObject{{QStringLiteral("name"), p.sortName},
                                                          {QStringLiteral("direction"), p.descending ? QStringLiteral("Desc") : QStringLiteral("Asc")},
                                                          {QStringLiteral("priority"), 0}}}},
    };
}
} // namespace

SandboxServer::Response SandboxServer::configAudit(const Params &params)
{
    QMap<QString, QStringList> errors;
    const Paging p = readPaging(params, QStringLiteral("dateRecorded"), &SandboxStore::configAuditColumn, m_options.maxTake, errors);
    if (!errors.isEmpty())
        return badRequest(QStringLiteral("The request is invalid."), errors);
    const auto page = m_store->queryConfigAudit(params.value(QStringLiteral("filter.searchtext")), p.column,
                                                p.descending, p.skip, p.take);
    return json(envelope(p, page));
}

SandboxServer::Response SandboxServer::rotationAudit(const Params &params)
{
    QMap<QString, QStringList> errors;
    const Paging p = readPaging(params, QStringLiteral("date"), &SandboxStore::rotationAuditColumn, m_options.maxTake, errors);
    SandboxStore::AuditQuery q;
    q.action = params.value(QStringLiteral("filter.action"));
    q.searchTerm = params.value(QStringLiteral("filter.searchterm"));
    bool ok = true;
    const QString userId = params.value(QStringLiteral("filter.userid"));
    if (!userId.isEmpty()) {
        q.userId = userId.toInt(&ok);
        q.hasUserId = ok;
        if (!ok)
            errors[QStringLiteral("filter.userId")] << QStringLiteral("userId must be a whole number.");
    }
    const QString date = params.value(QStringLiteral("filter.date"));
    if (!date.isEmpty()) {
        q.date = QDate::fromString(date.left(10), Qt::ISODate);
        if (!q.date.isValid() || (date.size() > 10 && !QDateTime::fromString(date, Qt::ISODate).isValid()))
            errors[QStringLiteral("filter.date")] << QStringLiteral("date must be a date as YYYY-MM-DD.");
    }
    const QString exporting = params.value(QStringLiteral("isexporting")).toLower();
    if (!exporting.isEmpty() && exporting != QLatin1String("true") && exporting != QLatin1String("false"))
        errors[QStringLiteral("isExporting")] << QStringLiteral("isExporting must be true or false.");
    if (!errors.isEmpty())
        return badRequest(QStringLiteral("The request is invalid."), errors);
    q.sortColumn = p.column;
    q.descending = p.descending;
    q.skip = p.skip;
    q.take = p.take;
    return json(envelope(p, m_store->queryRotationAudit(q)));
}

SandboxServer::Response SandboxServer::rotationInfo(const SandboxStore::User &user)
{
    const SandboxStore::Rotation r = m_engine->state();
    const bool active = m_engine->isActive();
    const bool failed = r.processState == QLatin1String("Failed");
    const bool canRequest = user.administers && !active && !failed && !m_engine->replicationEnabled();
    QString warning;
    if (m_engine->replicationEnabled())
        warning = QStringLiteral("Geo-replication is enabled: master encryption key rotation is not allowed until it is turned off.");
    else if (canRequest)
        warning = QStringLiteral("Rotating the master encryption key re-encrypts every secret and restarts the application. "
                                 "Back up the database and encryption.config on every node first.");
    return json(QJsonObject{
        {QStringLiteral("canRequestRotation"), canRequest},
        {QStringLiteral("canRetryStatus"), user.administers && failed},
        {QStringLiteral("hasPermission"), user.administers},
        {QStringLiteral("isReplicationEnabled"), m_engine->replicationEnabled()},
        {QStringLiteral("pollInfo"), active},
        {QStringLiteral("showBackupConfirmation"), !r.completedOnce},
        {QStringLiteral("itemsToRotate"), r.itemsToRotate},
        {QStringLiteral("totalItems"), r.totalItems},
        {QStringLiteral("warningMessage"), warning},
        {QStringLiteral("errorMessage"), r.errorMessage},
        {QStringLiteral("processState"), r.processState},
        {QStringLiteral("rotationInfo"), QJsonObject{
            {QStringLiteral("status"), RotationEngine::statusName(r.status)},
            {QStringLiteral("statusValue"), r.status},
            {QStringLiteral("startedDateUtc"), dateOrNull(r.started)},
            {QStringLiteral("lastEndDateUtc"), dateOrNull(r.lastEnd)},
            {QStringLiteral("statusUpdatedDateUtc"), dateOrNull(r.statusUpdated)},
        }},
    });
}

SandboxServer::Response SandboxServer::stats()
{
    QJsonObject counts, open;
    for (auto it = m_requestCounts.begin(); it != m_requestCounts.end(); ++it)
        counts.insert(it.key(), it.value());
    for (auto it = m_openMax.begin(); it != m_openMax.end(); ++it)
        open.insert(it.key(), it.value());
    return json(QJsonObject{{QStringLiteral("requests"), counts}, {QStringLiteral("maxOpen"), open}});
}

// Test and demo control: {"failRate": 0.5, "latencyMs": 300, "tokenTtl": 5, "failAt": "MarkDataStarted",
// "replication": true, "failNext": {"PUT /api/v1/key-management": 1}, "expireTokens": true,
// "revokeRefreshTokens": true, "resetCounts": true}
SandboxServer::Response SandboxServer::faults(const QHttpServerRequest &request)
{
    const QJsonObject o = QJsonDocument::fromJson(request.body()).object();
    if (o.contains(QLatin1String("failRate")))
        m_options.failRate = o.value(QLatin1String("failRate")).toDouble();
    if (o.contains(QLatin1String("latencyMs")))
        m_options.latencyMs = o.value(QLatin1String("latencyMs")).toInt();
    if (o.contains(QLatin1String("tokenTtl")))
        m_options.tokenTtlSeconds = o.value(QLatin1String("tokenTtl")).toInt();
    if (o.contains(QLatin1String("replication")))
        m_engine->setReplicationEnabled(o.value(QLatin1String("replication")).toBool());
    if (o.contains(QLatin1String("failAt"))) {
        const int status = RotationEngine::statusFromName(o.value(QLatin1String("failAt")).toString());
        if (status < 0)
            return badRequest(QStringLiteral("Unknown status for failAt."));
        m_engine->setFailAt(status);
    }
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
