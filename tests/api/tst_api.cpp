// The API client: URL normalisation, and every endpoint against a real kmsandbox, including the
// ways a server fails (400/403/500, HTML, broken JSON, silence, refused, untrusted certificate).
#include "api/ApiClient.h"
#include "CannedHttpServer.h"
#include "SandboxProcess.h"
#include "api/ServerUrl.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

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
    QDeadlineTimer deadline(timeoutMs);
    while (!out && !deadline.hasExpired())
        QTest::qWait(5);
    if (!out) {
        ApiResult<T> r;
        r.error = ApiError(ApiError::Network, QStringLiteral("the test gave up waiting"));
        return r;
    }
    return *out;
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
    void initTestCase();
    void serverUrl_normalises_data();
    void serverUrl_normalises();
    void serverUrl_refusesNonsense_data();
    void serverUrl_refusesNonsense();

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

    void updateConfig_valid_readsBackAndAudits();
    void updateConfig_invalid_returnsFieldErrors();
    void updateConfig_serverError_carriesServerMessage();
    void auditor_put_isRefusedWithServerMessage();
    void rotation_startThenRetryRefused();
    void rotationAudit_filtersSortAndUsers();

    void refresh_beforeExpiry_isProactive();
    void refresh_afterServerRejects_replaysReadOnce();
    void refresh_refused_emitsSessionExpired();
    void put_afterTokenExpiry_isNotSentTwice();
    void bearerToken_worksWithoutSignIn();
    void signOut_expiresTokenOnServer();

    void tls_untrustedRefused_thenTrusted();
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
    const auto r = await<NoContent>([&](auto done) {
        return client->signIn({user, QStringLiteral("sandbox"), {}, {}}, this, done);
    });
    if (!r.ok())
        qWarning("sign-in failed: %s", qPrintable(r.error.message()));
    return client;
}

void TestApi::serverUrl_normalises_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("base");
    QTest::newRow("bare host") << "ss.example.com" << "https://ss.example.com";
    QTest::newRow("on-prem path") << "https://ss.example.com/SecretServer" << "https://ss.example.com/SecretServer";
    QTest::newRow("trailing slash") << "https://ss.example.com/SecretServer/" << "https://ss.example.com/SecretServer";
    QTest::newRow("seed default, doubled slash") << "https://integrations.secretservercloud.com//api"
                                                 << "https://integrations.secretservercloud.com";
    QTest::newRow("pasted api/v1") << "https://t.secretservercloud.eu/api/v1" << "https://t.secretservercloud.eu";
    QTest::newRow("pasted endpoint") << "https://h/SecretServer/api/v1/key-management/audit?take=5"
                                     << "https://h/SecretServer";
    QTest::newRow("pasted token url") << "https://h/SecretServer/oauth2/token" << "https://h/SecretServer";
    QTest::newRow("upper-case API") << "https://h/SS/API/V1/" << "https://h/SS";
    QTest::newRow("http with port") << "http://127.0.0.1:8080//SecretServer//" << "http://127.0.0.1:8080/SecretServer";
    QTest::newRow("spaces around") << "  https://h/x  " << "https://h/x";
    QTest::newRow("path containing api in a name") << "https://h/apiserver" << "https://h/apiserver";
    QTest::newRow("ipv6") << "http://[::1]:9000/SecretServer" << "http://[::1]:9000/SecretServer";
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
    QTest::newRow("empty") << "   " << "Enter the address";
    QTest::newRow("ftp") << "ftp://h/x" << "ftp://";
    QTest::newRow("credentials in url") << "https://admin:pw@h/x" << "user name and password";
    QTest::newRow("no host") << "https:///path" << "not a valid";
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

void TestApi::signIn_goodPassword_thenEveryReadEndpoint()
{
    auto client = signedInClient(m_sandbox);
    QVERIFY(client->isSignedIn());
    QVERIFY(client->canRefresh());
    QCOMPARE(client->userName(), QStringLiteral("admin"));

    const auto health = await<NoContent>([&](auto done) { return client->healthcheck(this, done); });
    QVERIFY2(health.ok(), qPrintable(health.error.message()));
    const auto config = await<KeyManagementConfig>([&](auto done) { return client->getConfig(this, done); });
    QVERIFY2(config.ok(), qPrintable(config.error.message()));
    QVERIFY(config.value.awsSecretAccessKey.isEmpty());
    const auto stub = await<KeyManagementConfig>([&](auto done) { return client->getConfigStub(this, done); });
    QVERIFY(stub.ok());
    QCOMPARE(stub.value.kind(), KeyManagementKind::None);
    const auto info = await<RotationInfo>([&](auto done) { return client->getRotationInfo(this, done); });
    QVERIFY(info.ok());
    QVERIFY(info.value.hasPermission);
    QCOMPARE(info.value.totalItems, 1250);
    const auto users = await<QList<AuditUser>>([&](auto done) { return client->getRotationAuditUsers(this, done); });
    QVERIFY(users.ok());
    QVERIFY(users.value.size() >= 5);
    const auto history = await<Page<ConfigAuditRecord>>([&](auto done) { return client->getConfigAudit({}, this, done); });
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
    QVERIFY(client.setServer(QStringLiteral("http://127.0.0.1:%1/SecretServer").arg(port)));
    const auto r = await<NoContent>([&](auto done) { return client.signIn({QStringLiteral("admin"), QStringLiteral("x"), {}, {}}, this, done); });
    QCOMPARE(r.error.kind(), ApiError::ConnectionRefused);
    QVERIFY(r.error.message().contains(QLatin1String("refused")));
}

