// The configuration editor's field model and the history model, each under QAbstractItemModelTester
// for the whole test: dirty tracking, validation, secrets, server errors, the PUT body and the preview.
#include "models/ConfigAuditModel.h"
#include "models/ConfigFieldsModel.h"
#include "models/CsvWriter.h"
#include "models/KeyManagementConfig.h"
#include "models/RotationAuditModel.h"
#include "models/RotationHistoryModel.h"
#include "models/RateEstimator.h"
#include "models/RotationTimelineModel.h"
#include "models/SafeText.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <limits>

using namespace km;

namespace {
using F = ConfigField::Id;

// What a server that follows the published model sends: the type and the AWS fields, no secret.
KeyManagementConfig awsConfig()
{
    KeyManagementConfig c;
    c.configId = 3;
    c.typeId = 11;
    c.typeName = QStringLiteral("Amazon KMS");
    c.reported[ConfigField::AwsAccessKeyId] = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
    c.reported[ConfigField::AwsKeyId] = QStringLiteral("1234abcd-12ab-34cd-56ef-1234567890ab");
    c.reported[ConfigField::AwsKeyArn] = QStringLiteral("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");
    return c;
}

KeyManagementConfig azureConfig()
{
    KeyManagementConfig c;
    c.configId = 4;
    c.typeId = 12;
    c.typeName = QStringLiteral("Azure Key Vault");
    return c; // the published model reports none of the Azure fields
}

const QString goodSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

void fillAzure(ConfigFieldsModel &m)
{
    m.setValue(F::AzureBaseUrl, QStringLiteral("https://kv1.vault.azure.net/"));
    m.setValue(F::AzureKeyName, QStringLiteral("mek"));
    m.setValue(F::AzurePrincipalId, QStringLiteral("5f1c4b3a-2e1d-4c5b-9a8f-7e6d5c4b3a21"));
    m.setValue(F::AzurePrincipalSecret, QStringLiteral("client-secret"));
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
    void edit_emitsNarrowDataChanged();
    void validation_followsTheChosenType_data();
    void validation_followsTheChosenType();
    void aws_saveNeedsTheSecretTypedAgain();
    void azure_unreportedFieldsMustAllBeTyped();
    void problems_waitForTheFirstEdit();
    void serverErrors_showOnTheirFieldUntilEdited();
    void readOnly_refusesEdits();
    void unknownType_isShownNotEditable();
    void defaults_fillWithoutSaving();
    void configAudit_rolesAndPage();
    void rate_needsEnoughPointsThenEstimates();
    void rate_restartsWhenCountGoesUp();
    void timeline_runningCompletedAndFailed();
    void timeline_failureStepIsInferredAndSaysSo_data();
    void timeline_failureStepIsInferredAndSaysSo();
    void csv_quotesAndGuards_data();
    void csv_quotesAndGuards();
    void csv_rowEndsWithCrlf();
    void auditModel_rolesSortNamesAndCopy();
    void rotationHistory_streamsInThenResets();

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
    m_model->load(c, KeyManagementKind::AwsKms);
    QVERIFY(!m_model->isDirty());
    QCOMPARE(m_model->kind(), KeyManagementKind::AwsKms);
    const QModelIndex secret = m_model->index(F::AwsSecretAccessKey, ConfigFieldsModel::ValueColumn);
    QVERIFY(m_model->data(secret, Qt::EditRole).toString().isEmpty()); // never filled from the server
    QVERIFY(m_model->data(secret, ConfigFieldsModel::SecretRole).toBool());
    QCOMPARE(m_model->data(m_model->index(F::AwsKeyId, ConfigFieldsModel::ValueColumn)).toString(), c.value(F::AwsKeyId));
    QVERIFY(m_model->data(m_model->index(F::AwsKeyId, 0), ConfigFieldsModel::ReportedRole).toBool());
    QVERIFY(!m_model->data(m_model->index(F::AzureKeyName, 0), ConfigFieldsModel::VisibleRole).toBool());
    QCOMPARE(m_model->rowCount(), int(ConfigField::Count));
    QCOMPARE(m_model->data(m_model->index(F::AwsKeyArn, ConfigFieldsModel::LabelColumn)).toString(),
             ConfigField::spec(F::AwsKeyArn).label());
}

void TestItemModels::edit_marksDirtyAndRevertRestores()
{
    m_model->load(awsConfig(), KeyManagementKind::AwsKms);
    const QModelIndex keyId = m_model->index(F::AwsKeyId, ConfigFieldsModel::ValueColumn);
    QVERIFY(m_model->setData(keyId, QStringLiteral("mrk-0123456789abcdef0123456789abcdef")));
    QVERIFY(m_model->isDirty());
    QVERIFY(m_model->data(keyId, ConfigFieldsModel::DirtyRole).toBool());
    // The ARN no longer names that key, and the secret must be typed: not valid yet.
    QVERIFY(!m_model->problem(F::AwsKeyArn).isEmpty());
    QVERIFY(!m_model->isValid());
    m_model->setValue(F::AwsKeyArn, QStringLiteral("arn:aws:kms:eu-central-1:123456789012:key/mrk-0123456789abcdef0123456789abcdef"));
    m_model->setValue(F::AwsSecretAccessKey, goodSecret);
    QVERIFY(m_model->isValid());
    m_model->revert();
    QVERIFY(!m_model->isDirty());
    QCOMPARE(m_model->value(F::AwsKeyId), awsConfig().value(F::AwsKeyId));
    QVERIFY(m_model->value(F::AwsSecretAccessKey).isEmpty());
}

void TestItemModels::edit_emitsNarrowDataChanged()
{
    m_model->load(awsConfig(), KeyManagementKind::AwsKms);
    m_model->setValue(F::AwsAccessKeyId, QStringLiteral("ASIAIOSFODNN7EXAMPLE")); // the form is now dirty
    QSignalSpy changed(m_model.get(), &ConfigFieldsModel::dataChanged);
    m_model->setValue(F::AwsAccessKeyId, QStringLiteral("ASIAIOSFODNN7EXAMPL"));
    // One keystroke touches its own row, never the whole table (and no reset).
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), int(F::AwsAccessKeyId));
    QCOMPARE(changed.first().at(1).toModelIndex().row(), int(F::AwsAccessKeyId));
    changed.clear();
    m_model->setValue(F::AwsKeyId, QStringLiteral("mrk-0123456789abcdef0123456789abcdef"));
    QCOMPARE(changed.count(), 2); // the key id, and the ARN that is checked against it
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), int(F::AwsKeyArn));
}

