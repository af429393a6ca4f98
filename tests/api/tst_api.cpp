// The API client: URL normalisation, and every endpoint against a real kmsandbox, including the
// ways a server fails (400/403/500, HTML, broken JSON, silence, refused, untrusted certificate).
#include "api/ApiClient.h"
#include "api/ServerUrl.h"
#include "session/ProxyPolicy.h"

#include "models/KeyManagementTypes.h"

#include "CannedHttpServer.h"
#include "HostileServer.h"
#include "ManualClock.h"
#include "SandboxProcess.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QScopeGuard>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace km;

namespace {
const QString awsAccessKey = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
const QString awsSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
const QString awsKeyId = QStringLiteral("1234abcd-12ab-34cd-56ef-1234567890ab");
const QString awsArn = QStringLiteral("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");

// Runs one call and waits for its handler.
template<class T, class Start>
ApiResult<T> await(Start start, int timeoutMs = 20000)
{
    std::optional<ApiResult<T>> out;
    start([&out](const ApiResult<T> &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs)) {
        ApiResult<T> r;
        r.error = ApiError(ApiError::Network, QStringLiteral("the test gave up waiting"));
        return r;
    }
    return *out;
}

int typeId(const QString &kind)
{
    return SandboxProcess::typeId(kind);
}

KeyManagementConfigUpdate awsUpdate(const QString &accessKey = awsAccessKey, const QString &secret = awsSecret)
{
    ConfigField::Values v;
    v[ConfigField::AwsAccessKeyId] = accessKey;
    v[ConfigField::AwsSecretAccessKey] = secret;
    v[ConfigField::AwsKeyArn] = awsArn;
    v[ConfigField::AwsKeyId] = awsKeyId;
    return *KeyManagementConfigUpdate::make(KeyManagementKind::AwsKms, typeId(QStringLiteral("aws")), v);
}

// Messages printed while a test runs, to prove no secret is logged.
QStringList capturedLog;
void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedLog << message;
}
} // namespace

class TestApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void proxyPolicy_setting_data();
    void proxyPolicy_setting();
    void proxyPolicy_environment_data();
    void proxyPolicy_environment();
    void initTestCase();
    void serverUrl_normalises_data();
    void serverUrl_normalises();
    void serverUrl_refusesNonsense_data();
    void serverUrl_refusesNonsense();
    void serverUrl_normalisingTwice_changesNothing_data();
    void serverUrl_normalisingTwice_changesNothing();

    void signIn_goodPassword_thenEveryReadEndpoint();
    void signIn_wrongPassword_isAuthFailedWithReason();
    void signIn_connectionRefused_isNamed();
    void signIn_unknownHost_isNamed();
    void signIn_wrongBasePath_isNotFound();
    void signIn_htmlPage_isNotJson();
    void call_brokenJson_isBadJson();
    void call_wrongTypeInReply_namesTheField();
    void call_silentServer_timesOut();
    void call_cancelled_reportsCancelledOnce();
    void notSignedIn_isRefusedWithoutARequest();
    void signIn_twoFactor_codeAndPushWithTheRealWording();
    void signIn_platform_tokenThenVaultsThenTheApi();
    void tokenExpiry_followsTheInjectedClock();
    void refreshTokensOff_sessionEndsOrSignsInAgain();

    void updateConfig_valid_readsBackAndAudits();
    void updateConfig_invalid_returnsFieldErrors();
    void updateConfig_serverError_carriesServerMessage();
    void auditor_put_isRefusedWithServerMessage();
    void permission_accessDenied400_isMissingPermissionAtOnce();
    void permission_403OnARead_renewsOnceThenNamesThePermission();
    void rotation_startThenRetryRefused();
    void rotationAudit_filtersSortAndUsers();

    void refresh_beforeExpiry_isProactive();
    void refresh_afterServerRejects_replaysReadOnce();
    void refresh_refused_emitsSessionExpired();
    void put_afterTokenExpiry_isNotSentTwice();
    void bearerToken_worksWithoutSignIn();
    void signOut_expiresTokenOnServer();

    void tls_untrustedRefused_thenTrusted();
    void tls_privateCa_isTrustedWhenGiven();
    void paging_successFalse_isAnErrorNeverAnEmptyPage();
    void reply_tooLarge_isRefused_data();
    void reply_tooLarge_isRefused();
    void reply_brokenMidBody_isATransportError_data();
    void reply_brokenMidBody_isATransportError();
    void reply_429_carriesRetryAfter();
    void reply_retryAfterAsAnHttpDate_isSecondsFromTheClock();
    void reply_serverText_isMadeSafe();
    void log_neverContainsSecrets();

private:
    std::unique_ptr<ApiClient> signedInClient(SandboxProcess &sandbox, const QString &user = QStringLiteral("admin"));
    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox;
};

void TestApi::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("500"), QStringLiteral("--step-ms"), QStringLiteral("50")}, &error),
             qPrintable(error));
}

std::unique_ptr<ApiClient> TestApi::signedInClient(SandboxProcess &sandbox, const QString &user)
{
    auto client = std::make_unique<ApiClient>(&m_network);
    client->setBaseUrl(sandbox.url());
    const auto r = await<NoContent>([&](auto done) { return client->signIn({user, QStringLiteral("sandbox"), {}, {}}, this, done); });
    if (!r.ok())
        qWarning("sign-in failed: %s", qPrintable(r.error.message()));
    return client;
}

void TestApi::serverUrl_normalises_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("base");
    QTest::newRow("bare host") << "ss.example.com"
                               << "https://ss.example.com";
    QTest::newRow("on-prem path") << "https://ss.example.com/SecretServer"
                                  << "https://ss.example.com/SecretServer";
    QTest::newRow("trailing slash") << "https://ss.example.com/SecretServer/"
                                    << "https://ss.example.com/SecretServer";
    QTest::newRow("seed default, doubled slash") << "https://integrations.secretservercloud.com//api"
                                                 << "https://integrations.secretservercloud.com";
    QTest::newRow("pasted api/v1") << "https://t.secretservercloud.eu/api/v1"
                                   << "https://t.secretservercloud.eu";
    QTest::newRow("pasted endpoint") << "https://h/SecretServer/api/v1/key-management/audit?take=5"
                                     << "https://h/SecretServer";
    QTest::newRow("pasted token url") << "https://h/SecretServer/oauth2/token"
                                      << "https://h/SecretServer";
    QTest::newRow("upper-case API") << "https://h/SS/API/V1/"
                                    << "https://h/SS";
    QTest::newRow("http with port") << "http://127.0.0.1:8080//SecretServer//"
                                    << "http://127.0.0.1:8080/SecretServer";
    QTest::newRow("spaces around") << "  https://h/x  "
                                   << "https://h/x";
    QTest::newRow("path containing api in a name") << "https://h/apiserver"
                                                   << "https://h/apiserver";
    QTest::newRow("ipv6") << "http://[::1]:9000/SecretServer"
                          << "http://[::1]:9000/SecretServer";
}

void TestApi::serverUrl_normalises()
{
    QFETCH(QString, input);
    QFETCH(QString, base);
    QString error;
    const QUrl url = ServerUrl::normalise(input, &error);
    QVERIFY2(url.isValid(), qPrintable(error));
    QCOMPARE(url.toString(), base);
    QCOMPARE(ServerUrl::apiUrl(url, QStringLiteral("/v1/key-management")).toString(), base + QStringLiteral("/api/v1/key-management"));
    QCOMPARE(ServerUrl::tokenUrl(url).toString(), base + QStringLiteral("/oauth2/token"));
}

void TestApi::serverUrl_refusesNonsense_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("empty") << "   "
                           << "Enter the address";
    QTest::newRow("ftp") << "ftp://h/x"
                         << "ftp://";
    QTest::newRow("credentials in url") << "https://admin:pw@h/x"
                                        << "user name and password";
    QTest::newRow("no host") << "https:///path"
                             << "not a valid";
}

