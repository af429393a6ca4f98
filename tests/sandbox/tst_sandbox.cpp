// kmsandbox's behaviour over raw HTTP: auth, paging arithmetic, every sort column both ways, each
// filter, bad parameters, the rotation walk, failure and retry, and persistence across a restart.
// Deliberately uses no console code, so the two sides check each other.
#include "SandboxProcess.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace km;

namespace {
const QStringList walk = {
    QStringLiteral("RotationRequested"),
    QStringLiteral("KeyRotationStarted"),
    QStringLiteral("KeyRotationCompleted"),
    QStringLiteral("PendingRestart"),
    QStringLiteral("MarkDataStarted"),
    QStringLiteral("MarkDataCompleted"),
    QStringLiteral("DataRotationStarted"),
    QStringLiteral("DataRotationCompleted"),
    QStringLiteral("SessionDataRotationStarted"),
    QStringLiteral("SessionDataRotationCompleted"),
};
const QStringList allStatuses =
    QStringList{QStringLiteral("NeverRun")} + walk
    + QStringList{QStringLiteral("ProcessCompletedWithErrorsBeforeRotation"), QStringLiteral("ProcessFailedAfterRotation")};

const QByteArray validAzure = "{\"keyManagementTypeId\": 2, \"azureKeyVaultBaseUrl\": \"https://myvault.vault.azure.net/\", "
                              "\"azureKeyVaultKeyName\": \"kek\", \"azureKeyVaultKeyVersion\": \"\", \"azureKeyVaultPrincipalId\": "
                              "\"5f1c4b3a-2e1d-4c5b-9a8f-7e6d5c4b3a21\", \"azureKeyVaultPrincipalSecret\": \"azure-principal-Secret~42\"}";
const QByteArray jsonType = "application/json";
const QByteArray formType = "application/x-www-form-urlencoded";

// base + path, for a sandbox other than the suite's own.
QUrl under(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(base.path() + path);
    return url;
}

QUrl atRoot(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(path);
    return url;
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

const QStringList publishedConfigFields = [] {
    QStringList fields{QStringLiteral("keyManagementConfigId"), QStringLiteral("keyManagementTypeId"),
                       QStringLiteral("keyManagementTypeName"), QStringLiteral("awsKmsAccessKeyId"),
                       QStringLiteral("awsKmsKeyArn"),          QStringLiteral("awsKmsKeyId"),
                       QStringLiteral("awsKmsSecretAccessKey")};
    fields.sort();
    return fields;
}();

const QByteArray validAws =
    "{\"keyManagementTypeId\": 1, \"awsKmsAccessKeyId\": \"AKIAIOSFODNN7EXAMPLE\", \"awsKmsKeyArn\": "
    "\"arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab\", \"awsKmsKeyId\": "
    "\"1234abcd-12ab-34cd-56ef-1234567890ab\", \"awsKmsSecretAccessKey\": \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"}";
} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void token_passwordGrant_refreshOnce_andRefusals();
    void auth_missingUnknownExpiredToken_are403();
    void routing_unknownPath404_wrongMethod405_rootBasePath();
    void paging_envelopeArithmetic_data();
    void paging_envelopeArithmetic();
    void sort_everyColumnBothWays_data();
    void sort_everyColumnBothWays();
    void filters_eachNarrowsCorrectly();
    void badParameters_are400WithModelState_data();
    void badParameters_are400WithModelState();
    void seed_isDeterministicAndHostile();
    void auditUsers_areDistinct();
    void config_validatesStoresAuditsAndNeverEchoesSecrets();
    void auditor_mayReadButNotWrite();
    void rotation_walksEveryStatusInOrder();
    void rotation_failAt_thenRetry_completes_data();
    void rotation_failAt_thenRetry_completes();
    void audit_idsUnordered_laterRecordsGetLowerIds();
    void faults_passFirst_thenFailNext();
    void faults_failRateAndLatency();
    void state_survivesRestart();
    void shutdownControl_endsItAsSigtermDoes();
    void urlFile_holdsTheListeningUrl();

    void config_repliesAreExactlyThePublishedModel();
    void config_putIsReplaceAll_secretsRequired();
    void config_putKeepsBlankSecrets_variant();
    void oauthExpiration_answersBareTrue();
    void sort_directionInAnyCase_echoesWhatWasApplied_data();
    void sort_directionInAnyCase_echoesWhatWasApplied();
    void accessDenied_400Variant_hasErrorCode();
    void typeIdsAndNames_areConfigurable();
    void refreshTokensOff_noRefreshToken_grantRefused();
    void otp_refusalUsesDuoWording_pushApprovesOrDenies();
    void maintenance_afterSave_refusesWritesForAWhile();
    void secretKeys_saveStartsARun_maintenanceLastsUntilItEnds();
    void secretKeys_defaultSaveEndsAtOnce();
    void secretKeys_rotateAndCancel_withRefusals();
    void secretKeys_failureWordsAndPresenceReading();
    void apiVersion112_hasNoConfigAudit();
    void version_answersPerApiVersion();
    void dateFilter_takesADateTimeOrADay_orReadsItAsLocalTime();
    void ignoreSort_ordersById_echoesNoSort();
    void preflightEndpoints_publishedShapes_everyCheckPassesByDefault();
    void preflightVariants_nodesHealthAndBackups();
    void platform_tokenVaultsAndHealth_atTheRoot();
    void variant_comesBeforeTheTestsOwnArguments();

    void paging_largestSkip_doesNotOverflow();
    void commandLine_badValues_exitWithStatus2_data();
    void commandLine_badValues_exitWithStatus2();
    void commandLine_helpNamesEveryVariantWithItsDefault();
    void testControls_absentByDefault();
    void stats_areBoundedByTheRouteTable();
    void debugLogging_neverShowsATokenOrPassword();
    void secrets_neverStoredInTheDatabaseFile();
    void seed_rotationStateIsTheLastCompletedSeededRotation();
    void audit_fastPathsAnswerExactlyAsThePlainQueries();

private:
    QUrl api(const QString &path, const QUrlQuery &query = {}) const;
    HttpResult get(const QString &path, const QUrlQuery &query = {}, const QByteArray &token = {});
    QJsonObject rotationInfo(const QUrl &base, const QByteArray &token);

    SandboxProcess m_sandbox;
    QByteArray m_admin;
};

void TestSandbox::initTestCase()
{
    // This suite sets each behaviour itself: a variant meant for the console's tests would blur it.
    qunsetenv("KMSANDBOX_VARIANT");
    QString error;
    QVERIFY2(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("1000")}, &error), qPrintable(error));
    m_admin = sandboxToken(m_sandbox.url());
    QVERIFY(!m_admin.isEmpty());
}

QUrl TestSandbox::api(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_sandbox.url();
    url.setPath(url.path() + QStringLiteral("/api/v1") + path);
    url.setQuery(query);
    return url;
}

HttpResult TestSandbox::get(const QString &path, const QUrlQuery &query, const QByteArray &token)
{
    return httpRequest("GET", api(path, query), {}, {}, token.isEmpty() ? m_admin : token);
}

QJsonObject TestSandbox::rotationInfo(const QUrl &base, const QByteArray &token)
{
    QUrl url = base;
    url.setPath(base.path() + QStringLiteral("/api/v1/key-management/mekrotationinfo"));
    return httpRequest("GET", url, {}, {}, token).object();
}

void TestSandbox::token_passwordGrant_refreshOnce_andRefusals()
{
    QUrl tokenUrl = m_sandbox.url();
    tokenUrl.setPath(tokenUrl.path() + QStringLiteral("/oauth2/token"));
    const QByteArray form = "application/x-www-form-urlencoded";
    const HttpResult ok = httpRequest("POST", tokenUrl, "grant_type=password&username=ADMIN&password=sandbox&domain=local", form);
    QCOMPARE(ok.status, 200);
    const QJsonObject t = ok.object();
    QCOMPARE(t.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
    QCOMPARE(t.value(QStringLiteral("expires_in")).toInt(), 1200);
    QVERIFY(!t.value(QStringLiteral("access_token")).toString().isEmpty());
    const QByteArray refresh = t.value(QStringLiteral("refresh_token")).toString().toLatin1();
    QVERIFY(!refresh.isEmpty());

    const HttpResult renewed = httpRequest("POST", tokenUrl, "grant_type=refresh_token&refresh_token=" + refresh, form);
    QCOMPARE(renewed.status, 200);
    QVERIFY(renewed.object().value(QStringLiteral("access_token")).toString() != t.value(QStringLiteral("access_token")).toString());
    const HttpResult reused = httpRequest("POST", tokenUrl, "grant_type=refresh_token&refresh_token=" + refresh, form);
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));

    const HttpResult wrong = httpRequest("POST", tokenUrl, "grant_type=password&username=admin&password=nope", form);
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(httpRequest("POST", tokenUrl, "grant_type=client_credentials", form).object().value(QStringLiteral("error")).toString(),
             QStringLiteral("unsupported_grant_type"));
    QCOMPARE(httpRequest("POST", tokenUrl, "grant_type=password&username=admin", form).status, 400);
    QCOMPARE(httpRequest("GET", tokenUrl).status, 405);
    // A password with form-significant characters arrives intact.
    SandboxProcess odd;
    QVERIFY(odd.start({QStringLiteral("--password"), QStringLiteral("p+a&s=s%20 w")}));
    QVERIFY(!sandboxToken(odd.url(), QStringLiteral("admin"), QStringLiteral("p+a&s=s%20 w")).isEmpty());
}

void TestSandbox::auth_missingUnknownExpiredToken_are403()
{
    const HttpResult none = httpRequest("GET", api(QStringLiteral("/key-management")));
    QCOMPARE(none.status, 403);
    QVERIFY(none.object().value(QStringLiteral("message")).toString().contains(QLatin1String("Authentication failed")));
    QCOMPARE(get(QStringLiteral("/key-management"), {}, "forged").status, 403);

    SandboxProcess shortLived;
    QVERIFY(shortLived.start({QStringLiteral("--token-ttl"), QStringLiteral("1")}));
    const QByteArray token = sandboxToken(shortLived.url());
    QCOMPARE(rotationInfo(shortLived.url(), token).value(QStringLiteral("processState")).toString(), QStringLiteral("None"));
    QUrl url = shortLived.url();
    url.setPath(url.path() + QStringLiteral("/api/v1/key-management"));
    // A second after it was issued. The first refusal says "expired"; the sandbox then forgets the
    // session, so the wait sends one request at a time and keeps the first refusal.
    HttpResult expired;
    QVERIFY(QTest::qWaitFor([&] { return (expired = httpRequest("GET", url, {}, {}, token)).status == 403; }, 5000));
    QCOMPARE(expired.status, 403);
    QVERIFY(expired.object().value(QStringLiteral("message")).toString().contains(QLatin1String("expired")));
    // healthcheck needs no token
    QCOMPARE(httpRequest("GET", api(QStringLiteral("/healthcheck"))).status, 200);
}

void TestSandbox::routing_unknownPath404_wrongMethod405_rootBasePath()
{
    QCOMPARE(get(QStringLiteral("/key-management/nothing")).status, 404);
    QUrl outside = m_sandbox.url();
    outside.setPath(QStringLiteral("/Other/api/v1/key-management"));
    QCOMPARE(httpRequest("GET", outside, {}, {}, m_admin).status, 404);
    QCOMPARE(httpRequest("DELETE", api(QStringLiteral("/key-management")), {}, {}, m_admin).status, 405);
    QCOMPARE(httpRequest("GET", api(QStringLiteral("/key-management/startmekrotation")), {}, {}, m_admin).status, 405);
    // IIS paths are case-insensitive, and a trailing slash is the same resource.
    QCOMPARE(get(QStringLiteral("/Key-Management/MEKRotationInfo/")).status, 200);

    SandboxProcess root;
    QVERIFY(root.start({QStringLiteral("--base-path"), QStringLiteral("/")}));
    QCOMPARE(root.url().path(), QString());
    QVERIFY(!sandboxToken(root.url()).isEmpty());
}

void TestSandbox::paging_envelopeArithmetic_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("skip");
    QTest::addColumn<int>("take");
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("currentPage");
    QTest::addColumn<int>("pageCount");
    QTest::addColumn<bool>("hasNext");
    QTest::addColumn<bool>("hasPrev");
    QTest::addColumn<int>("nextSkip");
    QTest::addColumn<int>("prevSkip");
    // 1000 seeded records end inside a rotation, so the whole of it is seeded: 1005.
    QTest::newRow("first page") << "" << 0 << 50 << 50 << 1 << 21 << true << false << 50 << 0;
    QTest::newRow("middle page") << "" << 500 << 50 << 50 << 11 << 21 << true << true << 550 << 450;
    QTest::newRow("last full page") << "" << 955 << 50 << 50 << 20 << 21 << false << true << 955 << 905;
    QTest::newRow("last partial page") << "" << 990 << 30 << 15 << 34 << 34 << false << true << 990 << 960;
    QTest::newRow("the largest page") << "" << 0 << 1000 << 1000 << 1 << 2 << true << false << 1000 << 0;
    QTest::newRow("past the end") << "" << 2000 << 50 << 0 << 41 << 21 << false << true << 2000 << 1950;
    QTest::newRow("empty result") << "no record says this" << 0 << 25 << 0 << 1 << 0 << false << false << 0 << 0;
}

void TestSandbox::paging_envelopeArithmetic()
{
    QFETCH(QString, search);
    QFETCH(int, skip);
    QFETCH(int, take);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("skip"), QString::number(skip));
    q.addQueryItem(QStringLiteral("take"), QString::number(take));
    if (!search.isEmpty())
        q.addQueryItem(QStringLiteral("filter.searchTerm"), search);
    const HttpResult r = get(QStringLiteral("/key-management/audit"), q);
    QCOMPARE(r.status, 200);
    const QJsonObject page = r.object();
    QTEST(int(page.value(QStringLiteral("records")).toArray().size()), "records");
    QTEST(page.value(QStringLiteral("currentPage")).toInt(), "currentPage");
    QTEST(page.value(QStringLiteral("pageCount")).toInt(), "pageCount");
    QTEST(page.value(QStringLiteral("hasNext")).toBool(), "hasNext");
    QTEST(page.value(QStringLiteral("hasPrev")).toBool(), "hasPrev");
    QTEST(page.value(QStringLiteral("nextSkip")).toInt(), "nextSkip");
    QTEST(page.value(QStringLiteral("prevSkip")).toInt(), "prevSkip");
    QCOMPARE(page.value(QStringLiteral("total")).toInt(), search.isEmpty() ? 1005 : 0);
    QCOMPARE(page.value(QStringLiteral("skip")).toInt(), skip);
    QCOMPARE(page.value(QStringLiteral("take")).toInt(), take);
    QCOMPARE(page.value(QStringLiteral("batchCount")).toInt(), int(page.value(QStringLiteral("records")).toArray().size()));
    QVERIFY(page.value(QStringLiteral("success")).toBool());
    QCOMPARE(page.value(QStringLiteral("sortBy")).toArray().first().toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("date"));
}

