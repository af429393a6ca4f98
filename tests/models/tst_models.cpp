// Decoding of every API model from good and bad payloads, and the query encoders.
#include "AuditQuery.h"
#include "KeyManagementConfig.h"
#include "MekStatus.h"
#include "Page.h"
#include "RotationAuditRecord.h"
#include "RotationInfo.h"
#include "TokenResponse.h"

#include <QJsonDocument>
#include <QTest>
#include <QUrl>

// Declared before the JSON fixtures: moc cannot read past raw strings that hold quotes.
class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void config_goodPayload_decodesEveryField();
    void config_managedHsmNames_areRead();
    void config_badPayload_namesTheField_data();
    void config_badPayload_namesTheField();
    void configKind_resolvesFromNameThenId_data();
    void configKind_resolvesFromNameThenId();
    void configUpdate_unsetSecrets_areLeftOut();

    void rotation_goodPayload_decodes();
    void rotation_badPayload_namesTheField_data();
    void rotation_badPayload_namesTheField();
    void rotation_unknownProcessState_isKeptNotRejected();

    void auditPage_goodPayload_decodesRecordsAndEnvelope();
    void auditPage_badPayload_namesTheField_data();
    void auditPage_badPayload_namesTheField();
    void auditUser_and_configAudit_decode();

    void token_good_and_bad_data();
    void token_good_and_bad();

    void statuses_roundTripInWalkOrder();
    void auditQuery_encodesUserTextExactly_data();
    void auditQuery_encodesUserTextExactly();
};

namespace {
QJsonObject parse(const char *json)
{
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &e);
    if (e.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(e.errorString()));
    return doc.object();
}

const char *goodConfig = R"({"keyManagementConfigId": 7, "keyManagementTypeId": 1, "keyManagementTypeName": "Amazon KMS",
    "awsKmsAccessKeyId": "AKIAABCDEFGHIJKLMNOP", "awsKmsKeyArn": "arn:aws:kms:eu-west-1:123456789012:key/k",
    "awsKmsKeyId": "k", "awsKmsSecretAccessKey": "", "azureKeyVaultBaseUrl": null, "somethingNew": [1, 2]})";

const char *goodRotation = R"({"canRequestRotation": true, "canRetryStatus": false, "hasPermission": true,
    "isReplicationEnabled": false, "pollInfo": true, "showBackupConfirmation": true, "itemsToRotate": 250,
    "totalItems": 1250, "warningMessage": "Back up first", "errorMessage": "", "processState": "Running",
    "rotationInfo": {"status": "DataRotationStarted", "statusValue": 7, "startedDateUtc": "2026-11-27T01:02:03Z",
    "lastEndDateUtc": null, "statusUpdatedDateUtc": "2026-11-27T01:05:00.250"}})";

const char *goodAuditPage = R"({"records": [
      {"masterEncryptionKeyRotationInfoAuditId": 5, "masterEncryptionKeyRotationInfoId": 2, "action": "Status Changed",
       "currentStatus": "KeyRotationStarted", "date": "2026-01-02T03:04:05Z", "formattedDate": "1/2/2026",
       "userId": 1, "userName": "admin", "displayName": "=cmd", "notes": "a,\"b\"\nc"},
      {"masterEncryptionKeyRotationInfoAuditId": 4, "currentStatus": "SomethingNew"}],
    "total": 2, "skip": 0, "take": 50, "nextSkip": 0, "prevSkip": 0, "currentPage": 1, "pageCount": 1,
    "batchCount": 2, "hasNext": false, "hasPrev": false, "success": true, "severity": "None",
    "sortBy": [{"name": "date", "direction": "Desc", "priority": 0}]})";
} // namespace


void TestModels::config_goodPayload_decodesEveryField()
{
    KeyManagementConfig c;
    QString error;
    QVERIFY2(KeyManagementConfig::decode(parse(goodConfig), c, error), qPrintable(error));
    QCOMPARE(c.configId, 7);
    QCOMPARE(c.typeId, 1);
    QCOMPARE(c.typeName, QStringLiteral("Amazon KMS"));
    QCOMPARE(c.awsAccessKeyId, QStringLiteral("AKIAABCDEFGHIJKLMNOP"));
    QCOMPARE(c.awsKeyArn, QStringLiteral("arn:aws:kms:eu-west-1:123456789012:key/k"));
    QCOMPARE(c.awsKeyId, QStringLiteral("k"));
    QVERIFY(c.azureBaseUrl.isEmpty()); // null is "not set"
    QCOMPARE(c.kind(), KeyManagementKind::AwsKms);
}