void TestItemModels::validation_followsTheChosenType_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("access key ok") << int(F::AwsAccessKeyId) << "AKIAIOSFODNN7EXAMPLE" << true;
    QTest::newRow("temporary access key ok") << int(F::AwsAccessKeyId) << "ASIAIOSFODNN7EXAMPLE" << true;
    QTest::newRow("access key short") << int(F::AwsAccessKeyId) << "AKIA123" << false;
    QTest::newRow("access key wrong prefix") << int(F::AwsAccessKeyId) << "ABCDIOSFODNN7EXAMPLE" << false;
    QTest::newRow("access key lower case") << int(F::AwsAccessKeyId) << "AKIAiosfodnn7example" << false;
    QTest::newRow("secret ok") << int(F::AwsSecretAccessKey) << "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" << true;
    QTest::newRow("secret short") << int(F::AwsSecretAccessKey) << "wJalrXUtnFEMI" << false;
    QTest::newRow("secret bad character") << int(F::AwsSecretAccessKey) << "wJalrXUtnFEMI-K7MDENG/bPxRfiCYEXAMPLEKEY" << false;
    QTest::newRow("key id multi-region") << int(F::AwsKeyId) << "mrk-0123456789abcdef0123456789abcdef" << true;
    QTest::newRow("key id upper case") << int(F::AwsKeyId) << "1234ABCD-12AB-34CD-56EF-1234567890AB" << false;
    QTest::newRow("arn gov cloud") << int(F::AwsKeyArn)
                                   << "arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab" << true;
    QTest::newRow("arn short account") << int(F::AwsKeyArn) << "arn:aws:kms:us-east-1:1234:key/1234abcd-12ab-34cd-56ef-1234567890ab"
                                       << false;
    QTest::newRow("arn alias") << int(F::AwsKeyArn) << "arn:aws:kms:us-east-1:123456789012:alias/my-key" << false;
    QTest::newRow("vault ok") << int(F::AzureBaseUrl) << "https://my-vault.vault.azure.net/" << true;
    QTest::newRow("managed hsm ok") << int(F::AzureBaseUrl) << "https://my-hsm.managedhsm.azure.net" << true;
    QTest::newRow("us government cloud") << int(F::AzureBaseUrl) << "https://my-vault.vault.usgovcloudapi.net/" << true;
    QTest::newRow("china cloud") << int(F::AzureBaseUrl) << "https://my-vault.vault.azure.cn" << true;
    QTest::newRow("vault http") << int(F::AzureBaseUrl) << "http://my-vault.vault.azure.net/" << false;
    QTest::newRow("vault other host") << int(F::AzureBaseUrl) << "https://my-vault.example.com/" << false;
    QTest::newRow("vault with a path") << int(F::AzureBaseUrl) << "https://my-vault.vault.azure.net/keys/x" << false;
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
    m_model->load(awsConfig(), KeyManagementKind::AwsKms);
    const auto f = F(field);
    m_model->setKind(ConfigField::spec(f).kind);
    if (f == F::AwsKeyArn) // checked against the key id in the ARN itself
        m_model->setValue(F::AwsKeyId, value.section(QLatin1Char('/'), -1));
    m_model->setValue(f, value);
    QCOMPARE(m_model->problem(f).isEmpty(), valid);
    QCOMPARE(m_model->data(m_model->index(field, ConfigFieldsModel::ProblemColumn)).toString(), m_model->problem(f));
    QCOMPARE(m_model->data(m_model->index(field, ConfigFieldsModel::ProblemColumn), Qt::EditRole).toString(), m_model->problem(f));
}