void TestSandbox::sort_everyColumnBothWays_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("descending");
    for (const char *name : {"masterEncryptionKeyRotationInfoAuditId", "masterEncryptionKeyRotationInfoId", "action", "currentStatus",
                             "date", "formattedDate", "userId", "userName", "displayName", "notes"}) {
        QTest::newRow(qPrintable(QStringLiteral("%1 asc").arg(QLatin1String(name)))) << QString::fromLatin1(name) << false;
        QTest::newRow(qPrintable(QStringLiteral("%1 desc").arg(QLatin1String(name)))) << QString::fromLatin1(name) << true;
    }
}

void TestSandbox::sort_everyColumnBothWays()
{
    QFETCH(QString, name);
    QFETCH(bool, descending);
    // Walk the whole seeded audit in pages and check the order across page boundaries too.
    const QString field = name == QLatin1String("formattedDate") ? QStringLiteral("date") : name;
    QJsonArray all;
    for (int skip = 0; skip < 1000; skip += 250) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("skip"), QString::number(skip));
        q.addQueryItem(QStringLiteral("take"), QStringLiteral("250"));
        q.addQueryItem(QStringLiteral("sortBy[0].name"), name);
        q.addQueryItem(QStringLiteral("sortBy[0].direction"), descending ? QStringLiteral("DESC") : QStringLiteral("asc"));
        const HttpResult r = get(QStringLiteral("/key-management/audit"), q);
        QCOMPARE(r.status, 200);
        const QJsonObject sortBy = r.object().value(QStringLiteral("sortBy")).toArray().first().toObject();
        QCOMPARE(sortBy.value(QStringLiteral("direction")).toString(), descending ? QStringLiteral("Desc") : QStringLiteral("Asc"));
        for (const auto &v : r.object().value(QStringLiteral("records")).toArray())
            all.append(v);
    }
    QCOMPARE(all.size(), 1000);
    QSet<qint64> ids;
    auto key = [&](const QJsonObject &o) -> QVariant {
        const QJsonValue v = o.value(field);
        if (field == QLatin1String("currentStatus"))
            return allStatuses.indexOf(v.toString());
        return v.toVariant();
    };
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QJsonObject o = all.at(i).toObject();
        ids.insert(o.value(QStringLiteral("masterEncryptionKeyRotationInfoAuditId")).toInteger());
        if (i == 0)
            continue;
        const QJsonObject prev = all.at(i - 1).toObject();
        const int cmp = QVariant::compare(key(prev), key(o)) == QPartialOrdering::Less      ? -1
                        : QVariant::compare(key(prev), key(o)) == QPartialOrdering::Greater ? 1
                                                                                            : 0;
        const qint64 prevId = prev.value(QStringLiteral("masterEncryptionKeyRotationInfoAuditId")).toInteger();
        const qint64 id = o.value(QStringLiteral("masterEncryptionKeyRotationInfoAuditId")).toInteger();
        if (cmp == 0)
            QVERIFY2(descending ? prevId > id : prevId < id, "ties are broken by id in the same direction");
        else
            QVERIFY2(descending ? cmp > 0 : cmp < 0, qPrintable(QStringLiteral("record %1 out of order").arg(i)));
    }
    QCOMPARE(ids.size(), 1000); // no duplicates or gaps across pages
}

void TestSandbox::filters_eachNarrowsCorrectly()
{
    auto fetch = [&](const QString &param, const QString &value) {
        QUrlQuery q;
        q.addQueryItem(param, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        q.addQueryItem(QStringLiteral("take"), QStringLiteral("1000"));
        const HttpResult r = get(QStringLiteral("/key-management/audit"), q);
        return r.object();
    };
    QJsonObject page = fetch(QStringLiteral("filter.action"), QStringLiteral("Rotation Failed"));
    QVERIFY(page.value(QStringLiteral("total")).toInt() > 0);
    for (const auto &v : page.value(QStringLiteral("records")).toArray())
        QCOMPARE(v.toObject().value(QStringLiteral("action")).toString(), QStringLiteral("Rotation Failed"));
    QCOMPARE(fetch(QStringLiteral("filter.action"), QStringLiteral("Rotation")).value(QStringLiteral("total")).toInt(),
             0); // exact, not contains

    page = fetch(QStringLiteral("filter.userId"), QStringLiteral("6"));
    QVERIFY(page.value(QStringLiteral("total")).toInt() > 0);
    for (const auto &v : page.value(QStringLiteral("records")).toArray())
        QCOMPARE(v.toObject().value(QStringLiteral("userId")).toInt(), 6);

    page = fetch(QStringLiteral("filter.searchTerm"), QStringLiteral("o'brien")); // case-insensitive, in displayName
    QVERIFY(page.value(QStringLiteral("total")).toInt() > 0);
    for (const auto &v : page.value(QStringLiteral("records")).toArray())
        QVERIFY(v.toObject().value(QStringLiteral("displayName")).toString().contains(QLatin1String("O'Brien")));
    page = fetch(QStringLiteral("filter.searchTerm"), QStringLiteral("100%")); // LIKE wildcards are literal
    QCOMPARE(page.value(QStringLiteral("total")).toInt(), 0);
    page = fetch(QStringLiteral("filter.searchTerm"), QStringLiteral("retry")); // matches action
    QVERIFY(page.value(QStringLiteral("total")).toInt() > 0);

    page = fetch(QStringLiteral("filter.date"), QStringLiteral("2020-01-02"));
    const int oneDay = page.value(QStringLiteral("total")).toInt();
    QVERIFY(oneDay > 0 && oneDay < 1000);
    for (const auto &v : page.value(QStringLiteral("records")).toArray())
        QVERIFY(v.toObject().value(QStringLiteral("date")).toString().startsWith(QLatin1String("2020-01-02T")));
    QCOMPARE(fetch(QStringLiteral("filter.date"), QStringLiteral("2020-01-02T10:00:00Z")).value(QStringLiteral("total")).toInt(), oneDay);

    // Filters combine.
    QUrlQuery both;
    both.addQueryItem(QStringLiteral("filter.userId"), QStringLiteral("1"));
    both.addQueryItem(QStringLiteral("filter.action"), QStringLiteral("Rotation%20Requested"));
    both.addQueryItem(QStringLiteral("take"), QStringLiteral("1000"));
    const QJsonObject combined = get(QStringLiteral("/key-management/audit"), both).object();
    for (const auto &v : combined.value(QStringLiteral("records")).toArray()) {
        QCOMPARE(v.toObject().value(QStringLiteral("userId")).toInt(), 1);
        QCOMPARE(v.toObject().value(QStringLiteral("action")).toString(), QStringLiteral("Rotation Requested"));
    }
}

void TestSandbox::badParameters_are400WithModelState_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("negative skip") << "skip=-1"
                                   << "skip";
    QTest::newRow("skip not a number") << "skip=ten"
                                       << "skip";
    QTest::newRow("take zero") << "take=0"
                               << "take";
    QTest::newRow("take above bound") << "take=1001"
                                      << "take";
    QTest::newRow("exporting above bound") << "take=5000&isExporting=true"
                                           << "take";
    QTest::newRow("isExporting not a bool") << "isExporting=yes"
                                            << "isExporting";
    QTest::newRow("unknown sort") << "sortBy%5B0%5D.name=password"
                                  << "sortBy[0].name";
    QTest::newRow("bad direction") << "sortBy%5B0%5D.name=date&sortBy%5B0%5D.direction=sideways"
                                   << "sortBy[0].direction";
    QTest::newRow("user id not numeric") << "filter.userId=admin"
                                         << "filter.userId";
    QTest::newRow("date not a date") << "filter.date=yesterday"
                                     << "filter.date";
    QTest::newRow("date impossible") << "filter.date=2026-02-30"
                                     << "filter.date";
    QTest::newRow("skip above int32") << "skip=2147483648"
                                      << "skip";
    QTest::newRow("skip at int64 max") << "skip=9223372036854775807"
                                       << "skip";
    QTest::newRow("skip beyond int64") << "skip=99999999999999999999"
                                       << "skip";
    QTest::newRow("take above int32") << "take=4294967297"
                                      << "take";
    QTest::newRow("negative take") << "take=-50"
                                   << "take";
    QTest::newRow("user id above int32") << "filter.userId=2147483648"
                                         << "filter.userId";
    QTest::newRow("user id below int32") << "filter.userId=-2147483649"
                                         << "filter.userId";
    QTest::newRow("priority above int32") << "sortBy%5B0%5D.priority=2147483648"
                                          << "sortBy[0].priority";
    QTest::newRow("priority not a number") << "sortBy%5B0%5D.priority=first"
                                           << "sortBy[0].priority";
    QTest::newRow("NUL in the search term") << "filter.searchTerm=a%00b"
                                            << "filter.searchTerm";
    QTest::newRow("lone NUL search term") << "filter.searchTerm=%00"
                                          << "filter.searchTerm";
    QTest::newRow("escape character in the search term") << "filter.searchTerm=%1B%5B0m"
                                                         << "filter.searchTerm";
}

void TestSandbox::badParameters_are400WithModelState()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    QUrl url = api(QStringLiteral("/key-management/audit"));
    url.setQuery(query);
    const HttpResult r = httpRequest("GET", url, {}, {}, m_admin);
    QCOMPARE(r.status, 400);
    QVERIFY(!r.object().value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY2(r.object().value(QStringLiteral("modelState")).toObject().contains(field), r.body.constData());
}

void TestSandbox::seed_isDeterministicAndHostile()
{
    SandboxProcess other;
    QVERIFY(other.start({QStringLiteral("--seed"), QStringLiteral("1000")}));
    QUrl a = api(QStringLiteral("/key-management/audit"));
    QUrl b = other.url();
    b.setPath(b.path() + QStringLiteral("/api/v1/key-management/audit"));
    for (QUrl *u : {&a, &b})
        u->setQuery(QStringLiteral("take=1000&sortBy%5B0%5D.name=masterEncryptionKeyRotationInfoAuditId&sortBy%5B0%5D.direction=asc"));
    const QJsonArray mine = httpRequest("GET", a, {}, {}, m_admin).object().value(QStringLiteral("records")).toArray();
    const QJsonArray theirs = httpRequest("GET", b, {}, {}, sandboxToken(other.url())).object().value(QStringLiteral("records")).toArray();
    QCOMPARE(mine.size(), 1000);
    QCOMPARE(mine, theirs);

    bool newline = false, quote = false, comma = false, nonAscii = false;
    QSet<QChar> leading;
    for (const auto &v : mine) {
        for (const QString &key : {QStringLiteral("notes"), QStringLiteral("displayName")}) {
            const QString text = v.toObject().value(key).toString();
            newline |= text.contains(QLatin1Char('\n'));
            quote |= text.contains(QLatin1Char('"'));
            comma |= text.contains(QLatin1Char(','));
            nonAscii |= std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() > 127; });
            if (!text.isEmpty())
                leading.insert(text.at(0));
        }
    }
    QVERIFY(newline && quote && comma && nonAscii);
    for (QChar c : {QLatin1Char('='), QLatin1Char('+'), QLatin1Char('-'), QLatin1Char('@')})
        QVERIFY2(leading.contains(c), qPrintable(QStringLiteral("no value starts with %1").arg(c)));
}

void TestSandbox::auditUsers_areDistinct()
{
    const HttpResult r = get(QStringLiteral("/key-management/audit/users"));
    QCOMPARE(r.status, 200);
    const QJsonArray users = r.json().array();
    QVERIFY(users.size() >= 5);
    QSet<int> ids;
    for (const auto &u : users) {
        ids.insert(u.toObject().value(QStringLiteral("userId")).toInt());
        QVERIFY(!u.toObject().value(QStringLiteral("displayName")).toString().isEmpty());
    }
    QCOMPARE(ids.size(), int(users.size()));
    QVERIFY(!ids.contains(2)); // the auditor never rotated anything
}

void TestSandbox::config_validatesStoresAuditsAndNeverEchoesSecrets()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start());
    const QByteArray token = sandboxToken(sandbox.url());
    QUrl config = sandbox.url();
    config.setPath(config.path() + QStringLiteral("/api/v1/key-management"));
    QUrl history = config;
    history.setPath(config.path() + QStringLiteral("/config/audit"));
    QUrl stub = config;
    stub.setPath(config.path() + QStringLiteral("/stub"));

    const QJsonObject defaults = httpRequest("GET", stub, {}, {}, token).object();
    QCOMPARE(defaults.value(QStringLiteral("keyManagementTypeName")).toString(), QStringLiteral("None"));

    const QByteArray json = "application/json";
    HttpResult bad = httpRequest("PUT", config,
                                 "{\"keyManagementTypeId\": 1, \"awsKmsAccessKeyId\": \"AKIA123\", \"awsKmsKeyArn\": "
                                 "\"arn:aws:kms:us-east-1:1234:key/x\", \"awsKmsKeyId\": 7}",
                                 json, token);
    QCOMPARE(bad.status, 400);
    const QJsonObject state = bad.object().value(QStringLiteral("modelState")).toObject();
    for (const char *f : {"awsKmsAccessKeyId", "awsKmsKeyArn", "awsKmsKeyId", "awsKmsSecretAccessKey"})
        QVERIFY2(state.contains(QLatin1String(f)), f);
    QCOMPARE(httpRequest("PUT", config, "not json", json, token).status, 400);
    QCOMPARE(httpRequest("PUT", config, "{\"keyManagementTypeId\": 3}", json, token).status, 400);
    QCOMPARE(httpRequest(
                 "PUT", config,
                 "{\"keyManagementTypeId\": 2, \"azureKeyVaultBaseUrl\": \"https://myvault.vault.azure.net/\", \"azureKeyVaultKeyName\": "
                 "\"kek\", \"azureKeyVaultKeyVersion\": \"xyz\", \"azureKeyVaultPrincipalId\": \"not-a-guid\"}",
                 json, token)
                 .object()
                 .value(QStringLiteral("modelState"))
                 .toObject()
                 .keys(),
             (QStringList{QStringLiteral("azureKeyVaultKeyVersion"), QStringLiteral("azureKeyVaultPrincipalId"),
                          QStringLiteral("azureKeyVaultPrincipalSecret")}));

    HttpResult saved = httpRequest("PUT", config, validAws, json, token);
    QCOMPARE(saved.status, 200);
    QVERIFY(!saved.body.contains("wJalrXUtnFEMI"));
    QCOMPARE(saved.object().value(QStringLiteral("keyManagementTypeName")).toString(), QStringLiteral("Amazon KMS"));
    const HttpResult read = httpRequest("GET", config, {}, {}, token);
    QCOMPARE(read.object().value(QStringLiteral("awsKmsKeyId")).toString(), QStringLiteral("1234abcd-12ab-34cd-56ef-1234567890ab"));
    QCOMPARE(read.object().value(QStringLiteral("awsKmsSecretAccessKey")).toString(), QString());

    // Switching type without the new type's secret is refused; the old type's secret does not carry over.
    QCOMPARE(httpRequest("PUT", config,
                         "{\"keyManagementTypeId\": 2, \"azureKeyVaultBaseUrl\": \"https://myvault.vault.azure.net/\", "
                         "\"azureKeyVaultKeyName\": \"kek\", \"azureKeyVaultPrincipalId\": \"5f1c4b3a-2e1d-4c5b-9a8f-7e6d5c4b3a21\"}",
                         json, token)
                 .status,
             400);

    const QJsonObject audit = httpRequest("GET", history, {}, {}, token).object();
    QCOMPARE(audit.value(QStringLiteral("total")).toInt(), 1);
    const QJsonObject entry = audit.value(QStringLiteral("records")).toArray().first().toObject();
    QCOMPARE(entry.value(QStringLiteral("displayName")).toString(), QStringLiteral("Sandbox Administrator"));
    QVERIFY(entry.value(QStringLiteral("notes")).toString().contains(QLatin1String("Type changed from None to Amazon KMS")));
    QVERIFY(entry.value(QStringLiteral("notes")).toString().contains(QLatin1String("secret access key")));
    QVERIFY(!QJsonDocument(audit).toJson().contains("wJalrXUtnFEMI"));
    history.setQuery(QStringLiteral("filter.searchText=nothing%20like%20this"));
    QCOMPARE(httpRequest("GET", history, {}, {}, token).object().value(QStringLiteral("total")).toInt(), 0);
    history.setQuery(QStringLiteral("sortBy%5B0%5D.name=bogus"));
    QCOMPARE(httpRequest("GET", history, {}, {}, token).status, 400);
}