void TestModels::config_managedHsmNames_areRead()
{
    KeyManagementConfig c;
    QString error;
    QVERIFY(KeyManagementConfig::decode(parse(R"({"keyManagementTypeId": 2, "azureManagedHsmBaseUrl": "https://h.managedhsm.azure.net/",
        "azureManagedHsmKeyName": "k1", "azureKeyVaultKeyName": "k2"})"), c, error));
    QCOMPARE(c.azureBaseUrl, QStringLiteral("https://h.managedhsm.azure.net/"));
    QCOMPARE(c.azureKeyName, QStringLiteral("k2")); // the Key Vault name wins when both are sent
}

void TestModels::config_badPayload_namesTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("type id missing") << QByteArray(R"({"keyManagementTypeName": "None"})")
                                     << "KeyManagementConfigModel.keyManagementTypeId: required field is missing";
    QTest::newRow("type id a string") << QByteArray(R"({"keyManagementTypeId": "1"})")
                                      << "KeyManagementConfigModel.keyManagementTypeId: expected an integer, got a string";
    QTest::newRow("type id fractional") << QByteArray(R"({"keyManagementTypeId": 1.5})")
                                        << "KeyManagementConfigModel.keyManagementTypeId: expected an integer, got 1.5";
    QTest::newRow("type id too large") << QByteArray(R"({"keyManagementTypeId": 9999999999})")
                                       << "KeyManagementConfigModel.keyManagementTypeId: integer 9999999999 is out of range";
    QTest::newRow("arn a number") << QByteArray(R"({"keyManagementTypeId": 1, "awsKmsKeyArn": 5})")
                                  << "KeyManagementConfigModel.awsKmsKeyArn: expected a string, got a number";
    QTest::newRow("name an object") << QByteArray(R"({"keyManagementTypeId": 1, "keyManagementTypeName": {}})")
                                    << "KeyManagementConfigModel.keyManagementTypeName: expected a string, got an object";
}

void TestModels::config_badPayload_namesTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    KeyManagementConfig c;
    c.typeName = QStringLiteral("untouched");
    QString error;
    QVERIFY(!KeyManagementConfig::decode(QJsonDocument::fromJson(json).object(), c, error));
    QCOMPARE(error, expected);
    QCOMPARE(c.typeName, QStringLiteral("untouched")); // a failed decode leaves the target alone
}

void TestModels::configKind_resolvesFromNameThenId_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::newRow("none by name") << 5 << "None" << int(KeyManagementKind::None);
    QTest::newRow("aws by name") << 9 << "Amazon KMS" << int(KeyManagementKind::AwsKms);
    QTest::newRow("aws short name") << 9 << "AWS Key Management Service" << int(KeyManagementKind::AwsKms);
    QTest::newRow("azure by name") << 0 << "Azure Key Vault" << int(KeyManagementKind::AzureKeyVault);
    QTest::newRow("azure hsm") << 0 << "Azure Managed HSM" << int(KeyManagementKind::AzureKeyVault);
    QTest::newRow("unknown name") << 1 << "Thales Luna" << int(KeyManagementKind::Other);
    QTest::newRow("no name, id 0") << 0 << "" << int(KeyManagementKind::None);
    QTest::newRow("no name, id 1") << 1 << "" << int(KeyManagementKind::AwsKms);
    QTest::newRow("no name, id 2") << 2 << "" << int(KeyManagementKind::AzureKeyVault);
    QTest::newRow("no name, id 42") << 42 << "" << int(KeyManagementKind::Other);
}

void TestModels::configKind_resolvesFromNameThenId()
{
    QFETCH(int, id);
    QFETCH(QString, name);
    QFETCH(int, kind);
    QCOMPARE(int(KeyManagementTypes::kindOf(id, name)), kind);
}