void TestItemModels::aws_saveNeedsTheSecretTypedAgain()
{
    m_model->load(awsConfig(), KeyManagementKind::AwsKms);
    m_model->setValue(F::AwsAccessKeyId, QStringLiteral("  ASIAIOSFODNN7EXAMPLE "));
    QVERIFY(!m_model->isValid()); // a save replaces everything, and the server never returned the secret
    // Not typed in yet: what it needs is a hint, not an error, until a save is attempted.
    QVERIFY(m_model->problem(F::AwsSecretAccessKey).isEmpty());
    QVERIFY(!m_model->need(F::AwsSecretAccessKey).isEmpty());
    m_model->revealProblems();
    QVERIFY(!m_model->problem(F::AwsSecretAccessKey).isEmpty());
    QVERIFY(m_model->need(F::AwsSecretAccessKey).isEmpty()); // said once, as the problem
    m_model->setValue(F::AwsSecretAccessKey, goodSecret);
    QVERIFY(m_model->isValid());
    const auto update = KeyManagementConfigUpdate::make(m_model->kind(), 11, m_model->values());
    QVERIFY(update);
    const QJsonObject body = update->toJson();
    QCOMPARE(body.value(QStringLiteral("awsKmsAccessKeyId")).toString(), QStringLiteral("ASIAIOSFODNN7EXAMPLE")); // trimmed
    QCOMPARE(body.value(QStringLiteral("awsKmsSecretAccessKey")).toString(), goodSecret);
    QCOMPARE(body.value(QStringLiteral("awsKmsKeyArn")).toString(), awsConfig().value(F::AwsKeyArn)); // unchanged, sent whole
    QVERIFY(!body.contains(QStringLiteral("azureKeyVaultBaseUrl")));
}