void TestSandbox::auditor_mayReadButNotWrite()
{
    const QByteArray auditor = sandboxToken(m_sandbox.url(), QStringLiteral("auditor"));
    QVERIFY(!auditor.isEmpty());
    const QJsonObject info = rotationInfo(m_sandbox.url(), auditor);
    QCOMPARE(info.value(QStringLiteral("hasPermission")).toBool(), false);
    QCOMPARE(info.value(QStringLiteral("canRequestRotation")).toBool(), false);
    QCOMPARE(get(QStringLiteral("/key-management"), {}, auditor).status, 200);
    QCOMPARE(get(QStringLiteral("/key-management/audit"), {}, auditor).status, 200);
    for (const char *path : {"/key-management", "/key-management/startmekrotation", "/key-management/retrymekstatus"}) {
        const HttpResult r = httpRequest("PUT", api(QLatin1String(path)), validAws, "application/json", auditor);
        QCOMPARE(r.status, 403);
        QVERIFY(r.object().value(QStringLiteral("message")).toString().contains(QLatin1String("permission")));
    }
}

void TestSandbox::rotation_walksEveryStatusInOrder()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--step-ms"), QStringLiteral("30")}));
    const QByteArray token = sandboxToken(sandbox.url());
    QJsonObject before = rotationInfo(sandbox.url(), token);
    QCOMPARE(before.value(QStringLiteral("processState")).toString(), QStringLiteral("None"));
    QCOMPARE(before.value(QStringLiteral("rotationInfo")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("NeverRun"));
    QVERIFY(before.value(QStringLiteral("canRequestRotation")).toBool());
    QVERIFY(before.value(QStringLiteral("showBackupConfirmation")).toBool());
    QVERIFY(!before.value(QStringLiteral("warningMessage")).toString().isEmpty());
    QVERIFY(before.value(QStringLiteral("rotationInfo")).toObject().value(QStringLiteral("startedDateUtc")).isNull());

    QUrl start = sandbox.url();
    start.setPath(start.path() + QStringLiteral("/api/v1/key-management/startmekrotation"));
    const QJsonObject started = httpRequest("PUT", start, {}, {}, token).object();
    QCOMPARE(started.value(QStringLiteral("processState")).toString(), QStringLiteral("Pending"));
    QVERIFY(started.value(QStringLiteral("pollInfo")).toBool());
    QVERIFY(!started.value(QStringLiteral("canRequestRotation")).toBool());
    QCOMPARE(httpRequest("PUT", start, {}, {}, token).status, 400); // not twice

    // Follow it and check that the item count only goes down during the data steps.
    QJsonObject info;
    QList<int> items;
    const bool completed = QTest::qWaitFor(
        [&] { // sampled as often as the event loop allows, until it completes
        info = rotationInfo(sandbox.url(), token);
        if (info.value(QStringLiteral("rotationInfo")).toObject().value(QStringLiteral("status")).toString()
            == QLatin1String("DataRotationStarted"))
            items << info.value(QStringLiteral("itemsToRotate")).toInt();
        return info.value(QStringLiteral("processState")).toString() == QLatin1String("Completed");
        },
        10000);
    QVERIFY(completed);
    QCOMPARE(info.value(QStringLiteral("processState")).toString(), QStringLiteral("Completed"));
    QVERIFY(!info.value(QStringLiteral("pollInfo")).toBool());
    QVERIFY(!info.value(QStringLiteral("showBackupConfirmation")).toBool());
    QVERIFY(info.value(QStringLiteral("canRequestRotation")).toBool());
    QCOMPARE(info.value(QStringLiteral("itemsToRotate")).toInt(), 0);
    QVERIFY(!items.isEmpty());
    QVERIFY(std::is_sorted(items.rbegin(), items.rend()));
    QVERIFY(items.first() <= 1250 && items.last() > 0);
    const QJsonObject dates = info.value(QStringLiteral("rotationInfo")).toObject();
    QVERIFY(!dates.value(QStringLiteral("lastEndDateUtc")).toString().isEmpty());
    QVERIFY(dates.value(QStringLiteral("startedDateUtc")).toString() <= dates.value(QStringLiteral("lastEndDateUtc")).toString());

    // The audit holds one record per status, in order, then the completion.
    QUrl audit = sandbox.url();
    audit.setPath(audit.path() + QStringLiteral("/api/v1/key-management/audit"));
    audit.setQuery(QStringLiteral("sortBy%5B0%5D.name=masterEncryptionKeyRotationInfoAuditId&sortBy%5B0%5D.direction=asc&take=100"));
    QStringList statuses, actions;
    for (const auto &v : httpRequest("GET", audit, {}, {}, token).object().value(QStringLiteral("records")).toArray()) {
        statuses << v.toObject().value(QStringLiteral("currentStatus")).toString();
        actions << v.toObject().value(QStringLiteral("action")).toString();
        QCOMPARE(v.toObject().value(QStringLiteral("userName")).toString(), QStringLiteral("admin"));
    }
    QCOMPARE(statuses, walk + QStringList{QStringLiteral("SessionDataRotationCompleted")});
    QCOMPARE(actions.first(), QStringLiteral("Rotation Requested"));
    QCOMPARE(actions.last(), QStringLiteral("Rotation Completed"));
}

void TestSandbox::rotation_failAt_thenRetry_completes_data()
{
    QTest::addColumn<QString>("failAt");
    QTest::addColumn<QString>("ending");
    QTest::newRow("before the key swap") << "KeyRotationStarted"
                                         << "ProcessCompletedWithErrorsBeforeRotation";
    QTest::newRow("during data re-encryption") << "DataRotationStarted"
                                               << "ProcessFailedAfterRotation";
}

void TestSandbox::rotation_failAt_thenRetry_completes()
{
    QFETCH(QString, failAt);
    QFETCH(QString, ending);
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--step-ms"), QStringLiteral("30"), QStringLiteral("--fail-at"), failAt}));
    const QByteArray token = sandboxToken(sandbox.url());
    QUrl start = sandbox.url(), retry = sandbox.url();
    start.setPath(start.path() + QStringLiteral("/api/v1/key-management/startmekrotation"));
    retry.setPath(retry.path() + QStringLiteral("/api/v1/key-management/retrymekstatus"));
    QCOMPARE(httpRequest("PUT", start, {}, {}, token).status, 200);

    QJsonObject info;
    QTRY_VERIFY_WITH_TIMEOUT(
        (info = rotationInfo(sandbox.url(), token)).value(QStringLiteral("processState")).toString() == QLatin1String("Failed"), 10000);
    QCOMPARE(info.value(QStringLiteral("rotationInfo")).toObject().value(QStringLiteral("status")).toString(), ending);
    QVERIFY(info.value(QStringLiteral("canRetryStatus")).toBool());
    QVERIFY(!info.value(QStringLiteral("canRequestRotation")).toBool());
    QVERIFY(!info.value(QStringLiteral("pollInfo")).toBool());
    QVERIFY(info.value(QStringLiteral("errorMessage")).toString().contains(failAt));
    QCOMPARE(httpRequest("PUT", start, {}, {}, token).status, 400); // retry first

    const QJsonObject retried = httpRequest("PUT", retry, {}, {}, token).object();
    QCOMPARE(retried.value(QStringLiteral("processState")).toString(), QStringLiteral("Retry"));
    QCOMPARE(retried.value(QStringLiteral("rotationInfo")).toObject().value(QStringLiteral("status")).toString(), failAt);
    QVERIFY(retried.value(QStringLiteral("errorMessage")).toString().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        (info = rotationInfo(sandbox.url(), token)).value(QStringLiteral("processState")).toString() == QLatin1String("Completed"), 10000);
    QCOMPARE(httpRequest("PUT", retry, {}, {}, token).status, 400); // nothing left to retry

    QUrl audit = sandbox.url();
    audit.setPath(audit.path() + QStringLiteral("/api/v1/key-management/audit"));
    audit.setQuery(QStringLiteral("take=100"));
    QStringList actions;
    for (const auto &v : httpRequest("GET", audit, {}, {}, token).object().value(QStringLiteral("records")).toArray())
        actions << v.toObject().value(QStringLiteral("action")).toString();
    QVERIFY(actions.contains(QStringLiteral("Rotation Failed")));
    QVERIFY(actions.contains(QStringLiteral("Retry Requested")));
    QCOMPARE(actions.first(), QStringLiteral("Rotation Completed")); // newest first by default
}

void TestSandbox::audit_idsUnordered_laterRecordsGetLowerIds()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--step-ms"), QStringLiteral("20"), QStringLiteral("--seed"), QStringLiteral("20"),
                           QStringLiteral("--audit-ids-unordered")}));
    const QByteArray token = sandboxToken(sandbox.url());
    QUrl start = sandbox.url();
    start.setPath(start.path() + QStringLiteral("/api/v1/key-management/startmekrotation"));
    QCOMPARE(httpRequest("PUT", start, {}, {}, token).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(
        rotationInfo(sandbox.url(), token).value(QStringLiteral("processState")).toString() == QLatin1String("Completed"), 10000);
    QUrl audit = sandbox.url();
    audit.setPath(audit.path() + QStringLiteral("/api/v1/key-management/audit"));
    audit.setQuery(QStringLiteral("take=1000"));
    QMap<qint64, QString> live; // the rotation's records: id -> action
    for (const auto &v : httpRequest("GET", audit, {}, {}, token).object().value(QStringLiteral("records")).toArray()) {
        const QJsonObject o = v.toObject();
        const qint64 id = o.value(QStringLiteral("masterEncryptionKeyRotationInfoAuditId")).toInteger();
        if (id > 1000000000)
            live.insert(id, o.value(QStringLiteral("action")).toString());
    }
    QVERIFY(live.size() > 3);
    // From 2000000000 down, one less each time: the last event of the rotation has the lowest id.
    QCOMPARE(live.lastKey(), qint64(2000000000));
    QCOMPARE(live.firstKey(), qint64(2000000000) - live.size() + 1);
    QCOMPARE(live.first(), QStringLiteral("Rotation Completed"));
    QVERIFY(live.last() != QLatin1String("Rotation Completed"));
}

void TestSandbox::faults_passFirst_thenFailNext()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--test-controls")}));
    const QString path = QStringLiteral("GET /api/v1/key-management/mekrotationinfo");
    QVERIFY(sandbox.setFaults(
        QJsonObject{{QStringLiteral("passFirst"), QJsonObject{{path, 2}}}, {QStringLiteral("failNext"), QJsonObject{{path, 1}}}}));
    const QByteArray token = sandboxToken(sandbox.url());
    QUrl url = sandbox.url();
    url.setPath(url.path() + QStringLiteral("/api/v1/key-management/mekrotationinfo"));
    QList<int> statuses;
    for (int i = 0; i < 4; ++i)
        statuses << httpRequest("GET", url, {}, {}, token).status;
    QCOMPARE(statuses, (QList<int>{200, 200, 500, 200}));
}

void TestSandbox::faults_failRateAndLatency()
{
    SandboxProcess failing;
    QVERIFY(failing.start({QStringLiteral("--fail-rate"), QStringLiteral("1")}));
    const QByteArray token = sandboxToken(failing.url()); // the token endpoint is not an API call
    QVERIFY(!token.isEmpty());
    QUrl url = failing.url();
    url.setPath(url.path() + QStringLiteral("/api/v1/key-management"));
    const HttpResult r = httpRequest("GET", url, {}, {}, token);
    QCOMPARE(r.status, 500);
    for (const char *key : {"message", "exceptionMessage", "exceptionType"})
        QVERIFY(r.object().contains(QLatin1String(key)));

    SandboxProcess slow;
    QVERIFY(slow.start({QStringLiteral("--latency-ms"), QStringLiteral("300")}));
    QUrl health = slow.url();
    health.setPath(health.path() + QStringLiteral("/api/v1/healthcheck"));
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(httpRequest("GET", health).status, 200);
    QVERIFY(clock.elapsed() >= 290);
    QCOMPARE(slow.requestCount(QStringLiteral("GET /api/v1/healthcheck")), 1);

    // Bad option values are refused with a message and a non-zero exit.
    SandboxProcess refused;
    QString error;
    QVERIFY(!refused.start({QStringLiteral("--fail-rate"), QStringLiteral("2")}, &error));
    QVERIFY2(error.contains(QLatin1String("--fail-rate")), qPrintable(error));
    QVERIFY(!refused.start({QStringLiteral("--fail-at"), QStringLiteral("Tuesday")}, &error));
    QVERIFY2(error.contains(QLatin1String("--fail-at")), qPrintable(error));
}