void TestApi::serverUrl_refusesNonsense()
{
    QFETCH(QString, input);
    QFETCH(QString, fragment);
    QString error;
    QVERIFY(!ServerUrl::normalise(input, &error).isValid());
    QVERIFY2(error.contains(fragment), qPrintable(error));
    QVERIFY(!error.contains(QLatin1String("pw@"))); // a pasted password is not echoed back
}

void TestApi::serverUrl_normalisingTwice_changesNothing_data()
{
    serverUrl_normalises_data();
    QTest::newRow("api twice") << "https://h/a/api/api"
                               << "https://h/a";
    QTest::newRow("token twice") << "host/SecretServer/oauth2/token/oauth2/token"
                                 << "https://host/SecretServer";
    QTest::newRow("api v1 after token") << "https://h/SS/oauth2/token/api/v1/x"
                                        << "https://h/SS";
}

void TestApi::serverUrl_normalisingTwice_changesNothing()
{
    QFETCH(QString, input);
    QFETCH(QString, base);
    const QUrl once = ServerUrl::normalise(input);
    QCOMPARE(once.toString(), base);
    QCOMPARE(ServerUrl::normalise(once.toString()), once);
    QCOMPARE(ServerUrl::tokenUrl(once).toString(), base + QStringLiteral("/oauth2/token"));
}

void TestApi::signIn_goodPassword_thenEveryReadEndpoint()
{
    auto client = signedInClient(m_sandbox);
    QVERIFY(client->isSignedIn());
    QCOMPARE(client->canRefresh(),
             SandboxProcess::variantValue(QStringLiteral("--refresh-tokens"), QStringLiteral("on")) == QLatin1String("on"));
    QCOMPARE(client->userName(), QStringLiteral("admin"));

    const auto health = await<NoContent>([&](auto done) { return client->healthcheck(this, done); });
    QVERIFY2(health.ok(), qPrintable(health.error.message()));
    const auto config = await<KeyManagementConfig>([&](auto done) { return client->getConfig(this, done); });
    QVERIFY2(config.ok(), qPrintable(config.error.message()));
    QVERIFY(!config.value.reports(ConfigField::AwsSecretAccessKey));
    QVERIFY(!config.value.reports(ConfigField::AzureBaseUrl)); // the published model has no Azure fields
    const auto stub = await<KeyManagementConfig>([&](auto done) { return client->getConfigStub(this, done); });
    QVERIFY(stub.ok());
    QCOMPARE(KeyManagementTypes::kindOfName(stub.value.typeName), KeyManagementKind::None);
    QCOMPARE(stub.value.typeId, typeId(QStringLiteral("none")));
    const auto info = await<RotationInfo>([&](auto done) { return client->getRotationInfo(this, done); });
    QVERIFY(info.ok());
    QVERIFY(info.value.hasPermission);
    QCOMPARE(info.value.totalItems, 1250);
    const auto users = await<QList<AuditUser>>([&](auto done) { return client->getRotationAuditUsers(this, done); });
    QVERIFY(users.ok());
    QVERIFY(users.value.size() >= 5);
    const auto history = await<Page<ConfigAuditRecord>>([&](auto done) { return client->getConfigAudit({}, this, done); });
    if (SandboxProcess::variantValue(QStringLiteral("--api-version")) == QLatin1String("11.2"))
        QCOMPARE(history.error.kind(), ApiError::NotFound); // 11.2 keeps no configuration history
    else
        QVERIFY2(history.ok(), qPrintable(history.error.message()));
    RotationAuditQuery q;
    q.take = 25;
    const auto audit = await<Page<RotationAuditRecord>>([&](auto done) { return client->searchRotationAudit(q, this, done); });
    QVERIFY2(audit.ok(), qPrintable(audit.error.message()));
    QCOMPARE(audit.value.records.size(), 25);
    QVERIFY(audit.value.info.total >= 500);
}

void TestApi::signIn_wrongPassword_isAuthFailedWithReason()
{
    ApiClient client(&m_network);
    client.setBaseUrl(m_sandbox.url());
    const auto r = await<NoContent>([&](auto done) {
        return client.signIn({QStringLiteral("admin"), QStringLiteral("wrong"), {}, {}}, this, done);
    });
    QCOMPARE(r.error.kind(), ApiError::AuthFailed);
    QCOMPARE(r.error.httpStatus(), 400);
    QCOMPARE(r.error.serverErrorCode(), QStringLiteral("invalid_grant"));
    QVERIFY2(r.error.message().contains(QLatin1String("not correct")), qPrintable(r.error.message()));
    QVERIFY(!client.isSignedIn());
}

void TestApi::signIn_connectionRefused_isNamed()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    ApiClient client(&m_network);
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/SecretServer").arg(port)));
    const auto r = await<NoContent>([&](auto done) {
        return client.signIn({QStringLiteral("admin"), QStringLiteral("x"), {}, {}}, this, done);
    });
    QCOMPARE(r.error.kind(), ApiError::ConnectionRefused);
    QVERIFY(r.error.message().contains(QLatin1String("refused")));
}

void TestApi::signIn_unknownHost_isNamed()
{
    ApiClient client(&m_network);
    client.setBaseUrl(QUrl(QStringLiteral("https://kms-does-not-exist.invalid/SecretServer"))); // .invalid never resolves
    const auto r = await<NoContent>([&](auto done) {
        return client.signIn({QStringLiteral("admin"), QStringLiteral("x"), {}, {}}, this, done);
    });
    QCOMPARE(r.error.kind(), ApiError::HostNotFound);
    QVERIFY(r.error.message().contains(QLatin1String("host name could not be found")));
}

void TestApi::signIn_wrongBasePath_isNotFound()
{
    ApiClient client(&m_network);
    QUrl url = m_sandbox.url();
    url.setPath(QStringLiteral("/NotSecretServer"));
    client.setBaseUrl(url);
    const auto r = await<NoContent>([&](auto done) {
        return client.signIn({QStringLiteral("admin"), QStringLiteral("sandbox"), {}, {}}, this, done);
    });
    QCOMPARE(r.error.kind(), ApiError::NotFound);
    QVERIFY(r.error.message().contains(QLatin1String("token endpoint")));
}

void TestApi::signIn_htmlPage_isNotJson()
{
    CannedHttpServer server;
    server.setResponse(200, "text/html; charset=utf-8", "<!DOCTYPE html><html><body>Login</body></html>");
    ApiClient client(&m_network);
    client.setBaseUrl(QUrl(server.baseUrl()));
    const auto r = await<NoContent>([&](auto done) {
        return client.signIn({QStringLiteral("admin"), QStringLiteral("x"), {}, {}}, this, done);
    });
    QCOMPARE(r.error.kind(), ApiError::NotJson);
    QVERIFY(r.error.message().contains(QLatin1String("web page")));
    QVERIFY(!client.isSignedIn());
}

void TestApi::call_brokenJson_isBadJson()
{
    CannedHttpServer server;
    server.setResponse(200, "application/json", "{\"keyManagementTypeId\": 1,");
    ApiClient client(&m_network);
    client.setBaseUrl(QUrl(server.baseUrl()));
    client.useBearerToken(QStringLiteral("t"));
    const auto r = await<KeyManagementConfig>([&](auto done) { return client.getConfig(this, done); });
    QCOMPARE(r.error.kind(), ApiError::BadJson);
}

void TestApi::call_wrongTypeInReply_namesTheField()
{
    CannedHttpServer server;
    server.setResponse(200, "application/json", R"({"processState": "Running", "itemsToRotate": "many"})");
    ApiClient client(&m_network);
    client.setBaseUrl(QUrl(server.baseUrl()));
    client.useBearerToken(QStringLiteral("t"));
    const auto r = await<RotationInfo>([&](auto done) { return client.getRotationInfo(this, done); });
    QCOMPARE(r.error.kind(), ApiError::BadJson);
    QVERIFY2(r.error.message().contains(QLatin1String("itemsToRotate")), qPrintable(r.error.message()));
}