void TestItemModels::azure_unreportedFieldsMustAllBeTyped()
{
    m_model->load(azureConfig(), KeyManagementKind::AzureKeyVault);
    QVERIFY(!m_model->isDirty());
    QCOMPARE(m_model->unreportedFields().size(), 4); // all but the secret, which is never reported anyway
    m_model->setValue(F::AzureKeyName, QStringLiteral("mek"));
    QVERIFY(m_model->isDirty());
    QVERIFY(!m_model->isValid());
    for (F f : {F::AzureBaseUrl, F::AzurePrincipalId, F::AzurePrincipalSecret})
        QVERIFY2(!m_model->need(f).isEmpty(), qPrintable(ConfigField::spec(f).label()));
    QVERIFY(m_model->problem(F::AzureKeyVersion).isEmpty()); // empty is "the latest"
    fillAzure(*m_model);
    QVERIFY(m_model->isValid());
    QVERIFY(KeyManagementConfigUpdate::make(m_model->kind(), 12, m_model->values()));
}

void TestItemModels::problems_waitForTheFirstEdit()
{
    m_model->load(azureConfig(), KeyManagementKind::AzureKeyVault);
    for (F f : ConfigField::of(KeyManagementKind::AzureKeyVault))
        QVERIFY(m_model->problem(f).isEmpty()); // no nagging before anything was edited
    QSignalSpy changed(m_model.get(), &ConfigFieldsModel::dataChanged);
    m_model->setValue(F::AzureKeyName, QStringLiteral("m"));
    // A field explains what is wrong once it has been typed in; before, what it needs is a hint.
    QVERIFY(m_model->problem(F::AzureBaseUrl).isEmpty());
    QVERIFY(!m_model->need(F::AzureBaseUrl).isEmpty());
    QVERIFY(changed.count() >= 1); // the other rows' hints were announced
    m_model->setValue(F::AzureBaseUrl, QStringLiteral("http://x"));
    QVERIFY(!m_model->problem(F::AzureBaseUrl).isEmpty());
    QVERIFY(m_model->problem(F::AzurePrincipalId).isEmpty());
    // Save attempted: every field says what is wrong.
    changed.clear();
    m_model->revealProblems();
    QVERIFY(changed.count() >= 1);
    for (F f : {F::AzureBaseUrl, F::AzurePrincipalId, F::AzurePrincipalSecret})
        QVERIFY2(!m_model->problem(f).isEmpty(), qPrintable(ConfigField::spec(f).label()));
    m_model->revert(); // a reload starts over: hints again
    m_model->setValue(F::AzureKeyName, QStringLiteral("m"));
    QVERIFY(m_model->problem(F::AzurePrincipalId).isEmpty());
}

void TestItemModels::serverErrors_showOnTheirFieldUntilEdited()
{
    m_model->load(awsConfig(), KeyManagementKind::AwsKms);
    const QStringList unplaced = m_model->setServerErrors(
        {{QStringLiteral("awsKmsKeyArn"), {QStringLiteral("No such key.")}}, {QStringLiteral("somethingElse"), {QStringLiteral("Odd.")}}});
    QCOMPARE(unplaced, QStringList{QStringLiteral("Odd.")});
    QCOMPARE(m_model->problem(F::AwsKeyArn), QStringLiteral("No such key."));
    m_model->setValue(F::AwsKeyArn, awsConfig().value(F::AwsKeyArn) + QLatin1Char(' '));
    QVERIFY(m_model->problem(F::AwsKeyArn).isEmpty() || !m_model->problem(F::AwsKeyArn).contains(QLatin1String("No such key")));
}

void TestItemModels::readOnly_refusesEdits()
{
    m_model->load(awsConfig(), KeyManagementKind::AwsKms);
    m_model->setReadOnly(true);
    const QModelIndex keyId = m_model->index(F::AwsKeyId, ConfigFieldsModel::ValueColumn);
    QVERIFY(!(m_model->flags(keyId) & Qt::ItemIsEditable));
    QVERIFY(!m_model->setData(keyId, QStringLiteral("x")));
    m_model->setKind(KeyManagementKind::None);
    QCOMPARE(m_model->kind(), KeyManagementKind::AwsKms);
    QVERIFY(!m_model->isDirty());
}