// POST /sandbox/shutdown: how a test runner without SIGTERM (Windows, Wine) ends the sandbox; the
// store is closed, so what was written is there for the next one.
void TestSandbox::shutdownControl_endsItAsSigtermDoes()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("state.sqlite"));
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--data"), file}));
    const QByteArray token = sandboxToken(sandbox.url());
    QUrl config = sandbox.url();
    config.setPath(config.path() + QStringLiteral("/api/v1/key-management"));
    QCOMPARE(httpRequest("PUT", config, validAws, "application/json", token).status, 200);
    QUrl shutdown = sandbox.url();
    shutdown.setPath(shutdown.path() + QStringLiteral("/sandbox/shutdown"));
    QCOMPARE(httpRequest("POST", shutdown).status, 202);
    QTRY_VERIFY_WITH_TIMEOUT(!sandbox.isRunning(), 10000);

    SandboxProcess next;
    QVERIFY(next.start({QStringLiteral("--data"), file}));
    config = next.url();
    config.setPath(config.path() + QStringLiteral("/api/v1/key-management"));
    const QJsonObject read = httpRequest("GET", config, {}, {}, sandboxToken(next.url())).object();
    QCOMPARE(read.value(QStringLiteral("awsKmsAccessKeyId")).toString(), QStringLiteral("AKIAIOSFODNN7EXAMPLE"));
}

// --url-file: the base URL for a runner that cannot read the sandbox's standard output (Wine).
void TestSandbox::urlFile_holdsTheListeningUrl()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("url.txt"));
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--url-file"), file}));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(written.readAll()), sandbox.urlText() + QLatin1Char('\n'));
}

void TestSandbox::state_survivesRestart()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("state.sqlite"));
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--data"), file, QStringLiteral("--seed"), QStringLiteral("200"), QStringLiteral("--step-ms"),
                           QStringLiteral("200")})); // still running when it restarts
    QByteArray token = sandboxToken(sandbox.url());
    QUrl config = sandbox.url();
    config.setPath(config.path() + QStringLiteral("/api/v1/key-management"));
    QCOMPARE(httpRequest("PUT", config, validAws, "application/json", token).status, 200);
    QUrl start = sandbox.url();
    start.setPath(start.path() + QStringLiteral("/api/v1/key-management/startmekrotation"));
    QCOMPARE(httpRequest("PUT", start, {}, {}, token).status, 200);

    QString error;
    QVERIFY2(sandbox.restart(&error), qPrintable(error));
    // Tokens survive a restart, as a real server's do.
    QCOMPARE(httpRequest("GET", config, {}, {}, token).status, 200);
    const QJsonObject read = httpRequest("GET", config, {}, {}, token).object();
    QCOMPARE(read.value(QStringLiteral("keyManagementTypeId")).toInt(), 1);
    QCOMPARE(read.value(QStringLiteral("awsKmsAccessKeyId")).toString(), QStringLiteral("AKIAIOSFODNN7EXAMPLE"));
    QJsonObject info = rotationInfo(sandbox.url(), token);
    QVERIFY(info.value(QStringLiteral("pollInfo")).toBool()); // the rotation resumes
    QUrl audit = sandbox.url();
    audit.setPath(audit.path() + QStringLiteral("/api/v1/key-management/audit"));
    audit.setQuery(QStringLiteral("filter.action=Rotation%20Requested&take=1"));
    QVERIFY(httpRequest("GET", audit, {}, {}, token).object().value(QStringLiteral("total")).toInt() >= 1);
    audit.setQuery(QStringLiteral("take=1"));
    QVERIFY(httpRequest("GET", audit, {}, {}, token).object().value(QStringLiteral("total")).toInt() > 200); // seed not doubled...
    QVERIFY(httpRequest("GET", audit, {}, {}, token).object().value(QStringLiteral("total")).toInt() < 400);
    QTRY_VERIFY_WITH_TIMEOUT(
        rotationInfo(sandbox.url(), token).value(QStringLiteral("processState")).toString() == QLatin1String("Completed"), 15000);
}

void TestSandbox::config_repliesAreExactlyThePublishedModel()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start());
    const QByteArray token = sandboxToken(sandbox.url());
    const QUrl config = under(sandbox.url(), QStringLiteral("/api/v1/key-management"));
    for (const QUrl &url : {config, under(sandbox.url(), QStringLiteral("/api/v1/key-management/stub"))})
        QCOMPARE(sortedKeys(httpRequest("GET", url, {}, {}, token).object()), publishedConfigFields);
    // Even with Azure configured, nothing of it comes back: a real server never reports it.
    const HttpResult saved = httpRequest("PUT", config, validAzure, jsonType, token);
    QCOMPARE(saved.status, 200);
    QCOMPARE(sortedKeys(saved.object()), publishedConfigFields);
    const QJsonObject read = httpRequest("GET", config, {}, {}, token).object();
    QCOMPARE(sortedKeys(read), publishedConfigFields);
    QCOMPARE(read.value(QStringLiteral("keyManagementTypeName")).toString(), QStringLiteral("Azure Key Vault"));
    QVERIFY(read.value(QStringLiteral("awsKmsSecretAccessKey")).isNull());
    QVERIFY(!saved.body.contains("myvault") && !saved.body.contains("azure-principal"));
}

void TestSandbox::config_putIsReplaceAll_secretsRequired()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start());
    const QByteArray token = sandboxToken(sandbox.url());
    const QUrl config = under(sandbox.url(), QStringLiteral("/api/v1/key-management"));
    QCOMPARE(httpRequest("PUT", config, validAws, jsonType, token).status, 200);

    // The same configuration without its secret clears the secret, which AWS needs.
    QJsonObject aws = QJsonDocument::fromJson(validAws).object();
    aws.remove(QStringLiteral("awsKmsSecretAccessKey"));
    HttpResult r = httpRequest("PUT", config, QJsonDocument(aws).toJson(), jsonType, token);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object().value(QStringLiteral("modelState")).toObject().keys(), QStringList{QStringLiteral("awsKmsSecretAccessKey")});
    aws.insert(QStringLiteral("awsKmsSecretAccessKey"), QString());
    QCOMPARE(httpRequest("PUT", config, QJsonDocument(aws).toJson(), jsonType, token).status, 400);

    // Azure likewise; an empty key version is meaningful (the latest) and accepted.
    QCOMPARE(httpRequest("PUT", config, validAzure, jsonType, token).status, 200);
    QJsonObject azure = QJsonDocument::fromJson(validAzure).object();
    azure.remove(QStringLiteral("azureKeyVaultPrincipalSecret"));
    r = httpRequest("PUT", config, QJsonDocument(azure).toJson(), jsonType, token);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object().value(QStringLiteral("modelState")).toObject().keys(), QStringList{QStringLiteral("azureKeyVaultPrincipalSecret")});

    // Fields left out are cleared: back to AWS, then to None.
    QCOMPARE(httpRequest("PUT", config, validAws, jsonType, token).status, 200);
    QCOMPARE(httpRequest("PUT", config, "{\"keyManagementTypeId\": 0}", jsonType, token).status, 200);
    const QJsonObject none = httpRequest("GET", config, {}, {}, token).object();
    QCOMPARE(none.value(QStringLiteral("keyManagementTypeName")).toString(), QStringLiteral("None"));
    QCOMPARE(none.value(QStringLiteral("awsKmsAccessKeyId")).toString(), QString());
    QCOMPARE(none.value(QStringLiteral("awsKmsKeyId")).toString(), QString());
}

void TestSandbox::config_putKeepsBlankSecrets_variant()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--put-keeps-blank-secrets")}));
    const QByteArray token = sandboxToken(sandbox.url());
    const QUrl config = under(sandbox.url(), QStringLiteral("/api/v1/key-management"));
    QCOMPARE(httpRequest("PUT", config, validAws, jsonType, token).status, 200);
    QJsonObject aws = QJsonDocument::fromJson(validAws).object();
    aws.remove(QStringLiteral("awsKmsSecretAccessKey"));
    aws.insert(QStringLiteral("awsKmsAccessKeyId"), QStringLiteral("AKIAIOSFODNN7EXAMPL2"));
    QCOMPARE(httpRequest("PUT", config, QJsonDocument(aws).toJson(), jsonType, token).status, 200);
    // The stored secret was kept, so the audit does not call it changed; sending the same one again
    // is no change either.
    QUrl history = under(sandbox.url(), QStringLiteral("/api/v1/key-management/config/audit"));
    QString notes = httpRequest("GET", history, {}, {}, token)
                        .object()
                        .value(QStringLiteral("records"))
                        .toArray()
                        .first()
                        .toObject()
                        .value(QStringLiteral("notes"))
                        .toString();
    QVERIFY2(notes.contains(QLatin1String("access key id")) && !notes.contains(QLatin1String("secret")), qPrintable(notes));
    QCOMPARE(httpRequest("PUT", config, validAws, jsonType, token).status, 200);
    notes = httpRequest("GET", history, {}, {}, token)
                .object()
                .value(QStringLiteral("records"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("notes"))
                .toString();
    QVERIFY2(!notes.contains(QLatin1String("secret")), qPrintable(notes));
    // A changed type still needs its own secret.
    QJsonObject azure = QJsonDocument::fromJson(validAzure).object();
    azure.remove(QStringLiteral("azureKeyVaultPrincipalSecret"));
    QCOMPARE(httpRequest("PUT", config, QJsonDocument(azure).toJson(), jsonType, token).status, 400);
}

void TestSandbox::oauthExpiration_answersBareTrue()
{
    const QByteArray token = sandboxToken(m_sandbox.url());
    const HttpResult r = httpRequest("POST", api(QStringLiteral("/oauth-expiration")), {}, {}, token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.trimmed(), QByteArray("true"));
    QCOMPARE(get(QStringLiteral("/key-management"), {}, token).status, 403);
}

void TestSandbox::sort_directionInAnyCase_echoesWhatWasApplied_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("direction");
    QTest::addColumn<QString>("echoedName");
    QTest::addColumn<QString>("echoedDirection");
    QTest::newRow("upper-case name, mixed-case desc") << "DATE"
                                                      << "dEsC"
                                                      << "date"
                                                      << "Desc";
    QTest::newRow("published Asc") << "userName"
                                   << "Asc"
                                   << "userName"
                                   << "Asc";
    QTest::newRow("NONE on the default sort") << "date"
                                              << "NONE"
                                              << "date"
                                              << "Desc";
    QTest::newRow("None on another sort") << "displayname"
                                          << "None"
                                          << "displayName"
                                          << "Asc";
    QTest::newRow("no direction") << "currentstatus"
                                  << ""
                                  << "currentStatus"
                                  << "Asc";
    QTest::newRow("no sort at all") << ""
                                    << ""
                                    << "date"
                                    << "Desc";
}

void TestSandbox::sort_directionInAnyCase_echoesWhatWasApplied()
{
    QFETCH(QString, name);
    QFETCH(QString, direction);
    QUrlQuery q;
    if (!name.isEmpty())
        q.addQueryItem(QStringLiteral("sortBy[0].name"), name);
    if (!direction.isEmpty())
        q.addQueryItem(QStringLiteral("sortBy[0].direction"), direction);
    const HttpResult r = get(QStringLiteral("/key-management/audit"), q);
    QCOMPARE(r.status, 200);
    const QJsonObject sortBy = r.object().value(QStringLiteral("sortBy")).toArray().first().toObject();
    QTEST(sortBy.value(QStringLiteral("name")).toString(), "echoedName");
    QTEST(sortBy.value(QStringLiteral("direction")).toString(), "echoedDirection");
}

void TestSandbox::accessDenied_400Variant_hasErrorCode()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--access-denied"), QStringLiteral("400")}));
    const QByteArray auditor = sandboxToken(sandbox.url(), QStringLiteral("auditor"));
    const HttpResult r =
        httpRequest("PUT", under(sandbox.url(), QStringLiteral("/api/v1/key-management/startmekrotation")), {}, {}, auditor);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object().value(QStringLiteral("errorCode")).toString(), QStringLiteral("API_AccessDenied"));
    QVERIFY(r.object().value(QStringLiteral("message")).toString().contains(QLatin1String("permission")));
    // Authentication failures stay 403.
    QCOMPARE(httpRequest("GET", under(sandbox.url(), QStringLiteral("/api/v1/key-management"))).status, 403);
}

void TestSandbox::typeIdsAndNames_areConfigurable()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--type-ids"), QStringLiteral("azure=9,none=7,aws=5"), QStringLiteral("--aws-type-name"),
                           QStringLiteral("AWS KMS")}));
    const QByteArray token = sandboxToken(sandbox.url());
    const QUrl config = under(sandbox.url(), QStringLiteral("/api/v1/key-management"));
    const QJsonObject stub =
        httpRequest("GET", under(sandbox.url(), QStringLiteral("/api/v1/key-management/stub")), {}, {}, token).object();
    QCOMPARE(stub.value(QStringLiteral("keyManagementTypeId")).toInt(), 7);
    QCOMPARE(stub.value(QStringLiteral("keyManagementTypeName")).toString(), QStringLiteral("None"));

    const HttpResult unknown = httpRequest("PUT", config, validAws, jsonType, token); // id 1 is none of them here
    QCOMPARE(unknown.status, 400);
    QVERIFY(unknown.object().value(QStringLiteral("modelState")).toObject().contains(QStringLiteral("keyManagementTypeId")));
    QByteArray aws = validAws;
    aws.replace("\"keyManagementTypeId\": 1", "\"keyManagementTypeId\": 5");
    const QJsonObject saved = httpRequest("PUT", config, aws, jsonType, token).object();
    QCOMPARE(saved.value(QStringLiteral("keyManagementTypeId")).toInt(), 5);
    QCOMPARE(saved.value(QStringLiteral("keyManagementTypeName")).toString(), QStringLiteral("AWS KMS"));
    QByteArray azure = validAzure;
    azure.replace("\"keyManagementTypeId\": 2", "\"keyManagementTypeId\": 9");
    QCOMPARE(httpRequest("PUT", config, azure, jsonType, token).object().value(QStringLiteral("keyManagementTypeName")).toString(),
             QStringLiteral("Azure Key Vault"));
}

void TestSandbox::refreshTokensOff_noRefreshToken_grantRefused()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--refresh-tokens"), QStringLiteral("off")}));
    const QUrl tokenUrl = under(sandbox.url(), QStringLiteral("/oauth2/token"));
    const HttpResult signIn = httpRequest("POST", tokenUrl, "grant_type=password&username=admin&password=sandbox", formType);
    QCOMPARE(signIn.status, 200);
    QVERIFY(!signIn.object().contains(QStringLiteral("refresh_token")));
    const HttpResult refresh = httpRequest("POST", tokenUrl, "grant_type=refresh_token&refresh_token=anything", formType);
    QCOMPARE(refresh.status, 400);
    QCOMPARE(refresh.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
}

