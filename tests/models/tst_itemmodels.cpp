// The configuration editor's field model and the history model, each under QAbstractItemModelTester
// for the whole test: dirty tracking, validation, secrets, server errors, the PUT body and the preview.
#include "ConfigAuditModel.h"
#include "ConfigFieldsModel.h"
#include "CsvWriter.h"
#include "RotationAuditModel.h"
#include "RateEstimator.h"
#include "RotationTimelineModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
KeyManagementConfig awsConfig()
{
    KeyManagementConfig c;
    c.configId = 3;
    c.typeId = 1;
    c.typeName = QStringLiteral("Amazon KMS");
    c.awsAccessKeyId = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
    c.awsKeyId = QStringLiteral("1234abcd-12ab-34cd-56ef-1234567890ab");
    c.awsKeyArn = QStringLiteral("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");
    c.azureKeyName = QStringLiteral("left-over"); // a field of another type that must not be cleared
    return c;
}
} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void load_isCleanAndShowsNoSecret();
    void edit_marksDirtyAndRevertRestores();
    void validation_followsTheChosenType_data();
    void validation_followsTheChosenType();
    void switchingType_requiresTheNewTypesSecret();
    void update_keepsUnshownFieldsAndOmitsUntypedSecrets();
    void changes_neverContainASecret();
    void serverErrors_showOnTheirFieldUntilEdited();
    void readOnly_refusesEdits();
    void unknownType_isShownNotEditable();
    void defaults_fillWithoutSaving();
    void configAudit_rolesAndPage();
    void rate_needsEnoughPointsThenEstimates();
    void rate_restartsWhenCountGoesUp();
    void timeline_runningCompletedAndFailed();
    void csv_quotesAndGuards_data();
    void csv_quotesAndGuards();
    void csv_rowEndsWithCrlf();
    void auditModel_rolesSortNamesAndCopy();