void TestApi::call_silentServer_timesOut()
{
    CannedHttpServer server;
    server.setSilent(true);
    ApiClient client(&m_network);
    client.setBaseUrl(QUrl(server.baseUrl()));
    client.useBearerToken(QStringLiteral("t"));
    client.setTimeout(std::chrono::milliseconds(300));
    QElapsedTimer clock;
    clock.start();
    const auto r = await<KeyManagementConfig>([&](auto done) { return client.getConfig(this, done); });
    QCOMPARE(r.error.kind(), ApiError::Timeout);
    QVERIFY(clock.elapsed() < 5000);
    QCOMPARE(server.requestsSeen(), 1); // a timed-out read is not silently re-sent
}

void TestApi::call_cancelled_reportsCancelledOnce()
{
    CannedHttpServer server;
    server.setSilent(true);
    ApiClient client(&m_network);
    client.setBaseUrl(QUrl(server.baseUrl()));
    client.useBearerToken(QStringLiteral("t"));
    int calls = 0;
    ApiError seen;
    ApiCall *call = client.getConfig(this, [&](const ApiResult<KeyManagementConfig> &r) {
        ++calls;
        seen = r.error;
    });
    QTRY_COMPARE(server.requestsSeen(), 1);
    call->cancel();
    QTRY_COMPARE(calls, 1);
    QCOMPARE(seen.kind(), ApiError::Cancelled);
    // Nothing more arrives: the next event loop turn after completion runs no second handler.
    QCoreApplication::processEvents();
    QCOMPARE(calls, 1);
}

void TestApi::notSignedIn_isRefusedWithoutARequest()
{
    CannedHttpServer server;
    server.setResponse(200, "application/json", "{}");
    ApiClient client(&m_network);
    client.setBaseUrl(QUrl(server.baseUrl()));
    const auto r = await<KeyManagementConfig>([&](auto done) { return client.getConfig(this, done); });
    QCOMPARE(r.error.kind(), ApiError::AuthFailed);
    QCOMPARE(server.requestsSeen(), 0);
}

void TestApi::updateConfig_valid_readsBackAndAudits()
{
    auto client = signedInClient(m_sandbox);
    const auto saved = await<KeyManagementConfig>([&](auto done) { return client->updateConfig(awsUpdate(), this, done); });
    QVERIFY2(saved.ok(), qPrintable(saved.error.message()));
    QCOMPARE(saved.value.typeId, typeId(QStringLiteral("aws")));
    QCOMPARE(KeyManagementTypes::kindOfName(saved.value.typeName), KeyManagementKind::AwsKms);
    QCOMPARE(saved.value.value(ConfigField::AwsKeyArn), awsArn);
    QVERIFY(!saved.value.reports(ConfigField::AwsSecretAccessKey)); // never echoed

    const auto read = await<KeyManagementConfig>([&](auto done) { return client->getConfig(this, done); });
    QCOMPARE(read.value.value(ConfigField::AwsAccessKeyId), awsAccessKey);
    QCOMPARE(read.value.value(ConfigField::AwsKeyId), awsKeyId);

    // A save without the secret is never even built: a save replaces the whole configuration.
    ConfigField::Values noSecret;
    noSecret[ConfigField::AwsAccessKeyId] = awsAccessKey;
    noSecret[ConfigField::AwsKeyArn] = awsArn;
    noSecret[ConfigField::AwsKeyId] = awsKeyId;
    QVERIFY(!KeyManagementConfigUpdate::make(KeyManagementKind::AwsKms, typeId(QStringLiteral("aws")), noSecret));

    if (SandboxProcess::variantValue(QStringLiteral("--api-version")) == QLatin1String("11.2"))
        return; // no configuration history on 11.2
    ConfigAuditQuery q;
    q.searchText = QStringLiteral("Amazon KMS");
    const auto history = await<Page<ConfigAuditRecord>>([&](auto done) { return client->getConfigAudit(q, this, done); });
    QVERIFY(history.ok());
    QVERIFY(history.value.info.total >= 1);
    const ConfigAuditRecord &newest = history.value.records.first();
    QCOMPARE(newest.displayName, QStringLiteral("Sandbox Administrator"));
    QVERIFY(!newest.notes.contains(awsSecret));
}

void TestApi::updateConfig_invalid_returnsFieldErrors()
{
    auto client = signedInClient(m_sandbox);
    KeyManagementConfigUpdate update = awsUpdate(QStringLiteral("akia-lowercase"), QStringLiteral("short"));
    update.values[ConfigField::AwsKeyArn] = QStringLiteral("arn:aws:kms:us-east-1:123456789012:key/1111abcd-12ab-34cd-56ef-1234567890ab");
    const auto r = await<KeyManagementConfig>([&](auto done) { return client->updateConfig(update, this, done); });
    QCOMPARE(r.error.kind(), ApiError::BadRequest);
    const auto fields = r.error.fieldErrors();
    QVERIFY(fields.contains(QStringLiteral("awsKmsAccessKeyId")));
    QVERIFY(fields.contains(QStringLiteral("awsKmsSecretAccessKey")));
    QVERIFY2(fields.value(QStringLiteral("awsKmsKeyArn")).join(QString()).contains(QLatin1String("different key")),
             qPrintable(fields.value(QStringLiteral("awsKmsKeyArn")).join(QString())));
    QVERIFY(!fields.contains(QStringLiteral("awsKmsKeyId")));
    QVERIFY(r.error.message().contains(QLatin1String("not valid")));

    update.typeId = 99;
    const auto unknown = await<KeyManagementConfig>([&](auto done) { return client->updateConfig(update, this, done); });
    QVERIFY(unknown.error.fieldErrors().contains(QStringLiteral("keyManagementTypeId")));
}

void TestApi::updateConfig_serverError_carriesServerMessage()
{
    auto client = signedInClient(m_sandbox);
    QVERIFY(m_sandbox.setFaults(QJsonObject{{QStringLiteral("failNext"), QJsonObject{{QStringLiteral("PUT /api/v1/key-management"), 1}}}}));
    const int before = m_sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management"));
    const auto r = await<KeyManagementConfig>([&](auto done) { return client->updateConfig(awsUpdate(), this, done); });
    QCOMPARE(r.error.kind(), ApiError::ServerError);
    QCOMPARE(r.error.httpStatus(), 500);
    QVERIFY(r.error.message().contains(QLatin1String("An error has occurred.")));
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management")), before + 1);
}

void TestApi::auditor_put_isRefusedWithServerMessage()
{
    auto client = signedInClient(m_sandbox, QStringLiteral("auditor"));
    const auto info = await<RotationInfo>([&](auto done) { return client->getRotationInfo(this, done); });
    QVERIFY(info.ok());
    QVERIFY(!info.value.hasPermission);
    QVERIFY(!info.value.canRequestRotation);
    const int before = m_sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management/startmekrotation"));
    const auto r = await<RotationInfo>([&](auto done) { return client->startRotation(this, done); });
    QCOMPARE(r.error.kind(), ApiError::PermissionDenied);
    QCOMPARE(r.error.httpStatus(), SandboxProcess::variantValue(QStringLiteral("--access-denied"), QStringLiteral("403")).toInt());
    QVERIFY2(r.error.message().contains(QLatin1String("Administer Key Management")), qPrintable(r.error.message()));
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management/startmekrotation")), before + 1); // never resent
    QVERIFY(client->isSignedIn()); // a refused action is not a lost session
}

void TestApi::permission_accessDenied400_isMissingPermissionAtOnce()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--access-denied"), QStringLiteral("400")}));
    auto client = signedInClient(sandbox, QStringLiteral("auditor"));
    const auto r = await<KeyManagementConfig>([&](auto done) { return client->updateConfig(awsUpdate(), this, done); });
    QCOMPARE(r.error.kind(), ApiError::PermissionDenied);
    QCOMPARE(r.error.httpStatus(), 400);
    QCOMPARE(r.error.serverErrorCode(), QStringLiteral("API_AccessDenied"));
    QVERIFY(r.error.message().contains(QLatin1String("permission")));
    QCOMPARE(sandbox.requestCount(QStringLiteral("POST /oauth2/token")), 1); // no renewal: the server said what it meant
}