void TestSandbox::otp_refusalUsesDuoWording_pushApprovesOrDenies()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--otp"), QStringLiteral("424242"), QStringLiteral("--push-delay-ms"), QStringLiteral("300")}));
    const QUrl tokenUrl = under(sandbox.url(), QStringLiteral("/oauth2/token"));
    const QByteArray form = "grant_type=password&username=admin&password=sandbox";
    auto signIn = [&](const QByteArray &otp, const QUrl &url) {
        QNetworkAccessManager network;
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, formType);
        if (!otp.isNull())
            request.setRawHeader("OTP", otp);
        QNetworkReply *reply = network.post(request, form);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        HttpResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        delete reply;
        return r;
    };
    for (const QByteArray &otp : {QByteArray(), QByteArray("000000")}) {
        const HttpResult refused = signIn(otp, tokenUrl);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.object(), (QJsonObject{{QStringLiteral("error"), QStringLiteral("Invalid Duo pin code.")}}));
    }
    QCOMPARE(signIn("424242", tokenUrl).status, 200);
    QElapsedTimer clock;
    clock.start();
    const HttpResult pushed = signIn("push", tokenUrl);
    QCOMPARE(pushed.status, 200);
    QVERIFY(clock.elapsed() >= 290); // the push waited for the phone
    QVERIFY(!pushed.object().value(QStringLiteral("access_token")).toString().isEmpty());
    // Only admin has 2FA.
    QVERIFY(!sandboxToken(sandbox.url(), QStringLiteral("auditor")).isEmpty());

    SandboxProcess denying;
    QVERIFY(denying.start({QStringLiteral("--otp"), QStringLiteral("424242"), QStringLiteral("--push"), QStringLiteral("deny"),
                           QStringLiteral("--push-delay-ms"), QStringLiteral("50")}));
    const HttpResult denied = signIn("push", under(denying.url(), QStringLiteral("/oauth2/token")));
    QCOMPARE(denied.status, 400);
    QCOMPARE(denied.object(), (QJsonObject{{QStringLiteral("error"), QStringLiteral("Duo push was denied.")}}));
}

void TestSandbox::maintenance_afterSave_refusesWritesForAWhile()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--maintenance-ms"), QStringLiteral("1500"), QStringLiteral("--step-ms"), QStringLiteral("20")}));
    const QByteArray token = sandboxToken(sandbox.url());
    const QUrl config = under(sandbox.url(), QStringLiteral("/api/v1/key-management"));
    const QUrl start = under(sandbox.url(), QStringLiteral("/api/v1/key-management/startmekrotation"));
    QVERIFY(rotationInfo(sandbox.url(), token).value(QStringLiteral("canRequestRotation")).toBool());
    QCOMPARE(httpRequest("PUT", config, validAws, jsonType, token).status, 200);

    for (const QUrl &write : {config, start, under(sandbox.url(), QStringLiteral("/api/v1/key-management/retrymekstatus"))}) {
        const HttpResult refused = httpRequest("PUT", write, validAws, jsonType, token);
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.object().value(QStringLiteral("message")).toString().contains(QLatin1String("maintenance mode")),
                 refused.body.constData());
    }
    const QJsonObject info = rotationInfo(sandbox.url(), token);
    QVERIFY(!info.value(QStringLiteral("canRequestRotation")).toBool());
    QVERIFY(info.value(QStringLiteral("warningMessage")).toString().contains(QLatin1String("maintenance mode")));
    QCOMPARE(httpRequest("GET", config, {}, {}, token).status, 200); // reads keep working
    QTRY_VERIFY_WITH_TIMEOUT(rotationInfo(sandbox.url(), token).value(QStringLiteral("canRequestRotation")).toBool(), 10000);
    QCOMPARE(httpRequest("PUT", start, {}, {}, token).status, 200);
}

namespace {
QUrl secretKeysUrl(const QUrl &base, const char *leaf)
{
    return under(base, QStringLiteral("/api/v1/configuration/security/") + QLatin1String(leaf));
}
QJsonObject secretKeysStatus(const QUrl &base, const QByteArray &token)
{
    return httpRequest("GET", secretKeysUrl(base, "rotate-secret-keys-status"), {}, {}, token).object();
}
QJsonObject progressOf(const QJsonObject &status)
{
    return status.value(QStringLiteral("progressStatus")).toObject();
}
} // namespace

void TestSandbox::secretKeys_saveStartsARun_maintenanceLastsUntilItEnds()
{
    // 1500 secrets at 3000 a second: half a second of re-encryption, longer than --maintenance-ms.
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--secrets"), QStringLiteral("1500"), QStringLiteral("--secret-key-rate"), QStringLiteral("3000"),
                           QStringLiteral("--maintenance-ms"), QStringLiteral("100")}));
    const QByteArray token = sandboxToken(sandbox.url());
    const QUrl config = under(sandbox.url(), QStringLiteral("/api/v1/key-management"));
    const QJsonObject before = secretKeysStatus(sandbox.url(), token);
    QVERIFY(before.contains(QStringLiteral("lastRequestDate")) && before.value(QStringLiteral("lastRequestDate")).isNull());
    QVERIFY(!before.contains(QStringLiteral("progressStatus"))); // published as an object: left out, never null
    QCOMPARE(httpRequest("PUT", config, validAws, jsonType, token).status, 200);

    const QJsonObject running = secretKeysStatus(sandbox.url(), token);
    const QJsonObject progress = progressOf(running);
    QCOMPARE(progress.value(QStringLiteral("totalSecretsToProcess")).toInt(), 1500);
    QVERIFY(progress.value(QStringLiteral("secretsProcessed")).toInt() < 1500);
    QCOMPARE(progress.value(QStringLiteral("isCancelling")).toBool(true), false);
    QVERIFY(!running.value(QStringLiteral("lastRequestDate")).toString().isEmpty());
    QVERIFY(!running.value(QStringLiteral("lastRunDate")).toString().isEmpty());
    const HttpResult refused = httpRequest("PUT", config, validAws, jsonType, token);
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.object().value(QStringLiteral("message")).toString().contains(QLatin1String("maintenance mode")));
    QVERIFY(!rotationInfo(sandbox.url(), token).value(QStringLiteral("canRequestRotation")).toBool());
    // A second run is refused while this one runs.
    QCOMPARE(httpRequest("POST", secretKeysUrl(sandbox.url(), "rotate-secret-keys"), {}, {}, token).status, 400);

    QTRY_VERIFY_WITH_TIMEOUT(!secretKeysStatus(sandbox.url(), token).contains(QStringLiteral("progressStatus")), 10000);
    const QJsonObject ended = secretKeysStatus(sandbox.url(), token);
    QCOMPARE(ended.value(QStringLiteral("lastStatus")).toString(), QStringLiteral("Completed"));
    QVERIFY(ended.value(QStringLiteral("message")).toString().contains(QLatin1String("1500")));
    QVERIFY(rotationInfo(sandbox.url(), token).value(QStringLiteral("canRequestRotation")).toBool());
    QCOMPARE(httpRequest("PUT", config, validAws, jsonType, token).status, 200);
}

void TestSandbox::secretKeys_defaultSaveEndsAtOnce()
{
    // Nothing that works today waits: a save's secret-key rotation over no secrets has ended.
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({}));
    const QByteArray token = sandboxToken(sandbox.url());
    const QUrl config = under(sandbox.url(), QStringLiteral("/api/v1/key-management"));
    QCOMPARE(httpRequest("PUT", config, validAws, jsonType, token).status, 200);
    const QJsonObject status = secretKeysStatus(sandbox.url(), token);
    QVERIFY(!status.contains(QStringLiteral("progressStatus")));
    QCOMPARE(status.value(QStringLiteral("lastStatus")).toString(), QStringLiteral("Completed"));
    QCOMPARE(httpRequest("PUT", config, validAws, jsonType, token).status, 200);
}

void TestSandbox::secretKeys_rotateAndCancel_withRefusals()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--secrets"), QStringLiteral("100000"), QStringLiteral("--secret-key-rate"),
                           QStringLiteral("100"), QStringLiteral("--secret-key-cancel-ms"), QStringLiteral("300")}));
    const QByteArray token = sandboxToken(sandbox.url());
    const QByteArray auditor = sandboxToken(sandbox.url(), QStringLiteral("auditor"));
    const QUrl rotate = secretKeysUrl(sandbox.url(), "rotate-secret-keys");
    const QUrl cancel = secretKeysUrl(sandbox.url(), "cancel-rotate-secret-keys");
    QCOMPARE(httpRequest("POST", cancel, {}, {}, token).status, 400); // nothing runs
    QCOMPARE(httpRequest("POST", rotate, {}, {}, auditor).status, 403);
    QCOMPARE(httpRequest("GET", secretKeysUrl(sandbox.url(), "rotate-secret-keys-status"), {}, {}, auditor).status, 200);
    QCOMPARE(httpRequest("GET", rotate, {}, {}, token).status, 405);

    const HttpResult started = httpRequest("POST", rotate, {}, {}, token);
    QCOMPARE(started.status, 200);
    QCOMPARE(progressOf(started.object()).value(QStringLiteral("totalSecretsToProcess")).toInt(), 100000);
    QCOMPARE(httpRequest("PUT", under(sandbox.url(), QStringLiteral("/api/v1/key-management/startmekrotation")), {}, {}, token).status,
             400);
    QCOMPARE(httpRequest("POST", cancel, {}, {}, auditor).status, 403);

    const HttpResult cancelling = httpRequest("POST", cancel, {}, {}, token);
    QCOMPARE(cancelling.status, 200);
    QVERIFY(progressOf(cancelling.object()).value(QStringLiteral("isCancelling")).toBool());
    const int frozen = progressOf(cancelling.object()).value(QStringLiteral("secretsProcessed")).toInt();
    QCOMPARE(httpRequest("POST", cancel, {}, {}, token).status, 200); // a second cancel is the same cancel
    QTRY_VERIFY_WITH_TIMEOUT(!secretKeysStatus(sandbox.url(), token).contains(QStringLiteral("progressStatus")), 10000);
    const QJsonObject ended = secretKeysStatus(sandbox.url(), token);
    QCOMPARE(ended.value(QStringLiteral("lastStatus")).toString(), QStringLiteral("Cancelled"));
    QVERIFY2(ended.value(QStringLiteral("message")).toString().contains(QStringLiteral("%1 of 100000").arg(frozen)),
             qPrintable(ended.value(QStringLiteral("message")).toString()));
    QCOMPARE(httpRequest("PUT", under(sandbox.url(), QStringLiteral("/api/v1/key-management/startmekrotation")), {}, {}, token).status,
             200);
}

void TestSandbox::secretKeys_failureWordsAndPresenceReading()
{
    SandboxProcess failing;
    QVERIFY(
        failing.start({QStringLiteral("--secrets"), QStringLiteral("50"), QStringLiteral("--secret-key-fail-after"), QStringLiteral("10"),
                       QStringLiteral("--secret-key-status-words"), QStringLiteral("failed=Aborted,running=InProgress")}));
    QByteArray token = sandboxToken(failing.url());
    QCOMPARE(httpRequest("POST", secretKeysUrl(failing.url(), "rotate-secret-keys"), {}, {}, token).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!secretKeysStatus(failing.url(), token).contains(QStringLiteral("progressStatus")), 10000);
    QCOMPARE(secretKeysStatus(failing.url(), token).value(QStringLiteral("lastStatus")).toString(), QStringLiteral("Aborted"));
    QVERIFY(secretKeysStatus(failing.url(), token).value(QStringLiteral("message")).toString().contains(QLatin1String("secret 11")));

    // The other reading: the run stays after its last secret, every secret processed, and still
    // refuses writes.
    SandboxProcess presence;
    QVERIFY(presence.start({QStringLiteral("--secret-key-running"), QStringLiteral("presence")}));
    token = sandboxToken(presence.url());
    const HttpResult started = httpRequest("POST", secretKeysUrl(presence.url(), "rotate-secret-keys"), {}, {}, token);
    QCOMPARE(started.status, 200);
    QCOMPARE(progressOf(started.object()).value(QStringLiteral("secretsProcessed")).toInt(-1), 0);
    QCOMPARE(progressOf(started.object()).value(QStringLiteral("totalSecretsToProcess")).toInt(-1), 0);
    QCOMPARE(httpRequest("PUT", under(presence.url(), QStringLiteral("/api/v1/key-management")), validAws, jsonType, token).status, 400);
    QTRY_VERIFY_WITH_TIMEOUT(!secretKeysStatus(presence.url(), token).contains(QStringLiteral("progressStatus")), 10000);
    QCOMPARE(httpRequest("PUT", under(presence.url(), QStringLiteral("/api/v1/key-management")), validAws, jsonType, token).status, 200);
}

void TestSandbox::apiVersion112_hasNoConfigAudit()
{
    SandboxProcess old;
    QVERIFY(old.start({QStringLiteral("--api-version"), QStringLiteral("11.2")}));
    const QByteArray token = sandboxToken(old.url());
    const HttpResult r = httpRequest("GET", under(old.url(), QStringLiteral("/api/v1/key-management/config/audit")), {}, {}, token);
    QCOMPARE(r.status, 404);
    QVERIFY(r.object().value(QStringLiteral("message")).toString().contains(QLatin1String("No HTTP resource")));
    QCOMPARE(httpRequest("GET", under(old.url(), QStringLiteral("/api/v1/key-management/audit")), {}, {}, token).status, 200);
    QCOMPARE(get(QStringLiteral("/key-management/config/audit")).status, 200); // 11.7 by default
}

void TestSandbox::version_answersPerApiVersion()
{
    // VersionSummary as 11.2.2 publishes it; it needs a token like every API path.
    QCOMPARE(get(QStringLiteral("/version")).object(), (QJsonObject{{QStringLiteral("version"), QStringLiteral("11.7.000061")}}));
    SandboxProcess old;
    QVERIFY(old.start({QStringLiteral("--api-version"), QStringLiteral("11.2")}));
    const QUrl version = under(old.url(), QStringLiteral("/api/v1/version"));
    QCOMPARE(httpRequest("GET", version, {}, {}, sandboxToken(old.url())).object().value(QStringLiteral("version")).toString(),
             QStringLiteral("11.2.000002"));
    QCOMPARE(httpRequest("GET", version).status, 403);
    SandboxProcess between;
    QVERIFY(between.start(
        {QStringLiteral("--api-version"), QStringLiteral("11.2"), QStringLiteral("--server-version"), QStringLiteral("11.5.000003")}));
    QCOMPARE(httpRequest("GET", under(between.url(), QStringLiteral("/api/v1/version")), {}, {}, sandboxToken(between.url()))
                 .object()
                 .value(QStringLiteral("version"))
                 .toString(),
             QStringLiteral("11.5.000003"));
    SandboxProcess without;
    QVERIFY(without.start({QStringLiteral("--server-version"), QStringLiteral("none")}));
    QCOMPARE(httpRequest("GET", under(without.url(), QStringLiteral("/api/v1/version")), {}, {}, sandboxToken(without.url())).status, 404);
}