private:
    std::unique_ptr<ConfigFieldsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestItemModels::init()
{
    m_model = std::make_unique<ConfigFieldsModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestItemModels::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestItemModels::load_isCleanAndShowsNoSecret()
{
    KeyManagementConfig c = awsConfig();
    c.awsSecretAccessKey = QStringLiteral("echoed-by-a-careless-server");
    m_model->load(c);
    QVERIFY(!m_model->isDirty());
    QVERIFY(!m_model->canSave());
    QCOMPARE(m_model->kind(), KeyManagementKind::AwsKms);
    QVERIFY(m_model->isValid());
    const QModelIndex secret = m_model->index(ConfigFieldsModel::AwsSecretAccessKey, ConfigFieldsModel::ValueColumn);
    QVERIFY(m_model->data(secret, Qt::EditRole).toString().isEmpty()); // never filled from the server
    QVERIFY(m_model->data(secret, Qt::DisplayRole).toString().isEmpty());
    QVERIFY(m_model->data(secret, ConfigFieldsModel::SecretRole).toBool());
    QCOMPARE(m_model->data(m_model->index(ConfigFieldsModel::AwsKeyId, ConfigFieldsModel::ValueColumn)).toString(), awsConfig().awsKeyId);
    QVERIFY(!m_model->data(m_model->index(ConfigFieldsModel::AzureKeyName, 0), ConfigFieldsModel::VisibleRole).toBool());
}

void TestItemModels::edit_marksDirtyAndRevertRestores()
{
    m_model->load(awsConfig());
    QSignalSpy changed(m_model.get(), &ConfigFieldsModel::dataChanged);
    const QModelIndex keyId = m_model->index(ConfigFieldsModel::AwsKeyId, ConfigFieldsModel::ValueColumn);
    QVERIFY(m_model->setData(keyId, QStringLiteral("mrk-0123456789abcdef0123456789abcdef")));
    QVERIFY(changed.count() >= 1);
    QVERIFY(m_model->isDirty());
    QVERIFY(m_model->data(keyId, ConfigFieldsModel::DirtyRole).toBool());
    // The ARN no longer names that key: invalid, so not savable.
    QVERIFY(!m_model->problem(ConfigFieldsModel::AwsKeyArn).isEmpty());
    QVERIFY(!m_model->canSave());
    m_model->setValue(ConfigFieldsModel::AwsKeyArn,
                      QStringLiteral("arn:aws:kms:eu-central-1:123456789012:key/mrk-0123456789abcdef0123456789abcdef"));
    QVERIFY(m_model->canSave());
    // Typing the value back makes it clean again; so does Revert.
    m_model->setValue(ConfigFieldsModel::AwsKeyId, awsConfig().awsKeyId);
    m_model->setValue(ConfigFieldsModel::AwsKeyArn, awsConfig().awsKeyArn);
    QVERIFY(!m_model->isDirty());
    m_model->setValue(ConfigFieldsModel::AwsAccessKeyId, QStringLiteral("ASIAIOSFODNN7EXAMPLE"));
    QVERIFY(m_model->isDirty());
    m_model->revert();
    QVERIFY(!m_model->isDirty());
    QCOMPARE(m_model->value(ConfigFieldsModel::AwsAccessKeyId), awsConfig().awsAccessKeyId);
}

void TestItemModels::validation_followsTheChosenType_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    using F = ConfigFieldsModel;
    QTest::newRow("access key ok") << int(F::AwsAccessKeyId) << "AKIAIOSFODNN7EXAMPLE" << true;
    QTest::newRow("temporary access key ok") << int(F::AwsAccessKeyId) << "ASIAIOSFODNN7EXAMPLE" << true;
    QTest::newRow("access key short") << int(F::AwsAccessKeyId) << "AKIA123" << false;
    QTest::newRow("access key wrong prefix") << int(F::AwsAccessKeyId) << "ABCDIOSFODNN7EXAMPLE" << false;
    QTest::newRow("access key lower case") << int(F::AwsAccessKeyId) << "AKIAiosfodnn7example" << false;
    QTest::newRow("key id multi-region") << int(F::AwsKeyId) << "mrk-0123456789abcdef0123456789abcdef" << true;
    QTest::newRow("key id upper case") << int(F::AwsKeyId) << "1234ABCD-12AB-34CD-56EF-1234567890AB" << false;
    QTest::newRow("arn gov cloud") << int(F::AwsKeyArn) << "arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab" << true;
    QTest::newRow("arn short account") << int(F::AwsKeyArn) << "arn:aws:kms:us-east-1:1234:key/1234abcd-12ab-34cd-56ef-1234567890ab" << false;
    QTest::newRow("arn alias") << int(F::AwsKeyArn) << "arn:aws:kms:us-east-1:123456789012:alias/my-key" << false;
    QTest::newRow("vault ok") << int(F::AzureBaseUrl) << "https://my-vault.vault.azure.net/" << true;
    QTest::newRow("managed hsm ok") << int(F::AzureBaseUrl) << "https://my-hsm.managedhsm.azure.net" << true;
    QTest::newRow("vault http") << int(F::AzureBaseUrl) << "http://my-vault.vault.azure.net/" << false;
    QTest::newRow("vault other host") << int(F::AzureBaseUrl) << "https://my-vault.example.com/" << false;
    QTest::newRow("version empty is latest") << int(F::AzureKeyVersion) << "" << true;
    QTest::newRow("version hex") << int(F::AzureKeyVersion) << "0123456789abcdef0123456789ABCDEF" << true;
    QTest::newRow("version short") << int(F::AzureKeyVersion) << "0123" << false;
    QTest::newRow("principal guid") << int(F::AzurePrincipalId) << "5f1c4b3a-2e1d-4c5b-9a8f-7e6d5c4b3a21" << true;
    QTest::newRow("principal not guid") << int(F::AzurePrincipalId) << "my-app" << false;
    QTest::newRow("key name spaces") << int(F::AzureKeyName) << "my key" << false;
}