void TestItemModels::unknownType_isShownNotEditable()
{
    KeyManagementConfig c;
    c.typeId = 7;
    c.typeName = QStringLiteral("Thales Luna HSM");
    m_model->load(c, KeyManagementKind::Other);
    QCOMPARE(m_model->kind(), KeyManagementKind::Other);
    QVERIFY(!m_model->isValid());
    for (const ConfigField::Spec &spec : ConfigField::all())
        QVERIFY(!m_model->isVisible(spec.id));
    m_model->setKind(KeyManagementKind::None); // the user may still switch it off
    QVERIFY(m_model->isValid());
    QVERIFY(m_model->isDirty());
}

void TestItemModels::defaults_fillWithoutSaving()
{
    m_model->load(awsConfig(), KeyManagementKind::AwsKms);
    KeyManagementConfig stub;
    stub.typeName = QStringLiteral("None");
    m_model->applyDefaults(stub, KeyManagementKind::None);
    QCOMPARE(m_model->kind(), KeyManagementKind::None);
    QVERIFY(m_model->isDirty());
    QVERIFY(m_model->value(F::AwsKeyId).isEmpty());
    QCOMPARE(m_model->loaded().value(F::AwsKeyId), awsConfig().value(F::AwsKeyId)); // the server's state is untouched
}

void TestItemModels::configAudit_rolesAndPage()
{
    ConfigAuditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Page<ConfigAuditRecord> page;
    page.info.total = 11;
    page.info.currentPage = 0; // an unpublished base: the labels do not use it
    page.records = {{QStringLiteral("Update"), QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC), QStringLiteral("Ann"),
                     QStringLiteral("line one\nline two")}};
    page.info.skip = 10;
    model.setPage(page, 10);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.pageInfo().total, 11);
    QCOMPARE(model.pageNumber(), 2);
    QCOMPARE(model.pageTotal(), 2);
    QVERIFY(!model.hasNext());
    QVERIFY(model.hasPrevious());
    QCOMPARE(model.data(model.index(0, ConfigAuditModel::DateColumn), Qt::ToolTipRole).toString(),
             QStringLiteral("2026-03-04 05:06:07 UTC"));
    QCOMPARE(model.data(model.index(0, ConfigAuditModel::DateColumn), ConfigAuditModel::RawValueRole).toDateTime(),
             QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC));
    QCOMPARE(model.data(model.index(0, ConfigAuditModel::NotesColumn)).toString(), QStringLiteral("line one ⏎ line two"));
    QCOMPARE(model.data(model.index(0, ConfigAuditModel::NotesColumn), Qt::ToolTipRole).toString(), QStringLiteral("line one\nline two"));
    QCOMPARE(ConfigAuditModel::sortName(ConfigAuditModel::DateColumn), QStringLiteral("dateRecorded"));
    model.setPage({}, 10);
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
    QList<RotationTimelineModel::Seen> seen{
        {MekStatus::RotationRequested, t0}, {MekStatus::KeyRotationStarted, t0.addSecs(2)}, {MekStatus::MarkDataStarted, t0.addSecs(9)}};
    model.update(info, seen);
    QCOMPARE(model.stateOf(MekStatus::KeyRotationCompleted), RotationTimelineModel::Done); // passed between polls
    QCOMPARE(model.stateOf(MekStatus::MarkDataStarted), RotationTimelineModel::Running);
    QCOMPARE(model.stateOf(MekStatus::MarkDataCompleted), RotationTimelineModel::Waiting);
    QVERIFY(model.data(model.index(4)).toString().contains(QLatin1String("running")));
    QCOMPARE(model.data(model.index(1), RotationTimelineModel::SeenAtRole).toDateTime(), t0.addSecs(2));

    // The last step reached while the process still says Running: its row says done, as its
    // sentence says finished (issue 24), never "running".
    info.status = MekStatus::SessionDataRotationCompleted;
    model.update(info, seen);
    QCOMPARE(model.stateOf(MekStatus::SessionDataRotationCompleted), RotationTimelineModel::Done);
    QVERIFY(!model.data(model.index(model.rowCount() - 1)).toString().contains(QLatin1String("running")));

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
    QVERIFY(model.data(model.index(4)).toString().contains(QLatin1String("inferred")));
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