void TestApi::permission_403OnARead_renewsOnceThenNamesThePermission()
{
    HostileServer server;
    int tokens = 0;
    server.route(QStringLiteral("POST /oauth2/token"), [&tokens](const HostileServer::Request &) {
        ++tokens;
        return HostileServer::Reply::json(QByteArray("{\"access_token\": \"t") + QByteArray::number(tokens)
                                          + "\", \"token_type\": \"bearer\", \"expires_in\": 600, \"refresh_token\": \"r\"}");
    });
    server.routeJson(QStringLiteral("GET /api/v1/key-management"), "{\"message\": \"Access to key management is denied.\"}", 403);
    ApiClient client(&m_network);
    client.setBaseUrl(QUrl(server.baseUrl()));
    QVERIFY(await<NoContent>([&](auto done) {
                return client.signIn({QStringLiteral("u"), QStringLiteral("p"), {}, {}}, this, done);
            }).ok());
    QSignalSpy expired(&client, &ApiClient::sessionExpired);
    const auto r = await<KeyManagementConfig>([&](auto done) { return client.getConfig(this, done); });
    QCOMPARE(r.error.kind(), ApiError::PermissionDenied);
    QVERIFY(r.error.message().contains(QLatin1String("Access to key management is denied.")));
    QCOMPARE(server.count(QStringLiteral("GET /api/v1/key-management")), 2); // once, then once more after renewing
    QCOMPARE(tokens, 2);                                                     // the sign-in and one renewal
    QCOMPARE(expired.count(), 0);                                            // still signed in: a permission, not a session
    QVERIFY(client.isSignedIn());
}

void TestApi::rotation_startThenRetryRefused()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--step-ms"), QStringLiteral("40")}));
    auto client = signedInClient(sandbox);
    const auto retry = await<RotationInfo>([&](auto done) { return client->retryRotation(this, done); });
    QCOMPARE(retry.error.kind(), ApiError::BadRequest);
    QVERIFY(retry.error.message().contains(QLatin1String("no failed")));

    const auto started = await<RotationInfo>([&](auto done) { return client->startRotation(this, done); });
    QVERIFY2(started.ok(), qPrintable(started.error.message()));
    QCOMPARE(started.value.processState, ProcessState::Pending);
    QCOMPARE(started.value.status, MekStatus::RotationRequested);
    const auto twice = await<RotationInfo>([&](auto done) { return client->startRotation(this, done); });
    QCOMPARE(twice.error.kind(), ApiError::BadRequest);
    QVERIFY(twice.error.message().contains(QLatin1String("already in progress")));

    RotationInfo last;
    QTRY_VERIFY_WITH_TIMEOUT((last = await<RotationInfo>([&](auto done) { return client->getRotationInfo(this, done); }).value,
                              last.processState == ProcessState::Completed),
                             10000);
    QCOMPARE(last.status, MekStatus::SessionDataRotationCompleted);
    QVERIFY(last.lastEndUtc.isValid());
    QVERIFY(!last.showBackupConfirmation);
}

void TestApi::rotationAudit_filtersSortAndUsers()
{
    auto client = signedInClient(m_sandbox);
    RotationAuditQuery q;
    q.userId = 4;
    q.sort = {QStringLiteral("userName"), false};
    q.take = 100;
    const auto byUser = await<Page<RotationAuditRecord>>([&](auto done) { return client->searchRotationAudit(q, this, done); });
    QVERIFY2(byUser.ok(), qPrintable(byUser.error.message()));
    QVERIFY(!byUser.value.records.isEmpty());
    for (const auto &r : byUser.value.records)
        QCOMPARE(r.userId, 4);
    QCOMPARE(byUser.value.info.sortByName, QStringLiteral("userName"));

    RotationAuditQuery search;
    search.searchTerm = QStringLiteral("+1 555");
    const auto found = await<Page<RotationAuditRecord>>([&](auto done) { return client->searchRotationAudit(search, this, done); });
    QVERIFY(found.ok());
    QVERIFY(found.value.info.total > 0);
    for (const auto &r : found.value.records)
        QVERIFY(r.notes.contains(QLatin1String("+1 555")));

    RotationAuditQuery bad;
    bad.sort = {QStringLiteral("password"), false};
    const auto refused = await<Page<RotationAuditRecord>>([&](auto done) { return client->searchRotationAudit(bad, this, done); });
    QCOMPARE(refused.error.kind(), ApiError::BadRequest);
    QVERIFY(refused.error.fieldErrors().contains(QStringLiteral("name"))); // "sortBy[0].name", last segment
}

void TestApi::refresh_beforeExpiry_isProactive()
{
    if (SandboxProcess::variantValue(QStringLiteral("--refresh-tokens"), QStringLiteral("on")) == QLatin1String("off"))
        QSKIP("this server issues no refresh tokens (refreshTokensOff_sessionEndsOrSignsInAgain covers it)");
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--token-ttl"), QStringLiteral("300")}));
    ManualClock clock;
    auto client = std::make_unique<ApiClient>(&m_network);
    client->setClock(&clock);
    client->setBaseUrl(sandbox.url());
    QVERIFY(await<NoContent>([&](auto done) {
                return client->signIn({QStringLiteral("admin"), QStringLiteral("sandbox"), {}, {}}, this, done);
            }).ok());
    client->setRefreshMargin(std::chrono::seconds(60));
    QCOMPARE(sandbox.requestCount(QStringLiteral("POST /oauth2/token")), 1);
    clock.advance(239LL * 1000); // not yet within the minute before expiry
    QVERIFY(await<KeyManagementConfig>([&](auto done) { return client->getConfig(this, done); }).ok());
    QCOMPARE(sandbox.requestCount(QStringLiteral("POST /oauth2/token")), 1);
    clock.advance(2LL * 1000); // now it is
    const auto r = await<KeyManagementConfig>([&](auto done) { return client->getConfig(this, done); });
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QCOMPARE(sandbox.requestCount(QStringLiteral("POST /oauth2/token")), 2);
    QCOMPARE(sandbox.requestCount(QStringLiteral("GET /api/v1/key-management")), 2); // no rejected attempt first
}

void TestApi::refresh_afterServerRejects_replaysReadOnce()
{
    if (SandboxProcess::variantValue(QStringLiteral("--refresh-tokens"), QStringLiteral("on")) == QLatin1String("off"))
        QSKIP("this server issues no refresh tokens (refreshTokensOff_sessionEndsOrSignsInAgain covers it)");
    SandboxProcess sandbox;
    QVERIFY(sandbox.start());
    auto client = signedInClient(sandbox);
    QVERIFY(sandbox.setFaults(QJsonObject{{QStringLiteral("expireTokens"), true}}));
    QSignalSpy expired(client.get(), &ApiClient::sessionExpired);
    const auto r = await<KeyManagementConfig>([&](auto done) { return client->getConfig(this, done); });
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QCOMPARE(sandbox.requestCount(QStringLiteral("POST /oauth2/token")), 2);
    QCOMPARE(sandbox.requestCount(QStringLiteral("GET /api/v1/key-management")), 2);
    QCOMPARE(expired.count(), 0);
}

void TestApi::refresh_refused_emitsSessionExpired()
{
    if (SandboxProcess::variantValue(QStringLiteral("--refresh-tokens"), QStringLiteral("on")) == QLatin1String("off"))
        QSKIP("this server issues no refresh tokens (refreshTokensOff_sessionEndsOrSignsInAgain covers it)");
    SandboxProcess sandbox;
    QVERIFY(sandbox.start());
    auto client = signedInClient(sandbox);
    QVERIFY(sandbox.setFaults(QJsonObject{{QStringLiteral("expireTokens"), true}, {QStringLiteral("revokeRefreshTokens"), true}}));
    QSignalSpy expired(client.get(), &ApiClient::sessionExpired);
    const auto r = await<KeyManagementConfig>([&](auto done) { return client->getConfig(this, done); });
    QCOMPARE(r.error.kind(), ApiError::AuthFailed);
    QVERIFY(r.error.message().contains(QLatin1String("Sign in again")));
    QCOMPARE(expired.count(), 1);
    QVERIFY(!client->isSignedIn());
}