void TestItemModels::validation_followsTheChosenType()
{
    QFETCH(int, field);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    m_model->load(awsConfig());
    const auto f = ConfigFieldsModel::Field(field);
    m_model->setKind(ConfigFieldsModel::kindOf(f));
    if (f == ConfigFieldsModel::AwsKeyArn) // checked against the key id in the ARN itself
        m_model->setValue(ConfigFieldsModel::AwsKeyId, value.section(QLatin1Char('/'), -1));
    m_model->setValue(f, value);
    QCOMPARE(m_model->problem(f).isEmpty(), valid);
    QCOMPARE(m_model->data(m_model->index(field, ConfigFieldsModel::ProblemColumn)).toString(), m_model->problem(f));
}

void TestItemModels::switchingType_requiresTheNewTypesSecret()
{
    m_model->load(awsConfig());
    QVERIFY(m_model->problem(ConfigFieldsModel::AwsSecretAccessKey).isEmpty()); // the stored one is kept
    m_model->setKind(KeyManagementKind::AzureKeyVault);
    QVERIFY(m_model->isDirty());
    QVERIFY(!m_model->problem(ConfigFieldsModel::AzurePrincipalSecret).isEmpty());
    QVERIFY(m_model->problem(ConfigFieldsModel::AwsSecretAccessKey).isEmpty()); // not shown, not judged
    m_model->setKind(KeyManagementKind::None);
    QVERIFY(m_model->isValid());
    QVERIFY(m_model->canSave());
    QCOMPARE(m_model->toUpdate().typeId, KeyManagementTypes::NoneId);
}

void TestItemModels::update_keepsUnshownFieldsAndOmitsUntypedSecrets()
{
    m_model->load(awsConfig());
    m_model->setValue(ConfigFieldsModel::AwsAccessKeyId, QStringLiteral("  ASIAIOSFODNN7EXAMPLE "));
    KeyManagementConfigUpdate u = m_model->toUpdate();
    QCOMPARE(u.typeId, 1);
    QCOMPARE(u.awsAccessKeyId, QStringLiteral("ASIAIOSFODNN7EXAMPLE")); // trimmed
    QCOMPARE(u.azureKeyName, QStringLiteral("left-over"));               // not cleared by accident
    QVERIFY(!u.awsSecretAccessKey.has_value());
    QVERIFY(!u.toJson().contains(QStringLiteral("awsKmsSecretAccessKey")));
    m_model->setValue(ConfigFieldsModel::AwsSecretAccessKey, QStringLiteral("new"));
    QCOMPARE(m_model->toUpdate().awsSecretAccessKey.value_or(QString()), QStringLiteral("new"));
    // A secret typed for a type that is not chosen is not sent.
    m_model->setValue(ConfigFieldsModel::AzurePrincipalSecret, QStringLiteral("azure"));
    QVERIFY(!m_model->toUpdate().azurePrincipalSecret.has_value());
}

void TestItemModels::changes_neverContainASecret()
{
    m_model->load(awsConfig());
    m_model->setValue(ConfigFieldsModel::AwsSecretAccessKey, QStringLiteral("very-secret-value"));
    m_model->setValue(ConfigFieldsModel::AwsAccessKeyId, QStringLiteral("ASIAIOSFODNN7EXAMPLE"));
    const auto changes = m_model->changes();
    QCOMPARE(changes.size(), 2);
    for (const auto &c : changes) {
        QVERIFY(!c.before.contains(QLatin1String("very-secret")));
        QVERIFY(!c.after.contains(QLatin1String("very-secret")));
    }
    const QModelIndex secret = m_model->index(ConfigFieldsModel::AwsSecretAccessKey, ConfigFieldsModel::ValueColumn);
    QVERIFY(!m_model->data(secret, Qt::DisplayRole).toString().contains(QLatin1String("very")));
}

void TestItemModels::serverErrors_showOnTheirFieldUntilEdited()
{
    m_model->load(awsConfig());
    const QStringList unplaced = m_model->setServerErrors({{QStringLiteral("awsKmsKeyArn"), {QStringLiteral("No such key.")}},
                                                           {QStringLiteral("somethingElse"), {QStringLiteral("Odd.")}}});
    QCOMPARE(unplaced, QStringList{QStringLiteral("Odd.")});
    QCOMPARE(m_model->problem(ConfigFieldsModel::AwsKeyArn), QStringLiteral("No such key."));
    m_model->setValue(ConfigFieldsModel::AwsKeyArn, awsConfig().awsKeyArn + QLatin1Char(' '));
    QVERIFY(m_model->problem(ConfigFieldsModel::AwsKeyArn).isEmpty());
}