void TestSandbox::dateFilter_takesADateTimeOrADay_orReadsItAsLocalTime()
{
    auto dates = [](SandboxProcess &sandbox, const QString &filter, int *total) {
        QUrl audit = under(sandbox.url(), QStringLiteral("/api/v1/key-management/audit"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("filter.date"), QString::fromLatin1(QUrl::toPercentEncoding(filter)));
        q.addQueryItem(QStringLiteral("take"), QStringLiteral("1000"));
        audit.setQuery(q);
        const QJsonObject page = httpRequest("GET", audit, {}, {}, sandboxToken(sandbox.url())).object();
        *total = page.value(QStringLiteral("total")).toInt(-1);
        QList<QDateTime> out;
        for (const auto &v : page.value(QStringLiteral("records")).toArray())
            out << QDateTime::fromString(v.toObject().value(QStringLiteral("date")).toString(), Qt::ISODate);
        std::sort(out.begin(), out.end());
        return out;
    };
    const QDateTime midnight(QDate(2020, 1, 2), QTime(0, 0), Qt::UTC);
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("1000")}));
    int day = 0, other = 0;
    const QList<QDateTime> asSent = dates(sandbox, QStringLiteral("2020-01-02T00:00:00Z"), &day);
    QVERIFY(day > 0 && asSent.size() == day);
    QVERIFY(asSent.first() >= midnight && asSent.last() < midnight.addDays(1));
    QCOMPARE(dates(sandbox, QStringLiteral("2020-01-02"), &other), asSent); // the bare day too
    // An instant given with another offset is that instant: its UTC day.
    QCOMPARE(dates(sandbox, QStringLiteral("2020-01-02T07:00:00+05:00"), &other), asSent);

    // A server that reads the wall clock as its own local time (UTC+5) filters a shifted day.
    SandboxProcess local;
    QVERIFY(
        local.start({QStringLiteral("--seed"), QStringLiteral("1000"), QStringLiteral("--date-filter-local-offset"), QStringLiteral("5")}));
    const QList<QDateTime> shifted = dates(local, QStringLiteral("2020-01-02T00:00:00Z"), &other);
    QVERIFY(!shifted.isEmpty() && shifted.size() == other);
    QVERIFY2(shifted.first() >= midnight.addSecs(-5LL * 3600) && shifted.first() < midnight,
             qPrintable(shifted.first().toString(Qt::ISODate)));
    QVERIFY(shifted.last() < midnight.addDays(1).addSecs(-5LL * 3600));
}

void TestSandbox::ignoreSort_ordersById_echoesNoSort()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--ignore-sort"), QStringLiteral("--seed"), QStringLiteral("300")}));
    const QByteArray token = sandboxToken(sandbox.url());
    QUrl audit = under(sandbox.url(), QStringLiteral("/api/v1/key-management/audit"));
    audit.setQuery(QStringLiteral("take=300&sortBy%5B0%5D.name=notes&sortBy%5B0%5D.direction=desc"));
    const QJsonObject page = httpRequest("GET", audit, {}, {}, token).object();
    QCOMPARE(page.value(QStringLiteral("sortBy")).toArray(), QJsonArray());
    const QJsonArray records = page.value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), 300);
    for (qsizetype i = 1; i < records.size(); ++i)
        QVERIFY(records.at(i - 1).toObject().value(QStringLiteral("masterEncryptionKeyRotationInfoAuditId")).toInteger()
                < records.at(i).toObject().value(QStringLiteral("masterEncryptionKeyRotationInfoAuditId")).toInteger());
    QUrl history = under(sandbox.url(), QStringLiteral("/api/v1/key-management/config/audit"));
    history.setQuery(QStringLiteral("sortBy%5B0%5D.name=bogus"));
    const HttpResult configAudit = httpRequest("GET", history, {}, {}, token);
    QCOMPARE(configAudit.status, 200); // not even read
    QCOMPARE(configAudit.object().value(QStringLiteral("sortBy")).toArray(), QJsonArray());
}

void TestSandbox::preflightEndpoints_publishedShapes_everyCheckPassesByDefault()
{
    // The health check: HealthCheckModel, no token needed.
    const HttpResult health = httpRequest("GET", under(m_sandbox.url(), QStringLiteral("/api/v1/healthcheck")));
    QCOMPARE(health.status, 200);
    const QJsonObject h = health.object();
    QStringList fields{QStringLiteral("databaseHealthy"),
                       QStringLiteral("databaseMismatch"),
                       QStringLiteral("healthy"),
                       QStringLiteral("now"),
                       QStringLiteral("readOnlyMode"),
                       QStringLiteral("scheduledForDeletion"),
                       QStringLiteral("serviceBusHealthy"),
                       QStringLiteral("storageAccountHealthy"),
                       QStringLiteral("utcNow")};
    QCOMPARE(sortedKeys(h), fields);
    QVERIFY(h.value(QStringLiteral("healthy")).toBool());
    QVERIFY(h.value(QStringLiteral("databaseHealthy")).toBool());
    QVERIFY(!h.value(QStringLiteral("readOnlyMode")).toBool());
    const QDateTime utcNow = QDateTime::fromString(h.value(QStringLiteral("utcNow")).toString(), Qt::ISODate);
    QVERIFY(utcNow.isValid());

    // The nodes: one, connected now, the one answering.
    const HttpResult nodes = get(QStringLiteral("/nodes"), {}, m_admin);
    QCOMPARE(nodes.status, 200);
    const QJsonArray list = QJsonDocument::fromJson(nodes.body).array();
    QCOMPARE(list.size(), 1);
    const QJsonObject node = list.first().toObject();
    QVERIFY(node.value(QStringLiteral("isCurrentNode")).toBool());
    QCOMPARE(node.value(QStringLiteral("binaryVersion")).toString(), QStringLiteral("11.7.000061"));
    QVERIFY(!node.value(QStringLiteral("readonlyModeEnabled")).toBool());
    const QDateTime connected = QDateTime::fromString(node.value(QStringLiteral("lastConnected")).toString(), Qt::ISODate);
    QVERIFY(qAbs(connected.secsTo(utcNow)) < 600);

    // The backup log: records and sortBy only, newest first, a success an hour old.
    QUrl logs = under(m_sandbox.url(), QStringLiteral("/api/v2/configuration/backup-logs"));
    logs.setQuery(QStringLiteral("take=10&sortBy%5B0%5D.name=backupTime&sortBy%5B0%5D.direction=Desc"));
    const HttpResult backup = httpRequest("GET", logs, {}, {}, m_admin);
    QCOMPARE(backup.status, 200);
    const QJsonObject page = backup.object();
    QCOMPARE(sortedKeys(page), (QStringList{QStringLiteral("records"), QStringLiteral("sortBy")}));
    QCOMPARE(page.value(QStringLiteral("sortBy")).toArray().first().toObject().value(QStringLiteral("direction")).toString(),
             QStringLiteral("Desc"));
    const QJsonArray records = page.value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), 3);
    const QJsonObject newest = records.first().toObject();
    QCOMPARE(sortedKeys(newest), (QStringList{QStringLiteral("backupTime"), QStringLiteral("displayName"), QStringLiteral("notes"),
                                              QStringLiteral("success")}));
    QVERIFY(newest.value(QStringLiteral("success")).toBool());
    const qint64 age = QDateTime::fromString(newest.value(QStringLiteral("backupTime")).toString(), Qt::ISODate).secsTo(utcNow);
    QVERIFY2(age >= 3590 && age < 3700, QByteArray::number(age));
    for (qsizetype i = 1; i < records.size(); ++i)
        QVERIFY(records.at(i - 1).toObject().value(QStringLiteral("backupTime")).toString()
                > records.at(i).toObject().value(QStringLiteral("backupTime")).toString());
    // Sorted by anything else is a 400; the auditor may not read nodes or backups (the access-denied reply).
    logs.setQuery(QStringLiteral("sortBy%5B0%5D.name=notes"));
    QCOMPARE(httpRequest("GET", logs, {}, {}, m_admin).status, 400);
    const QByteArray auditor = sandboxToken(m_sandbox.url(), QStringLiteral("auditor"));
    QCOMPARE(get(QStringLiteral("/nodes"), {}, auditor).status, 403);
    QCOMPARE(httpRequest("GET", under(m_sandbox.url(), QStringLiteral("/api/v2/configuration/backup-logs")), {}, {}, auditor).status, 403);
    QCOMPARE(httpRequest("GET", under(m_sandbox.url(), QStringLiteral("/api/v1/nodes"))).status, 403); // no token
}

void TestSandbox::preflightVariants_nodesHealthAndBackups()
{
    SandboxProcess sandbox;
    QVERIFY(
        sandbox.start({QStringLiteral("--node-down"), QStringLiteral("--node-versions"), QStringLiteral("11.2.2,11.3.1"),
                       QStringLiteral("--unhealthy"), QStringLiteral("database,storage"), QStringLiteral("--backup-age-hours"),
                       QStringLiteral("30"), QStringLiteral("--backup-log-size"), QStringLiteral("5"), QStringLiteral("--ignore-sort")}));
    const QByteArray token = sandboxToken(sandbox.url());
    const QJsonObject h = httpRequest("GET", under(sandbox.url(), QStringLiteral("/api/v1/healthcheck"))).object();
    QVERIFY(!h.value(QStringLiteral("healthy")).toBool());
    QVERIFY(!h.value(QStringLiteral("databaseHealthy")).toBool());
    QVERIFY(!h.value(QStringLiteral("storageAccountHealthy")).toBool());
    QVERIFY(h.value(QStringLiteral("serviceBusHealthy")).toBool());
    const QDateTime utcNow = QDateTime::fromString(h.value(QStringLiteral("utcNow")).toString(), Qt::ISODate);

    const QJsonArray nodes =
        QJsonDocument::fromJson(httpRequest("GET", under(sandbox.url(), QStringLiteral("/api/v1/nodes")), {}, {}, token).body).array();
    QCOMPARE(nodes.size(), 3);
    QCOMPARE(nodes.at(0).toObject().value(QStringLiteral("binaryVersion")).toString(), QStringLiteral("11.2.2"));
    QCOMPARE(nodes.at(1).toObject().value(QStringLiteral("binaryVersion")).toString(), QStringLiteral("11.3.1"));
    QVERIFY(nodes.at(0).toObject().value(QStringLiteral("isCurrentNode")).toBool());
    QVERIFY(!nodes.at(1).toObject().value(QStringLiteral("isCurrentNode")).toBool());
    const QDateTime down = QDateTime::fromString(nodes.at(2).toObject().value(QStringLiteral("lastConnected")).toString(), Qt::ISODate);
    QVERIFY(down.secsTo(utcNow) > 3600);

    // --ignore-sort: oldest first, no sortBy echoed; the newest success is 30 h old.
    QUrl logs = under(sandbox.url(), QStringLiteral("/api/v2/configuration/backup-logs"));
    logs.setQuery(QStringLiteral("skip=3&take=2&sortBy%5B0%5D.name=backupTime&sortBy%5B0%5D.direction=Desc"));
    const QJsonObject page = httpRequest("GET", logs, {}, {}, token).object();
    QCOMPARE(page.value(QStringLiteral("sortBy")).toArray(), QJsonArray());
    const QJsonArray records = page.value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), 2);
    const QJsonObject last = records.at(1).toObject();
    QVERIFY(last.value(QStringLiteral("success")).toBool());
    const qint64 age = QDateTime::fromString(last.value(QStringLiteral("backupTime")).toString(), Qt::ISODate).secsTo(utcNow);
    QVERIFY2(age >= 30 * 3600 - 10 && age < 30 * 3600 + 100, QByteArray::number(age));
    QVERIFY(records.at(0).toObject().value(QStringLiteral("backupTime")).toString() < last.value(QStringLiteral("backupTime")).toString());

    // "none": no backup succeeded; the log still has records.
    SandboxProcess failing;
    QVERIFY(failing.start({QStringLiteral("--backup-age-hours"), QStringLiteral("none")}));
    const QJsonArray none =
        httpRequest("GET", under(failing.url(), QStringLiteral("/api/v2/configuration/backup-logs")), {}, {}, sandboxToken(failing.url()))
            .object()
            .value(QStringLiteral("records"))
            .toArray();
    QCOMPARE(none.size(), 3);
    for (const auto &r : none)
        QVERIFY(!r.toObject().value(QStringLiteral("success")).toBool());
}

void TestSandbox::platform_tokenVaultsAndHealth_atTheRoot()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--serve-platform"), QStringLiteral("--platform-client-id"), QStringLiteral("cid"),
                           QStringLiteral("--platform-client-secret"), QStringLiteral("c&s"), QStringLiteral("--platform-vaults"),
                           QStringLiteral("3")}));
    const QUrl tokenUrl = atRoot(sandbox.url(), QStringLiteral("/identity/api/oauth2/token/xpmplatform"));
    const HttpResult wrong =
        httpRequest("POST", tokenUrl, "grant_type=client_credentials&client_id=cid&client_secret=no&scope=xpmheadless", formType);
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
    QVERIFY(wrong.object().contains(QStringLiteral("error_description")));
    const HttpResult granted =
        httpRequest("POST", tokenUrl, "grant_type=client_credentials&client_id=cid&client_secret=c%26s&scope=xpmheadless", formType);
    QCOMPARE(granted.status, 200);
    const QJsonObject t = granted.object();
    QCOMPARE(t.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QVERIFY(t.value(QStringLiteral("expires_in")).toInt() > 0);
    QVERIFY(!t.contains(QStringLiteral("refresh_token")));
    const QByteArray platform = t.value(QStringLiteral("access_token")).toString().toLatin1();

    const QUrl vaultsUrl = atRoot(sandbox.url(), QStringLiteral("/vaultbroker/api/vaults"));
    QCOMPARE(httpRequest("GET", vaultsUrl).status, 401);
    QCOMPARE(httpRequest("GET", vaultsUrl, {}, {}, sandboxToken(sandbox.url())).status, 403);
    const QJsonArray vaults = httpRequest("GET", vaultsUrl, {}, {}, platform).object().value(QStringLiteral("vaults")).toArray();
    QCOMPARE(vaults.size(), 3);
    QSet<QString> ids, names;
    int defaults = 0;
    for (const auto &v : vaults) {
        const QJsonObject vault = v.toObject();
        ids.insert(vault.value(QStringLiteral("vaultId")).toString());
        names.insert(vault.value(QStringLiteral("name")).toString());
        defaults += vault.value(QStringLiteral("isDefault")).toBool() ? 1 : 0;
        QVERIFY(vault.value(QStringLiteral("isActive")).toBool());
        QCOMPARE(vault.value(QStringLiteral("type")).toString(), QStringLiteral("SecretServer"));
        QCOMPARE(vault.value(QStringLiteral("connection")).toObject().value(QStringLiteral("url")).toString(), sandbox.urlText());
    }
    QCOMPARE(ids.size(), 3);
    QCOMPARE(names.size(), 3);
    QCOMPARE(defaults, 1);
    QCOMPARE(httpRequest("GET", atRoot(sandbox.url(), QStringLiteral("/health"))).object(),
             (QJsonObject{{QStringLiteral("healthy"), true}}));

    // The platform token works against the vault as a service account that administers key management.
    QCOMPARE(rotationInfo(sandbox.url(), platform).value(QStringLiteral("hasPermission")).toBool(), true);
    QCOMPARE(httpRequest("PUT", under(sandbox.url(), QStringLiteral("/api/v1/key-management")), validAws, jsonType, platform).status, 200);
    const QJsonObject history =
        httpRequest("GET", under(sandbox.url(), QStringLiteral("/api/v1/key-management/config/audit")), {}, {}, platform).object();
    QCOMPARE(history.value(QStringLiteral("records")).toArray().first().toObject().value(QStringLiteral("displayName")).toString(),
             QStringLiteral("Platform Service Account"));
    // Not under the base path, and not there at all without --serve-platform.
    QCOMPARE(httpRequest("GET", under(sandbox.url(), QStringLiteral("/health"))).status, 404);
    QCOMPARE(httpRequest("GET", atRoot(m_sandbox.url(), QStringLiteral("/health"))).status, 404);
}