void TestApi::signIn_unknownHost_isNamed()
{
    ApiClient client(&m_network);
    QVERIFY(client.setServer(QStringLiteral("https://kms-does-not-exist.invalid/SecretServer"))); // .invalid never resolves
    const auto r = await<NoContent>([&](auto done) { return client.signIn({QStringLiteral("admin"), QStringLiteral("x"), {}, {}}, this, done); });
    QCOMPARE(r.error.kind(), ApiError::HostNotFound);
    QVERIFY(r.error.message().contains(QLatin1String("host name could not be found")));
}

void TestApi::signIn_wrongBasePath_isNotFound()
{
    ApiClient client(&m_network);
    QUrl url = m_sandbox.url();
    url.setPath(QStringLiteral("/NotSecretServer"));
    client.setBaseUrl(url);
    const auto r = await<NoContent>([&](auto done) { return client.signIn({QStringLiteral("admin"), QStringLiteral("sandbox"), {}, {}}, this, done); });
    QCOMPARE(r.error.kind(), ApiError::NotFound);
    QVERIFY(r.error.message().contains(QLatin1String("token endpoint")));
}

void TestApi::signIn_htmlPage_isNotJson()
{
    CannedHttpServer server;
    server.setResponse(200, "text/html; charset=utf-8", "<!DOCTYPE html><html><body>Login</body></html>");
    ApiClient client(&m_network);
    QVERIFY(client.setServer(server.baseUrl()));
    const auto r = await<NoContent>([&](auto done) { return client.signIn({QStringLiteral("admin"), QStringLiteral("x"), {}, {}}, this, done); });
    QCOMPARE(r.error.kind(), ApiError::NotJson);
    QVERIFY(r.error.message().contains(QLatin1String("web page")));
    QVERIFY(!client.isSignedIn());
}

void TestApi::call_brokenJson_isBadJson()
{
    CannedHttpServer server;
    server.setResponse(200, "application/json", "{\"keyManagementTypeId\": 1,");
    ApiClient client(&m_network);
    QVERIFY(client.setServer(server.baseUrl()));
    client.useBearerToken(QStringLiteral("t"));
    const auto r = await<KeyManagementConfig>([&](auto done) { return client.getConfig(this, done); });
    QCOMPARE(r.error.kind(), ApiError::BadJson);
}

void TestApi::call_wrongTypeInReply_namesTheField()
{
    CannedHttpServer server;
    server.setResponse(200, "application/json", R"({"processState": "Running", "itemsToRotate": "many"})");
    ApiClient client(&m_network);
    QVERIFY(client.setServer(server.baseUrl()));
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
    QVERIFY(client.setServer(server.baseUrl()));
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
    QVERIFY(client.setServer(server.baseUrl()));
    client.useBearerToken(QStringLiteral("t"));
    int calls = 0;
    ApiError seen;
    ApiCall *call = client.getConfig(this, [&](const ApiResult<KeyManagementConfig> &r) { ++calls; seen = r.error; });
    QTRY_COMPARE(server.requestsSeen(), 1);
    call->cancel();
    QTRY_COMPARE(calls, 1);
    QCOMPARE(seen.kind(), ApiError::Cancelled);
    QTest::qWait(100);
    QCOMPARE(calls, 1);
}

void TestApi::notSignedIn_isRefusedWithoutARequest()
{
    CannedHttpServer server;
    server.setResponse(200, "application/json", "{}");
    ApiClient client(&m_network);
    QVERIFY(client.setServer(server.baseUrl()));
    const auto r = await<KeyManagementConfig>([&](auto done) { return client.getConfig(this, done); });
    QCOMPARE(r.error.kind(), ApiError::AuthFailed);
    QCOMPARE(server.requestsSeen(), 0);
}