void TestModels::configUpdate_unsetSecrets_areLeftOut()
{
    KeyManagementConfig current;
    QString error;
    QVERIFY(KeyManagementConfig::decode(parse(goodConfig), current, error));
    KeyManagementConfigUpdate update = KeyManagementConfigUpdate::from(current);
    QJsonObject body = update.toJson();
    QCOMPARE(body.value(QStringLiteral("keyManagementTypeId")).toInt(), 1);
    QCOMPARE(body.value(QStringLiteral("awsKmsAccessKeyId")).toString(), current.awsAccessKeyId);
    QVERIFY(!body.contains(QStringLiteral("awsKmsSecretAccessKey")));
    QVERIFY(!body.contains(QStringLiteral("azureKeyVaultPrincipalSecret")));
    update.awsSecretAccessKey = QStringLiteral("new-secret");
    body = update.toJson();
    QCOMPARE(body.value(QStringLiteral("awsKmsSecretAccessKey")).toString(), QStringLiteral("new-secret"));
}

void TestModels::rotation_goodPayload_decodes()
{
    RotationInfo r;
    QString error;
    QVERIFY2(RotationInfo::decode(parse(goodRotation), r, error), qPrintable(error));
    QVERIFY(r.canRequestRotation);
    QVERIFY(r.hasPermission);
    QVERIFY(r.pollInfo);
    QCOMPARE(r.itemsToRotate, 250);
    QCOMPARE(r.totalItems, 1250);
    QCOMPARE(r.processState, ProcessState::Running);
    QCOMPARE(r.status, MekStatus::DataRotationStarted);
    QCOMPARE(r.statusValue, 7);
    QCOMPARE(r.startedUtc, QDateTime(QDate(2026, 11, 27), QTime(1, 2, 3), Qt::UTC));
    QVERIFY(!r.lastEndUtc.isValid());
    // No offset in the text: the API's dates are UTC.
    QCOMPARE(r.statusUpdatedUtc, QDateTime(QDate(2026, 11, 27), QTime(1, 5, 0, 250), Qt::UTC));
    QVERIFY(r.isActive());
}

void TestModels::rotation_badPayload_namesTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no processState") << QByteArray(R"({"canRequestRotation": true})")
                                     << "MEKRotationInfoResponseViewModel.processState: required field is missing";
    QTest::newRow("bool as string") << QByteArray(R"({"processState": "None", "canRequestRotation": "true"})")
                                    << "MEKRotationInfoResponseViewModel.canRequestRotation: expected a boolean, got a string";
    QTest::newRow("bad date") << QByteArray(R"({"processState": "None", "rotationInfo": {"startedDateUtc": "yesterday"}})")
                              << "MEKRotationInfoResponseViewModel.rotationInfo.startedDateUtc: \"yesterday\" is not an ISO 8601 date-time";
    QTest::newRow("date a number") << QByteArray(R"({"processState": "None", "rotationInfo": {"lastEndDateUtc": 17}})")
                                   << "MEKRotationInfoResponseViewModel.rotationInfo.lastEndDateUtc: expected a date-time string, got a number";
    QTest::newRow("rotationInfo an array") << QByteArray(R"({"processState": "None", "rotationInfo": []})")
                                           << "MEKRotationInfoResponseViewModel.rotationInfo: expected an object, got an array";
    QTest::newRow("items a string") << QByteArray(R"({"processState": "None", "itemsToRotate": "5"})")
                                    << "MEKRotationInfoResponseViewModel.itemsToRotate: expected an integer, got a string";
}

void TestModels::rotation_badPayload_namesTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    RotationInfo r;
    QString error;
    QVERIFY(!RotationInfo::decode(QJsonDocument::fromJson(json).object(), r, error));
    QCOMPARE(error, expected);
}

void TestModels::rotation_unknownProcessState_isKeptNotRejected()
{
    RotationInfo r;
    QString error;
    QVERIFY(RotationInfo::decode(parse(R"({"processState": "Paused", "rotationInfo": {"status": "Quantum"}})"), r, error));
    QCOMPARE(r.processState, ProcessState::Unknown);
    QCOMPARE(r.processStateName, QStringLiteral("Paused"));
    QCOMPARE(r.status, MekStatus::Unknown);
    QCOMPARE(r.statusName, QStringLiteral("Quantum"));
}