void TestItemModels::readOnly_refusesEdits()
{
    m_model->load(awsConfig());
    m_model->setReadOnly(true);
    const QModelIndex keyId = m_model->index(ConfigFieldsModel::AwsKeyId, ConfigFieldsModel::ValueColumn);
    QVERIFY(!(m_model->flags(keyId) & Qt::ItemIsEditable));
    QVERIFY(!m_model->setData(keyId, QStringLiteral("x")));
    m_model->setKind(KeyManagementKind::None);
    QCOMPARE(m_model->kind(), KeyManagementKind::AwsKms);
    QVERIFY(!m_model->canSave());
}

void TestItemModels::unknownType_isShownNotEditable()
{
    KeyManagementConfig c;
    c.typeId = 7;
    c.typeName = QStringLiteral("Thales Luna HSM");
    m_model->load(c);
    QCOMPARE(m_model->kind(), KeyManagementKind::Other);
    QCOMPARE(m_model->kindName(KeyManagementKind::Other), QStringLiteral("Thales Luna HSM"));
    QVERIFY(!m_model->isValid());
    for (int f = 0; f < ConfigFieldsModel::FieldCount; ++f)
        QVERIFY(!m_model->isVisible(ConfigFieldsModel::Field(f)));
    m_model->setKind(KeyManagementKind::None); // the user may still switch it off
    QVERIFY(m_model->canSave());
}

void TestItemModels::defaults_fillWithoutSaving()
{
    m_model->load(awsConfig());
    KeyManagementConfig stub;
    stub.typeName = QStringLiteral("None");
    m_model->applyDefaults(stub);
    QCOMPARE(m_model->kind(), KeyManagementKind::None);
    QVERIFY(m_model->isDirty());
    QVERIFY(m_model->value(ConfigFieldsModel::AwsKeyId).isEmpty());
    QCOMPARE(m_model->loaded().awsKeyId, awsConfig().awsKeyId); // the server's state is untouched
}

void TestItemModels::configAudit_rolesAndPage()
{
    ConfigAuditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Page<ConfigAuditRecord> page;
    page.info.total = 12;
    page.info.currentPage = 2;
    page.records = {{QStringLiteral("Update"), QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC), QStringLiteral("Ann"),
                     QStringLiteral("line one\nline two")}};
    model.setPage(page);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.pageInfo().total, 12);
    QCOMPARE(model.data(model.index(0, ConfigAuditModel::DateColumn), Qt::ToolTipRole).toString(), QStringLiteral("2026-03-04T05:06:07Z"));
    QCOMPARE(model.data(model.index(0, ConfigAuditModel::DateColumn), ConfigAuditModel::RawValueRole).toDateTime(),
             QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC));
    QCOMPARE(model.data(model.index(0, ConfigAuditModel::NotesColumn)).toString(), QStringLiteral("line one line two"));
    QCOMPARE(model.data(model.index(0, ConfigAuditModel::NotesColumn), Qt::ToolTipRole).toString(), QStringLiteral("line one\nline two"));
    QCOMPARE(ConfigAuditModel::sortName(ConfigAuditModel::DateColumn), QStringLiteral("dateRecorded"));
    model.setPage({});
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::rate_needsEnoughPointsThenEstimates()
{
    RateEstimator rate(8, 1500);
    rate.addSample(0, 1000);
    rate.addSample(500, 950);
    QVERIFY(!rate.itemsPerSecond()); // "estimating…"
    rate.addSample(1000, 900);
    QVERIFY(!rate.itemsPerSecond()); // not enough time covered yet
    rate.addSample(2000, 800);
    QVERIFY(rate.itemsPerSecond());
    QCOMPARE(qRound(*rate.itemsPerSecond()), 100);
    QCOMPARE(*rate.secondsLeft(), 8);
    // One late, jumpy poll barely moves a least-squares slope.
    rate.addSample(2100, 800);
    rate.addSample(3000, 700);
    QVERIFY(qAbs(*rate.itemsPerSecond() - 100.0) < 15.0);
    // No progress: no honest estimate.
    RateEstimator stuck(8, 1000);
    for (int t = 0; t <= 3000; t += 500)
        stuck.addSample(t, 500);
    QVERIFY(!stuck.itemsPerSecond());
}