void TestApi::put_afterTokenExpiry_isNotSentTwice()
{
    if (SandboxProcess::variantValue(QStringLiteral("--refresh-tokens"), QStringLiteral("on")) == QLatin1String("off"))
        QSKIP("this server issues no refresh tokens (refreshTokensOff_sessionEndsOrSignsInAgain covers it)");
    SandboxProcess sandbox;
    QVERIFY(sandbox.start());
    auto client = signedInClient(sandbox);
    QVERIFY(sandbox.setFaults(QJsonObject{{QStringLiteral("expireTokens"), true}}));
    const auto r = await<RotationInfo>([&](auto done) { return client->startRotation(this, done); });
    QCOMPARE(r.error.kind(), ApiError::PermissionDenied);
    QVERIFY(r.error.message().contains(QLatin1String("renewed")));
    QCOMPARE(sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management/startmekrotation")), 1);
    // The session itself recovers on the next read.
    const auto read = await<RotationInfo>([&](auto done) { return client->getRotationInfo(this, done); });
    QVERIFY2(read.ok(), qPrintable(read.error.message()));
    QCOMPARE(read.value.processState, ProcessState::None);
}

void TestApi::bearerToken_worksWithoutSignIn()
{
    ApiClient client(&m_network);
    client.setBaseUrl(m_sandbox.url());
    client.useBearerToken(QString::fromLatin1(sandboxToken(m_sandbox.url())));
    const auto r = await<KeyManagementConfig>([&](auto done) { return client.getConfig(this, done); });
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QVERIFY(!client.canRefresh());

    QSignalSpy expired(&client, &ApiClient::sessionExpired);
    client.useBearerToken(QStringLiteral("not-a-token"));
    const auto bad = await<KeyManagementConfig>([&](auto done) { return client.getConfig(this, done); });
    QCOMPARE(bad.error.kind(), ApiError::AuthFailed);
    QCOMPARE(expired.count(), 1);
}

void TestApi::signOut_expiresTokenOnServer()
{
    const QByteArray token = sandboxToken(m_sandbox.url());
    ApiClient client(&m_network);
    client.setBaseUrl(m_sandbox.url());
    client.useBearerToken(QString::fromLatin1(token));
    QUrl configUrl = ServerUrl::apiUrl(m_sandbox.url(), QStringLiteral("/v1/key-management"));
    QCOMPARE(httpRequest("GET", configUrl, {}, {}, token).status, 200);
    const auto r = await<NoContent>([&](auto done) { return client.signOut(this, done); });
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QVERIFY(!client.isSignedIn());
    QCOMPARE(httpRequest("GET", configUrl, {}, {}, token).status, 403);
}

void TestApi::tls_untrustedRefused_thenTrusted()
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem")), key = dir.filePath(QStringLiteral("key.pem"));
    QVERIFY2(makeSelfSignedCertificate(cert, key, QStringLiteral("kmsandbox-test")), "openssl could not make a test certificate");
    SandboxProcess sandbox;
    QString error;
    QVERIFY2(sandbox.start({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}, &error), qPrintable(error));
    QCOMPARE(sandbox.url().scheme(), QStringLiteral("https"));

    ApiClient client(&m_network);
    client.setBaseUrl(sandbox.url());
    const SignInRequest admin{QStringLiteral("admin"), QStringLiteral("sandbox"), {}, {}};
    const auto refused = await<NoContent>([&](auto done) { return client.signIn(admin, this, done); });
    QCOMPARE(refused.error.kind(), ApiError::Tls);
    QVERIFY(!refused.error.sslErrors().isEmpty());
    QVERIFY(!client.isSignedIn());

    // Accept exactly the errors the user was shown, for exactly this certificate.
    QList<QSslError::SslError> kinds;
    for (const QSslError &e : refused.error.sslErrors())
        kinds << e.error();
    QFile pem(cert);
    QVERIFY(pem.open(QIODevice::ReadOnly));
    const QSslCertificate certificate(&pem, QSsl::Pem);
    QCOMPARE(refused.error.sslErrors().first().certificate(), certificate);
    client.trustCertificate(certificate.digest(QCryptographicHash::Sha256), kinds);
    const auto trusted = await<NoContent>([&](auto done) { return client.signIn(admin, this, done); });
    QVERIFY2(trusted.ok(), qPrintable(trusted.error.message()));

    // Trusting one kind of error does not trust another. (A fresh network manager: the first
    // one keeps the trusted connection open, and would reuse it.)
    QNetworkAccessManager freshNetwork;
    ApiClient partly(&freshNetwork);
    partly.setBaseUrl(sandbox.url());
    partly.trustCertificate(certificate.digest(QCryptographicHash::Sha256), {kinds.first()});
    QVERIFY2(kinds.size() > 1, "a self-signed certificate for another host name has two errors");
    const auto stillRefused = await<NoContent>([&](auto done) { return partly.signIn(admin, this, done); });
    QCOMPARE(stillRefused.error.kind(), ApiError::Tls);

    // Forgetting trust closes the trusted connections too.
    client.clearTrustedCertificates();
    const auto afterForget = await<KeyManagementConfig>([&](auto done) { return client.getConfig(this, done); });
    QCOMPARE(afterForget.error.kind(), ApiError::Tls);
}

void TestApi::log_neverContainsSecrets()
{
    QLoggingCategory::setFilterRules(QStringLiteral("kmconsole.*=true"));
    capturedLog.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    auto client = signedInClient(m_sandbox);
    const auto saved = await<KeyManagementConfig>([&](auto done) { return client->updateConfig(awsUpdate(), this, done); });
    const QByteArray token = sandboxToken(m_sandbox.url());
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(saved.ok());
    QVERIFY(capturedLog.size() >= 2); // the requests were logged...
    const QString all = capturedLog.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QLatin1String("/api/v1/key-management")));
    QVERIFY(!all.contains(awsSecret)); // ...but no secret, password or token
    QVERIFY(!all.contains(QLatin1String("sandbox&")) && !all.contains(QLatin1String("password=")));
    QVERIFY(!all.contains(QLatin1String("Bearer")));
}

void TestApi::signIn_twoFactor_codeAndPushWithTheRealWording()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--otp"), QStringLiteral("246810"), QStringLiteral("--push-delay-ms"), QStringLiteral("300")}));
    ApiClient client(&m_network);
    client.setBaseUrl(sandbox.url());
    auto signIn = [&](const QString &code) {
        return await<NoContent>([&](auto done) {
            return client.signIn({QStringLiteral("admin"), QStringLiteral("sandbox"), {}, code}, this, done);
        });
    };
    // A 2FA refusal carries the provider's words and no fixed keyword: it is shown as it is.
    const auto noCode = signIn(QString());
    QCOMPARE(noCode.error.kind(), ApiError::AuthFailed);
    QVERIFY2(noCode.error.message().contains(QLatin1String("Invalid Duo pin code.")), qPrintable(noCode.error.message()));
    QCOMPARE(signIn(QStringLiteral("111111")).error.kind(), ApiError::AuthFailed);
    QVERIFY(signIn(QStringLiteral("246810")).ok());
    // A push holds the reply until it is approved: longer than a request usually takes.
    client.setTimeout(std::chrono::milliseconds(100));
    QElapsedTimer clock;
    clock.start();
    const auto push = signIn(QStringLiteral("push"));
    QVERIFY2(push.ok(), qPrintable(push.error.message()));
    QVERIFY(clock.elapsed() >= 250);
    QVERIFY(client.isSignedIn());
}