void TestModels::auditPage_goodPayload_decodesRecordsAndEnvelope()
{
    Page<RotationAuditRecord> page;
    QString error;
    QVERIFY2(Page<RotationAuditRecord>::decode(parse(goodAuditPage), page, error, QStringLiteral("Paging")), qPrintable(error));
    QCOMPARE(page.records.size(), 2);
    QCOMPARE(page.info.total, 2);
    QCOMPARE(page.info.take, 50);
    QCOMPARE(page.info.pageCount, 1);
    QCOMPARE(page.info.sortByName, QStringLiteral("date"));
    QCOMPARE(page.info.sortByDirection, QStringLiteral("Desc"));
    const RotationAuditRecord &r = page.records.first();
    QCOMPARE(r.auditId, 5);
    QCOMPARE(r.rotationInfoId, 2);
    QCOMPARE(r.currentStatus, MekStatus::KeyRotationStarted);
    QCOMPARE(r.dateUtc, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
    QCOMPARE(r.notes, QStringLiteral("a,\"b\"\nc"));
    QCOMPARE(page.records.at(1).currentStatus, MekStatus::Unknown);
    QCOMPARE(page.records.at(1).currentStatusName, QStringLiteral("SomethingNew"));
}

void TestModels::auditPage_badPayload_namesTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no records") << QByteArray(R"({"total": 0})") << "Paging.records: required field is missing";
    QTest::newRow("records an object") << QByteArray(R"({"records": {}})") << "Paging.records: expected an array, got an object";
    QTest::newRow("record not an object") << QByteArray(R"({"records": [1]})") << "Paging.records[0]: expected an object";
    QTest::newRow("record without id") << QByteArray(R"({"records": [{"masterEncryptionKeyRotationInfoAuditId": 1}, {"userId": 3}]})")
                                       << "Paging.records[1].masterEncryptionKeyRotationInfoAuditId: required field is missing";
    QTest::newRow("userId a string") << QByteArray(R"({"records": [{"masterEncryptionKeyRotationInfoAuditId": 1, "userId": "x"}]})")
                                     << "Paging.records[0].userId: expected an integer, got a string";
    QTest::newRow("total a bool") << QByteArray(R"({"records": [], "total": true})") << "Paging.total: expected an integer, got a boolean";
    QTest::newRow("sortBy item") << QByteArray(R"({"records": [], "sortBy": ["date"]})") << "Paging.sortBy[0]: expected an object";
}

void TestModels::auditPage_badPayload_namesTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    Page<RotationAuditRecord> page;
    QString error;
    QVERIFY(!Page<RotationAuditRecord>::decode(QJsonDocument::fromJson(json).object(), page, error, QStringLiteral("Paging")));
    QCOMPARE(error, expected);
}

void TestModels::auditUser_and_configAudit_decode()
{
    AuditUser user;
    QString error;
    QVERIFY(AuditUser::decode(parse(R"({"userId": 4, "displayName": "Zoë"})"), user, error));
    QCOMPARE(user.userId, 4);
    QCOMPARE(user.displayName, QStringLiteral("Zoë"));
    QVERIFY(!AuditUser::decode(parse(R"({"displayName": "x"})"), user, error));
    QVERIFY(error.contains(QLatin1String("userId")));

    ConfigAuditRecord record;
    QVERIFY(ConfigAuditRecord::decode(parse(R"({"action": "Update", "dateRecorded": "2026-02-03T04:05:06Z",
        "displayName": "Admin", "notes": "Changed: key id."})"), record, error));
    QCOMPARE(record.action, QStringLiteral("Update"));
    QCOMPARE(record.dateRecordedUtc, QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6), Qt::UTC));
    QVERIFY(!ConfigAuditRecord::decode(parse(R"({"dateRecorded": 5})"), record, error));
    QVERIFY(error.contains(QLatin1String("dateRecorded")));
}