void TestItemModels::timeline_failureStepIsInferredAndSaysSo_data()
{
    QTest::addColumn<int>("failure");
    QTest::addColumn<QList<int>>("seen");
    QTest::addColumn<int>("failedStep");
    const int before = MekStatus::ProcessCompletedWithErrorsBeforeRotation, after = MekStatus::ProcessFailedAfterRotation;
    // Made to fail at key creation: "requested" cannot fail; the key step did.
    QTest::newRow("key creation") << before << QList<int>{MekStatus::RotationRequested} << int(MekStatus::KeyRotationStarted);
    QTest::newRow("key creation, seen") << before << QList<int>{MekStatus::RotationRequested, MekStatus::KeyRotationStarted}
                                        << int(MekStatus::KeyRotationStarted);
    QTest::newRow("nothing seen, before") << before << QList<int>{} << int(MekStatus::KeyRotationStarted);
    QTest::newRow("after re-encryption") << after << QList<int>{MekStatus::DataRotationStarted, MekStatus::DataRotationCompleted}
                                         << int(MekStatus::SessionDataRotationStarted);
    QTest::newRow("marking") << after << QList<int>{MekStatus::PendingRestart} << int(MekStatus::MarkDataStarted);
    QTest::newRow("nothing seen, after") << after << QList<int>{} << int(MekStatus::MarkDataStarted);
}