void TestApi::signIn_platform_tokenThenVaultsThenTheApi()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--serve-platform"), QStringLiteral("--platform-client-id"), QStringLiteral("svc"),
                           QStringLiteral("--platform-client-secret"), QStringLiteral("s3cret")}));
    QUrl tenant = sandbox.url();
    tenant.setPath(QString()); // the platform lives at the root, as on a real tenant
    ApiClient client(&m_network);
    const auto refused = await<TokenResponse>(
        [&](auto done) { return client.platformToken(tenant, QStringLiteral("svc"), QStringLiteral("wrong"), this, done); });
    QCOMPARE(refused.error.kind(), ApiError::AuthFailed);
    const auto token = await<TokenResponse>(
        [&](auto done) { return client.platformToken(tenant, QStringLiteral("svc"), QStringLiteral("s3cret"), this, done); });
    QVERIFY2(token.ok(), qPrintable(token.error.message()));
    const auto vaults =
        await<QList<PlatformVault>>([&](auto done) { return client.platformVaults(tenant, token.value.accessToken, this, done); });
    QVERIFY2(vaults.ok(), qPrintable(vaults.error.message()));
    QCOMPARE(vaults.value.size(), 1);
    QCOMPARE(ServerUrl::normalise(vaults.value.first().url.toString()), sandbox.url());
    client.setBaseUrl(vaults.value.first().url);
    client.useBearerToken(token.value.accessToken, token.value.expiresInSeconds, QStringLiteral("svc"));
    const auto info = await<RotationInfo>([&](auto done) { return client.getRotationInfo(this, done); });
    QVERIFY2(info.ok(), qPrintable(info.error.message()));
    QVERIFY(info.value.hasPermission);
}

void TestApi::tokenExpiry_followsTheInjectedClock()
{
    // A pasted token's expiry is unknown; a platform token's is known. Past it, a refusal is the
    // end of the session; before it, a missing permission.
    HostileServer server;
    server.routeJson(QStringLiteral("GET /api/v1/key-management"), "{\"message\": \"Denied.\"}", 403);
    ManualClock clock;
    ApiClient client(&m_network);
    client.setClock(&clock);
    client.setBaseUrl(QUrl(server.baseUrl()));
    QSignalSpy expired(&client, &ApiClient::sessionExpired);
    client.useBearerToken(QStringLiteral("t"), 600);
    const auto fresh = await<KeyManagementConfig>([&](auto done) { return client.getConfig(this, done); });
    QCOMPARE(fresh.error.kind(), ApiError::PermissionDenied);
    QCOMPARE(expired.count(), 0);
    clock.advance(601LL * 1000);
    const auto late = await<KeyManagementConfig>([&](auto done) { return client.getConfig(this, done); });
    QCOMPARE(late.error.kind(), ApiError::AuthFailed);
    QCOMPARE(expired.count(), 1);
}

void TestApi::refreshTokensOff_sessionEndsOrSignsInAgain()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--refresh-tokens"), QStringLiteral("off")}));
    auto client = signedInClient(sandbox);
    QVERIFY(client->isSignedIn());
    QVERIFY(!client->canRefresh());
    // The window: the session ends with the token, and says so.
    QVERIFY(await<KeyManagementConfig>([&](auto done) { return client->getConfig(this, done); }).ok());
    QVERIFY(sandbox.setFaults(QJsonObject{{QStringLiteral("expireTokens"), true}}));
    QSignalSpy expired(client.get(), &ApiClient::sessionExpired);
    const auto ended = await<KeyManagementConfig>([&](auto done) { return client->getConfig(this, done); });
    QCOMPARE(ended.error.kind(), ApiError::AuthFailed);
    QCOMPARE(expired.count(), 1);
    // A refused write, sent once: one read tells an ended session from a missing permission.
    auto writer = signedInClient(sandbox);
    QVERIFY(await<RotationInfo>([&](auto done) { return writer->getRotationInfo(this, done); }).ok());
    QVERIFY(sandbox.setFaults(QJsonObject{{QStringLiteral("expireTokens"), true}}));
    QSignalSpy writerExpired(writer.get(), &ApiClient::sessionExpired);
    const int puts = sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management"));
    const auto write = await<KeyManagementConfig>([&](auto done) { return writer->updateConfig(awsUpdate(), this, done); });
    QCOMPARE(write.error.kind(), ApiError::AuthFailed);
    QVERIFY2(write.error.message().contains(QLatin1String("nothing was changed")), qPrintable(write.error.message()));
    QCOMPARE(writerExpired.count(), 1);
    QCOMPARE(sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management")), puts + 1);
    auto auditor = signedInClient(sandbox, QStringLiteral("auditor"));
    QVERIFY(await<RotationInfo>([&](auto done) { return auditor->getRotationInfo(this, done); }).ok());
    QSignalSpy auditorExpired(auditor.get(), &ApiClient::sessionExpired);
    const auto refused = await<KeyManagementConfig>([&](auto done) { return auditor->updateConfig(awsUpdate(), this, done); });
    QCOMPARE(refused.error.kind(), ApiError::PermissionDenied);
    QVERIFY2(refused.error.message().contains(QLatin1String("Administer Key Management")), qPrintable(refused.error.message()));
    QCOMPARE(auditorExpired.count(), 0);
    QVERIFY(auditor->isSignedIn());
    // A long --wait on the command line: it signs in again with the credentials it was given.
    auto again = signedInClient(sandbox);
    int reauthentications = 0;
    again->setReauthenticator([&](const std::function<void(const ApiError &)> &done) {
        ++reauthentications;
        again->signIn({QStringLiteral("admin"), QStringLiteral("sandbox"), {}, {}}, this,
                      [done](const ApiResult<NoContent> &r) { done(r.error); });
    });
    QVERIFY(sandbox.setFaults(QJsonObject{{QStringLiteral("expireTokens"), true}}));
    const auto read = await<KeyManagementConfig>([&](auto done) { return again->getConfig(this, done); });
    QVERIFY2(read.ok(), qPrintable(read.error.message()));
    QCOMPARE(reauthentications, 1);
}

void TestApi::tls_privateCa_isTrustedWhenGiven()
{
    if (runningUnderWine())
        QSKIP("Wine lacks it: crypt32's CertGetCertificateChain, behind Schannel's verification, does not find the issuer "
              "among the CA certificates the console adds (--ca-file); certificate handling is untested on Windows");
    QTemporaryDir dir;
    const QString ca = dir.filePath(QStringLiteral("ca.pem")), cert = dir.filePath(QStringLiteral("cert.pem")),
                  key = dir.filePath(QStringLiteral("key.pem"));
    QVERIFY2(makeCaSignedCertificate(ca, cert, key), "openssl could not make a CA and a server certificate");
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}));
    const SignInRequest admin{QStringLiteral("admin"), QStringLiteral("sandbox"), {}, {}};
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setBaseUrl(sandbox.url());
    QCOMPARE(await<NoContent>([&](auto done) { return client.signIn(admin, this, done); }).error.kind(), ApiError::Tls);
    client.setExtraCaCertificates(QSslCertificate::fromPath(ca));
    const auto trusted = await<NoContent>([&](auto done) { return client.signIn(admin, this, done); });
    QVERIFY2(trusted.ok(), qPrintable(trusted.error.message()));
}

void TestApi::paging_successFalse_isAnErrorNeverAnEmptyPage()
{
    HostileServer server;
    server.routeJson(QStringLiteral("GET /api/v1/key-management/audit"),
                     "{\"records\": [], \"total\": 0, \"success\": false, \"severity\": \"Critical\"}");
    ApiClient client(&m_network);
    client.setBaseUrl(QUrl(server.baseUrl()));
    client.useBearerToken(QStringLiteral("t"));
    const auto r = await<Page<RotationAuditRecord>>([&](auto done) { return client.searchRotationAudit({}, this, done); });
    QCOMPARE(r.error.kind(), ApiError::QueryFailed);
    QVERIFY(r.error.message().contains(QLatin1String("Critical")));
}