void TestItemModels::rate_restartsWhenCountGoesUp()
{
    RateEstimator rate(8, 1000);
    for (int t = 0; t <= 2000; t += 500)
        rate.addSample(t, 1000 - t / 10);
    QVERIFY(rate.itemsPerSecond());
    rate.addSample(2500, 1250); // a new phase or a retry
    QCOMPARE(rate.sampleCount(), 1);
    QVERIFY(!rate.itemsPerSecond());
}

void TestItemModels::timeline_runningCompletedAndFailed()
{
    RotationTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 10);
    RotationInfo info;
    info.processState = ProcessState::Running;
    info.status = MekStatus::MarkDataStarted;
    const QDateTime t0(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
    QList<RotationTimelineModel::Seen> seen{{MekStatus::RotationRequested, t0}, {MekStatus::KeyRotationStarted, t0.addSecs(2)},
                                            {MekStatus::MarkDataStarted, t0.addSecs(9)}};
    model.update(info, seen);
    QCOMPARE(model.stateOf(MekStatus::KeyRotationCompleted), RotationTimelineModel::Done); // passed between polls
    QCOMPARE(model.stateOf(MekStatus::MarkDataStarted), RotationTimelineModel::Running);
    QCOMPARE(model.stateOf(MekStatus::MarkDataCompleted), RotationTimelineModel::Waiting);
    QVERIFY(model.data(model.index(4)).toString().contains(QLatin1String("running")));
    QCOMPARE(model.data(model.index(1), RotationTimelineModel::SeenAtRole).toDateTime(), t0.addSecs(2));

    info.processState = ProcessState::Completed;
    info.status = MekStatus::SessionDataRotationCompleted;
    model.update(info, seen);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.data(model.index(r), RotationTimelineModel::StepStateRole).toInt(), int(RotationTimelineModel::Done));

    info.processState = ProcessState::Failed;
    info.status = MekStatus::ProcessFailedAfterRotation;
    info.errorMessage = QStringLiteral("node B timed out");
    model.update(info, seen);
    QCOMPARE(model.rowCount(), 11); // the failure row
    QCOMPARE(model.stateOf(MekStatus::MarkDataStarted), RotationTimelineModel::Failed);
    QCOMPARE(model.stateOf(MekStatus::PendingRestart), RotationTimelineModel::Done);
    QCOMPARE(model.stateOf(MekStatus::DataRotationStarted), RotationTimelineModel::Waiting);
    QVERIFY(model.data(model.index(10), Qt::ToolTipRole).toString().contains(QLatin1String("node B timed out")));
    QVERIFY(model.data(model.index(10)).toString().contains(QLatin1String("failed")));

    // A step that failed at once between two polls: the last one seen had finished.
    seen.append({MekStatus::MarkDataCompleted, t0.addSecs(12)});
    model.update(info, seen);
    QCOMPARE(model.stateOf(MekStatus::MarkDataCompleted), RotationTimelineModel::Done);
    QCOMPARE(model.stateOf(MekStatus::DataRotationStarted), RotationTimelineModel::Failed);
}