void TestItemModels::timeline_failureStepIsInferredAndSaysSo()
{
    QFETCH(int, failure);
    QFETCH(QList<int>, seen);
    QFETCH(int, failedStep);
    QList<RotationTimelineModel::Seen> history;
    for (int s : seen)
        history.append({MekStatus::Status(s), QDateTime::currentDateTimeUtc()});
    RotationTimelineModel model;
    RotationInfo info;
    info.processState = ProcessState::Failed;
    info.status = MekStatus::Status(failure);
    model.update(info, history);
    QCOMPARE(int(model.stateOf(MekStatus::Status(failedStep))), int(RotationTimelineModel::Failed));
    const int row = int(MekStatus::walk().indexOf(MekStatus::Status(failedStep)));
    QVERIFY(model.data(model.index(row)).toString().contains(QLatin1String("inferred")));
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
    QTest::newRow("space before =") << " =1+1" << QByteArray("' =1+1");
    QTest::newRow("line feed before +") << "\n+cmd" << QByteArray("\"'\n+cmd\"");
    QTest::newRow("spaces and line feeds before @") << "  \n @x" << QByteArray("\"'  \n @x\"");
    QTest::newRow("fullwidth =") << QStringLiteral("＝SUM(A1)") << QByteArray("'") + QStringLiteral("＝SUM(A1)").toUtf8();
    QTest::newRow("fullwidth +") << QStringLiteral("＋1") << QByteArray("'") + QStringLiteral("＋1").toUtf8();
    QTest::newRow("fullwidth -") << QStringLiteral("－1") << QByteArray("'") + QStringLiteral("－1").toUtf8();
    QTest::newRow("fullwidth @") << QStringLiteral("＠x") << QByteArray("'") + QStringLiteral("＠x").toUtf8();
    QTest::newRow("spaces then text") << "  ok" << QByteArray("  ok");
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
    model.setPage(page, 50);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, RotationAuditModel::DateColumn), Qt::ToolTipRole).toString(),
             QStringLiteral("2026-05-06 07:08:09 UTC"));
    // A full date with seconds: the events of one rotation can be told apart.
    QVERIFY(model.data(model.index(0, RotationAuditModel::DateColumn)).toString().contains(QLatin1String("2026")));
    QCOMPARE(model.data(model.index(0, RotationAuditModel::RotationColumn)).toString(), QStringLiteral("#7"));
    QCOMPARE(model.data(model.index(0, RotationAuditModel::ActionColumn)).toString(), QStringLiteral("Status changed"));
    QVERIFY(
        model.data(model.index(0, RotationAuditModel::ActionColumn), Qt::ToolTipRole).toString().contains(QLatin1String("Status Changed")));
    QCOMPARE(model.data(model.index(0, RotationAuditModel::UserColumn)).toString(), QStringLiteral("Jane Doe"));
    QVERIFY(model.data(model.index(0, RotationAuditModel::UserColumn), Qt::ToolTipRole).toString().contains(QLatin1String("jdoe")));
    QCOMPARE(model.data(model.index(0, RotationAuditModel::StatusColumn)).toString(), QStringLiteral("Re-encrypting secrets"));
    QCOMPARE(model.data(model.index(0, RotationAuditModel::StatusColumn), RotationAuditModel::RawValueRole).toString(),
             QStringLiteral("DataRotationStarted"));
    QVERIFY(!model.data(model.index(0, RotationAuditModel::NotesColumn)).toString().contains(QLatin1Char('\n')));
    QCOMPARE(model.data(model.index(0, RotationAuditModel::NotesColumn), Qt::ToolTipRole).toString(), QStringLiteral("line one\nline two"));
    QCOMPARE(model.data(model.index(0, 0), RotationAuditModel::RecordIdRole).toLongLong(), 42);
    for (int c = 0; c < RotationAuditModel::ColumnCount; ++c)
        QCOMPARE(RotationAuditModel::columnOfSortName(RotationAuditModel::sortName(c)), c);
    QCOMPARE(RotationAuditModel::columnOfSortName(QStringLiteral("formattedDate")), int(RotationAuditModel::DateColumn));
    QCOMPARE(RotationAuditModel::columnOfSortName(QStringLiteral("userId")), -1);
    const QString tsv = model.toTabSeparated({0});
    const QStringList lines = tsv.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1).split(QLatin1Char('\t')).size(), 8); // tabs and newlines in text do not break the columns
}