void TestApi::reply_tooLarge_isRefused_data()
{
    QTest::addColumn<bool>("endless");
    QTest::newRow("declared 20 MB") << false;
    QTest::newRow("endless body") << true;
}

void TestApi::reply_tooLarge_isRefused()
{
    QFETCH(bool, endless);
    HostileServer server;
    HostileServer::Reply big = HostileServer::Reply::json(endless ? QByteArray(64LL * 1024, ' ') : QByteArray(20LL * 1024 * 1024, ' '));
    if (endless)
        big.mode = HostileServer::Reply::Endless;
    server.route(QStringLiteral("GET /api/v1/key-management"), [big](const HostileServer::Request &) { return big; });
    ApiClient client(&m_network);
    client.setBaseUrl(QUrl(server.baseUrl()));
    client.useBearerToken(QStringLiteral("t"));
    client.setTimeout(std::chrono::seconds(20));
    QElapsedTimer clock;
    clock.start();
    const auto r = await<KeyManagementConfig>([&](auto done) { return client.getConfig(this, done); });
    QCOMPARE(r.error.kind(), ApiError::TooLarge);
    QVERIFY(r.error.message().contains(QLatin1String("larger")));
    QVERIFY(clock.elapsed() < 15000); // refused as it grew, not when the time-out struck
}

void TestApi::reply_brokenMidBody_isATransportError_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("kind");
    // A prefix that happens to be JSON on its own: it must not be taken for the whole answer.
    QTest::newRow("closed mid-body") << int(HostileServer::Reply::CloseAfter) << int(ApiError::Network);
    QTest::newRow("stalled mid-body") << int(HostileServer::Reply::StallAfter) << int(ApiError::Timeout);
}

void TestApi::reply_brokenMidBody_isATransportError()
{
    QFETCH(int, mode);
    QFETCH(int, kind);
    HostileServer server;
    const QByteArray body = "{\"keyManagementTypeId\": 1}                                          ";
    server.route(QStringLiteral("GET /api/v1/key-management"), [&](const HostileServer::Request &) {
        HostileServer::Reply r = HostileServer::Reply::json(body);
        r.mode = HostileServer::Reply::Mode(mode);
        r.cutAt = 26; // exactly {"keyManagementTypeId": 1}
        return r;
    });
    ApiClient client(&m_network);
    client.setBaseUrl(QUrl(server.baseUrl()));
    client.useBearerToken(QStringLiteral("t"));
    client.setTimeout(std::chrono::milliseconds(800));
    const auto r = await<KeyManagementConfig>([&](auto done) { return client.getConfig(this, done); });
    QCOMPARE(int(r.error.kind()), kind);
    QVERIFY(r.error.isTransient()); // and so retried like any other lost connection, for reads
    QVERIFY2(!r.error.message().contains(QLatin1String("JSON")), qPrintable(r.error.message()));
}

void TestApi::reply_429_carriesRetryAfter()
{
    HostileServer server;
    server.route(QStringLiteral("GET /api/v1/key-management/mekrotationinfo"), [](const HostileServer::Request &) {
        HostileServer::Reply r = HostileServer::Reply::json("{\"message\": \"Slow down.\"}", 429);
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("7")));
        return r;
    });
    server.route(QStringLiteral("GET /api/v1/key-management"), [](const HostileServer::Request &) {
        HostileServer::Reply r = HostileServer::Reply::json("{\"message\": \"Busy.\"}", 503);
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("99999")));
        return r;
    });
    ApiClient client(&m_network);
    client.setBaseUrl(QUrl(server.baseUrl()));
    client.useBearerToken(QStringLiteral("t"));
    const auto r = await<RotationInfo>([&](auto done) { return client.getRotationInfo(this, done); });
    QCOMPARE(r.error.kind(), ApiError::TooManyRequests);
    QCOMPARE(r.error.retryAfterSeconds(), 7);
    QVERIFY(r.error.isTransient());
    const auto capped = await<KeyManagementConfig>([&](auto done) { return client.getConfig(this, done); });
    QCOMPARE(capped.error.kind(), ApiError::ServerError);
    QCOMPARE(capped.error.retryAfterSeconds(), ApiError::maxRetryAfterSeconds);
}

void TestApi::reply_retryAfterAsAnHttpDate_isSecondsFromTheClock()
{
    // Retry-After's other form (RFC 9110): an HTTP date, read against the client's clock.
    ManualClock clock;
    const QByteArray when = QLocale::c().toString(clock.utcNow().addSecs(90), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
    HostileServer server;
    server.route(QStringLiteral("GET /api/v1/key-management/mekrotationinfo"), [when](const HostileServer::Request &) {
        HostileServer::Reply r = HostileServer::Reply::json("{\"message\": \"Busy.\"}", 503);
        r.headers.append(qMakePair(QByteArray("Retry-After"), when));
        return r;
    });
    ApiClient client(&m_network);
    client.setClock(&clock);
    client.setBaseUrl(QUrl(server.baseUrl()));
    client.useBearerToken(QStringLiteral("t"));
    const auto r = await<RotationInfo>([&](auto done) { return client.getRotationInfo(this, done); });
    QCOMPARE(r.error.kind(), ApiError::ServerError);
    QCOMPARE(r.error.retryAfterSeconds(), 90);
}

void TestApi::reply_serverText_isMadeSafe()
{
    HostileServer server;
    server.routeJson(QStringLiteral("PUT /api/v1/key-management"),
                     "{\"message\": \"Refused\\u001b[2J\\u001b]0;owned\\u0007\\nsecond line\\u202e\", "
                     "\"modelState\": {\"awsKmsKeyArn\": [\"bad\\u001b[31m\"]}}",
                     400);
    ApiClient client(&m_network);
    client.setBaseUrl(QUrl(server.baseUrl()));
    client.useBearerToken(QStringLiteral("t"));
    const auto r = await<KeyManagementConfig>([&](auto done) { return client.updateConfig(awsUpdate(), this, done); });
    QCOMPARE(r.error.kind(), ApiError::BadRequest);
    const QString message = r.error.message();
    QVERIFY2(message.contains(QStringLiteral("Refused ⏎ second line")), qPrintable(message));
    for (QChar c : message)
        QVERIFY(c.unicode() >= 0x20 && c.unicode() != 0x202E);
    QCOMPARE(r.error.fieldErrors().value(QStringLiteral("awsKmsKeyArn")), QStringList{QStringLiteral("bad")});
}

void TestApi::proxyPolicy_setting_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("system") << QString() << true << int(QNetworkProxy::DefaultProxy) << QString() << 0;
    QTest::newRow("none") << QStringLiteral("None") << true << int(QNetworkProxy::NoProxy) << QString() << 0;
    QTest::newRow("http with port") << QStringLiteral("http://proxy.corp:3128") << true << int(QNetworkProxy::HttpProxy)
                                    << QStringLiteral("proxy.corp") << 3128;
    QTest::newRow("http without port") << QStringLiteral("http://proxy.corp") << true << int(QNetworkProxy::HttpProxy)
                                       << QStringLiteral("proxy.corp") << 8080;
    QTest::newRow("bare host") << QStringLiteral("proxy.corp:81") << true << int(QNetworkProxy::HttpProxy) << QStringLiteral("proxy.corp")
                               << 81;
    QTest::newRow("socks5") << QStringLiteral("socks5://10.0.0.1") << true << int(QNetworkProxy::Socks5Proxy) << QStringLiteral("10.0.0.1")
                            << 1080;
    // Was taken as a plain HTTP proxy on 443: Qt cannot speak TLS to a proxy.
    QTest::newRow("https refused") << QStringLiteral("https://proxy.corp") << false << -1 << QString() << 0;
    QTest::newRow("password refused") << QStringLiteral("http://me:pw@proxy.corp:3128") << false << -1 << QString() << 0;
    QTest::newRow("ftp refused") << QStringLiteral("ftp://proxy.corp") << false << -1 << QString() << 0;
}