void TestItemModels::csv_quotesAndGuards_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << "Status Changed" << QByteArray("Status Changed");
    QTest::newRow("empty") << "" << QByteArray("");
    QTest::newRow("comma") << "a, b" << QByteArray("\"a, b\"");
    QTest::newRow("quotes doubled") << "say \"go\"" << QByteArray("\"say \"\"go\"\"\"");
    QTest::newRow("newline") << "one\ntwo" << QByteArray("\"one\ntwo\"");
    QTest::newRow("crlf inside") << "one\r\ntwo" << QByteArray("\"one\r\ntwo\"");
    QTest::newRow("formula =") << "=SUM(A1:A9)" << QByteArray("'=SUM(A1:A9)");
    QTest::newRow("formula +") << "+1 555" << QByteArray("'+1 555");
    QTest::newRow("formula -") << "-- window --" << QByteArray("'-- window --");
    QTest::newRow("formula @") << "@here" << QByteArray("'@here");
    QTest::newRow("leading tab") << "\tx" << QByteArray("'\tx");
    QTest::newRow("leading CR, quoted too") << "\rx" << QByteArray("\"'\rx\"");
    QTest::newRow("guard and quote") << "=HYPERLINK(\"u\",\"c\")" << QByteArray("\"'=HYPERLINK(\"\"u\"\",\"\"c\"\")\"");
    QTest::newRow("minus inside is fine") << "a-b" << QByteArray("a-b");
    QTest::newRow("non-ascii") << "Zoë 李伟" << QString::fromUtf8("Zoë 李伟").toUtf8();
}

void TestItemModels::csv_quotesAndGuards()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(CsvWriter::field(value), expected);
}

void TestItemModels::csv_rowEndsWithCrlf()
{
    QCOMPARE(CsvWriter::row({QStringLiteral("1"), QStringLiteral("a,b"), QString()}), QByteArray("1,\"a,b\",\r\n"));
    QCOMPARE(CsvWriter::byteOrderMark(), QByteArray("\xEF\xBB\xBF"));
    QCOMPARE(CsvWriter::row({QStringLiteral("=1")}, false), QByteArray("=1\r\n"));
}

void TestItemModels::auditModel_rolesSortNamesAndCopy()
{
    RotationAuditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Page<RotationAuditRecord> page;
    RotationAuditRecord r;
    r.auditId = 42;
    r.rotationInfoId = 7;
    r.action = QStringLiteral("Status Changed");
    r.currentStatusName = QStringLiteral("DataRotationStarted");
    r.currentStatus = MekStatus::DataRotationStarted;
    r.dateUtc = QDateTime(QDate(2026, 5, 6), QTime(7, 8, 9), Qt::UTC);
    r.userId = 3;
    r.userName = QStringLiteral("jdoe");
    r.displayName = QStringLiteral("Jane Doe");
    r.notes = QStringLiteral("line one\nline\ttwo");
    page.records = {r};
    page.info.total = 1;
    model.setPage(page);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, RotationAuditModel::DateColumn), Qt::ToolTipRole).toString(), QStringLiteral("2026-05-06T07:08:09Z UTC"));
    QCOMPARE(model.data(model.index(0, RotationAuditModel::UserColumn)).toString(), QStringLiteral("Jane Doe"));
    QVERIFY(model.data(model.index(0, RotationAuditModel::UserColumn), Qt::ToolTipRole).toString().contains(QLatin1String("jdoe")));
    QCOMPARE(model.data(model.index(0, RotationAuditModel::StatusColumn)).toString(), QStringLiteral("Re-encrypting secrets"));
    QCOMPARE(model.data(model.index(0, RotationAuditModel::StatusColumn), RotationAuditModel::RawValueRole).toString(),
             QStringLiteral("DataRotationStarted"));
    QVERIFY(!model.data(model.index(0, RotationAuditModel::NotesColumn)).toString().contains(QLatin1Char('\n')));
    QCOMPARE(model.data(model.index(0, RotationAuditModel::NotesColumn), Qt::ToolTipRole).toString(), r.notes);
    QCOMPARE(model.data(model.index(0, 0), RotationAuditModel::RecordIdRole).toLongLong(), 42);
    for (int c = 0; c < RotationAuditModel::ColumnCount; ++c)
        QCOMPARE(RotationAuditModel::columnOfSortName(RotationAuditModel::sortName(c)), c);
    QCOMPARE(RotationAuditModel::columnOfSortName(QStringLiteral("formattedDate")), int(RotationAuditModel::DateColumn));
    QCOMPARE(RotationAuditModel::columnOfSortName(QStringLiteral("userId")), -1);
    const QString tsv = model.toTabSeparated({0});
    const QStringList lines = tsv.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1).split(QLatin1Char('\t')).size(), 7); // tabs and newlines in text do not break the columns
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