// The History view's table while a history streams in: the same rotations change in place, a new
// rotation or another server's history resets it; every step checked by the tester.
void TestItemModels::rotationHistory_streamsInThenResets()
{
    RotationHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(RotationHistoryModel::ColumnCount));

    const QDateTime t0(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    auto summary = [&](qint64 id, int startDay, RotationOutcome::Outcome outcome, int retries) {
        RotationSummary s;
        s.rotationId = id;
        s.requestedBy = QStringLiteral("Admin\nUser"); // one line in the table
        s.requestedByUserName = QStringLiteral("admin");
        s.startedUtc = t0.addDays(startDay);
        s.lastEventUtc = s.startedUtc.addSecs(125);
        if (outcome != RotationOutcome::Running)
            s.endedUtc = s.lastEventUtc;
        s.outcome = outcome;
        s.lastStatus = outcome == RotationOutcome::Completed ? MekStatus::SessionDataRotationCompleted
                       : outcome == RotationOutcome::Running ? MekStatus::DataRotationStarted
                                                             : MekStatus::ProcessFailedAfterRotation;
        s.retries = retries;
        s.events = 10;
        return s;
    };
    QList<RotationSummary> rows{summary(7, 20, RotationOutcome::Running, 0), summary(5, 10, RotationOutcome::FailedAfterKeySwap, 1),
                                summary(2, 0, RotationOutcome::Completed, 0)};
    model.setSummaries(rows);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(0, RotationHistoryModel::RotationColumn)).toString(), QStringLiteral("#7"));
    QCOMPARE(model.data(model.index(0, RotationHistoryModel::RotationColumn), RotationHistoryModel::RotationIdRole).toLongLong(), 7);
    QCOMPARE(model.data(model.index(0, RotationHistoryModel::RequestedByColumn)).toString(),
             SafeText::oneLine(QStringLiteral("Admin\nUser")));
    QVERIFY(!model.data(model.index(0, RotationHistoryModel::RequestedByColumn)).toString().contains(QLatin1Char('\n')));
    QVERIFY(model.data(model.index(0, RotationHistoryModel::EndedColumn)).toString().isEmpty()); // still running
    QCOMPARE(model.data(model.index(0, RotationHistoryModel::EndedColumn), RotationHistoryModel::SortRole).toLongLong(),
             std::numeric_limits<qint64>::max()); // sorts after every ended one
    QVERIFY(model.data(model.index(0, RotationHistoryModel::DurationColumn)).toString().isEmpty());
    QCOMPARE(model.data(model.index(0, RotationHistoryModel::DurationColumn), RotationHistoryModel::SortRole).toLongLong(), -1);
    QCOMPARE(model.data(model.index(1, RotationHistoryModel::DurationColumn)).toString(), DurationText::of(125));
    QCOMPARE(model.data(model.index(1, RotationHistoryModel::DurationColumn), RotationHistoryModel::SortRole).toLongLong(), 125);
    QCOMPARE(model.data(model.index(1, RotationHistoryModel::OutcomeColumn), RotationHistoryModel::OutcomeRole).toInt(),
             int(RotationOutcome::FailedAfterKeySwap));
    QCOMPARE(model.data(model.index(1, RotationHistoryModel::OutcomeColumn)).toString(),
             RotationOutcome::label(RotationOutcome::FailedAfterKeySwap));
    QCOMPARE(model.data(model.index(1, RotationHistoryModel::RetriesColumn)).toInt(), 1);
    QCOMPARE(model.data(model.index(2, RotationHistoryModel::StartedColumn), RotationHistoryModel::SortRole).toLongLong(),
             t0.toMSecsSinceEpoch());
    QVERIFY(!model.data(model.index(2, RotationHistoryModel::StartedColumn), Qt::ToolTipRole).toString().isEmpty());
    for (int c = 0; c < model.columnCount(); ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());

    // More events of the same rotations: the values change in place, the selection stays.
    rows[0] = summary(7, 20, RotationOutcome::Completed, 0);
    model.setSummaries(rows);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.first().at(0).toModelIndex(), model.index(0, 0));
    QCOMPARE(changes.first().at(1).toModelIndex(), model.index(2, RotationHistoryModel::ColumnCount - 1));
    QCOMPARE(model.data(model.index(0, RotationHistoryModel::DurationColumn)).toString(), DurationText::of(125));

    // A newer rotation arrives: the rows move, the model resets.
    rows.prepend(summary(9, 30, RotationOutcome::Running, 0));
    model.setSummaries(rows);
    QCOMPARE(resets.count(), 2);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.summaryAt(0).rotationId, 9);

    // As many rows, other rotations (another server's history): a reset, not a change in place.
    const QList<RotationSummary> other{summary(1, 1, RotationOutcome::Completed, 0), summary(3, 2, RotationOutcome::Completed, 0),
                                       summary(4, 3, RotationOutcome::FailedBeforeKeySwap, 2),
                                       summary(6, 4, RotationOutcome::Completed, 0)};
    model.setSummaries(other);
    QCOMPARE(resets.count(), 3);
    QCOMPARE(model.data(model.index(3, RotationHistoryModel::RotationColumn)).toString(), QStringLiteral("#6"));

    // Signed out: empty, and emptying it again says nothing.
    model.setSummaries({});
    QCOMPARE(resets.count(), 4);
    QCOMPARE(model.rowCount(), 0);
    const qsizetype changed = changes.count();
    model.setSummaries({});
    QCOMPARE(resets.count(), 4);
    QCOMPARE(changes.count(), changed);
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