void TestApi::updateConfig_valid_readsBackAndAudits()
{
    auto client = signedInClient(m_sandbox);
    KeyManagementConfigUpdate update;
    update.typeId = KeyManagementTypes::AwsKmsId;
    update.awsAccessKeyId = awsAccessKey;
    update.awsKeyArn = awsArn;
    update.awsKeyId = awsKeyId;
    update.awsSecretAccessKey = awsSecret;
    const auto saved = await<KeyManagementConfig>([&](auto done) { return client->updateConfig(update, this, done); });
    QVERIFY2(saved.ok(), qPrintable(saved.error.message()));
    QCOMPARE(saved.value.kind(), KeyManagementKind::AwsKms);
    QCOMPARE(saved.value.awsKeyArn, awsArn);
    QVERIFY(saved.value.awsSecretAccessKey.isEmpty()); // never echoed

    const auto read = await<KeyManagementConfig>([&](auto done) { return client->getConfig(this, done); });
    QCOMPARE(read.value.awsAccessKeyId, awsAccessKey);
    QCOMPARE(read.value.awsKeyId, awsKeyId);

    // Saving again without the secret keeps the stored one (no "required" error).
    KeyManagementConfigUpdate again = KeyManagementConfigUpdate::from(read.value);
    const auto kept = await<KeyManagementConfig>([&](auto done) { return client->updateConfig(again, this, done); });
    QVERIFY2(kept.ok(), qPrintable(kept.error.message()));

    ConfigAuditQuery q;
    q.searchText = QStringLiteral("Amazon KMS");
    const auto history = await<Page<ConfigAuditRecord>>([&](auto done) { return client->getConfigAudit(q, this, done); });
    QVERIFY(history.ok());
    QVERIFY(history.value.info.total >= 2);
    const ConfigAuditRecord &newest = history.value.records.first();
    QCOMPARE(newest.displayName, QStringLiteral("Sandbox Administrator"));
    QVERIFY(!newest.notes.contains(awsSecret));
}

void TestApi::updateConfig_invalid_returnsFieldErrors()
{
    auto client = signedInClient(m_sandbox);
    KeyManagementConfigUpdate update;
    update.typeId = KeyManagementTypes::AwsKmsId;
    update.awsAccessKeyId = QStringLiteral("akia-lowercase");
    update.awsKeyArn = QStringLiteral("arn:aws:kms:us-east-1:123456789012:key/1111abcd-12ab-34cd-56ef-1234567890ab");
    update.awsKeyId = awsKeyId;
    update.awsSecretAccessKey = QStringLiteral("short");
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
    KeyManagementConfigUpdate update;
    const auto r = await<KeyManagementConfig>([&](auto done) { return client->updateConfig(update, this, done); });
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
    const auto r = await<RotationInfo>([&](auto done) { return client->startRotation(this, done); });
    QCOMPARE(r.error.kind(), ApiError::AuthFailed);
    QCOMPARE(r.error.httpStatus(), 403);
    QVERIFY(r.error.message().contains(QLatin1String("Administer Key Management")));
    QVERIFY(client->isSignedIn()); // a refused action is not a lost session
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
                              last.processState == ProcessState::Completed), 10000);
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
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--token-ttl"), QStringLiteral("3")}));
    auto client = signedInClient(sandbox);
    client->setRefreshMargin(std::chrono::seconds(2));
    QCOMPARE(sandbox.requestCount(QStringLiteral("POST /oauth2/token")), 1);
    QTest::qWait(1300); // now within the margin
    const auto r = await<KeyManagementConfig>([&](auto done) { return client->getConfig(this, done); });
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QCOMPARE(sandbox.requestCount(QStringLiteral("POST /oauth2/token")), 2);
    QCOMPARE(sandbox.requestCount(QStringLiteral("GET /api/v1/key-management")), 1); // no rejected attempt first
}

void TestApi::refresh_afterServerRejects_replaysReadOnce()
{
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
    SandboxProcess sandbox;
    QVERIFY(sandbox.start());
    auto client = signedInClient(sandbox);
    QVERIFY(sandbox.setFaults(QJsonObject{{QStringLiteral("expireTokens"), true}}));
    const auto r = await<RotationInfo>([&](auto done) { return client->startRotation(this, done); });
    QCOMPARE(r.error.kind(), ApiError::AuthFailed);
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
    KeyManagementConfigUpdate update;
    update.typeId = KeyManagementTypes::AwsKmsId;
    update.awsAccessKeyId = awsAccessKey;
    update.awsKeyArn = awsArn;
    update.awsKeyId = awsKeyId;
    update.awsSecretAccessKey = awsSecret;
    const auto saved = await<KeyManagementConfig>([&](auto done) { return client->updateConfig(update, this, done); });
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

QTEST_GUILESS_MAIN(TestApi)
#include "tst_api.moc"