void TestApi::proxyPolicy_setting()
{
    QFETCH(QString, setting);
    QFETCH(bool, usable);
    QFETCH(int, type);
    QFETCH(QString, host);
    QFETCH(int, port);
    QCOMPARE(ProxyPolicy::problem(setting).isEmpty(), usable);
    if (type < 0 || type == int(QNetworkProxy::DefaultProxy))
        return;
    ProxyPolicy policy(setting);
    const QList<QNetworkProxy> proxies = policy.queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("https://ss.example.com/SecretServer"))));
    QCOMPARE(proxies.size(), 1);
    QCOMPARE(int(proxies.first().type()), type);
    QCOMPARE(proxies.first().hostName(), host);
    QCOMPARE(int(proxies.first().port()), port);
}

void TestApi::proxyPolicy_environment_data()
{
    QTest::addColumn<QString>("httpsProxy");
    QTest::addColumn<QString>("noProxy");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("type"); // -1: the environment says nothing
    QTest::newRow("proxied") << QStringLiteral("http://p:3128") << QString() << QStringLiteral("ss.example.com")
                             << int(QNetworkProxy::HttpProxy);
    QTest::newRow("unset") << QString() << QString() << QStringLiteral("ss.example.com") << -1;
    QTest::newRow("exact host") << QStringLiteral("http://p:3128") << QStringLiteral("ss.example.com") << QStringLiteral("ss.example.com")
                                << int(QNetworkProxy::NoProxy);
    QTest::newRow("domain with dot") << QStringLiteral("http://p:3128") << QStringLiteral(".example.com")
                                     << QStringLiteral("ss.example.com") << int(QNetworkProxy::NoProxy);
    QTest::newRow("domain without dot") << QStringLiteral("http://p:3128") << QStringLiteral("example.com")
                                        << QStringLiteral("ss.example.com") << int(QNetworkProxy::NoProxy);
    QTest::newRow("not a suffix of a label") << QStringLiteral("http://p:3128") << QStringLiteral("ample.com")
                                             << QStringLiteral("ss.example.com") << int(QNetworkProxy::HttpProxy);
    QTest::newRow("star") << QStringLiteral("http://p:3128") << QStringLiteral("*") << QStringLiteral("ss.example.com")
                          << int(QNetworkProxy::NoProxy);
    QTest::newRow("port ignored") << QStringLiteral("http://p:3128") << QStringLiteral("ss.example.com:443")
                                  << QStringLiteral("ss.example.com") << int(QNetworkProxy::NoProxy);
    QTest::newRow("case and spaces") << QStringLiteral("http://p:3128") << QStringLiteral(" other.org , SS.Example.COM ")
                                     << QStringLiteral("ss.example.com") << int(QNetworkProxy::NoProxy);
    QTest::newRow("ip address") << QStringLiteral("http://p:3128") << QStringLiteral("10.1.2.3") << QStringLiteral("10.1.2.3")
                                << int(QNetworkProxy::NoProxy);
    QTest::newRow("other host") << QStringLiteral("http://p:3128") << QStringLiteral("other.org") << QStringLiteral("ss.example.com")
                                << int(QNetworkProxy::HttpProxy);
    QTest::newRow("star before the domain") << QStringLiteral("http://p:3128") << QStringLiteral("*.example.com")
                                            << QStringLiteral("ss.example.com") << int(QNetworkProxy::NoProxy);
    QTest::newRow("the domain itself, leading dot") << QStringLiteral("http://p:3128") << QStringLiteral(".example.com")
                                                    << QStringLiteral("example.com") << int(QNetworkProxy::NoProxy);
    QTest::newRow("a longer name is not a subdomain") << QStringLiteral("http://p:3128") << QStringLiteral("example.com")
                                                      << QStringLiteral("ss.example.com.evil.org") << int(QNetworkProxy::HttpProxy);
    QTest::newRow("empty entries") << QStringLiteral("http://p:3128") << QStringLiteral(",,  ,") << QStringLiteral("ss.example.com")
                                   << int(QNetworkProxy::HttpProxy);
    QTest::newRow("ipv6 address") << QStringLiteral("http://p:3128") << QStringLiteral("::1") << QStringLiteral("::1")
                                  << int(QNetworkProxy::NoProxy);
    QTest::newRow("ipv6 in brackets") << QStringLiteral("http://p:3128") << QStringLiteral("[::1]") << QStringLiteral("::1")
                                      << int(QNetworkProxy::NoProxy);
    QTest::newRow("ipv6 in brackets with a port")
        << QStringLiteral("http://p:3128") << QStringLiteral("[fd00::5]:443") << QStringLiteral("fd00::5") << int(QNetworkProxy::NoProxy);
    QTest::newRow("ipv4 network") << QStringLiteral("http://p:3128") << QStringLiteral("10.0.0.0/8") << QStringLiteral("10.1.2.3")
                                  << int(QNetworkProxy::NoProxy);
    QTest::newRow("outside the ipv4 network") << QStringLiteral("http://p:3128") << QStringLiteral("10.0.0.0/8")
                                              << QStringLiteral("192.168.1.5") << int(QNetworkProxy::HttpProxy);
    QTest::newRow("ipv6 network") << QStringLiteral("http://p:3128") << QStringLiteral("fd00::/8") << QStringLiteral("fd00::5")
                                  << int(QNetworkProxy::NoProxy);
    QTest::newRow("a network names no host") << QStringLiteral("http://p:3128") << QStringLiteral("10.0.0.0/8")
                                             << QStringLiteral("ss.example.com") << int(QNetworkProxy::HttpProxy);
    QTest::newRow("upper-case variable") << QStringLiteral("http://p:3128") << QStringLiteral("NO_PROXY=ss.example.com")
                                         << QStringLiteral("ss.example.com") << int(QNetworkProxy::NoProxy);
    QTest::newRow("all_proxy when https_proxy is unset")
        << QStringLiteral("all_proxy=socks5://s:1080") << QString() << QStringLiteral("ss.example.com") << int(QNetworkProxy::Socks5Proxy);
    QTest::newRow("http_proxy is not for https")
        << QStringLiteral("http_proxy=http://p:3128") << QString() << QStringLiteral("ss.example.com") << -1;
    QTest::newRow("https proxy passed over") << QStringLiteral("https://p") << QString() << QStringLiteral("ss.example.com") << -1;
}

void TestApi::proxyPolicy_environment()
{
    QFETCH(QString, httpsProxy);
    QFETCH(QString, noProxy);
    QFETCH(QString, target);
    QFETCH(int, type);
    const QByteArrayList names = {"https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY",
                                  "all_proxy",   "ALL_PROXY",   "no_proxy",   "NO_PROXY"};
    QHash<QByteArray, QByteArray> saved;
    for (const QByteArray &n : names) {
        if (qEnvironmentVariableIsSet(n.constData()))
            saved.insert(n, qgetenv(n.constData()));
        qunsetenv(n.constData());
    }
    const auto restore = qScopeGuard([&] {
        for (const QByteArray &n : names) {
            qunsetenv(n.constData());
            if (saved.contains(n))
                qputenv(n.constData(), saved.value(n));
        }
    });
    // A value is for https_proxy and no_proxy unless it names its variable ("NAME=value").
    auto put = [](const char *name, const QString &value) {
        if (value.isEmpty())
            return;
        const qsizetype eq = value.indexOf(QLatin1Char('='));
        if (eq > 0 && !value.left(eq).contains(QLatin1Char('/')))
            qputenv(value.left(eq).toLatin1().constData(), value.mid(eq + 1).toLocal8Bit());
        else
            qputenv(name, value.toLocal8Bit());
    };
    put("https_proxy", httpsProxy);
    put("no_proxy", noProxy);
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(target);
    const auto proxy = ProxyPolicy::fromEnvironment(QNetworkProxyQuery(url));
    QCOMPARE(proxy.has_value(), type >= 0);
    if (proxy)
        QCOMPARE(int(proxy->type()), type);
}

QTEST_GUILESS_MAIN(TestApi)
#include "tst_api.moc"