void TestSandbox::variant_comesBeforeTheTestsOwnArguments()
{
    qputenv("KMSANDBOX_VARIANT", "  --access-denied 400\t--max-take 20 --type-ids=none=3,aws=4,azure=5 ");
    const QStringList variant = SandboxProcess::variantArguments();
    QVERIFY(SandboxProcess::variantHas(QStringLiteral("--access-denied")));
    QVERIFY(SandboxProcess::variantHas(QStringLiteral("--type-ids")));
    QVERIFY(!SandboxProcess::variantHas(QStringLiteral("--ignore-sort")));
    QCOMPARE(SandboxProcess::variantValue(QStringLiteral("--max-take")), QStringLiteral("20"));
    QCOMPARE(SandboxProcess::variantValue(QStringLiteral("--type-ids")), QStringLiteral("none=3,aws=4,azure=5"));
    QCOMPARE(SandboxProcess::variantValue(QStringLiteral("--otp"), QStringLiteral("none")), QStringLiteral("none"));
    SandboxProcess sandbox;
    const bool started =
        sandbox.start({QStringLiteral("--max-take"), QStringLiteral("30"), QStringLiteral("--seed"), QStringLiteral("40")});
    qunsetenv("KMSANDBOX_VARIANT");
    QCOMPARE(variant.size(), 5);
    QVERIFY(started);
    const QByteArray auditor = sandboxToken(sandbox.url(), QStringLiteral("auditor"));
    QCOMPARE(httpRequest("PUT", under(sandbox.url(), QStringLiteral("/api/v1/key-management")), validAws, jsonType, auditor).status, 400);
    QUrl audit = under(sandbox.url(), QStringLiteral("/api/v1/key-management/audit"));
    audit.setQuery(QStringLiteral("take=25")); // the test's --max-take 30 won over the variant's 20
    QCOMPARE(httpRequest("GET", audit, {}, {}, auditor).status, 200);
    QCOMPARE(sandbox.requestCount(QStringLiteral("GET /api/v1/key-management/audit")), 1); // test controls are on
}

void TestSandbox::paging_largestSkip_doesNotOverflow()
{
    QUrl url = api(QStringLiteral("/key-management/audit"));
    url.setQuery(QStringLiteral("skip=2147483647&take=1000"));
    const HttpResult r = httpRequest("GET", url, {}, {}, m_admin);
    QCOMPARE(r.status, 200);
    const QJsonObject page = r.object();
    QCOMPARE(page.value(QStringLiteral("records")).toArray().size(), 0);
    QCOMPARE(page.value(QStringLiteral("skip")).toInteger(), 2147483647);
    QCOMPARE(page.value(QStringLiteral("nextSkip")).toInteger(), 2147483647);
    QCOMPARE(page.value(QStringLiteral("prevSkip")).toInteger(), 2147483647 - 1000);
    QCOMPARE(page.value(QStringLiteral("currentPage")).toInteger(), 2147483647 / 1000 + 1);
    QVERIFY(!page.value(QStringLiteral("hasNext")).toBool());
}

void TestSandbox::commandLine_badValues_exitWithStatus2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    auto row = [](const char *name, const QStringList &arguments, const char *named) {
        QTest::newRow(name) << arguments << QString::fromLatin1(named);
    };
    row("port too large", {QStringLiteral("--port"), QStringLiteral("99999")}, "--port");
    row("port not a number", {QStringLiteral("--port"), QStringLiteral("abc")}, "--port");
    row("token ttl zero", {QStringLiteral("--token-ttl"), QStringLiteral("0")}, "--token-ttl");
    row("negative latency", {QStringLiteral("--latency-ms"), QStringLiteral("-5")}, "--latency-ms");
    row("max take zero", {QStringLiteral("--max-take"), QStringLiteral("0")}, "--max-take");
    row("step zero", {QStringLiteral("--step-ms"), QStringLiteral("0")}, "--step-ms");
    row("negative seed", {QStringLiteral("--seed"), QStringLiteral("-3")}, "--seed");
    row("fail rate above 1", {QStringLiteral("--fail-rate"), QStringLiteral("1.5")}, "--fail-rate");
    row("fail rate not a number", {QStringLiteral("--fail-rate"), QStringLiteral("half")}, "--fail-rate");
    row("fail rate NaN", {QStringLiteral("--fail-rate"), QStringLiteral("nan")}, "--fail-rate");
    row("type ids repeated", {QStringLiteral("--type-ids"), QStringLiteral("none=1,aws=1,azure=2")}, "--type-ids");
    row("type ids negative", {QStringLiteral("--type-ids"), QStringLiteral("none=-1")}, "--type-ids");
    row("type ids unknown name", {QStringLiteral("--type-ids"), QStringLiteral("hsm=4")}, "--type-ids");
    row("access denied 401", {QStringLiteral("--access-denied"), QStringLiteral("401")}, "--access-denied");
    row("refresh tokens maybe", {QStringLiteral("--refresh-tokens"), QStringLiteral("maybe")}, "--refresh-tokens");
    row("push later", {QStringLiteral("--push"), QStringLiteral("later")}, "--push");
    row("api version 12", {QStringLiteral("--api-version"), QStringLiteral("12.0")}, "--api-version");
    row("date offset too far", {QStringLiteral("--date-filter-local-offset"), QStringLiteral("15")}, "--date-filter-local-offset");
    row("secrets negative", {QStringLiteral("--secrets"), QStringLiteral("-1")}, "--secrets");
    row("secret key rate zero", {QStringLiteral("--secret-key-rate"), QStringLiteral("0")}, "--secret-key-rate");
    row("secret key running maybe", {QStringLiteral("--secret-key-running"), QStringLiteral("maybe")}, "--secret-key-running");
    row("secret key words unknown", {QStringLiteral("--secret-key-status-words"), QStringLiteral("paused=Paused")},
        "--secret-key-status-words");
    row("negative maintenance", {QStringLiteral("--maintenance-ms"), QStringLiteral("-1")}, "--maintenance-ms");
    row("unhealthy disk", {QStringLiteral("--unhealthy"), QStringLiteral("database,disk")}, "--unhealthy");
    row("backup age yesterday", {QStringLiteral("--backup-age-hours"), QStringLiteral("yesterday")}, "--backup-age-hours");
    row("node versions empty", {QStringLiteral("--node-versions"), QStringLiteral("11.2.2,")}, "--node-versions");
    row("platform without client", {QStringLiteral("--serve-platform")}, "--serve-platform");
    row("no vaults", {QStringLiteral("--platform-vaults"), QStringLiteral("0")}, "--platform-vaults");
    row("bad listen address", {QStringLiteral("--listen"), QStringLiteral("localhost:1")}, "--listen");
    row("cert without key", {QStringLiteral("--tls-cert"), QStringLiteral("/dev/null")}, "--tls-cert");
    row("unknown option", {QStringLiteral("--bogus")}, "bogus");
    row("stray argument", {QStringLiteral("stray")}, "stray");
}

void TestSandbox::commandLine_badValues_exitWithStatus2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    QProcess sandbox;
    sandbox.start(SandboxProcess::executable(), QStringList{QStringLiteral("--data"), QStringLiteral(":memory:")} + arguments);
    QVERIFY(sandbox.waitForFinished(10000));
    QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sandbox.exitCode(), 2);
    QVERIFY(!sandbox.readAllStandardOutput().contains("listening on"));
    const QByteArray error = sandbox.readAllStandardError();
    QVERIFY2(error.contains(named.toUtf8()), error.constData());
}

void TestSandbox::testControls_absentByDefault()
{
    QProcess sandbox;
    sandbox.start(SandboxProcess::executable(),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), QStringLiteral(":memory:")});
    QVERIFY(QTest::qWaitFor([&] { return sandbox.canReadLine() || sandbox.state() == QProcess::NotRunning; }, 10000));
    const QUrl base(QString::fromUtf8(sandbox.readLine().trimmed().mid(13)));
    QVERIFY(base.isValid());
    QCOMPARE(httpRequest("GET", under(base, QStringLiteral("/sandbox/stats"))).status, 404);
    QCOMPARE(httpRequest("POST", under(base, QStringLiteral("/sandbox/faults")), "{\"failRate\": 1}", jsonType).status, 404);
    QCOMPARE(httpRequest("GET", under(base, QStringLiteral("/api/v1/healthcheck"))).status, 200);
    sandbox.terminate();
    QVERIFY(sandbox.waitForFinished(10000));
}

void TestSandbox::stats_areBoundedByTheRouteTable()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start());
    for (int i = 0; i < 150; ++i)
        QCOMPARE(httpRequest("GET", under(sandbox.url(), QStringLiteral("/api/v1/no-such-thing/%1").arg(i))).status, 404);
    QCOMPARE(httpRequest("DELETE", under(sandbox.url(), QStringLiteral("/api/v1/key-management"))).status, 405);
    httpRequest("GET", under(sandbox.url(), QStringLiteral("/API/v1/Key-Management/")));
    const QJsonObject requests = sandbox.stats().value(QStringLiteral("requests")).toObject();
    QCOMPARE(requests.value(QStringLiteral("other")).toInt(), 151);
    QCOMPARE(requests.value(QStringLiteral("GET /api/v1/key-management")).toInt(), 1);
    QVERIFY2(requests.size() <= 3, QJsonDocument(requests).toJson().constData()); // other, that GET, and this stats call
}

void TestSandbox::debugLogging_neverShowsATokenOrPassword()
{
    QProcess sandbox;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    sandbox.setProcessEnvironment(env);
    sandbox.start(SandboxProcess::executable(),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), QStringLiteral(":memory:"),
                   QStringLiteral("--password"), QStringLiteral("Pa55-word"), QStringLiteral("--otp"), QStringLiteral("918273")});
    QVERIFY(QTest::qWaitFor([&] { return sandbox.canReadLine() || sandbox.state() == QProcess::NotRunning; }, 10000));
    const QUrl base(QString::fromUtf8(sandbox.readLine().trimmed().mid(13)));
    QNetworkAccessManager network;
    QNetworkRequest signIn(under(base, QStringLiteral("/oauth2/token")));
    signIn.setHeader(QNetworkRequest::ContentTypeHeader, formType);
    signIn.setRawHeader("OTP", "918273");
    QNetworkReply *reply = network.post(signIn, "grant_type=password&username=admin&password=Pa55-word");
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    const QByteArray token = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("access_token")).toString().toLatin1();
    delete reply;
    QVERIFY(!token.isEmpty());
    QCOMPARE(httpRequest("GET", under(base, QStringLiteral("/api/v1/key-management")), {}, {}, token).status, 200);
    sandbox.terminate();
    QVERIFY(sandbox.waitForFinished(10000));
    const QByteArray log = sandbox.readAllStandardError();
    QVERIFY2(log.contains("Authorization"), "debug logging was not on: the test would prove nothing");
    QVERIFY(!log.contains(token));
    QVERIFY(!log.contains("918273"));
    QVERIFY(!log.contains("Pa55-word"));
}

void TestSandbox::secrets_neverStoredInTheDatabaseFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("state.sqlite"));
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--data"), file}));
    const QByteArray token = sandboxToken(sandbox.url());
    const QUrl config = under(sandbox.url(), QStringLiteral("/api/v1/key-management"));
    QCOMPARE(httpRequest("PUT", config, validAws, jsonType, token).status, 200);
    QCOMPARE(httpRequest("PUT", config, validAzure, jsonType, token).status, 200);
    QCOMPARE(httpRequest("PUT", config, "{\"keyManagementTypeId\": 0}", jsonType, token).status, 200);
    QCOMPARE(httpRequest("PUT", config, validAws, jsonType, token).status, 200);
    auto stored = [&] {
        QByteArray bytes;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
            QFile f(file + suffix);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        return bytes;
    };
    QByteArray bytes = stored();
    QVERIFY(bytes.contains("AKIAIOSFODNN7EXAMPLE")); // what is not secret is there: the check reads the right files
    for (const QByteArray &secret : {QByteArray("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"), QByteArray("azure-principal-Secret~42")}) {
        QVERIFY(!bytes.contains(secret));
        QVERIFY(!bytes.contains(QString::fromLatin1(secret).toUtf8().toBase64()));
        QVERIFY(!bytes.contains(QByteArray(reinterpret_cast<const char *>(QString::fromLatin1(secret).utf16()), secret.size() * 2)));
    }
    // And the audit still tells a changed secret from a kept one after a restart.
    QString error;
    QVERIFY2(sandbox.restart(&error), qPrintable(error));
    QCOMPARE(httpRequest("PUT", config, validAws, jsonType, token).status, 200);
    const QJsonObject history =
        httpRequest("GET", under(sandbox.url(), QStringLiteral("/api/v1/key-management/config/audit")), {}, {}, token).object();
    QVERIFY(!history.value(QStringLiteral("records"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("notes"))
                 .toString()
                 .contains(QLatin1String("secret")));
}