void TestModels::token_good_and_bad_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // empty: decodes
    QTest::newRow("good") << QByteArray(R"({"access_token": "a", "token_type": "bearer", "expires_in": 1200, "refresh_token": "r"})") << "";
    QTest::newRow("no refresh") << QByteArray(R"({"access_token": "a", "token_type": "Bearer", "expires_in": 60})") << "";
    QTest::newRow("no access token") << QByteArray(R"({"token_type": "bearer"})") << "token response.access_token: required field is missing";
    QTest::newRow("empty access token") << QByteArray(R"({"access_token": ""})") << "token response.access_token: is empty";
    QTest::newRow("not bearer") << QByteArray(R"({"access_token": "a", "token_type": "mac"})") << "token response.token_type: \"mac\" is not a bearer token";
    QTest::newRow("expiry a string") << QByteArray(R"({"access_token": "a", "expires_in": "60"})") << "token response.expires_in: expected an integer, got a string";
}

void TestModels::token_good_and_bad()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    TokenResponse token;
    QString error;
    const bool ok = TokenResponse::decode(QJsonDocument::fromJson(json).object(), token, error);
    QCOMPARE(ok, expected.isEmpty());
    QCOMPARE(error, expected);
    if (ok)
        QCOMPARE(token.accessToken, QStringLiteral("a"));
}

void TestModels::statuses_roundTripInWalkOrder()
{
    const QStringList names = MekStatus::allNames();
    QCOMPARE(names.size(), 13);
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(int(MekStatus::fromName(names.at(i))), i);
        QCOMPARE(int(MekStatus::fromName(names.at(i).toUpper())), i);
        QCOMPARE(MekStatus::name(MekStatus::Status(i)), names.at(i));
    }
    const auto walk = MekStatus::walk();
    QCOMPARE(walk.first(), MekStatus::RotationRequested);
    QCOMPARE(walk.last(), MekStatus::SessionDataRotationCompleted);
    QCOMPARE(walk.size(), 10);
    QVERIFY(MekStatus::isFailure(MekStatus::ProcessFailedAfterRotation));
    QVERIFY(!MekStatus::isFailure(MekStatus::DataRotationCompleted));
    QCOMPARE(ProcessState::fromName(QStringLiteral("retry")), ProcessState::Retry);
    QVERIFY(ProcessState::isActive(ProcessState::Pending));
    QVERIFY(!ProcessState::isActive(ProcessState::Failed));
}

void TestModels::auditQuery_encodesUserTextExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plus") << "+1 555";
    QTest::newRow("ampersand and equals") << "a&b=c";
    QTest::newRow("percent escape") << "100%41";
    QTest::newRow("non-ascii") << "Zoë 李伟";
    QTest::newRow("hash and question") << "#x?y";
}

void TestModels::auditQuery_encodesUserTextExactly()
{
    QFETCH(QString, text);
    RotationAuditQuery q;
    q.searchTerm = text;
    q.action = text;
    q.userId = 3;
    q.date = QDate(2026, 2, 3);
    q.sort = {QStringLiteral("userName"), true};
    QUrl url(QStringLiteral("http://h/api"));
    url.setQuery(q.toUrlQuery());
    const QString encoded = url.query(QUrl::FullyEncoded);
    // Decode as a form-encoding server does: '+' is a space, %XX a byte.
    QHash<QString, QString> params;
    for (const QString &pair : encoded.split(QLatin1Char('&'))) {
        QString key = pair.section(QLatin1Char('='), 0, 0), value = pair.section(QLatin1Char('='), 1);
        key.replace(QLatin1Char('+'), QLatin1Char(' '));
        value.replace(QLatin1Char('+'), QLatin1Char(' '));
        params.insert(QUrl::fromPercentEncoding(key.toUtf8()), QUrl::fromPercentEncoding(value.toUtf8()));
    }
    QCOMPARE(params.value(QStringLiteral("filter.searchTerm")), text);
    QCOMPARE(params.value(QStringLiteral("filter.action")), text);
    QCOMPARE(params.value(QStringLiteral("filter.userId")), QStringLiteral("3"));
    QCOMPARE(params.value(QStringLiteral("filter.date")), QStringLiteral("2026-02-03"));
    QCOMPARE(params.value(QStringLiteral("sortBy[0].name")), QStringLiteral("userName"));
    QCOMPARE(params.value(QStringLiteral("sortBy[0].direction")), QStringLiteral("desc"));
    QCOMPARE(params.value(QStringLiteral("skip")), QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