void TestSandbox::seed_rotationStateIsTheLastCompletedSeededRotation()
{
    // Group the seeded history (--seed 1000: 1005 records, the last rotation whole) by rotation.
    QJsonArray records;
    for (int skip : {0, 1000}) {
        QUrl url = api(QStringLiteral("/key-management/audit"));
        url.setQuery(
            QStringLiteral("skip=%1&take=1000&sortBy%5B0%5D.name=masterEncryptionKeyRotationInfoAuditId&sortBy%5B0%5D.direction=asc")
                .arg(skip));
        for (const auto &v : httpRequest("GET", url, {}, {}, m_admin).object().value(QStringLiteral("records")).toArray())
            records.append(v);
    }
    QCOMPARE(records.size(), 1005);
    QMap<qint64, QList<QJsonObject>> rotations;
    for (const auto &v : records)
        rotations[v.toObject().value(QStringLiteral("masterEncryptionKeyRotationInfoId")).toInteger()] << v.toObject();
    qint64 lastCompleted = 0;
    int failedBefore = 0, failedAfter = 0;
    for (auto it = rotations.cbegin(); it != rotations.cend(); ++it) {
        const QList<QJsonObject> &events = it.value();
        // Every seeded rotation is whole, the newest too: the audit ends with the one the state describes.
        QCOMPARE(events.last().value(QStringLiteral("action")).toString(), QStringLiteral("Rotation Completed"));
        lastCompleted = it.key();
        QCOMPARE(events.first().value(QStringLiteral("action")).toString(), QStringLiteral("Rotation Requested"));
        for (qsizetype i = 0; i < events.size(); ++i) {
            if (events.at(i).value(QStringLiteral("action")).toString() != QLatin1String("Rotation Failed"))
                continue;
            // Each failure is retried, and the rotation then completes.
            QCOMPARE(events.at(i + 1).value(QStringLiteral("action")).toString(), QStringLiteral("Retry Requested"));
            const QString ending = events.at(i).value(QStringLiteral("currentStatus")).toString();
            failedBefore += ending == QLatin1String("ProcessCompletedWithErrorsBeforeRotation") ? 1 : 0;
            failedAfter += ending == QLatin1String("ProcessFailedAfterRotation") ? 1 : 0;
        }
    }
    QVERIFY(failedBefore > 0);
    QVERIFY(failedAfter > 0);
    QCOMPARE(lastCompleted, rotations.lastKey());

    const QJsonObject info = rotationInfo(m_sandbox.url(), m_admin);
    QCOMPARE(info.value(QStringLiteral("processState")).toString(), QStringLiteral("Completed"));
    QVERIFY(!info.value(QStringLiteral("showBackupConfirmation")).toBool());
    const QJsonObject state = info.value(QStringLiteral("rotationInfo")).toObject();
    QCOMPARE(state.value(QStringLiteral("status")).toString(), QStringLiteral("SessionDataRotationCompleted"));
    const QList<QJsonObject> &last = rotations.value(lastCompleted);
    QCOMPARE(state.value(QStringLiteral("startedDateUtc")).toString(), last.first().value(QStringLiteral("date")).toString());
    QCOMPARE(state.value(QStringLiteral("lastEndDateUtc")).toString(), last.last().value(QStringLiteral("date")).toString());
    QCOMPARE(state.value(QStringLiteral("statusUpdatedDateUtc")).toString(), last.last().value(QStringLiteral("date")).toString());

    // A live rotation is numbered after every seeded one, and is what the state shows from then on.
    SandboxProcess sandbox;
    QTemporaryDir dir;
    const QStringList arguments{QStringLiteral("--seed"), QStringLiteral("1000"),   QStringLiteral("--step-ms"),
                                QStringLiteral("20"),     QStringLiteral("--data"), dir.filePath(QStringLiteral("seeded.sqlite"))};
    QVERIFY(sandbox.start(arguments));
    const QByteArray token = sandboxToken(sandbox.url());
    QCOMPARE(httpRequest("PUT", under(sandbox.url(), QStringLiteral("/api/v1/key-management/startmekrotation")), {}, {}, token).status,
             200);
    QTRY_VERIFY_WITH_TIMEOUT(
        rotationInfo(sandbox.url(), token).value(QStringLiteral("processState")).toString() == QLatin1String("Completed"), 10000);
    QUrl newest = under(sandbox.url(), QStringLiteral("/api/v1/key-management/audit"));
    newest.setQuery(QStringLiteral("take=1&sortBy%5B0%5D.name=masterEncryptionKeyRotationInfoAuditId&sortBy%5B0%5D.direction=desc"));
    QCOMPARE(httpRequest("GET", newest, {}, {}, token)
                 .object()
                 .value(QStringLiteral("records"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("masterEncryptionKeyRotationInfoId"))
                 .toInteger(),
             rotations.lastKey() + 1);
    const QString liveEnd = rotationInfo(sandbox.url(), token)
                                .value(QStringLiteral("rotationInfo"))
                                .toObject()
                                .value(QStringLiteral("lastEndDateUtc"))
                                .toString();
    QVERIFY(liveEnd > last.last().value(QStringLiteral("date")).toString());
    QString error;
    QVERIFY2(sandbox.restart(&error, QStringList(arguments) << QStringLiteral("--seed") << QStringLiteral("2000")), qPrintable(error));
    QCOMPARE(rotationInfo(sandbox.url(), token)
                 .value(QStringLiteral("rotationInfo"))
                 .toObject()
                 .value(QStringLiteral("lastEndDateUtc"))
                 .toString(),
             liveEnd); // seeding more does not hide it
}

void TestSandbox::audit_fastPathsAnswerExactlyAsThePlainQueries()
{
    // One sandbox, one set of records: every query is answered the fast way (bookmarks, keyset
    // continuation, text dictionary, direct JSON) and then the plain way (OFFSET, LIKE, COUNT,
    // QJsonObject), and the two answers must be the same.
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("5000"), QStringLiteral("--step-ms"), QStringLiteral("5")}));
    const QByteArray token = sandboxToken(sandbox.url());
    // Live records after the bookmarks were made, in every sort order's middle and end.
    const QUrl start = under(sandbox.url(), QStringLiteral("/api/v1/key-management/startmekrotation"));
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(httpRequest("PUT", start, {}, {}, token).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(
            rotationInfo(sandbox.url(), token).value(QStringLiteral("processState")).toString() == QLatin1String("Completed"), 10000);
    }
    const QUrl audit = under(sandbox.url(), QStringLiteral("/api/v1/key-management/audit"));
    const qint64 total = httpRequest("GET", audit, {}, {}, token).object().value(QStringLiteral("total")).toInteger();
    QVERIFY(total > 5000);

    QList<QUrlQuery> queries;
    auto add = [&](const QList<QPair<QString, QString>> &items) {
        QUrlQuery q;
        for (const auto &[name, value] : items)
            q.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        queries << q;
    };
    const char *const sorts[] = {"date",
                                 "masterEncryptionKeyRotationInfoAuditId",
                                 "masterEncryptionKeyRotationInfoId",
                                 "action",
                                 "currentStatus",
                                 "userId",
                                 "userName",
                                 "displayName",
                                 "notes"};
    const qint64 skips[] = {0, 1, 999, 1000, 1001, 2500, total / 2, total - 1000, total - 50, total - 7, total - 1, total, total + 10};
    for (const char *sort : sorts) {
        for (const char *direction : {"Asc", "Desc"}) {
            for (qint64 skip : skips)
                add({{QStringLiteral("sortBy[0].name"), QLatin1String(sort)},
                     {QStringLiteral("sortBy[0].direction"), QLatin1String(direction)},
                     {QStringLiteral("skip"), QString::number(skip)},
                     {QStringLiteral("take"), QStringLiteral("50")}});
            // A walk, page after page: the keyset continuation.
            for (qint64 skip = 0; skip < total; skip += 700)
                add({{QStringLiteral("sortBy[0].name"), QLatin1String(sort)},
                     {QStringLiteral("sortBy[0].direction"), QLatin1String(direction)},
                     {QStringLiteral("skip"), QString::number(skip)},
                     {QStringLiteral("take"), QStringLiteral("700")}});
        }
    }
    const QList<QPair<QString, QString>> filters = {
        {QStringLiteral("filter.userId"), QStringLiteral("4")},
        {QStringLiteral("filter.userId"), QStringLiteral("1")},
        {QStringLiteral("filter.userId"), QStringLiteral("-7")},
        {QStringLiteral("filter.action"), QStringLiteral("Rotation Failed")},
        {QStringLiteral("filter.action"), QStringLiteral("Status Changed")},
        {QStringLiteral("filter.date"), QStringLiteral("2020-01-02")},
        {QStringLiteral("filter.searchTerm"), QStringLiteral("brien")},
        {QStringLiteral("filter.searchTerm"), QStringLiteral("O'BRIEN")},
        {QStringLiteral("filter.searchTerm"), QStringLiteral("node b")},
        {QStringLiteral("filter.searchTerm"), QStringLiteral("re-encrypt")},
        {QStringLiteral("filter.searchTerm"), QStringLiteral("a")},
        {QStringLiteral("filter.searchTerm"), QStringLiteral("_")},
        {QStringLiteral("filter.searchTerm"), QStringLiteral("100%")},
        {QStringLiteral("filter.searchTerm"), QStringLiteral("\\")},
        {QStringLiteral("filter.searchTerm"), QStringLiteral("\t")},
        {QStringLiteral("filter.searchTerm"), QStringLiteral("\r\n")},
        {QStringLiteral("filter.searchTerm"), QStringLiteral("\"\"")},
        {QStringLiteral("filter.searchTerm"), QStringLiteral("müller")},
        {QStringLiteral("filter.searchTerm"), QStringLiteral("MÜLLER")},
        {QStringLiteral("filter.searchTerm"), QStringLiteral("李")},
        {QStringLiteral("filter.searchTerm"), QStringLiteral("simulated")},
        {QStringLiteral("filter.searchTerm"), QStringLiteral("sandbox administrator")},
        {QStringLiteral("filter.searchTerm"), QStringLiteral("no record says this")},
    };
    for (const auto &filter : filters) {
        for (const char *sort : {"date", "notes", "masterEncryptionKeyRotationInfoAuditId"}) {
            for (qint64 skip : {qint64(0), qint64(40), qint64(300), qint64(2000), total / 2})
                add({filter,
                     {QStringLiteral("sortBy[0].name"), QLatin1String(sort)},
                     {QStringLiteral("skip"), QString::number(skip)},
                     {QStringLiteral("take"), QStringLiteral("40")}});
        }
        for (qint64 skip = 0; skip < 3000; skip += 500)
            add({filter, {QStringLiteral("skip"), QString::number(skip)}, {QStringLiteral("take"), QStringLiteral("500")}});
    }
    // Filters together.
    add({{QStringLiteral("filter.userId"), QStringLiteral("4")}, {QStringLiteral("filter.action"), QStringLiteral("Status Changed")}});
    add({{QStringLiteral("filter.userId"), QStringLiteral("4")}, {QStringLiteral("filter.searchTerm"), QStringLiteral("changed")}});
    add({{QStringLiteral("filter.action"), QStringLiteral("Rotation Failed")},
         {QStringLiteral("filter.searchTerm"), QStringLiteral("node")}});
    add({{QStringLiteral("filter.date"), QStringLiteral("2020-01-03")},
         {QStringLiteral("filter.searchTerm"), QStringLiteral("status")},
         {QStringLiteral("filter.userId"), QStringLiteral("3")},
         {QStringLiteral("sortBy[0].name"), QStringLiteral("userName")}});
    add({{QStringLiteral("filter.date"), QStringLiteral("2020-01-03")},
         {QStringLiteral("filter.action"), QStringLiteral("Status Changed")},
         {QStringLiteral("skip"), QStringLiteral("10")}});

    auto answers = [&] {
        QList<QJsonObject> all;
        for (const QUrlQuery &q : queries) {
            QUrl url = audit;
            url.setQuery(q);
            const HttpResult r = httpRequest("GET", url, {}, {}, token);
            if (r.status != 200)
                qWarning("%d for %s", r.status, qPrintable(q.toString()));
            all << r.object();
        }
        return all;
    };
    const QList<QJsonObject> fast = answers();
    QVERIFY(sandbox.setFaults({{QStringLiteral("referenceQueries"), true}}));
    const QList<QJsonObject> plain = answers();
    QCOMPARE(fast.size(), plain.size());
    for (qsizetype i = 0; i < fast.size(); ++i) {
        QVERIFY2(!plain.at(i).isEmpty(), qPrintable(queries.at(i).toString()));
        QVERIFY2(fast.at(i) == plain.at(i), qPrintable(QStringLiteral("%1: %2 records, total %3; plain %4 records, total %5")
                                                           .arg(queries.at(i).toString())
                                                           .arg(fast.at(i).value(QStringLiteral("records")).toArray().size())
                                                           .arg(fast.at(i).value(QStringLiteral("total")).toInteger())
                                                           .arg(plain.at(i).value(QStringLiteral("records")).toArray().size())
                                                           .arg(plain.at(i).value(QStringLiteral("total")).toInteger())));
    }
}

void TestSandbox::commandLine_helpNamesEveryVariantWithItsDefault()
{
    for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("--help-all")}) {
        QProcess sandbox;
        sandbox.start(SandboxProcess::executable(), {flag});
        QVERIFY(sandbox.waitForFinished(10000));
        QCOMPARE(sandbox.exitCode(), 0);
        const QString help = QString::fromUtf8(sandbox.readAllStandardOutput()).simplified();
        for (const char *option : {"--put-keeps-blank-secrets",
                                   "--access-denied",
                                   "--type-ids",
                                   "--aws-type-name",
                                   "--azure-type-name",
                                   "--refresh-tokens",
                                   "--otp",
                                   "--push",
                                   "--push-delay-ms",
                                   "--maintenance-ms",
                                   "--api-version",
                                   "--ignore-sort",
                                   "--serve-platform",
                                   "--platform-client-id",
                                   "--platform-client-secret",
                                   "--platform-vaults",
                                   "--test-controls",
                                   "--server-version",
                                   "--date-filter-local-offset",
                                   "--node-down",
                                   "--node-versions",
                                   "--backup-age-hours",
                                   "--unhealthy",
                                   "--backup-log-size",
                                   "--secrets",
                                   "--secret-key-rate",
                                   "--secret-key-cancel-ms",
                                   "--secret-key-fail-after",
                                   "--secret-key-running",
                                   "--secret-key-status-words"})
            QVERIFY2(help.contains(QLatin1String(option)), option);
        for (const char *fallback : {"(default 403)", "(default none=0,aws=1,azure=2)", "(default on)", "(default 2000)",
                                     "(default approve)", "(default 0: off)", "(default 11.7)", "(default 1)"})
            QVERIFY2(help.contains(QLatin1String(fallback)), fallback);
    }
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
