// The console as a person uses it, offscreen, against real kmsandbox instances: sign-in (good,
// wrong, unreachable, not a Secret Server, untrusted certificate, one-time codes and pushes, a
// pasted token, a Delinea Platform service account, the keychain, profiles that change only when
// saved, testing a connection), the configuration editor (type ids never guessed, whole saves,
// validation as you type without the form moving, the server's 400 on its field, a 500 keeping
// the edits, one PUT per click, maintenance after a save, an ended session mid-edit, the
// auditor's read-only view), the rotation page and wizard (one ending, retry that asks, the
// failed step named), the audit (dates, rotations, days, export that can be cancelled or
// opened), and the window itself (small screens, one connection banner, accessibility).
#include "ui/AuditPage.h"
#include "ui/ConfigurationPage.h"
#include "ui/ConnectionBanner.h"
#include "models/DateText.h"
#include "ui/DayEdit.h"
#include "ui/FileChooser.h"
#include "ui/MainWindow.h"
#include "models/RotationHistoryModel.h"
#include "services/RotationHistoryReader.h"
#include "services/ServerFleet.h"
#include "ui/ServersPage.h"
#include "ui/RotationChart.h"
#include "ui/ReportDialog.h"
#include "ui/HistoryPage.h"
#include "ui/Prompter.h"
#include "ui/RotationPage.h"
#include "ui/RotationProgressWidget.h"
#include "ui/RotationWizard.h"
#include "ui/SecretKeyPanel.h"

#include "models/Preflight.h"
#include "services/ComplianceReport.h"
#include "services/ReportPdf.h"
#include "ui/SignInDialog.h"

#include "services/AuditBrowser.h"
#include "services/ConfigurationService.h"
#include "services/RotationMonitor.h"
#include "services/SecretKeyMonitor.h"
#include "services/Workspace.h"
#include "session/Session.h"
#include "session/Settings.h"
#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "api/ServerUrl.h"
#include "usecases/SavePlan.h"

#include "CannedHttpServer.h"
#include "models/ConfigAuditModel.h"
#include "models/ConfigField.h"
#include "models/ConfigFieldsModel.h"
#include "models/ConfigValidation.h"
#include "models/RotationEligibility.h"
#include "models/RotationText.h"
#include "models/RotationTimelineModel.h"
#include "models/SecretKeyText.h"
#include "CsvReader.h"
#include "HostileServer.h"
#include "MemorySecretStore.h"
#include "SandboxProcess.h"
#include "TestLanguage.h"
#include "TrText.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDebug>
#include <QDialogButtonBox>
#include <QTimer>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QScreen>
#include <QWizard>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QPointer>
#include <QJsonArray>
#include <QSpinBox>
#include <QMenuBar>
#include <QScopeGuard>
#include <QTranslator>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

using namespace km;

namespace {
const QString password = QStringLiteral("Pw-Unique-7731");
const QString awsAccessKey = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
const QString awsSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
const QString awsKeyId = QStringLiteral("1234abcd-12ab-34cd-56ef-1234567890ab");
const QString awsArn = QStringLiteral("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");

template<class T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no widget named %s", name);
    return w;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Chooses in a closed list by keyboard, as a person does: an arrow opens it, the arrows move in
// it, Enter takes the item (the provider list does not switch on arrows while closed).
void pickByKeyboard(QComboBox *combo, const QVariant &data)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QAbstractItemView *list = combo->view();
    QTRY_VERIFY(list->isVisible());
    const int target = combo->findData(data);
    QTest::keyClick(list, Qt::Key_Home);
    for (int i = 0; i < 8 && list->currentIndex().row() != target; ++i)
        QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(!list->isVisible());
}

QString typeId(const QString &kind)
{
    return QString::number(SandboxProcess::typeId(kind));
}

bool historyServed()
{
    return SandboxProcess::variantValue(QStringLiteral("--api-version")) != QLatin1String("11.2");
}
// Everything the settings hold, as text: the settings file, or on Windows, where they are in the
// registry (QSettings' native format), every key and its value.
QByteArray settingsText(Settings *settings)
{
    settings->sync();
#ifdef Q_OS_WIN
    QSettings registry; // the organisation and application Settings uses
    QString text;
    QDebug out(&text);
    out.noquote();
    for (const QString &key : registry.allKeys())
        out << key << registry.value(key) << "\n";
    return text.toUtf8();
#else
    QFile file(settings->fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
#endif
}

// The secret-key rotation's sentences, as the code gets them (models/SecretKeyText, SecretKeyPanel).
QString secretKeysRunning()
{
    return QCoreApplication::translate("SecretKeyText", "A secret-key rotation is running on the server (%1). %2");
}
QString refusedWhileSecretKeysRun()
{
    return QCoreApplication::translate("SecretKeyText", "Refused: a secret-key rotation is running on the server (%1). %2");
}
QString secretKeysRotateQuestion()
{
    return SecretKeyPanel::tr("%1 will re-encrypt every secret's key and refuse key-management changes until it has ended. "
                              "Type the server's host name to start.");
}
QString secretKeysCancelQuestion()
{
    return SecretKeyPanel::tr("The secret-key rotation on %1 stops; secrets it has not reached keep their old keys. Type the "
                              "server's host name to cancel it.");
}
} // namespace

class TestUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void signIn_wrongPasswordThenRight_focusesThePasswordAndSavesNoSecret();
    void signIn_anotherUser_leavesTheProfileAndOffersANewOne();
    void signIn_anotherUser_leavesEverySavedProfileExactlyAsItWas();
    void signIn_enterInUserPasswordOrCode_signsInOnAFreshDialog();
    void signIn_savedProfileOrPrefilled_focusesThePassword();
    void signIn_removeProfile_asksAndRemovesItsKeychainEntry();
    void editor_reloadWhileEditing_keepsTheEditsAndSaysTheServerCopyChanged();
    void signIn_testConnection_saysWhatItFound();
    void signIn_unreachableHost_saysRefused();
    void signIn_notASecretServer_saysSo();
    void signIn_keychain_remembersOnlyWhenAskedAndOnlyThere();
    void signIn_keychainUnavailable_isDisabledWithReason();
    void signIn_untrustedCertificate_refusedTrustedOncePinnedThenChangedRefused();
    void signIn_oneTimeCode_alwaysOfferedAndAskedUpFrontNextTime();
    void signIn_duoPush_waitsAndCanBeCancelled();
    void signIn_apiToken_worksAndIsNotSaved();
    void signIn_platform_choosesAVaultAndSignsIn();

    void editor_typeIdNotShown_isAskedNeverGuessed();
    void editor_typeIdPrompt_startsEmptyCancelsOnEnterAndRefusesTheServersOtherIds();
    void editor_contradictedTypeIds_areForgottenAndCanBeForgottenByHand();
    void editor_awsInvalidThenValid_savesAndReadsBack();
    void editor_formDoesNotMoveWhileTyping();
    void editor_azure_mustBeTypedWholeAndSaysWhy();
    void editor_typeMismatchAfterSave_isSaidProminently();
    void editor_maintenanceAfterSave_disablesSaveAndRotateUntilDone();
    void secretKeys_pagesFollowTheRotationASaveStarted();
    void secretKeys_refusedSaveAndRotate_sayWhyWithProgress();
    void secretKeys_rotateAndCancelFromTheRotationPage();
    void secretKeys_failedStart_isSaidUntilARunHasStartedSince();
    void secretKeys_runStartedElsewhere_holdsSaveAndMek_refusalBannerFollowsIt();
    void secretKeys_refusalBanner_goesWhenTheRunEnds();
    void prompter_askNumber_enterTakesATypedNumber();
    void wizard_preflight_namesEveryFailure_andGivesTheChecksTheRoom();
    void focus_afterConfirmations_staysByWhatOpenedThem();
    void editor_serverRejectsField_showsItOnTheField();
    void editor_serverError_keepsEditsAndRetryWorks();
    void editor_repeatedClicks_sendOnePut();
    void editor_sessionExpiresMidEdit_signInAgainKeepsEdits();
    void editor_auditor_isReadOnlyWithReason();
    void editor_leavingWithUnsavedEdits_asksFirst();
    void editor_azureFields_validateAsYouType();
    void editor_hintsBeforeTyping_errorsAfter_andSavedSaysOnlyWhatIsTrue();

    void wizard_fullRotation_followsEveryStepAndSendsOnePut();
    void wizard_preflightChecks_warningNeedsATick_failureAndUndeterminedBlock();
    void wizard_failureThenRetry_oneEndingWithRetryInTheButtons();
    void wizard_serverRefusesStart_showsWordsAndSendsNothingMore();
    void rotationPage_failedStepIsNamedAndProgressKept_data();
    void rotationPage_failedStepIsNamedAndProgressKept();
    void rotationPage_retryAsksForTheHostFirst();
    void rotationPage_auditor_buttonsDisabledWithReasons();

    void audit_sortFilterPageAndKeyboard();
    void audit_datesRotationsAndActions_readAsTheyAre();
    void audit_dayFilter_typedDatesMeanWhatTheySay();
    void audit_errorKeepsLastPage_thenRetry();
    void audit_loadingIsSaidOnlyWhenSlow_andTheGridNeverMoves();
    void audit_exportFromTheWindow_cancelledIsCancelled();
    void audit_exportFromTheWindow_contradictoryTotal_saysSoAndKeepsNoFile();

    void window_connectionLost_oneBannerOnEveryPageThenBack();
    void window_smallScreen_fitsAndMessagesNeverWidenIt();
    void window_smallScreen_focusArrivingFromOutsideIsScrolledIntoView();
    void window_remembersGeometryAndPage_andSaysWhatItIs();
    void window_showsTheServersVersion_andADayReadInAnotherTimeZone();
    void accessibility_everyControlHasNameAndDescription();
    void keyboard_rotationWizardCompletesWithKeysAlone();

    void history_readsTheAuditAndOpensARotation();
    void chart_farApartRotationsAreDrawnInOrder();
    void chart_labelsAreClearOfMarks();
    void history_periodFiltersTheChartAndTable();
    void rotationPage_keyAgeAgainstThePolicy();
    void report_fromTheWindow_pdfAndJson();
    void report_firstPageAnswersTheAuditor_andHeadersAreWhole();
    void servers_everyProfileAtAGlance_andOpenOneInItsOwnWindow();

private:
    bool signInDialog(SignInDialog &dialog, const QString &server, const QString &user, const QString &pw);
    std::unique_ptr<MainWindow> openWindow(const QString &user = QStringLiteral("admin"), SandboxProcess *sandbox = nullptr);
    RotationWizard *openWizardAndConfirm(MainWindow *window);
    QJsonObject serverConfig(SandboxProcess *sandbox = nullptr);
    // Picks a type in the list by keyboard and, when the server has not shown its id, gives it.
    void chooseType(ConfigurationPage *page, KeyManagementKind kind);
    void fillAws(ConfigurationPage *page);
    void fillAzure(ConfigurationPage *page);

    QTemporaryDir m_home;
    SandboxProcess m_sandbox;
    std::vector<std::unique_ptr<QTranslator>> m_translators; // KMCONSOLE_TEST_LANGUAGE
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<Session> m_session;
};

void TestUi::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("kmconsole-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.path());
    // KMCONSOLE_TEST_LANGUAGE=de (or fr): the same tests in that language; they find states and
    // objects, and compare words only with the translated tr() templates (TrText).
    const QString language = qEnvironmentVariable("KMCONSOLE_TEST_LANGUAGE", QStringLiteral("en"));
    QVERIFY2(installTestLanguage(QStringLiteral(KMCONSOLE_QM_DIR), language, m_translators), qPrintable(language));
    QString error;
    QVERIFY2(m_sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--seed"), QStringLiteral("50")}, &error),
             qPrintable(error));
}

void TestUi::init()
{
    m_session.reset();
    m_settings.reset();
    QSettings().clear();
    m_settings = std::make_unique<Settings>();
    m_secrets = std::make_unique<MemorySecretStore>(false);
    m_session = std::make_unique<Session>(m_settings.get(), m_secrets.get());
    QCOMPARE(Prompter::queuedAnswers(), 0);
}

void TestUi::cleanup()
{
    QCOMPARE(Prompter::queuedAnswers(), 0); // every queued answer was asked for
}

bool TestUi::signInDialog(SignInDialog &dialog, const QString &server, const QString &user, const QString &pw)
{
    dialog.show();
    auto *profiles = child<QComboBox>(&dialog, "profileCombo");
    profiles->setCurrentIndex(profiles->count() - 1); // New connection
    typeInto(child<QLineEdit>(&dialog, "serverEdit"), server);
    typeInto(child<QLineEdit>(&dialog, "userEdit"), user);
    typeInto(child<QLineEdit>(&dialog, "passwordEdit"), pw);
    QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
    return QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted || (!dialog.isBusy() && !dialog.errorText().isEmpty()); },
                           15000)
           && dialog.result() == QDialog::Accepted;
}

std::unique_ptr<MainWindow> TestUi::openWindow(const QString &user, SandboxProcess *sandbox)
{
    SignInDialog dialog(m_session.get());
    if (!signInDialog(dialog, (sandbox ? sandbox : &m_sandbox)->urlText(), user, password))
        return nullptr;
    auto window = std::make_unique<MainWindow>(m_session.get());
    // Maintenance after a save, and a running rotation, are polled this often (2 s in the product):
    // the tests see the same states, sooner.
    window->rotationMonitor()->setActiveInterval(std::chrono::milliseconds(150));
    window->show();
    window->showPage(MainWindow::ConfigurationPageIndex);
    ConfigFieldsModel *fields = window->workspace()->configuration()->fields();
    const bool ready = QTest::qWaitFor([&] { return fields->hasLoaded() && window->rotationMonitor()->hasInfo(); }, 10000);
    return ready ? std::move(window) : nullptr;
}

QJsonObject TestUi::serverConfig(SandboxProcess *sandbox)
{
    SandboxProcess *s = sandbox ? sandbox : &m_sandbox;
    QUrl url = s->url();
    url.setPath(url.path() + QStringLiteral("/api/v1/key-management"));
    return httpRequest("GET", url, {}, {}, sandboxToken(s->url(), QStringLiteral("admin"), password)).object();
}

void TestUi::chooseType(ConfigurationPage *page, KeyManagementKind kind)
{
    auto *combo = child<QComboBox>(page, "typeCombo");
    pickByKeyboard(combo, int(kind)); // keyboard choice, as a person would
    QCOMPARE(combo->currentData().toInt(), int(kind));
    ConfigurationService *service = page->service();
    if (!service->typeIdFor(kind)) {
        auto *giveId = child<QPushButton>(page, "typeIdButton");
        QVERIFY(giveId->isVisible());
        Prompter::queueText(typeId(kind == KeyManagementKind::AwsKms          ? QStringLiteral("aws")
                                   : kind == KeyManagementKind::AzureKeyVault ? QStringLiteral("azure")
                                                                              : QStringLiteral("none")));
        QTest::mouseClick(giveId, Qt::LeftButton);
        QVERIFY(service->typeIdFor(kind));
    }
}

void TestUi::fillAws(ConfigurationPage *page)
{
    chooseType(page, KeyManagementKind::AwsKms);
    typeInto(child<QLineEdit>(page, "awsKmsAccessKeyIdEdit"), awsAccessKey);
    typeInto(child<QLineEdit>(page, "awsKmsKeyIdEdit"), awsKeyId);
    typeInto(child<QLineEdit>(page, "awsKmsKeyArnEdit"), awsArn);
    typeInto(child<QLineEdit>(page, "awsKmsSecretAccessKeyEdit"), awsSecret);
}

void TestUi::fillAzure(ConfigurationPage *page)
{
    chooseType(page, KeyManagementKind::AzureKeyVault);
    typeInto(child<QLineEdit>(page, "azureKeyVaultBaseUrlEdit"), QStringLiteral("https://contoso-kms.vault.azure.net/"));
    typeInto(child<QLineEdit>(page, "azureKeyVaultKeyNameEdit"), QStringLiteral("secret-server-kek"));
    typeInto(child<QLineEdit>(page, "azureKeyVaultPrincipalIdEdit"), QStringLiteral("5f1c4b3a-2e1d-4c5b-9a8f-7e6d5c4b3a21"));
    typeInto(child<QLineEdit>(page, "azureKeyVaultPrincipalSecretEdit"), QStringLiteral("azure-client-secret-value"));
}

void TestUi::signIn_wrongPasswordThenRight_focusesThePasswordAndSavesNoSecret()
{
    SignInDialog dialog(m_session.get());
    QVERIFY(!signInDialog(dialog, m_sandbox.urlText(), QStringLiteral("admin"), QStringLiteral("wrong")));
    // The server's own words after the dialog's: a refusal of the user name or password, never of
    // "the credentials or the session" (there is no session yet).
    QVERIFY2(dialog.errorText().contains(QLatin1String("Login failed: the user name or password is not correct.")),
             qPrintable(dialog.errorText()));
    QVERIFY2(dialog.errorText().startsWith(SignInDialog::tr("The server refused the user name or password.")),
             qPrintable(dialog.errorText()));
    QVERIFY(!dialog.errorText().contains(ApiError(ApiError::AuthFailed).message()));
    QVERIFY(dialog.isVisible());
    // The retyped password goes where it belongs: the password field has the focus, selected.
    auto *passwordEdit = child<QLineEdit>(&dialog, "passwordEdit");
    QTRY_COMPARE(QApplication::focusWidget(), passwordEdit);
    QCOMPARE(passwordEdit->selectedText(), QStringLiteral("wrong"));
    QTest::keyClicks(QApplication::focusWidget(), password);
    QCOMPARE(passwordEdit->text(), password);
    QVERIFY(child<QLineEdit>(&dialog, "profileNameEdit")->text() != password);
    QVERIFY(child<QPushButton>(&dialog, "signInButton")->isDefault()); // Enter still signs in after a failure
    QTest::keyClick(passwordEdit, Qt::Key_Return);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(m_session->client()->isSignedIn());
    QVERIFY(passwordEdit->text().isEmpty()); // not kept in the widget

    const QByteArray text = settingsText(m_settings.get());
    QVERIFY(text.contains("admin@127.0.0.1"));
    QVERIFY(!text.contains(password.toUtf8()));
    QVERIFY(!text.contains("access_token") && !text.contains("Bearer"));

    // The saved profile is offered next time, filled in, with the password empty.
    Session next(m_settings.get(), m_secrets.get());
    SignInDialog again(&next);
    QCOMPARE(child<QComboBox>(&again, "profileCombo")->currentText(), QStringLiteral("admin@127.0.0.1"));
    QCOMPARE(child<QLineEdit>(&again, "serverEdit")->text(), m_sandbox.urlText());
    QCOMPARE(child<QLineEdit>(&again, "userEdit")->text(), QStringLiteral("admin"));
    QVERIFY(child<QLineEdit>(&again, "passwordEdit")->text().isEmpty());
}

void TestUi::signIn_anotherUser_leavesTheProfileAndOffersANewOne()
{
    ConnectionProfile saved;
    saved.name = QStringLiteral("production");
    saved.server = m_sandbox.urlText();
    saved.userName = QStringLiteral("admin");
    m_settings->saveProfile(saved);
    SignInDialog dialog(m_session.get());
    dialog.show();
    QCOMPARE(child<QComboBox>(&dialog, "profileCombo")->currentText(), QStringLiteral("production"));
    auto *saveCheck = child<QCheckBox>(&dialog, "saveProfileCheck");
    QVERIFY(!saveCheck->isVisibleTo(&dialog)); // the profile as it is: nothing to offer
    typeInto(child<QLineEdit>(&dialog, "userEdit"), QStringLiteral("auditor"));
    QVERIFY(saveCheck->isVisibleTo(&dialog)); // another combination: offered as a new profile
    QVERIFY(!saveCheck->isChecked());
    typeInto(child<QLineEdit>(&dialog, "passwordEdit"), password);
    dialog.submit();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 15000);
    QCOMPARE(m_settings->profile(QStringLiteral("production"))->userName, QStringLiteral("admin")); // untouched
    QCOMPARE(m_settings->profiles().size(), 1);

    // Accepting the offer saves the new combination under its own name.
    Session second(m_settings.get(), m_secrets.get());
    SignInDialog offer(&second);
    offer.show();
    typeInto(child<QLineEdit>(&offer, "userEdit"), QStringLiteral("auditor"));
    QTest::mouseClick(child<QCheckBox>(&offer, "saveProfileCheck"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(&offer, "profileNameEdit")->text(), QStringLiteral("auditor@127.0.0.1"));
    typeInto(child<QLineEdit>(&offer, "passwordEdit"), password);
    offer.submit();
    QTRY_COMPARE_WITH_TIMEOUT(offer.result(), int(QDialog::Accepted), 15000);
    QCOMPARE(m_settings->profile(QStringLiteral("production"))->userName, QStringLiteral("admin"));
    QCOMPARE(m_settings->profile(QStringLiteral("auditor@127.0.0.1"))->userName, QStringLiteral("auditor"));
}

namespace {
// Every key and value the settings hold (the registry too, where that is where they are).
QMap<QString, QVariant> everySetting()
{
    QSettings settings;
    QMap<QString, QVariant> all;
    for (const QString &key : settings.allKeys())
        all.insert(key, settings.value(key));
    return all;
}
} // namespace

void TestUi::signIn_anotherUser_leavesEverySavedProfileExactlyAsItWas()
{
    auto keychain = std::make_unique<MemorySecretStore>(true);
    ConnectionProfile production;
    production.name = QStringLiteral("production");
    production.server = m_sandbox.urlText();
    production.userName = QStringLiteral("admin");
    production.rememberInKeychain = true;
    production.rotationPolicyDays = 200;
    production.lastUsedUtc = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
    ConnectionProfile staging = production;
    staging.name = QStringLiteral("staging");
    staging.server = QStringLiteral("http://127.0.0.1:1/SecretServer");
    staging.lastUsedUtc = production.lastUsedUtc.addDays(-1);
    m_settings->saveProfile(staging);
    m_settings->saveProfile(production);
    keychain->store(Session::keychainKey(production), password, nullptr);
    MemorySecretStore *store = keychain.get();
    m_secrets = std::move(keychain);
    m_session = std::make_unique<Session>(m_settings.get(), m_secrets.get());
    m_settings->sync();
    const QMap<QString, QVariant> before = everySetting();
    const auto secretsBefore = store->secrets();

    SignInDialog dialog(m_session.get());
    dialog.show();
    QCOMPARE(child<QComboBox>(&dialog, "profileCombo")->currentText(), QStringLiteral("production"));
    typeInto(child<QLineEdit>(&dialog, "userEdit"), QStringLiteral("auditor"));
    QVERIFY(!child<QCheckBox>(&dialog, "saveProfileCheck")->isChecked());
    typeInto(child<QLineEdit>(&dialog, "passwordEdit"), password);
    dialog.submit();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 15000);
    // What the window does next: a key-age policy, and a renewal when the session ends.
    m_session->server()->setRotationPolicyDays(30);
    SignInDialog renew(m_session.get());
    renew.selectProfile(m_session->profile().name.isEmpty() ? m_settings->lastProfileName() : m_session->profile().name);
    renew.prefill(m_session->client()->baseUrl().toString(), m_session->client()->userName(), QString());
    renew.setMode(SignInDialog::Renew);
    renew.show();
    renew.setPassword(password);
    renew.submit();
    QTRY_COMPARE_WITH_TIMEOUT(renew.result(), int(QDialog::Accepted), 15000);
    QCOMPARE(m_session->client()->userName(), QStringLiteral("auditor"));

    m_settings->sync();
    const QMap<QString, QVariant> after = everySetting();
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
    QCOMPARE(after.keys(), before.keys());
    QCOMPARE(store->secrets(), secretsBefore);
}

void TestUi::signIn_enterInUserPasswordOrCode_signsInOnAFreshDialog()
{
    SandboxProcess twoFactor;
    QVERIFY(twoFactor.start({QStringLiteral("--password"), password, QStringLiteral("--otp"), QStringLiteral("123456")}));
    for (const char *field : {"userEdit", "passwordEdit", "otpEdit"}) {
        const bool code = QByteArray(field) == "otpEdit";
        Session session(m_settings.get(), m_secrets.get());
        SignInDialog dialog(&session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *profiles = child<QComboBox>(&dialog, "profileCombo");
        profiles->setCurrentIndex(profiles->count() - 1); // New connection
        typeInto(child<QLineEdit>(&dialog, "serverEdit"), (code ? &twoFactor : &m_sandbox)->urlText());
        typeInto(child<QLineEdit>(&dialog, "userEdit"), QStringLiteral("admin"));
        typeInto(child<QLineEdit>(&dialog, "passwordEdit"), password);
        if (code) {
            auto *mode = child<QComboBox>(&dialog, "otpMode");
            mode->setCurrentIndex(mode->findData(SignInDialog::Code));
            typeInto(child<QLineEdit>(&dialog, "otpEdit"), QStringLiteral("123456"));
        }
        auto *edit = child<QLineEdit>(&dialog, field);
        edit->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), edit);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 15000);
        QVERIFY2(session.client()->isSignedIn(), field);
    }
}

void TestUi::signIn_savedProfileOrPrefilled_focusesThePassword()
{
    // Seen: after signing out, the dialog focused the profile list, so typing the password and
    // Enter sent an empty one. The first field still to fill has the focus.
    auto window = openWindow(); // signs in once, keeping the profile
    QVERIFY(window);
    QVERIFY(!m_settings->profiles().isEmpty());
    {
        SignInDialog again(m_session.get());
        again.show();
        QVERIFY(QTest::qWaitForWindowActive(&again));
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&again, "passwordEdit"));
    }
    SignInDialog prefilled(m_session.get());
    prefilled.selectProfile(QString());
    auto *profiles = child<QComboBox>(&prefilled, "profileCombo");
    profiles->setCurrentIndex(profiles->count() - 1); // New connection, as when the session ended
    prefilled.prefill(m_sandbox.urlText(), QStringLiteral("admin"), QString());
    prefilled.show();
    QVERIFY(QTest::qWaitForWindowActive(&prefilled));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&prefilled, "passwordEdit"));
}

void TestUi::signIn_removeProfile_asksAndRemovesItsKeychainEntry()
{
    auto keychain = std::make_unique<MemorySecretStore>(true);
    ConnectionProfile retired;
    retired.name = QStringLiteral("retired");
    retired.server = m_sandbox.urlText();
    retired.userName = QStringLiteral("admin");
    retired.rememberInKeychain = true;
    ConnectionProfile kept = retired;
    kept.name = QStringLiteral("kept");
    retired.lastUsedUtc = QDateTime::currentDateTimeUtc();
    kept.lastUsedUtc = retired.lastUsedUtc.addSecs(-60);
    // Keyed by profile, server and user: another user or server is another entry.
    ConnectionProfile otherUser = kept, otherServer = kept;
    otherUser.userName = QStringLiteral("auditor");
    otherServer.server = QStringLiteral("https://elsewhere.example.com/SecretServer");
    QVERIFY(Session::keychainKey(kept) != Session::keychainKey(otherUser));
    QVERIFY(Session::keychainKey(kept) != Session::keychainKey(otherServer));
    QVERIFY(Session::keychainKey(kept) != Session::keychainKey(retired));
    for (const ConnectionProfile &p : {retired, kept}) {
        m_settings->saveProfile(p);
        keychain->store(Session::keychainKey(p), password, nullptr);
    }
    // An entry kept under the profile's name alone (an older console) is not found: the password is asked again.
    ConnectionProfile legacy = kept;
    legacy.name = QStringLiteral("legacy");
    legacy.lastUsedUtc = kept.lastUsedUtc.addSecs(-60);
    m_settings->saveProfile(legacy);
    keychain->store(legacy.name, password, nullptr);
    keychain->store(retired.name, password, nullptr); // an older console's entry of the profile that goes
    MemorySecretStore *store = keychain.get();
    m_secrets = std::move(keychain);
    m_session = std::make_unique<Session>(m_settings.get(), m_secrets.get());

    SignInDialog dialog(m_session.get());
    dialog.show();
    auto *combo = child<QComboBox>(&dialog, "profileCombo");
    auto *remove = child<QPushButton>(&dialog, "removeProfileButton");
    dialog.selectProfile(QStringLiteral("legacy"));
    QVERIFY(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());
    dialog.selectProfile(QStringLiteral("retired"));
    QCOMPARE(combo->currentText(), QStringLiteral("retired"));
    QVERIFY(remove->isEnabled());
    Prompter::queueAnswer(Prompter::Cancel);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(m_settings->profile(QStringLiteral("retired")));
    QVERIFY(Prompter::lastQuestion().contains(QLatin1String("retired")));
    Prompter::queueAnswer(Prompter::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(!m_settings->profile(QStringLiteral("retired")));
    QCOMPARE(combo->findText(QStringLiteral("retired")), -1);
    QVERIFY(!store->secrets().contains(Session::keychainKey(retired)));
    QVERIFY(!store->secrets().contains(retired.name));
    QVERIFY(store->secrets().contains(QStringLiteral("legacy"))); // another profile's old entry stays
    QVERIFY(store->secrets().contains(Session::keychainKey(kept)));
    QVERIFY(m_settings->profile(QStringLiteral("kept")));
    // "New connection" has nothing to remove.
    combo->setCurrentIndex(combo->count() - 1);
    QVERIFY(!remove->isEnabled());
}

void TestUi::signIn_testConnection_saysWhatItFound()
{
    SignInDialog dialog(m_session.get());
    dialog.show();
    typeInto(child<QLineEdit>(&dialog, "serverEdit"), m_sandbox.urlText());
    const int tokens = m_sandbox.requestCount(QStringLiteral("POST /oauth2/token"));
    QTest::mouseClick(child<QPushButton>(&dialog, "testConnectionButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !dialog.isBusy() && dialog.statusText().contains(Session::tr("The Secret Server REST API answers at this address.")), 10000);
    QVERIFY2(TrText::has(dialog.statusText(), Session::tr("The server %1 is reachable.")), qPrintable(dialog.statusText()));
    QVERIFY(dialog.statusText().contains(
        Session::tr("The connection is not encrypted (http): passwords and tokens would cross the network in clear text.")));
    QVERIFY(dialog.errorText().isEmpty());
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("POST /oauth2/token")), tokens); // without signing in
    CannedHttpServer web;
    web.setResponse(200, "text/html", "<html>nginx</html>");
    typeInto(child<QLineEdit>(&dialog, "serverEdit"), web.baseUrl());
    dialog.testConnection();
    QTRY_VERIFY_WITH_TIMEOUT(
        !dialog.isBusy() && TrText::has(dialog.errorText(), Session::tr("No Secret Server REST API answers at this address: %1")), 10000);
}

void TestUi::signIn_unreachableHost_saysRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    SignInDialog dialog(m_session.get());
    QVERIFY(!signInDialog(dialog, QStringLiteral("http://127.0.0.1:%1/SecretServer").arg(port), QStringLiteral("admin"), password));
    QVERIFY2(dialog.errorText().contains(ApiError(ApiError::ConnectionRefused).message()), qPrintable(dialog.errorText()));
    // Bad input never reaches the network.
    QVERIFY(!signInDialog(dialog, QStringLiteral("ftp://example"), QStringLiteral("admin"), password));
    QVERIFY2(dialog.errorText().contains(
                 ServerUrl::tr("The server address must start with https:// or http://, not %1://.").arg(QStringLiteral("ftp"))),
             qPrintable(dialog.errorText()));
}

void TestUi::signIn_notASecretServer_saysSo()
{
    CannedHttpServer web;
    web.setResponse(200, "text/html", "<html><body>Welcome to nginx!</body></html>");
    SignInDialog dialog(m_session.get());
    QVERIFY(!signInDialog(dialog, web.baseUrl(), QStringLiteral("admin"), password));
    QVERIFY2(dialog.errorText().contains(ApiError(ApiError::NotJson).message()), qPrintable(dialog.errorText()));
    CannedHttpServer missing;
    missing.setResponse(404, "text/html", "<html>Not Found</html>");
    QVERIFY(!signInDialog(dialog, missing.baseUrl(), QStringLiteral("admin"), password));
    QVERIFY2(
        dialog.errorText().contains(SignInDialog::tr("No Secret Server answered at this address (HTTP 404). Check the address, including "
                                                     "the path such as /SecretServer.")),
        qPrintable(dialog.errorText()));
}

void TestUi::signIn_keychain_remembersOnlyWhenAskedAndOnlyThere()
{
    MemorySecretStore keychain(true);
    Session session(m_settings.get(), &keychain);
    SignInDialog dialog(&session);
    dialog.show();
    auto *remember = child<QCheckBox>(&dialog, "rememberCheck");
    QVERIFY(remember->isEnabled());
    remember->setChecked(true);
    QVERIFY(signInDialog(dialog, m_sandbox.urlText(), QStringLiteral("admin"), password));
    QCOMPARE(keychain.secrets().value(Session::keychainKey(*m_settings->profile(QStringLiteral("admin@127.0.0.1")))), password);
    QVERIFY(!settingsText(m_settings.get()).contains(password.toUtf8())); // the keychain, never the settings
    // Next time the password comes from the keychain.
    Session next(m_settings.get(), &keychain);
    SignInDialog again(&next);
    QCOMPARE(child<QLineEdit>(&again, "passwordEdit")->text(), password);
    QVERIFY(child<QCheckBox>(&again, "rememberCheck")->isChecked());
    // Unticking it forgets the secret at the next sign-in.
    child<QCheckBox>(&again, "rememberCheck")->setChecked(false);
    again.submit();
    QTRY_COMPARE_WITH_TIMEOUT(again.result(), int(QDialog::Accepted), 15000);
    QVERIFY(keychain.secrets().isEmpty());
}

void TestUi::signIn_keychainUnavailable_isDisabledWithReason()
{
    SignInDialog dialog(m_session.get());
    auto *remember = child<QCheckBox>(&dialog, "rememberCheck");
    QVERIFY(!remember->isEnabled());
    QVERIFY(!remember->isChecked());
    QCOMPARE(remember->toolTip(), m_secrets->unavailableReason()); // why, in the store's words
    // and signing in still works
    QVERIFY(signInDialog(dialog, m_sandbox.urlText(), QStringLiteral("admin"), password));
}

void TestUi::signIn_untrustedCertificate_refusedTrustedOncePinnedThenChangedRefused()
{
    QTemporaryDir dir;
    const QString certA = dir.filePath(QStringLiteral("a.pem")), keyA = dir.filePath(QStringLiteral("a.key"));
    const QString certB = dir.filePath(QStringLiteral("b.pem")), keyB = dir.filePath(QStringLiteral("b.key"));
    QVERIFY(makeSelfSignedCertificate(certA, keyA, QStringLiteral("sandbox-a")));
    QVERIFY(makeSelfSignedCertificate(certB, keyB, QStringLiteral("sandbox-b")));
    SandboxProcess tls;
    QVERIFY(tls.start({QStringLiteral("--tls-cert"), certA, QStringLiteral("--tls-key"), keyA, QStringLiteral("--password"), password}));

    // Refused by default: the user cancels the trust question.
    {
        Session session(m_settings.get(), m_secrets.get());
        SignInDialog dialog(&session);
        Prompter::queueAnswer(Prompter::Cancel);
        QVERIFY(!signInDialog(dialog, tls.urlText(), QStringLiteral("admin"), password));
        QVERIFY2(dialog.errorText().contains(Session::tr("Not signed in: the server's certificate was not trusted.")),
                 qPrintable(dialog.errorText()));
        QVERIFY(
            TrText::has(Prompter::lastQuestion(),
                        Session::tr("Host: %1\nProblems:\n%2\n\nSHA-256 fingerprint:\n%3\nSubject: %4\nIssuer: %5\nValid from %6 to %7")));
        QVERIFY(Prompter::lastQuestion().contains(QLatin1String("sandbox-a")));
    }
    // Trusted once: signed in, nothing pinned.
    {
        Session session(m_settings.get(), m_secrets.get());
        SignInDialog dialog(&session);
        Prompter::queueAnswer(Prompter::TrustOnce);
        QVERIFY(signInDialog(dialog, tls.urlText(), QStringLiteral("admin"), password));
        QVERIFY(dialog.signedInProfile().pinnedSha256.isEmpty());
    }
    // Always trusted: pinned in the profile; the next sign-in asks nothing.
    QString profileName;
    {
        Session session(m_settings.get(), m_secrets.get());
        SignInDialog dialog(&session);
        Prompter::queueAnswer(Prompter::TrustAlways);
        QVERIFY(signInDialog(dialog, tls.urlText(), QStringLiteral("admin"), password));
        profileName = dialog.signedInProfile().name;
        QVERIFY(!m_settings->profile(profileName)->pinnedSha256.isEmpty());
    }
    {
        Session session(m_settings.get(), m_secrets.get());
        SignInDialog dialog(&session);
        dialog.selectProfile(profileName);
        const int asked = Prompter::questionsAsked();
        dialog.setPassword(password);
        dialog.submit();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 15000);
        QCOMPARE(Prompter::questionsAsked(), asked);
    }
    // A different certificate on the same server is refused again, with a warning.
    QVERIFY(tls.restart(nullptr, QStringList{QStringLiteral("--tls-cert"), certB, QStringLiteral("--tls-key"), keyB,
                                             QStringLiteral("--password"), password}));
    {
        Session session(m_settings.get(), m_secrets.get());
        SignInDialog dialog(&session);
        dialog.selectProfile(profileName);
        Prompter::queueAnswer(Prompter::Cancel);
        dialog.setPassword(password);
        dialog.submit();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 15000);
        QVERIFY2(
            TrText::has(
                Prompter::lastQuestion(),
                SignInDialog::tr(
                    "WARNING: the certificate of %1 has changed since you chose to always trust it. The server may have been given a new "
                    "certificate, or someone may be intercepting the connection. Trust the new certificate only if you know why it "
                    "changed.")),
            qPrintable(Prompter::lastQuestion()));
        QVERIFY(Prompter::lastQuestion().contains(QLatin1String("sandbox-b")));
        QVERIFY(!session.client()->isSignedIn());
    }
}

void TestUi::signIn_oneTimeCode_alwaysOfferedAndAskedUpFrontNextTime()
{
    SandboxProcess twoFactor;
    QVERIFY(twoFactor.start({QStringLiteral("--password"), password, QStringLiteral("--otp"), QStringLiteral("424242")}));
    SignInDialog dialog(m_session.get());
    auto *mode = child<QComboBox>(&dialog, "otpMode");
    auto *otp = child<QLineEdit>(&dialog, "otpEdit");
    dialog.show();
    QVERIFY(mode->isVisibleTo(&dialog)); // offered before any refusal
    QVERIFY(!otp->isVisibleTo(&dialog));
    // The server's refusal is the 2FA provider's own wording: shown as it is, with a pointer.
    QVERIFY(!signInDialog(dialog, twoFactor.urlText(), QStringLiteral("admin"), password));
    QVERIFY2(dialog.errorText().contains(QLatin1String("Invalid Duo pin code.")), qPrintable(dialog.errorText()));
    QVERIFY(dialog.errorText().endsWith(
        SignInDialog::tr("If your account uses two-factor authentication, choose a one-time code or a Duo push above.")));
    mode->setCurrentIndex(mode->findData(SignInDialog::Code));
    QVERIFY(otp->isVisibleTo(&dialog));
    typeInto(otp, QStringLiteral("111111"));
    typeInto(child<QLineEdit>(&dialog, "passwordEdit"), password);
    dialog.submit();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy() && dialog.errorText().contains(QLatin1String("Invalid Duo pin code.")), 10000);
    QCOMPARE(QApplication::focusWidget(), otp); // the code is what to retype
    typeInto(otp, QStringLiteral("424242"));
    QTest::keyClick(otp, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
    QVERIFY(otp->text().isEmpty());
    // The profile remembers that this account needs a code: asked up front next time.
    Session next(m_settings.get(), m_secrets.get());
    SignInDialog again(&next);
    again.show();
    QCOMPARE(child<QComboBox>(&again, "otpMode")->currentData().toInt(), int(SignInDialog::Code));
    QVERIFY(child<QLineEdit>(&again, "otpEdit")->isVisibleTo(&again));
}

void TestUi::signIn_duoPush_waitsAndCanBeCancelled()
{
    SandboxProcess twoFactor;
    QVERIFY(twoFactor.start({QStringLiteral("--password"), password, QStringLiteral("--otp"), QStringLiteral("424242"),
                             QStringLiteral("--push-delay-ms"), QStringLiteral("300")}));
    SignInDialog dialog(m_session.get());
    dialog.show();
    auto *mode = child<QComboBox>(&dialog, "otpMode");
    mode->setCurrentIndex(mode->findData(SignInDialog::Push));
    QVERIFY(signInDialog(dialog, twoFactor.urlText(), QStringLiteral("admin"), password));
    QCOMPARE(dialog.signedInProfile().oneTimeCode, QStringLiteral("push"));
    // A push left unanswered: Cancel stops waiting, and the dialog stays for another try.
    SandboxProcess slow;
    QVERIFY(slow.start({QStringLiteral("--password"), password, QStringLiteral("--otp"), QStringLiteral("424242"),
                        QStringLiteral("--push-delay-ms"), QStringLiteral("60000")}));
    Session session(m_settings.get(), m_secrets.get());
    SignInDialog waiting(&session);
    waiting.show();
    auto *waitingMode = child<QComboBox>(&waiting, "otpMode");
    waitingMode->setCurrentIndex(waitingMode->findData(SignInDialog::Push));
    auto *profiles = child<QComboBox>(&waiting, "profileCombo");
    profiles->setCurrentIndex(profiles->count() - 1);
    waitingMode->setCurrentIndex(waitingMode->findData(SignInDialog::Push));
    typeInto(child<QLineEdit>(&waiting, "serverEdit"), slow.urlText());
    typeInto(child<QLineEdit>(&waiting, "userEdit"), QStringLiteral("admin"));
    typeInto(child<QLineEdit>(&waiting, "passwordEdit"), password);
    waiting.submit();
    QCOMPARE(waiting.statusText(),
             SignInDialog::tr("Approve the sign-in on your phone (Duo push); waiting up to %n seconds. Cancel stops waiting.", nullptr,
                              int(ApiClient::pushTimeout.count())));
    QVERIFY(waiting.isBusy());
    QTest::mouseClick(child<QPushButton>(&waiting, "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY(!waiting.isBusy());
    QCOMPARE(waiting.errorText(), SignInDialog::tr("Not signed in: you stopped the sign-in."));
    QVERIFY(waiting.isVisible());
}

void TestUi::signIn_apiToken_worksAndIsNotSaved()
{
    const QByteArray token = sandboxToken(m_sandbox.url(), QStringLiteral("admin"), password);
    SignInDialog dialog(m_session.get());
    dialog.show();
    child<QComboBox>(&dialog, "profileCombo")->setCurrentIndex(child<QComboBox>(&dialog, "profileCombo")->count() - 1);
    typeInto(child<QLineEdit>(&dialog, "serverEdit"), m_sandbox.urlText());
    QTest::mouseClick(child<QRadioButton>(&dialog, "tokenRadio"), Qt::LeftButton);
    QVERIFY(!child<QLineEdit>(&dialog, "passwordEdit")->isVisibleTo(&dialog));
    typeInto(child<QLineEdit>(&dialog, "tokenEdit"), QStringLiteral("forged-token"));
    dialog.submit();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 10000);
    QVERIFY(!m_session->client()->isSignedIn());
    typeInto(child<QLineEdit>(&dialog, "tokenEdit"), QString::fromLatin1(token));
    dialog.submit();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
    QVERIFY(m_session->client()->isSignedIn());
    QVERIFY(!settingsText(m_settings.get()).contains(token));
    QCOMPARE(m_settings->profile(dialog.signedInProfile().name)->method, ConnectionProfile::Method::Token);
}

void TestUi::signIn_platform_choosesAVaultAndSignsIn()
{
    SandboxProcess platform;
    QVERIFY(
        platform.start({QStringLiteral("--password"), password, QStringLiteral("--serve-platform"), QStringLiteral("--platform-client-id"),
                        QStringLiteral("kmconsole-svc"), QStringLiteral("--platform-client-secret"), QStringLiteral("pl4tform"),
                        QStringLiteral("--platform-vaults"), QStringLiteral("2")}));
    QUrl tenant = platform.url();
    tenant.setPath(QString());
    SignInDialog dialog(m_session.get());
    dialog.show();
    child<QComboBox>(&dialog, "profileCombo")->setCurrentIndex(child<QComboBox>(&dialog, "profileCombo")->count() - 1);
    QTest::mouseClick(child<QRadioButton>(&dialog, "platformRadio"), Qt::LeftButton);
    QVERIFY(!child<QLineEdit>(&dialog, "serverEdit")->isVisibleTo(&dialog));
    QVERIFY(child<QLineEdit>(&dialog, "clientSecretEdit")->isVisibleTo(&dialog));
    typeInto(child<QLineEdit>(&dialog, "platformUrlEdit"), tenant.toString());
    typeInto(child<QLineEdit>(&dialog, "clientIdEdit"), QStringLiteral("kmconsole-svc"));
    typeInto(child<QLineEdit>(&dialog, "clientSecretEdit"), QStringLiteral("pl4tform"));
    // Two vaults: the administrator chooses (the second).
    Prompter::queueText(QStringLiteral("#1"));
    dialog.submit();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
    QCOMPARE(m_session->client()->baseUrl(), platform.url());
    QCOMPARE(dialog.signedInProfile().method, ConnectionProfile::Method::Platform);
    QVERIFY(!dialog.signedInProfile().vault.isEmpty());
    QVERIFY(!settingsText(m_settings.get()).contains("pl4tform")); // the client secret is never in the settings

    // The service account works on every page: the configuration loads and saves, the rotation
    // state reads, the audit lists.
    MainWindow window(m_session.get());
    window.show();
    ConfigurationPage *config = window.configurationPage();
    QTRY_VERIFY_WITH_TIMEOUT(config->service()->fields()->hasLoaded(), 10000);
    fillAws(config);
    Prompter::queueAnswer(Prompter::Save);
    config->save();
    QTRY_VERIFY_WITH_TIMEOUT(config->bannerKind() == QLatin1String("saved"), 10000);
    QVERIFY(window.showPage(MainWindow::RotationPageIndex));
    QTRY_VERIFY_WITH_TIMEOUT(window.rotationMonitor()->hasInfo(), 10000);
    QVERIFY(window.rotationMonitor()->info().hasPermission);
    QVERIFY(window.showPage(MainWindow::AuditPageIndex));
    QTRY_VERIFY_WITH_TIMEOUT(window.auditPage()->browser()->hasLoaded(), 10000);
    QVERIFY(window.connectionBanner()->text().isEmpty());
}

void TestUi::editor_typeIdNotShown_isAskedNeverGuessed()
{
    auto window = openWindow();
    QVERIFY(window);
    ConfigurationPage *page = window->configurationPage();
    ConfigurationService *service = page->service();
    auto *combo = child<QComboBox>(page, "typeCombo");
    // One name per type everywhere: the server's for the type it showed.
    QCOMPARE(combo->currentText(), service->typeName(KeyManagementKind::None));
    QVERIFY(combo->currentText().startsWith(QLatin1String("None"))); // the server's name first (its word, not translated)
    fillAzure(page);                                                 // gives the id through the dialog
    // Before the id was given, Save said why; the note says the id is the administrator's.
    QVERIFY2(TrText::is(page->typeNoteText(),
                        ConfigurationPage::tr("%1 will be sent as id %2, as you gave it; the server has not confirmed it yet.")),
             qPrintable(page->typeNoteText()));
    QVERIFY(child<QPushButton>(page, "saveButton")->isEnabled());
    service->fields()->revert();
    // A fresh window on another server: nothing known, Save disabled with the reason.
    SandboxProcess other;
    QVERIFY(other.start({QStringLiteral("--password"), password}));
    Session session(m_settings.get(), m_secrets.get());
    SignInDialog dialog(&session);
    QVERIFY(signInDialog(dialog, other.urlText(), QStringLiteral("admin"), password));
    MainWindow second(&session);
    second.show();
    ConfigurationPage *otherPage = second.configurationPage();
    QTRY_VERIFY(otherPage->service()->fields()->hasLoaded());
    auto *otherCombo = child<QComboBox>(otherPage, "typeCombo");
    otherCombo->setCurrentIndex(otherCombo->findData(int(KeyManagementKind::AwsKms)));
    Q_EMIT otherCombo->activated(otherCombo->currentIndex());
    typeInto(child<QLineEdit>(otherPage, "awsKmsAccessKeyIdEdit"), awsAccessKey);
    typeInto(child<QLineEdit>(otherPage, "awsKmsKeyIdEdit"), awsKeyId);
    typeInto(child<QLineEdit>(otherPage, "awsKmsKeyArnEdit"), awsArn);
    typeInto(child<QLineEdit>(otherPage, "awsKmsSecretAccessKeyEdit"), awsSecret);
    auto *save = child<QPushButton>(otherPage, "saveButton");
    QVERIFY(!save->isEnabled());
    QVERIFY2(
        TrText::has(save->toolTip(), ConfigurationService::tr("The server has not shown which id it uses for %1; enter the id first.")),
        qPrintable(save->toolTip()));
    QCOMPARE(QAccessible::queryAccessibleInterface(save)->text(QAccessible::Description), save->toolTip()); // heard, not only hovered
    QVERIFY(TrText::is(otherPage->typeNoteText(),
                       ConfigurationPage::tr(
                           "The server has not shown which id it uses for %1, and the ids are published nowhere. Enter the id, or set the "
                           "type once in the web UI so that the console learns it.")));
    QVERIFY(child<QPushButton>(otherPage, "typeIdButton")->isVisible());
    // Cancelling the question gives no id: still nothing is sent.
    Prompter::queueText(QStringLiteral("not a number"));
    QTest::mouseClick(child<QPushButton>(otherPage, "typeIdButton"), Qt::LeftButton);
    QVERIFY(!save->isEnabled());
    QVERIFY(TrText::has(
        Prompter::lastQuestion(),
        ConfigurationPage::tr(
            "Secret Server stores the type as a number, and these numbers are published nowhere. This server has not shown "
            "which number it uses for %1 yet, so the console will not guess: a wrong number switches the server to another key "
            "provider, or off.\n\nEnter the id only if you know it for certain (from the server's administrator or its web UI). "
            "Once %1 has been set through the web UI, the console learns the id from the server by itself.\n\nThe id of %1:")));
    QCOMPARE(other.requestCount(QStringLiteral("PUT /api/v1/key-management")), 0);
    Prompter::queueAnswer(Prompter::Discard);
    second.close();
}

void TestUi::editor_typeIdPrompt_startsEmptyCancelsOnEnterAndRefusesTheServersOtherIds()
{
    SandboxProcess sandbox; // a server that has shown only the type it has: None
    QVERIFY(sandbox.start({QStringLiteral("--password"), password}));
    auto window = openWindow(QStringLiteral("admin"), &sandbox);
    QVERIFY(window);
    window->resize(900, 620);
    ConfigurationPage *page = window->configurationPage();
    ConfigurationService *service = page->service();
    QVERIFY(service->typeIdShownByServer(KeyManagementKind::None));
    auto *combo = child<QComboBox>(page, "typeCombo");
    combo->setCurrentIndex(combo->findData(int(KeyManagementKind::AwsKms)));
    Q_EMIT combo->activated(combo->currentIndex());
    QVERIFY(!service->typeIdFor(KeyManagementKind::AwsKms));
    auto *giveId = child<QPushButton>(page, "typeIdButton");
    QVERIFY(giveId->isVisible());
    const QString noneId = typeId(QStringLiteral("none"));

    // The real dialog: empty, Cancel the default, wrapped to fit 900 px; the None id refused in it.
    bool inspected = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("numberDialog"));
        QVERIFY2(dialog->width() <= 900, qPrintable(QString::number(dialog->width())));
        auto *edit = child<QLineEdit>(dialog, "numberEdit");
        QVERIFY(edit->text().isEmpty());
        QPushButton *ok = nullptr;
        QPushButton *cancel = nullptr;
        for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
            QVERIFY(b->isVisible());
            QVERIFY(dialog->rect().contains(QRect(b->mapTo(dialog, QPoint(0, 0)), b->size())));
            (b->isDefault() ? cancel : ok) = b;
        }
        QVERIFY(ok && cancel);
        QCOMPARE(cancel->text(), QDialogButtonBox(QDialogButtonBox::Cancel).buttons().constFirst()->text());
        typeInto(edit, noneId);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog->isVisible()); // refused: still open, saying why
        QVERIFY2(child<QLabel>(dialog, "numberProblem")->text().contains(QLatin1String("None")),
                 qPrintable(child<QLabel>(dialog, "numberProblem")->text()));
        // The reason squeezes nothing: the question keeps its whole height, the field its focus.
        QApplication::processEvents();
        auto *question = child<QLabel>(dialog, "numberText");
        QVERIFY2(question->height() >= question->heightForWidth(question->width()),
                 qPrintable(QStringLiteral("%1 < %2").arg(question->height()).arg(question->heightForWidth(question->width()))));
        QCOMPARE(QApplication::focusWidget(), edit);
        QTest::keyClick(edit, Qt::Key_Return); // Enter cancels
        inspected = true;
    });
    QTest::mouseClick(giveId, Qt::LeftButton);
    QVERIFY(inspected);
    QVERIFY(!service->typeIdFor(KeyManagementKind::AwsKms));

    // The same rule for a typed answer: the id the server showed for None is never taken for AWS.
    Prompter::queueText(noneId);
    QTest::mouseClick(giveId, Qt::LeftButton);
    QVERIFY(!Prompter::lastRefusal().isEmpty());
    QVERIFY(!service->typeIdFor(KeyManagementKind::AwsKms));
    QVERIFY(!child<QPushButton>(page, "saveButton")->isEnabled());
    QCOMPARE(sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management")), 0);
}

void TestUi::editor_contradictedTypeIds_areForgottenAndCanBeForgottenByHand()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--password"), password}));
    // Ids remembered for this address from a server that numbered its types otherwise.
    const int shift = 100;
    KeyManagementTypes stale;
    stale.learn(typeId(QStringLiteral("none")).toInt() + shift, QStringLiteral("None"));
    stale.learn(typeId(QStringLiteral("aws")).toInt() + shift, QStringLiteral("AWS KMS"));
    m_settings->setTypes(ServerUrl::normalise(sandbox.urlText()), stale);
    auto window = openWindow(QStringLiteral("admin"), &sandbox);
    QVERIFY(window);
    ConfigurationPage *page = window->configurationPage();
    ConfigurationService *service = page->service();
    // The server's None under another id contradicts them: all are dropped, and the page says so.
    QVERIFY(!service->typeIdFor(KeyManagementKind::AwsKms));
    QCOMPARE(service->typeIdFor(KeyManagementKind::None), std::optional<int>(typeId(QStringLiteral("none")).toInt()));
    QCOMPARE(page->bannerKind(), QStringLiteral("typesContradicted"));
    QCOMPARE(m_settings->types(ServerUrl::normalise(sandbox.urlText())).size(), 1);

    // Forgotten by hand, without a request.
    const int requests = sandbox.requestCount(QStringLiteral("GET /api/v1/key-management"));
    Prompter::queueAnswer(Prompter::Yes);
    QTest::mouseClick(child<QPushButton>(page, "forgetTypesButton"), Qt::LeftButton);
    QCOMPARE(page->bannerKind(), QStringLiteral("typeIdsForgotten"));
    QVERIFY2(TrText::is(page->bannerText(), ConfigurationPage::tr("Forgot %n type id(s) remembered for %1.", nullptr, 1)),
             qPrintable(page->bannerText()));
    QVERIFY(m_settings->types(ServerUrl::normalise(sandbox.urlText())).isEmpty());
    QVERIFY(!service->typeIdFor(KeyManagementKind::None));
    QCOMPARE(sandbox.requestCount(QStringLiteral("GET /api/v1/key-management")), requests);
}

void TestUi::editor_awsInvalidThenValid_savesAndReadsBack()
{
    auto window = openWindow();
    QVERIFY(window);
    ConfigurationPage *page = window->configurationPage();
    const int historyBefore = int(page->service()->history()->pageInfo().total);
    chooseType(page, KeyManagementKind::AwsKms);
    auto *saveButton = child<QPushButton>(page, "saveButton");
    auto *accessKey = child<QLineEdit>(page, "awsKmsAccessKeyIdEdit");
    auto *arn = child<QLineEdit>(page, "awsKmsKeyArnEdit");
    auto *keyId = child<QLineEdit>(page, "awsKmsKeyIdEdit");
    auto *secret = child<QLineEdit>(page, "awsKmsSecretAccessKeyEdit");
    QVERIFY(accessKey->isVisibleTo(page));
    QVERIFY(!child<QLineEdit>(page, "azureKeyVaultBaseUrlEdit")->isVisibleTo(page));
    QVERIFY(!saveButton->isEnabled());

    typeInto(accessKey, QStringLiteral("akia123"));
    QVERIFY(TrText::is(
        child<QLabel>(page, "awsKmsAccessKeyIdProblem")->text(),
        QCoreApplication::translate("ConfigValidation", "An access key id is exactly 20 characters (this one has %n).", nullptr, 7)));
    typeInto(keyId, awsKeyId);
    typeInto(arn, QStringLiteral("arn:aws:kms:us-east-1:123456789012:key/9999abcd-12ab-34cd-56ef-1234567890ab"));
    QVERIFY2(TrText::is(child<QLabel>(page, "awsKmsKeyArnProblem")->text(),
                        QCoreApplication::translate("ConfigValidation", "The ARN names key %1, but the key id field says %2.")),
             qPrintable(child<QLabel>(page, "awsKmsKeyArnProblem")->text()));
    QCOMPARE(child<QLabel>(page, "awsKmsSecretAccessKeyProblem")->text(), ConfigValidation::requiredSecret());
    // The secret's form is checked as it is typed, like the key id's.
    typeInto(secret, QStringLiteral("too-short"));
    QVERIFY2(TrText::is(child<QLabel>(page, "awsKmsSecretAccessKeyProblem")->text(),
                        QCoreApplication::translate("ConfigValidation", "A secret access key is exactly 40 characters (this one has %n).",
                                                    nullptr, 9)),
             qPrintable(child<QLabel>(page, "awsKmsSecretAccessKeyProblem")->text()));
    QVERIFY(!saveButton->isEnabled());
    QVERIFY(!saveButton->toolTip().isEmpty());

    typeInto(accessKey, awsAccessKey);
    typeInto(arn, awsArn);
    typeInto(secret, awsSecret);
    QVERIFY(child<QLabel>(page, "awsKmsAccessKeyIdProblem")->text().isEmpty());
    QVERIFY(child<QLabel>(page, "awsKmsKeyArnProblem")->text().isEmpty());
    QVERIFY(saveButton->isEnabled());

    Prompter::queueAnswer(Prompter::Save);
    QTest::mouseClick(saveButton, Qt::LeftButton);
    const QString secretLine =
        SavePlan::tr("%1: %2").arg(ConfigField::spec(ConfigField::AwsSecretAccessKey).label(), SavePlan::tr("(sent again; never shown)"));
    QVERIFY2(Prompter::lastQuestion().contains(secretLine), qPrintable(Prompter::lastQuestion()));
    QVERIFY(!Prompter::lastQuestion().contains(awsSecret)); // the preview never shows a secret
    QVERIFY(
        TrText::has(Prompter::lastQuestion(),
                    ConfigurationPage::tr(
                        "%1\n\nA save replaces the whole configuration; fields of other types are not sent. After a change the server "
                        "enters maintenance mode and re-encrypts every secret key. If the new key cannot be reached, Secret Server cannot "
                        "decrypt secrets: check the values first.")));
    QVERIFY(Prompter::lastQuestion().contains(
        SavePlan::tr("%1 (id %2)")
            .arg(m_session->server()->types().nameOf(KeyManagementKind::AwsKms), typeId(QStringLiteral("aws"))))); // the id sent
    QTRY_VERIFY_WITH_TIMEOUT(page->bannerKind() == QLatin1String("saved"), 10000);
    QVERIFY(!page->hasUnsavedChanges());
    QVERIFY(secret->text().isEmpty()); // the stored secret is not shown back
    // One name, after as before: the server's, with the console's in brackets.
    QCOMPARE(
        child<QComboBox>(page, "typeCombo")->currentText(),
        ConfigurationService::tr("%1 (%2)").arg(QStringLiteral("Amazon KMS"), KeyManagementTypes::defaultName(KeyManagementKind::AwsKms)));

    const QJsonObject stored = serverConfig();
    QCOMPARE(QString::number(stored.value(QStringLiteral("keyManagementTypeId")).toInt()), typeId(QStringLiteral("aws")));
    QCOMPARE(stored.value(QStringLiteral("awsKmsAccessKeyId")).toString(), awsAccessKey);
    QCOMPARE(stored.value(QStringLiteral("awsKmsKeyArn")).toString(), awsArn);
    QCOMPARE(stored.value(QStringLiteral("awsKmsKeyId")).toString(), awsKeyId);
    if (historyServed()) {
        QTRY_COMPARE(int(page->service()->history()->pageInfo().total), historyBefore + 1);
        QVERIFY(page->service()
                    ->history()
                    ->data(page->service()->history()->index(0, ConfigAuditModel::NotesColumn))
                    .toString()
                    .contains(QLatin1String("Amazon KMS")));
    }
    // A banner describes the current state: editing again removes "Saved".
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->server()->inMaintenance(), 10000);
    typeInto(accessKey, QStringLiteral("ASIAIOSFODNN7EXAMPLE"));
    QVERIFY(page->bannerText().isEmpty());
    Prompter::queueAnswer(Prompter::Discard);
    QVERIFY(window->showPage(MainWindow::AuditPageIndex));
}

void TestUi::editor_formDoesNotMoveWhileTyping()
{
    auto window = openWindow();
    QVERIFY(window);
    window->resize(1100, 900);
    ConfigurationPage *page = window->configurationPage();
    chooseType(page, KeyManagementKind::AwsKms);
    QApplication::processEvents();
    QList<QLineEdit *> edits;
    for (const char *name : {"awsKmsAccessKeyIdEdit", "awsKmsSecretAccessKeyEdit", "awsKmsKeyArnEdit", "awsKmsKeyIdEdit"})
        edits << child<QLineEdit>(page, name);
    auto where = [&] {
        QList<QRect> rects;
        for (QLineEdit *e : edits)
            rects << QRect(e->mapTo(page, QPoint(0, 0)), e->size());
        for (const char *name : {"awsKmsAccessKeyIdProblem", "awsKmsKeyArnProblem"})
            rects << QRect(child<QLabel>(page, name)->mapTo(page, QPoint(0, 0)), child<QLabel>(page, name)->size());
        return rects;
    };
    const QList<QRect> before = where();
    // Messages come and go as each key is typed; nothing under the pointer moves.
    for (const QString &text : {QStringLiteral("A"), QStringLiteral("AKIA1"), awsAccessKey, QStringLiteral("x"), QString()}) {
        typeInto(edits.first(), text);
        QApplication::processEvents();
        QCOMPARE(where(), before);
    }
    typeInto(edits.at(2), QStringLiteral("arn:bad"));
    QApplication::processEvents();
    QCOMPARE(where(), before);
    Prompter::queueAnswer(Prompter::Discard);
    QVERIFY(window->showPage(MainWindow::AuditPageIndex));
}

void TestUi::editor_azure_mustBeTypedWholeAndSaysWhy()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--password"), password}));
    auto window = openWindow(QStringLiteral("admin"), &sandbox);
    QVERIFY(window);
    ConfigurationPage *page = window->configurationPage();
    fillAzure(page);
    Prompter::queueAnswer(Prompter::Save);
    page->save();
    QTRY_VERIFY_WITH_TIMEOUT(page->bannerKind() == QLatin1String("saved"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->server()->inMaintenance(), 10000);
    // The server reports none of it back: the form says so, and every field must be typed again.
    auto *note = child<QLabel>(page, "unreportedNote");
    QVERIFY(note->isVisibleTo(page));
    QCOMPARE(note->text(), ConfigurationPage::tr(
                               "The server does not report its Azure Key Vault settings (the published API has no fields for them), so "
                               "they start empty. To save, type in every field, the secret included: a save replaces the whole "
                               "configuration. A tenant id and settings specific to Managed HSM cannot be set through this API; use the "
                               "web UI for them."));
    QVERIFY(child<QLineEdit>(page, "azureKeyVaultKeyNameEdit")->text().isEmpty());
    typeInto(child<QLineEdit>(page, "azureKeyVaultKeyNameEdit"), QStringLiteral("kek-rotated"));
    QVERIFY(!child<QPushButton>(page, "saveButton")->isEnabled());
    QCOMPARE(child<QLabel>(page, "azureKeyVaultBaseUrlProblem")->text(), ConfigValidation::requiredUnreported());
    QCOMPARE(child<QLabel>(page, "azureKeyVaultPrincipalSecretProblem")->text(), ConfigValidation::requiredSecret());
    const int puts = sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management"));
    page->save(); // nothing is sent that would clear what was not typed
    QCOMPARE(sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management")), puts);
    Prompter::queueAnswer(Prompter::Discard);
    QVERIFY(window->showPage(MainWindow::AuditPageIndex));
}

void TestUi::editor_typeMismatchAfterSave_isSaidProminently()
{
    SandboxProcess sandbox; // a server that has never shown its AWS id
    QVERIFY(sandbox.start({QStringLiteral("--password"), password}));
    auto window = openWindow(QStringLiteral("admin"), &sandbox);
    QVERIFY(window);
    ConfigurationPage *page = window->configurationPage();
    auto *combo = child<QComboBox>(page, "typeCombo");
    combo->setCurrentIndex(combo->findData(int(KeyManagementKind::AwsKms)));
    Q_EMIT combo->activated(combo->currentIndex());
    if (!page->service()->typeIdShownByServer(KeyManagementKind::AwsKms)) {
        // The administrator gives the Azure id by mistake: the server saves Azure... and says so.
        Prompter::queueText(typeId(QStringLiteral("azure")));
        QTest::mouseClick(child<QPushButton>(page, "typeIdButton"), Qt::LeftButton);
    } else {
        QSKIP("this server has shown its AWS id already");
    }
    typeInto(child<QLineEdit>(page, "awsKmsAccessKeyIdEdit"), awsAccessKey);
    typeInto(child<QLineEdit>(page, "awsKmsKeyIdEdit"), awsKeyId);
    typeInto(child<QLineEdit>(page, "awsKmsKeyArnEdit"), awsArn);
    typeInto(child<QLineEdit>(page, "awsKmsSecretAccessKeyEdit"), awsSecret);
    Prompter::queueAnswer(Prompter::Save);
    page->save();
    QTRY_VERIFY_WITH_TIMEOUT(!page->bannerText().isEmpty(), 10000);
    // The sandbox refuses Azure without its fields (400), or a server saves another type: both are said.
    QVERIFY2(page->bannerKind() == QLatin1String("differentType") || page->bannerKind() == QLatin1String("notSaved"),
             qPrintable(page->bannerText()));
    Prompter::queueAnswer(Prompter::Discard);
    QVERIFY(window->showPage(MainWindow::AuditPageIndex));
}

void TestUi::editor_maintenanceAfterSave_disablesSaveAndRotateUntilDone()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--maintenance-ms"), QStringLiteral("1500")}));
    auto window = openWindow(QStringLiteral("admin"), &sandbox);
    QVERIFY(window);
    ConfigurationPage *page = window->configurationPage();
    fillAws(page);
    Prompter::queueAnswer(Prompter::Save);
    page->save();
    QTRY_VERIFY_WITH_TIMEOUT(page->bannerKind() == QLatin1String("saved"), 10000);
    auto *banner = child<QWidget>(page, "maintenanceBanner");
    QVERIFY(banner->isVisibleTo(page));
    QCOMPARE(child<QLabel>(page, "maintenanceText")->text(),
             ConfigurationPage::tr("The server is re-encrypting its secret keys after the configuration change. It refuses "
                                   "changes until it has finished, so Save and Rotate are disabled meanwhile; the console "
                                   "checks every few seconds."));
    typeInto(child<QLineEdit>(page, "awsKmsAccessKeyIdEdit"), QStringLiteral("ASIAIOSFODNN7EXAMPLE"));
    typeInto(child<QLineEdit>(page, "awsKmsSecretAccessKeyEdit"), awsSecret);
    auto *save = child<QPushButton>(page, "saveButton");
    QVERIFY(!save->isEnabled());
    QVERIFY2(save->toolTip().contains(
                 ConfigurationService::tr("The server is re-encrypting its secret keys after the last change and refuses changes "
                                          "until it has finished.")),
             qPrintable(save->toolTip()));
    auto *rotate = child<QPushButton>(window->rotationPage(), "rotateButton");
    QVERIFY(!rotate->isEnabled());
    QVERIFY(rotate->toolTip().contains(
        RotationEligibility::tr("The server is re-encrypting its secret keys after a configuration change; it refuses "
                                "changes until that finishes.")));
    // It watches, and lets go when the server allows changes again.
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisibleTo(page), 10000);
    QVERIFY(save->isEnabled());
    QTRY_VERIFY(rotate->isEnabled());
    Prompter::queueAnswer(Prompter::Discard);
    QVERIFY(window->showPage(MainWindow::AuditPageIndex));
}

void TestUi::secretKeys_pagesFollowTheRotationASaveStarted()
{
    // A save starts a secret-key rotation over 6000 secrets at 3000 a second (2 s: seen running
    // on a loaded machine too).
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--secrets"), QStringLiteral("6000"),
                           QStringLiteral("--secret-key-rate"), QStringLiteral("3000")}));
    auto window = openWindow(QStringLiteral("admin"), &sandbox);
    QVERIFY(window);
    window->workspace()->secretKeys()->setActiveInterval(std::chrono::milliseconds(50));
    window->rotationMonitor()->setActiveInterval(std::chrono::milliseconds(100));
    ConfigurationPage *page = window->configurationPage();
    auto *panel = child<SecretKeyPanel>(page, "secretKeyPanel");
    fillAws(page);
    Prompter::queueAnswer(Prompter::Save);
    page->save();
    QTRY_COMPARE_WITH_TIMEOUT(page->bannerKind(), QStringLiteral("saved"), 10000);
    // Both pages follow it: processed of total, and when changes will be accepted (never a time).
    QTRY_COMPARE_WITH_TIMEOUT(panel->stateKind(), QStringLiteral("running"), 5000);
    QVERIFY(panel->isVisibleTo(page));
    QVERIFY2(TrText::has(panel->progressText(), QCoreApplication::translate("SecretKeyText", "%1 of %2 secrets processed")
                                                    .arg(QStringLiteral("%1"), QStringLiteral("6000"))),
             qPrintable(panel->progressText()));
    QVERIFY(child<QLabel>(page, "secretKeyAcceptNote")->isVisibleTo(page));
    QCOMPARE(child<QLabel>(page, "secretKeyAcceptNote")->text(), SecretKeyText::acceptsChangesOnceEnded());
    SecretKeyPanel *rotationPanel = window->rotationPage()->secretKeyPanel();
    QCOMPARE(rotationPanel->stateKind(), QStringLiteral("running"));
    // The end, in the server's words.
    QTRY_COMPARE_WITH_TIMEOUT(panel->stateKind(), QStringLiteral("notRunning"), 10000);
    const SecretKeyRotationStatus ended = window->workspace()->secretKeys()->status();
    QCOMPARE(ended.lastStatus, QStringLiteral("Completed"));
    QVERIFY2(ended.message.contains(QLatin1String("6000 secrets")), qPrintable(ended.message));
    QVERIFY2(panel->lastRunText().contains(SecretKeyText::lastRun(ended)), qPrintable(panel->lastRunText()));
    QVERIFY(!child<QLabel>(page, "secretKeyAcceptNote")->isVisibleTo(page));
    // The History page shows that last run above the MEK table.
    QVERIFY(window->showPage(MainWindow::HistoryPageIndex));
    QVERIFY2(window->historyPage()->secretKeyText().contains(ended.lastStatus), qPrintable(window->historyPage()->secretKeyText()));
    QVERIFY(window->historyPage()->secretKeyText().contains(ended.message));
}

void TestUi::secretKeys_refusedSaveAndRotate_sayWhyWithProgress()
{
    // A run started elsewhere: the save this window sends is refused, and the page says it is the
    // secret-key rotation, with its progress; the MEK rotation says so too.
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--secrets"), QStringLiteral("100000"),
                           QStringLiteral("--secret-key-rate"), QStringLiteral("100")}));
    auto window = openWindow(QStringLiteral("admin"), &sandbox);
    QVERIFY(window);
    QUrl rotate = sandbox.url();
    rotate.setPath(rotate.path() + QStringLiteral("/api/v1/configuration/security/rotate-secret-keys"));
    QCOMPARE(httpRequest("POST", rotate, {}, {}, sandboxToken(sandbox.url(), QStringLiteral("admin"), password)).status, 200);
    ConfigurationPage *page = window->configurationPage();
    fillAws(page);
    Prompter::queueAnswer(Prompter::Save);
    page->save();
    QTRY_VERIFY_WITH_TIMEOUT(TrText::has(page->bannerText(), refusedWhileSecretKeysRun()), 10000);
    QVERIFY2(page->bannerKind() == QLatin1String("notSaved")
                 && TrText::has(page->bannerText(), QCoreApplication::translate("SecretKeyText", "%1 of %2 secrets processed")
                                                        .arg(QStringLiteral("%1"), QStringLiteral("100000")))
                 && page->bannerText().contains(SecretKeyText::acceptsChangesOnceEnded()),
             qPrintable(page->bannerText()));
    window->rotationMonitor()->pollNow();
    auto *mek = child<QPushButton>(window->rotationPage(), "rotateButton");
    QTRY_VERIFY_WITH_TIMEOUT(TrText::has(mek->toolTip(), secretKeysRunning()), 10000);
    QVERIFY(!mek->isEnabled());
    QVERIFY(TrText::has(
        mek->toolTip(),
        QCoreApplication::translate("SecretKeyText", "%1 of %2 secrets processed").arg(QStringLiteral("%1"), QStringLiteral("100000"))));
    Prompter::queueAnswer(Prompter::Discard);
    QVERIFY(window->showPage(MainWindow::AuditPageIndex));
}

void TestUi::secretKeys_failedStart_isSaidUntilARunHasStartedSince()
{
    // A failed "Rotate secret keys…" is said on the panel; once a run has started since (here
    // from another console), what it said is no longer true and goes (a walk-through saw a
    // failure stay four minutes after the run it was about had ended).
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--secrets"), QStringLiteral("100000"),
                           QStringLiteral("--secret-key-rate"), QStringLiteral("100")}));
    auto window = openWindow(QStringLiteral("admin"), &sandbox);
    QVERIFY(window);
    SecretKeyMonitor *keys = window->workspace()->secretKeys();
    keys->setActiveInterval(std::chrono::milliseconds(50));
    keys->setIdleInterval(std::chrono::milliseconds(50));
    window->showPage(MainWindow::RotationPageIndex);
    RotationPage *page = window->rotationPage();
    QTRY_VERIFY(keys->hasStatus());
    auto *rotate = child<QPushButton>(page, "rotateSecretKeysButton");
    auto *said = child<QLabel>(page, "secretKeyActionError");
    QTRY_VERIFY(rotate->isEnabled());
    QVERIFY(sandbox.setFaults(QJsonObject{
        {QStringLiteral("failNext"), QJsonObject{{QStringLiteral("POST /api/v1/configuration/security/rotate-secret-keys"), 1}}}}));
    Prompter::queueText(QStringLiteral("127.0.0.1"));
    QTest::mouseClick(rotate, Qt::LeftButton);
    QTRY_VERIFY(said->isVisibleTo(page));
    QVERIFY(!keys->isRotationRunning());
    // Another console starts one (the client directly: not through this window's monitor).
    bool started = false;
    window->workspace()->session()->client()->rotateSecretKeys(
        this, [&started](const ApiResult<SecretKeyRotationStatus> &r) { started = r.ok(); });
    QTRY_VERIFY(started);
    QTRY_VERIFY_WITH_TIMEOUT(keys->isRotationRunning(), 10000);
    QTRY_VERIFY(!said->isVisibleTo(page));
}

void TestUi::secretKeys_rotateAndCancelFromTheRotationPage()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--secrets"), QStringLiteral("100000"),
                           QStringLiteral("--secret-key-rate"), QStringLiteral("100"), QStringLiteral("--secret-key-cancel-ms"),
                           QStringLiteral("400")}));
    auto window = openWindow(QStringLiteral("admin"), &sandbox);
    QVERIFY(window);
    window->workspace()->secretKeys()->setActiveInterval(std::chrono::milliseconds(50));
    window->showPage(MainWindow::RotationPageIndex);
    RotationPage *page = window->rotationPage();
    SecretKeyMonitor *keys = window->workspace()->secretKeys();
    QTRY_VERIFY(keys->hasStatus());
    auto *rotate = child<QPushButton>(page, "rotateSecretKeysButton");
    auto *cancel = child<QPushButton>(page, "cancelSecretKeysButton");
    QTRY_VERIFY(rotate->isEnabled());
    QVERIFY(!cancel->isVisibleTo(page)); // nothing to cancel
    Prompter::queueText(QString());      // the host not typed: nothing sent
    QTest::mouseClick(rotate, Qt::LeftButton);
    QVERIFY(TrText::is(Prompter::lastQuestion(), secretKeysRotateQuestion()));
    QCOMPARE(sandbox.requestCount(QStringLiteral("POST /api/v1/configuration/security/rotate-secret-keys")), 0);
    Prompter::queueText(QStringLiteral("127.0.0.1"));
    QTest::mouseClick(rotate, Qt::LeftButton);
    SecretKeyPanel *panel = page->secretKeyPanel();
    QTRY_COMPARE_WITH_TIMEOUT(panel->stateKind(), QStringLiteral("running"), 10000);
    QCOMPARE(sandbox.requestCount(QStringLiteral("POST /api/v1/configuration/security/rotate-secret-keys")), 1);
    QVERIFY(!rotate->isEnabled());
    QVERIFY(TrText::is(rotate->toolTip(), SecretKeyMonitor::tr("A secret-key rotation is already running (%1).")));
    QTRY_VERIFY(TrText::has(
        panel->progressText(),
        QCoreApplication::translate("SecretKeyText", "%1 of %2 secrets processed").arg(QStringLiteral("%1"), QStringLiteral("100000"))));
    // Cancel asks for the host too, then says "cancelling" until the server confirms the end.
    QTRY_VERIFY(cancel->isVisibleTo(page) && cancel->isEnabled());
    Prompter::queueText(QStringLiteral("127.0.0.1"));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(TrText::is(Prompter::lastQuestion(), secretKeysCancelQuestion()));
    QTRY_COMPARE_WITH_TIMEOUT(panel->stateKind(), QStringLiteral("cancelling"), 10000);
    QVERIFY(!cancel->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(panel->stateKind(), QStringLiteral("notRunning"), 10000);
    QCOMPARE(keys->status().lastStatus, QStringLiteral("Cancelled"));
    QVERIFY2(panel->lastRunText().contains(SecretKeyText::lastRun(keys->status())), qPrintable(panel->lastRunText()));
    QCOMPARE(sandbox.requestCount(QStringLiteral("POST /api/v1/configuration/security/cancel-rotate-secret-keys")), 1);

    // The Configuration page's "The AWS KMS key was rotated…" offers the same, after the host name.
    ConfigurationPage *config = window->configurationPage();
    QTRY_VERIFY(config->secretKeyPanel());
    Prompter::queueText(QStringLiteral("127.0.0.1"));
    QVERIFY(config->offerSecretKeyRotationAfterKmsRotation());
    QTRY_COMPARE(sandbox.requestCount(QStringLiteral("POST /api/v1/configuration/security/rotate-secret-keys")), 2);
}

void TestUi::secretKeys_runStartedElsewhere_holdsSaveAndMek_refusalBannerFollowsIt()
{
    // A run started elsewhere (the command line): once the console's monitor knows it, Save and the
    // MEK rotation hold back with the reason, as after a save from here; a save refused before it
    // knew leaves a banner that follows the run and goes with it (or with the changes).
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--secrets"), QStringLiteral("100000"),
                           QStringLiteral("--secret-key-rate"), QStringLiteral("100"), QStringLiteral("--secret-key-cancel-ms"),
                           QStringLiteral("50")}));
    auto window = openWindow(QStringLiteral("admin"), &sandbox);
    QVERIFY(window);
    SecretKeyMonitor *keys = window->workspace()->secretKeys();
    QTRY_VERIFY(keys->hasStatus());
    const QByteArray token = sandboxToken(sandbox.url(), QStringLiteral("admin"), password);
    QUrl rotate = sandbox.url();
    rotate.setPath(rotate.path() + QStringLiteral("/api/v1/configuration/security/rotate-secret-keys"));
    QCOMPARE(httpRequest("POST", rotate, {}, {}, token).status, 200);
    ConfigurationPage *page = window->configurationPage();
    auto *save = child<QPushButton>(page, "saveButton");
    fillAws(page);
    QVERIFY(save->isEnabled()); // not known yet: the monitor polls slowly while idle
    Prompter::queueAnswer(Prompter::Save);
    page->save();
    QTRY_VERIFY_WITH_TIMEOUT(TrText::has(page->bannerText(), refusedWhileSecretKeysRun()), 10000);
    // Put back: "Your changes are kept" is no longer true, and the banner goes.
    QTest::mouseClick(child<QPushButton>(page, "revertButton"), Qt::LeftButton);
    QTRY_VERIFY(page->bannerKind().isEmpty());
    // The monitor knows the run now: Save and Rotate master encryption key… hold back, with why.
    QVERIFY(keys->isRotationRunning());
    fillAws(page);
    QVERIFY(!save->isEnabled());
    QVERIFY2(TrText::has(save->toolTip(), secretKeysRunning()), qPrintable(save->toolTip()));
    auto *mek = child<QPushButton>(window->rotationPage(), "rotateButton");
    QTRY_VERIFY(!mek->isEnabled());
    QVERIFY2(TrText::has(mek->toolTip(), secretKeysRunning()), qPrintable(mek->toolTip()));
    auto *kms = child<QPushButton>(page, "kmsKeyRotatedButton");
    QVERIFY(!kms->isEnabled());
    QVERIFY2(TrText::has(kms->toolTip(), SecretKeyMonitor::tr("A secret-key rotation is already running (%1).")),
             qPrintable(kms->toolTip()));
    // The run ends (cancelled elsewhere): both go back to what is true.
    QUrl cancel = sandbox.url();
    cancel.setPath(cancel.path() + QStringLiteral("/api/v1/configuration/security/cancel-rotate-secret-keys"));
    QCOMPARE(httpRequest("POST", cancel, {}, {}, token).status, 200);
    keys->setActiveInterval(std::chrono::milliseconds(50));
    keys->pollNow();
    QTRY_VERIFY_WITH_TIMEOUT(!keys->isRotationRunning(), 10000);
    QTRY_VERIFY(save->isEnabled());
    Prompter::queueAnswer(Prompter::Discard);
    QVERIFY(window->showPage(MainWindow::AuditPageIndex));
}

void TestUi::secretKeys_refusalBanner_goesWhenTheRunEnds()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--secrets"), QStringLiteral("100000"),
                           QStringLiteral("--secret-key-rate"), QStringLiteral("100"), QStringLiteral("--secret-key-cancel-ms"),
                           QStringLiteral("50")}));
    auto window = openWindow(QStringLiteral("admin"), &sandbox);
    QVERIFY(window);
    SecretKeyMonitor *keys = window->workspace()->secretKeys();
    QTRY_VERIFY(keys->hasStatus());
    const QByteArray token = sandboxToken(sandbox.url(), QStringLiteral("admin"), password);
    QUrl rotate = sandbox.url();
    rotate.setPath(rotate.path() + QStringLiteral("/api/v1/configuration/security/rotate-secret-keys"));
    QCOMPARE(httpRequest("POST", rotate, {}, {}, token).status, 200);
    ConfigurationPage *page = window->configurationPage();
    fillAws(page);
    Prompter::queueAnswer(Prompter::Save);
    page->save();
    QTRY_VERIFY_WITH_TIMEOUT(TrText::has(page->bannerText(), refusedWhileSecretKeysRun()), 10000);
    QCOMPARE(page->bannerKind(), QStringLiteral("notSaved"));
    QUrl cancel = sandbox.url();
    cancel.setPath(cancel.path() + QStringLiteral("/api/v1/configuration/security/cancel-rotate-secret-keys"));
    QCOMPARE(httpRequest("POST", cancel, {}, {}, token).status, 200);
    keys->setActiveInterval(std::chrono::milliseconds(50));
    keys->pollNow();
    QTRY_VERIFY_WITH_TIMEOUT(!keys->isRotationRunning(), 10000);
    QTRY_VERIFY(page->bannerKind().isEmpty()); // the run has ended: the refusal no longer says what is true
    QVERIFY(page->hasUnsavedChanges());
    // The run started elsewhere stays shown here, as on Rotation and History: its last-run line.
    auto *panel = child<SecretKeyPanel>(page, "secretKeyPanel");
    QVERIFY(panel->isVisibleTo(page));
    QCOMPARE(keys->status().lastStatus, QStringLiteral("Cancelled"));
    QVERIFY2(panel->lastRunText().contains(SecretKeyText::lastRun(keys->status())), qPrintable(panel->lastRunText()));
    // Named for a screen reader, its progress line announced (a StatusBar), and read where it is shown:
    // before the page's later parts, not after the history.
    QVERIFY(!panel->accessibleName().isEmpty());
    QCOMPARE(QAccessible::queryAccessibleInterface(child<QLabel>(panel, "secretKeyProgressText"))->role(), QAccessible::StatusBar);
    const QObjectList siblings = panel->parentWidget()->children();
    QVERIFY(siblings.indexOf(panel) < siblings.indexOf(child<QPushButton>(page, "kmsKeyRotatedButton")) + 2);
    QVERIFY(siblings.indexOf(panel) < siblings.size() - 3);
    QVERIFY(child<QPushButton>(page, "saveButton")->isEnabled());
    Prompter::queueAnswer(Prompter::Discard);
    QVERIFY(window->showPage(MainWindow::AuditPageIndex));
}

void TestUi::prompter_askNumber_enterTakesATypedNumber()
{
    // Empty: Enter is Cancel (nothing taken by mistake). Typed: Enter is OK, the number kept.
    QWidget parent;
    parent.show();
    for (const bool typeFirst : {false, true}) {
        bool inspected = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *edit = child<QLineEdit>(dialog, "numberEdit");
            QPushButton *ok = nullptr;
            for (QPushButton *b : dialog->findChildren<QPushButton *>())
                if (!b->isDefault())
                    ok = b;
            QVERIFY(ok); // Cancel is the default while empty
            if (typeFirst) {
                typeInto(edit, QStringLiteral("7"));
                QVERIFY(ok->isDefault());
                typeInto(edit, QString());
                QVERIFY(!ok->isDefault()); // emptied again: Cancel again
                typeInto(edit, QStringLiteral("7"));
            }
            inspected = true;
            QTest::keyClick(edit, Qt::Key_Return);
        });
        const std::optional<int> got = Prompter::askNumber(&parent, QStringLiteral("Type id"), QStringLiteral("Which id?"), 0, 100);
        QVERIFY(inspected);
        QCOMPARE(got, typeFirst ? std::optional<int>(7) : std::nullopt);
    }
}

void TestUi::focus_afterConfirmations_staysByWhatOpenedThem()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--secrets"), QStringLiteral("100000"),
                           QStringLiteral("--secret-key-rate"), QStringLiteral("100"), QStringLiteral("--secret-key-cancel-ms"),
                           QStringLiteral("50")}));
    auto window = openWindow(QStringLiteral("admin"), &sandbox);
    QVERIFY(window);
    SecretKeyMonitor *keys = window->workspace()->secretKeys();
    keys->setActiveInterval(std::chrono::milliseconds(50));
    QTRY_VERIFY(keys->hasStatus());
    // The Configuration page: after the save preview, the keyboard stays by Save (on the banner
    // that says what came of it, or on Save), never on a setting or the history search.
    ConfigurationPage *config = window->configurationPage();
    fillAws(config);
    auto *save = child<QPushButton>(config, "saveButton");
    save->setFocus();
    Prompter::queueAnswer(Prompter::Save);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(config->bannerKind() == QLatin1String("saved"), 10000);
    QWidget *focused = window->focusWidget();
    QVERIFY2(focused == child<QLabel>(config, "configBanner") || focused == save || focused == child<QLabel>(config, "saveState"),
             qPrintable(focused ? focused->objectName() : QStringLiteral("none")));
    // The run the save started, cancelled elsewhere (not waited out).
    window->rotationMonitor()->setActiveInterval(std::chrono::milliseconds(100));
    QTRY_VERIFY_WITH_TIMEOUT(keys->isRotationRunning(), 10000);
    QUrl stop = sandbox.url();
    stop.setPath(stop.path() + QStringLiteral("/api/v1/configuration/security/cancel-rotate-secret-keys"));
    QCOMPARE(httpRequest("POST", stop, {}, {}, sandboxToken(sandbox.url(), QStringLiteral("admin"), password)).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!keys->isRotationRunning() && !window->workspace()->session()->server()->inMaintenance(), 15000);

    // The Rotation page: "Rotate secret keys…" confirmed, the keyboard goes to the run it started
    // (the panel, then "Cancel secret-key rotation…"), never to the policy spin box.
    window->showPage(MainWindow::RotationPageIndex);
    RotationPage *page = window->rotationPage();
    auto *rotate = child<QPushButton>(page, "rotateSecretKeysButton");
    auto *cancel = child<QPushButton>(page, "cancelSecretKeysButton");
    QTRY_VERIFY_WITH_TIMEOUT(rotate->isEnabled(), 15000);
    rotate->setFocus();
    Prompter::queueText(QStringLiteral("127.0.0.1"));
    QTest::mouseClick(rotate, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(cancel->isVisibleTo(page) && cancel->isEnabled(), 10000);
    QTRY_COMPARE(window->focusWidget(), static_cast<QWidget *>(cancel));
    Prompter::queueText(QStringLiteral("127.0.0.1"));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!keys->isRotationRunning(), 10000);
    QTRY_COMPARE(window->focusWidget(), static_cast<QWidget *>(rotate)); // the run over: back on what starts one
}

void TestUi::editor_serverRejectsField_showsItOnTheField()
{
    auto window = openWindow();
    QVERIFY(window);
    ConfigurationPage *page = window->configurationPage();
    fillAzure(page);
    // The console accepts every Azure cloud's vaults; this server knows only the public one.
    typeInto(child<QLineEdit>(page, "azureKeyVaultBaseUrlEdit"), QStringLiteral("https://contoso-kms.vault.azure.cn/"));
    QVERIFY(child<QLabel>(page, "azureKeyVaultBaseUrlProblem")->text().isEmpty());
    Prompter::queueAnswer(Prompter::Save);
    QTest::mouseClick(child<QPushButton>(page, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->bannerKind() == QLatin1String("notSaved"), 10000);
    QVERIFY2(child<QLabel>(page, "azureKeyVaultBaseUrlProblem")->text().contains(QLatin1String("vault.azure.net")),
             qPrintable(child<QLabel>(page, "azureKeyVaultBaseUrlProblem")->text()));
    QCOMPARE(child<QLineEdit>(page, "azureKeyVaultKeyNameEdit")->text(), QStringLiteral("secret-server-kek")); // edits kept
    // Editing the field clears the server's complaint.
    typeInto(child<QLineEdit>(page, "azureKeyVaultBaseUrlEdit"), QStringLiteral("https://contoso-kms.vault.azure.net/"));
    QVERIFY(child<QLabel>(page, "azureKeyVaultBaseUrlProblem")->text().isEmpty());
    QVERIFY(child<QPushButton>(page, "saveButton")->isEnabled());
    Prompter::queueAnswer(Prompter::Discard);
    QVERIFY(window->showPage(MainWindow::AuditPageIndex));
}

void TestUi::editor_serverError_keepsEditsAndRetryWorks()
{
    auto window = openWindow();
    QVERIFY(window);
    ConfigurationPage *page = window->configurationPage();
    fillAzure(page);
    QVERIFY(child<QPushButton>(page, "saveButton")->isEnabled());

    QVERIFY(m_sandbox.setFaults(QJsonObject{{QStringLiteral("failNext"), QJsonObject{{QStringLiteral("PUT /api/v1/key-management"), 1}}}}));
    const int puts = m_sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management"));
    Prompter::queueAnswer(Prompter::Save);
    QTest::mouseClick(child<QPushButton>(page, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->bannerKind() == QLatin1String("notSaved"), 10000);
    QVERIFY2(page->bannerText().contains(QLatin1String("An error has occurred")), qPrintable(page->bannerText()));
    QVERIFY(page->bannerText().endsWith(ConfigurationPage::tr("Your changes are kept; correct them or try Save again.")));
    QCOMPARE(child<QLineEdit>(page, "azureKeyVaultKeyNameEdit")->text(), QStringLiteral("secret-server-kek"));
    QCOMPARE(child<QLineEdit>(page, "azureKeyVaultPrincipalSecretEdit")->text(), QStringLiteral("azure-client-secret-value"));
    QVERIFY(page->hasUnsavedChanges());
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management")), puts + 1); // not retried by itself

    Prompter::queueAnswer(Prompter::Save);
    QTest::mouseClick(child<QPushButton>(page, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->bannerKind() == QLatin1String("saved"), 10000);
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management")), puts + 2);
    QCOMPARE(QString::number(serverConfig().value(QStringLiteral("keyManagementTypeId")).toInt()), typeId(QStringLiteral("azure")));
    QVERIFY(!serverConfig().contains(QStringLiteral("azureKeyVaultKeyName"))); // the published model reports none of it
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->server()->inMaintenance(), 10000);
}

void TestUi::editor_repeatedClicks_sendOnePut()
{
    auto window = openWindow();
    QVERIFY(window);
    ConfigurationPage *page = window->configurationPage();
    fillAws(page);
    QVERIFY(m_sandbox.setFaults(QJsonObject{{QStringLiteral("latencyMs"), 400}}));
    const int puts = m_sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management"));
    auto *save = child<QPushButton>(page, "saveButton");
    Prompter::queueAnswer(Prompter::Save);
    QTest::mouseClick(save, Qt::LeftButton);
    // While the first save is under way, more clicks (and Enter) send nothing.
    QVERIFY(!save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTest::mouseDClick(save, Qt::LeftButton);
    page->save();
    QTRY_VERIFY_WITH_TIMEOUT(page->bannerKind() == QLatin1String("saved"), 10000);
    QVERIFY(m_sandbox.setFaults(QJsonObject{{QStringLiteral("latencyMs"), 0}}));
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management")), puts + 1);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->server()->inMaintenance(), 10000);
}

void TestUi::editor_sessionExpiresMidEdit_signInAgainKeepsEdits()
{
    auto window = openWindow();
    QVERIFY(window);
    ConfigurationPage *page = window->configurationPage();
    fillAzure(page);
    typeInto(child<QLineEdit>(page, "azureKeyVaultBaseUrlEdit"), QStringLiteral("https://fabrikam-hsm.managedhsm.azure.net/"));
    typeInto(child<QLineEdit>(page, "azureKeyVaultKeyNameEdit"), QStringLiteral("kek-2"));
    typeInto(child<QLineEdit>(page, "azureKeyVaultKeyVersionEdit"), QStringLiteral("0123456789abcdef0123456789ABCDEF"));
    typeInto(child<QLineEdit>(page, "azureKeyVaultPrincipalSecretEdit"), QStringLiteral("another-secret"));

    // Only the save meets the ended session: the rotation poll, which could meet it first and bring
    // the sign-in dialog back before the click, is stopped (a race seen once in a clean-clone run).
    window->rotationMonitor()->stop();
    QTRY_VERIFY(!m_session->client()->hasRequestsInFlight());
    QVERIFY(m_sandbox.setFaults(QJsonObject{{QStringLiteral("expireTokens"), true}, {QStringLiteral("revokeRefreshTokens"), true}}));
    // The sign-in dialog comes back as a modal dialog: answer it when it appears.
    bool answered = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<SignInDialog *>(QApplication::activeModalWidget());
        if (!dialog || answered)
            return;
        answered = true;
        QVERIFY(!child<QComboBox>(dialog, "profileCombo")->isEnabled()); // same server
        dialog->setPassword(password);
        dialog->submit();
    });
    poll.start(20);
    const int puts = m_sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management"));
    Prompter::queueAnswer(Prompter::Save);
    QTest::mouseClick(child<QPushButton>(page, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!QApplication::activeModalWidget(), 10000);
    poll.stop();
    window->rotationMonitor()->start(); // following maintenance again, as before
    QVERIFY(m_session->client()->isSignedIn());
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management")), puts + 1); // never resent by itself
    QTRY_VERIFY(page->bannerKind() == QLatin1String("notSaved"));
    QCOMPARE(child<QLineEdit>(page, "azureKeyVaultKeyNameEdit")->text(), QStringLiteral("kek-2"));
    QCOMPARE(child<QLineEdit>(page, "azureKeyVaultPrincipalSecretEdit")->text(), QStringLiteral("another-secret"));

    // The user repeats the action.
    Prompter::queueAnswer(Prompter::Save);
    QTest::mouseClick(child<QPushButton>(page, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->bannerKind() == QLatin1String("saved"), 10000);
    QCOMPARE(QString::number(serverConfig().value(QStringLiteral("keyManagementTypeId")).toInt()), typeId(QStringLiteral("azure")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->server()->inMaintenance(), 10000);
}

void TestUi::editor_reloadWhileEditing_keepsTheEditsAndSaysTheServerCopyChanged()
{
    // A server of its own: the others' tests expect theirs unconfigured.
    SandboxProcess server;
    QVERIFY(server.start({QStringLiteral("--password"), password}));
    QUrl config = server.url();
    config.setPath(config.path() + QStringLiteral("/api/v1/key-management"));
    const auto putAws = [&](const QString &accessKey) {
        const QJsonObject body{{QStringLiteral("keyManagementTypeId"), SandboxProcess::typeId(QStringLiteral("aws"))},
                               {QStringLiteral("awsKmsAccessKeyId"), accessKey},
                               {QStringLiteral("awsKmsKeyArn"), awsArn},
                               {QStringLiteral("awsKmsKeyId"), awsKeyId},
                               {QStringLiteral("awsKmsSecretAccessKey"), awsSecret}};
        return httpRequest("PUT", config, QJsonDocument(body).toJson(), "application/json",
                           sandboxToken(server.url(), QStringLiteral("admin"), password))
            .status;
    };
    QCOMPARE(putAws(QStringLiteral("AKIAFIRSTCOPY0000000")), 200);
    auto window = openWindow(QStringLiteral("admin"), &server);
    QVERIFY(window);
    ConfigurationPage *page = window->configurationPage();
    auto *accessKey = child<QLineEdit>(page, "awsKmsAccessKeyIdEdit");
    QTRY_COMPARE(accessKey->text(), QStringLiteral("AKIAFIRSTCOPY0000000"));
    // Someone else changes the server's copy; a reload is on its way when the administrator starts typing.
    QCOMPARE(putAws(QStringLiteral("AKIASECONDCOPY000000")), 200);
    QVERIFY(server.setFaults(QJsonObject{{QStringLiteral("latencyMs"), 700}}));
    const int gets = server.requestCount(QStringLiteral("GET /api/v1/key-management"));
    page->reload();
    typeInto(child<QLineEdit>(page, "awsKmsKeyIdEdit"), QStringLiteral("mrk-edited-while-loading"));
    QVERIFY(page->hasUnsavedChanges());
    QTRY_VERIFY_WITH_TIMEOUT(server.requestCount(QStringLiteral("GET /api/v1/key-management")) > gets, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!page->serverCopyText().isEmpty(), 15000);
    QCOMPARE(page->serverCopyText(),
             ConfigurationPage::tr("The server's copy of the configuration changed while you were editing; your edits are kept."));
    QCOMPARE(child<QLineEdit>(page, "awsKmsKeyIdEdit")->text(), QStringLiteral("mrk-edited-while-loading")); // kept
    QCOMPARE(accessKey->text(), QStringLiteral("AKIAFIRSTCOPY0000000"));
    QVERIFY(page->hasUnsavedChanges());
    // The administrator chooses the server's copy.
    Prompter::queueAnswer(Prompter::Discard);
    QTest::mouseClick(child<QPushButton>(page, "loadServerCopyButton"), Qt::LeftButton);
    QCOMPARE(accessKey->text(), QStringLiteral("AKIASECONDCOPY000000"));
    QCOMPARE(child<QLineEdit>(page, "awsKmsKeyIdEdit")->text(), awsKeyId);
    QVERIFY(!page->hasUnsavedChanges());
    QVERIFY(page->serverCopyText().isEmpty());
}

void TestUi::editor_auditor_isReadOnlyWithReason()
{
    auto window = openWindow(QStringLiteral("auditor"));
    QVERIFY(window);
    ConfigurationPage *page = window->configurationPage();
    QTRY_VERIFY(child<QLabel>(page, "readOnlyNote")->isVisibleTo(page));
    QVERIFY(page->service()->fields()->isReadOnly());
    QVERIFY(!child<QComboBox>(page, "typeCombo")->isEnabled());
    QVERIFY(!child<QPushButton>(page, "saveButton")->isEnabled());
    QVERIFY(!child<QPushButton>(page, "defaultsButton")->isEnabled());
    QVERIFY(child<QPushButton>(page, "saveButton")
                ->toolTip()
                .contains(ConfigurationService::tr("Your account may not change the configuration.")));
    for (QLineEdit *edit : page->findChildren<QLineEdit *>()) {
        if (edit->objectName().endsWith(QLatin1String("Edit")))
            QVERIFY2(edit->isReadOnly(), qPrintable(edit->objectName()));
    }
    if (historyServed())
        QTRY_VERIFY(child<QTableView>(page, "historyView")->model()->rowCount() > 0); // may still read the history
}

void TestUi::editor_leavingWithUnsavedEdits_asksFirst()
{
    auto window = openWindow();
    QVERIFY(window);
    ConfigurationPage *page = window->configurationPage();
    ConfigFieldsModel *fields = page->service()->fields();
    const KeyManagementKind original = fields->kind();
    page->chooseKind(int(original == KeyManagementKind::None ? KeyManagementKind::AwsKms : KeyManagementKind::None));
    QVERIFY(page->hasUnsavedChanges());
    Prompter::queueAnswer(Prompter::Cancel);
    QVERIFY(!window->showPage(MainWindow::RotationPageIndex));
    QCOMPARE(window->currentPage(), int(MainWindow::ConfigurationPageIndex));
    QVERIFY(page->hasUnsavedChanges());
    // Chosen in the page list, by the pointer and by a key, then cancelled: the list highlights the
    // page that stays shown (the view used to select the clicked row after the prompt had put the
    // current one back).
    auto *pageList = child<QListWidget>(window.get(), "pageList");
    const auto highlighted = [pageList] {
        const QList<QListWidgetItem *> selected = pageList->selectedItems();
        return selected.size() == 1 ? pageList->row(selected.first()) : -1;
    };
    Prompter::queueAnswer(Prompter::Cancel);
    QTest::mouseClick(pageList->viewport(), Qt::LeftButton, {},
                      pageList->visualItemRect(pageList->item(MainWindow::RotationPageIndex)).center());
    QApplication::processEvents();
    QCOMPARE(window->currentPage(), int(MainWindow::ConfigurationPageIndex));
    QTRY_COMPARE(highlighted(), int(MainWindow::ConfigurationPageIndex));
    QCOMPARE(pageList->currentRow(), int(MainWindow::ConfigurationPageIndex));
    pageList->setFocus();
    Prompter::queueAnswer(Prompter::Cancel);
    QTest::keyClick(pageList, Qt::Key_Down);
    QApplication::processEvents();
    QCOMPARE(window->currentPage(), int(MainWindow::ConfigurationPageIndex));
    QTRY_COMPARE(highlighted(), int(MainWindow::ConfigurationPageIndex));
    QVERIFY(page->hasUnsavedChanges());
    Prompter::queueAnswer(Prompter::Discard);
    QVERIFY(window->showPage(MainWindow::RotationPageIndex));
    QVERIFY(!page->hasUnsavedChanges());
    QCOMPARE(fields->kind(), original);
}

void TestUi::editor_azureFields_validateAsYouType()
{
    auto window = openWindow();
    QVERIFY(window);
    ConfigurationPage *page = window->configurationPage();
    fillAzure(page);
    struct Case
    {
        const char *edit = nullptr;
        const char *problem = nullptr;
        QString bad;
        QString good;
        const char *says = nullptr;
    }; // says: the tr() source
    const QList<Case> cases = {
        {"azureKeyVaultBaseUrlEdit", "azureKeyVaultBaseUrlProblem", QStringLiteral("http://vault.example.com"),
         QStringLiteral("https://good-vault.vault.azure.net/"), "The vault URL starts with https://."},
        {"azureKeyVaultBaseUrlEdit", "azureKeyVaultBaseUrlProblem", QStringLiteral("https://x.example.com/"),
         QStringLiteral("https://good-hsm.managedhsm.azure.net"),
         "The vault URL has the form https://NAME.vault.azure.net/ (in other Azure clouds NAME.vault.usgovcloudapi.net, "
         "NAME.vault.azure.cn, …; for a managed HSM NAME.managedhsm.azure.net)."},
        {"azureKeyVaultBaseUrlEdit", "azureKeyVaultBaseUrlProblem", QStringLiteral("https://x.vault.azure.net/keys"),
         QStringLiteral("https://gov-vault.vault.usgovcloudapi.net/"),
         "The vault URL has the form https://NAME.vault.azure.net/ (in other Azure clouds NAME.vault.usgovcloudapi.net, "
         "NAME.vault.azure.cn, …; for a managed HSM NAME.managedhsm.azure.net)."},
        {"azureKeyVaultKeyVersionEdit", "azureKeyVaultKeyVersionProblem", QStringLiteral("v2"), QString(),
         "A key version is 32 hex digits; leave it empty to use the latest version."},
        {"azureKeyVaultPrincipalIdEdit", "azureKeyVaultPrincipalIdProblem", QStringLiteral("not-a-guid"),
         QStringLiteral("5F1C4B3A-2E1D-4C5B-9A8F-7E6D5C4B3A21"),
         "The principal (client) id is a GUID such as 5f1c4b3a-2e1d-4c5b-9a8f-7e6d5c4b3a21."},
        {"azureKeyVaultKeyNameEdit", "azureKeyVaultKeyNameProblem", QStringLiteral("bad name!"), QStringLiteral("kek"),
         "A key name is 1 to 127 letters, digits and dashes."},
    };
    for (const Case &c : cases) {
        typeInto(child<QLineEdit>(page, c.edit), c.bad);
        QCOMPARE(child<QLabel>(page, c.problem)->text(),
                 QCoreApplication::translate("ConfigValidation", c.says)); // its words, in any language
        QVERIFY(!child<QPushButton>(page, "saveButton")->isEnabled());
        // A screen reader hears the problem first, then the form the field takes.
        QVERIFY(child<QLineEdit>(page, c.edit)->accessibleDescription().startsWith(child<QLabel>(page, c.problem)->text()));
        QVERIFY(child<QLineEdit>(page, c.edit)->accessibleDescription().endsWith(child<QLineEdit>(page, c.edit)->toolTip()));
        typeInto(child<QLineEdit>(page, c.edit), c.good);
        QVERIFY2(child<QLabel>(page, c.problem)->text().isEmpty(), c.edit);
    }
    Prompter::queueAnswer(Prompter::Discard);
    QVERIFY(window->showPage(MainWindow::AuditPageIndex));
}

void TestUi::report_firstPageAnswersTheAuditor_andHeadersAreWhole()
{
    // A year of rotations: the table runs over many pages.
    ComplianceReport r;
    r.server = QStringLiteral("https://ss.example.com/SecretServer");
    r.generatedUtc = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    r.since = QDate(2025, 3, 1);
    r.kind = KeyManagementKind::AwsKms;
    r.typeName = QStringLiteral("Amazon KMS");
    r.configurationChanges = QList<ConfigAuditRecord>();
    for (int i = 0; i < 300; ++i) {
        RotationSummary s;
        s.rotationId = 1000 + i;
        s.requestedBy = QStringLiteral("Administrator Example");
        s.startedUtc = r.generatedUtc.addDays(-i);
        s.endedUtc = s.startedUtc.addSecs(245);
        s.lastEventUtc = s.endedUtc;
        s.outcome = RotationOutcome::Completed;
        s.retries = i % 3;
        r.rotations << s;
    }
    r.lastCompletedRotation = r.rotations.first();
    r.keyAge = KeyAge::of(r.lastCompletedRotation->endedUtc, r.generatedUtc, 90);
    const std::unique_ptr<QTextDocument> doc(ReportPdf::document(r));
    // An A4 page's text area at 72 dpi (2 cm margins), as the PDF is laid out.
    const QSizeF page(595 - 2 * 57, 842 - 2 * 57);
    doc->setPageSize(page);
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    auto pageOf = [&](const QString &startsWith) {
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (b.text().startsWith(startsWith))
                return int(layout->blockBoundingRect(b).top() / page.height()) + 1;
        }
        return -1;
    };
    QVERIFY(layout->pageCount() > 5);
    // The first page: the server, the configuration and its changes, the key's age, the last rotation, the totals.
    // Each line as the report words it (its tr() source), up to its first value.
    const auto said = [](const char *source, int n = -1) {
        return QCoreApplication::translate("ReportPdf", source, nullptr, n).section(QLatin1Char('%'), 0, 0).trimmed();
    };
    for (const QString &line : {said("Server: %1"), said("Key management configuration"), said("Configuration changes in the period"),
                                said("Last completed rotation: #%1, requested by %2, started %3 UTC, completed %4 UTC."),
                                said("%n rotation(s): %1 completed, %2 failed; median duration %3.", 300)})
        QVERIFY2(!line.isEmpty() && pageOf(line) == 1, qPrintable(QStringLiteral("%1 on page %2").arg(line).arg(pageOf(line))));
    QVERIFY(pageOf(said("Every rotation in the period")) >= 1);
    const QStringList headerTexts = {said("Rotation"),      said("Retries"),  said("Requested by"),
                                     said("Started (UTC)"), said("Duration"), said("Outcome")};
    // No header breaks inside a word: every line of a header cell starts after a space.
    int headers = 0;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        const QString text = b.text();
        if (!headerTexts.contains(text))
            continue;
        ++headers;
        QTextLayout *lines = b.layout();
        for (int i = 1; i < lines->lineCount(); ++i)
            QVERIFY2(text.at(lines->lineAt(i).textStart() - 1).isSpace(), qPrintable(QStringLiteral("\"%1\" broken").arg(text)));
    }
    QVERIFY(headers >= 6);
}

void TestUi::editor_hintsBeforeTyping_errorsAfter_andSavedSaysOnlyWhatIsTrue()
{
    // A server that enters no maintenance after a save.
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--password"), password}));
    auto window = openWindow(QStringLiteral("admin"), &sandbox);
    QVERIFY(window);
    window->resize(900, 620);
    ConfigurationPage *page = window->configurationPage();
    chooseType(page, KeyManagementKind::AwsKms);
    // Nothing typed yet: what each field needs is a neutral hint, not red, not invalid.
    for (const char *name : {"awsKmsAccessKeyId", "awsKmsSecretAccessKey"}) {
        auto *problem = child<QLabel>(page, qPrintable(QLatin1String(name) + QStringLiteral("Problem")));
        QVERIFY2(!problem->text().isEmpty(), name);
        QVERIFY2(problem->styleSheet().isEmpty(), name);
    }
    // The explanations under Type have the form's width, not the field column's.
    auto *note = child<QLabel>(page, "unreportedNote");
    QVERIFY(note->isVisibleTo(page));
    auto *form = child<QLineEdit>(page, "awsKmsKeyArnEdit")->parentWidget();
    QVERIFY2(note->width() > form->width() * 3 / 4, qPrintable(QStringLiteral("%1 of %2").arg(note->width()).arg(form->width())));
    // Typed in: what is wrong is said, in red.
    typeInto(child<QLineEdit>(page, "awsKmsAccessKeyIdEdit"), QStringLiteral("nonsense"));
    auto *accessProblem = child<QLabel>(page, "awsKmsAccessKeyIdProblem");
    QVERIFY(!accessProblem->text().isEmpty());
    QVERIFY(!accessProblem->styleSheet().isEmpty());
    auto *secretProblem = child<QLabel>(page, "awsKmsSecretAccessKeyProblem");
    QVERIFY(secretProblem->styleSheet().isEmpty()); // not typed: still a hint
    // A save attempted: every field says what is wrong.
    page->save();
    QVERIFY(!secretProblem->styleSheet().isEmpty());
    // Saved to a server that entered no maintenance: "Saved.", and no word of maintenance that is not there.
    fillAws(page);
    Prompter::queueAnswer(Prompter::Save);
    page->save();
    QTRY_COMPARE_WITH_TIMEOUT(page->bannerText(), ConfigurationPage::tr("Saved."), 10000);
    QTRY_VERIFY(!window->workspace()->session()->server()->inMaintenance());
    QVERIFY(!child<QWidget>(page, "maintenanceBanner")->isVisibleTo(page));
    QCOMPARE(page->bannerText(), ConfigurationPage::tr("Saved.")); // only what is true now: nothing about the maintenance that ended
}

RotationWizard *TestUi::openWizardAndConfirm(MainWindow *window)
{
    window->rotationMonitor()->setActiveInterval(std::chrono::milliseconds(50));
    window->showPage(MainWindow::RotationPageIndex);
    RotationPage *page = window->rotationPage();
    auto *rotate = child<QPushButton>(page, "rotateButton");
    if (!QTest::qWaitFor([&] { return rotate->isEnabled(); }, 10000))
        return nullptr;
    QTest::mouseClick(rotate, Qt::LeftButton);
    RotationWizard *wizard = page->wizard();
    if (!wizard)
        return nullptr;
    // Preflight: every hard check passed. Enter in the checks list goes on, as Next does.
    if (!QTest::qWaitFor([&] { return wizard->button(QWizard::NextButton)->isEnabled(); }, 10000))
        return nullptr;
    auto *checks = child<QListWidget>(wizard, "preflightList");
    checks->setFocus();
    QTest::keyClick(checks, Qt::Key_Return);
    // Backup: the box must be ticked (the seeded history has completed rotations: then it is not asked).
    if (wizard->currentId() != RotationWizard::BackupPageId)
        return nullptr;
    if (auto *backup = child<QCheckBox>(wizard, "backupCheck"); backup->isVisible()) {
        if (wizard->button(QWizard::NextButton)->isEnabled())
            return nullptr;
        // A disabled Next says why.
        if (wizard->button(QWizard::NextButton)->toolTip() != RotationWizard::tr("Confirm that a current backup exists first."))
            return nullptr;
        QTest::mouseClick(backup, Qt::LeftButton);
    }
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    // Typed confirmation: the wrong host does not unlock Start, and Start says why.
    auto *host = child<QLineEdit>(wizard, "confirmHostEdit");
    typeInto(host, QStringLiteral("prod.example.com"));
    if (wizard->button(QWizard::CommitButton)->isEnabled()
        || !wizard->button(QWizard::CommitButton)->toolTip().contains(QLatin1String("127.0.0.1")))
        return nullptr;
    // Said on the page too, where the eye is: why Start stays disabled.
    if (!TrText::is(child<QLabel>(wizard, "confirmWhy")->text(),
                    RotationWizard::tr("Start rotation stays disabled: \"%1\" is not this server's host name, %2.")))
        return nullptr;
    typeInto(host, QStringLiteral("127.0.0.1"));
    if (!wizard->button(QWizard::CommitButton)->isEnabled() || !child<QLabel>(wizard, "confirmWhy")->text().isEmpty())
        return nullptr;
    return wizard;
}

namespace {
// The wizard's checks list once the checks have been read: name -> item.
QHash<QString, QListWidgetItem *> preflightItems(RotationWizard *wizard)
{
    QHash<QString, QListWidgetItem *> items;
    auto *list = wizard->findChild<QListWidget *>(QStringLiteral("preflightChecksList"));
    for (int i = 0; list && i < list->count(); ++i) {
        if (!list->item(i)->data(Qt::UserRole).toString().isEmpty())
            items.insert(list->item(i)->data(Qt::UserRole).toString(), list->item(i));
    }
    return items;
}
} // namespace

void TestUi::wizard_preflightChecks_warningNeedsATick_failureAndUndeterminedBlock()
{
    const auto openChecks = [this](SandboxProcess &sandbox, std::unique_ptr<MainWindow> &window) -> RotationWizard * {
        window = openWindow(QStringLiteral("admin"), &sandbox);
        if (!window)
            return nullptr;
        window->showPage(MainWindow::RotationPageIndex);
        auto *rotate = child<QPushButton>(window->rotationPage(), "rotateButton");
        if (!QTest::qWaitFor([&] { return rotate->isEnabled(); }, 10000))
            return nullptr;
        QTest::mouseClick(rotate, Qt::LeftButton);
        RotationWizard *wizard = window->rotationPage()->wizard();
        if (!wizard || !QTest::qWaitFor([&] { return preflightItems(wizard).size() == 6; }, 10000))
            return nullptr;
        return wizard;
    };

    // A warning (a backup older than 24 h) lets Next through only once it is ticked.
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--backup-age-hours"), QStringLiteral("30")}));
        std::unique_ptr<MainWindow> window;
        RotationWizard *wizard = openChecks(sandbox, window);
        QVERIFY(wizard);
        QListWidgetItem *backup = preflightItems(wizard).value(QStringLiteral("backup"));
        QCOMPARE(backup->data(Qt::UserRole + 1).toString(), QStringLiteral("warning"));
        QVERIFY(backup->flags() & Qt::ItemIsUserCheckable);
        QCOMPARE(backup->checkState(), Qt::Unchecked);
        QCOMPARE(preflightItems(wizard).value(QStringLiteral("health"))->data(Qt::UserRole + 1).toString(), QStringLiteral("pass"));
        QVERIFY(!(preflightItems(wizard).value(QStringLiteral("health"))->flags() & Qt::ItemIsUserCheckable));
        QTRY_VERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        auto *why = child<QLabel>(wizard, "preflightWhy");
        QVERIFY2(TrText::is(why->text(), RotationWizard::tr("Tick the warning \"%1\" to accept it, or deal with it first.")),
                 qPrintable(why->text()));
        QCOMPARE(wizard->button(QWizard::NextButton)->toolTip(), why->text());
        backup->setCheckState(Qt::Checked);
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(why->text().isEmpty());
        backup->setCheckState(Qt::Unchecked);
        QTRY_VERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        // The administrator's limit: 48 h makes the same backup pass, read again.
        auto *age = child<QSpinBox>(wizard, "maxBackupAgeSpin");
        age->setValue(48);
        Q_EMIT age->editingFinished();
        const auto backupOutcome = [wizard] {
            QListWidgetItem *item = preflightItems(wizard).value(QStringLiteral("backup"));
            return item ? item->data(Qt::UserRole + 1).toString() : QString(); // none while the checks are read again
        };
        QTRY_COMPARE(backupOutcome(), QStringLiteral("pass"));
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->close();
    }
    // A failure blocks Next with its reason, and cannot be ticked away.
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--node-down")}));
        std::unique_ptr<MainWindow> window;
        RotationWizard *wizard = openChecks(sandbox, window);
        QVERIFY(wizard);
        QListWidgetItem *nodes = preflightItems(wizard).value(QStringLiteral("nodes"));
        QCOMPARE(nodes->data(Qt::UserRole + 1).toString(), QStringLiteral("fail"));
        QVERIFY(!(nodes->flags() & Qt::ItemIsUserCheckable));
        QVERIFY2(nodes->text().contains(QLatin1String("SS-NODE-2")), qPrintable(nodes->text()));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY2(TrText::is(child<QLabel>(wizard, "preflightWhy")->text(), RotationWizard::tr("Failed: %1. %2")),
                 qPrintable(child<QLabel>(wizard, "preflightWhy")->text()));
        wizard->close();
    }
    // A check not determined blocks Next too, and says why; nothing is ever started.
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--ignore-sort"), QStringLiteral("--backup-log-size"),
                               QStringLiteral("1001")}));
        std::unique_ptr<MainWindow> window;
        RotationWizard *wizard = openChecks(sandbox, window);
        QVERIFY(wizard);
        QCOMPARE(preflightItems(wizard).value(QStringLiteral("backup"))->data(Qt::UserRole + 1).toString(),
                 QStringLiteral("notDetermined"));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        const QString why = child<QLabel>(wizard, "preflightWhy")->text();
        QVERIFY2(TrText::is(why, RotationWizard::tr("Not determined: %1. %2")) && why.contains(QLatin1String("1000")), qPrintable(why));
        wizard->close();
        QCOMPARE(sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management/startmekrotation")), 0);
    }
}

void TestUi::wizard_preflight_namesEveryFailure_andGivesTheChecksTheRoom()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--node-down"), QStringLiteral("--unhealthy"),
                           QStringLiteral("database"), QStringLiteral("--backup-age-hours"), QStringLiteral("30")}));
    auto window = openWindow(QStringLiteral("admin"), &sandbox);
    QVERIFY(window);
    window->showPage(MainWindow::RotationPageIndex);
    auto *rotate = child<QPushButton>(window->rotationPage(), "rotateButton");
    QTRY_VERIFY_WITH_TIMEOUT(rotate->isEnabled(), 10000);
    QTest::mouseClick(rotate, Qt::LeftButton);
    RotationWizard *wizard = window->rotationPage()->wizard();
    QVERIFY(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(preflightItems(wizard).size(), 6, 10000);
    // Both failures are named, each by its check and what was found; the pass sentence never heads a failure.
    const QString why = child<QLabel>(wizard, "preflightWhy")->text();
    QVERIFY2(why.contains(Preflight::subject(QStringLiteral("health"))) && why.contains(Preflight::subject(QStringLiteral("nodes"))),
             qPrintable(why));
    QVERIFY2(why.contains(Preflight::tr("its database is unhealthy")), qPrintable(why));
    QListWidgetItem *health = preflightItems(wizard).value(QStringLiteral("health"));
    QVERIFY2(!health->text().contains(Preflight::tr("The server is healthy, its database too, and it is not read-only")),
             qPrintable(health->text()));
    // A disabled Next says why, to the mouse and to a screen reader.
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QVERIFY(!next->isEnabled());
    QCOMPARE(next->toolTip(), why);
    QCOMPARE(next->accessibleDescription(), why);
    // The wizard opens as big as the screen allows (up to what the checks need), the server's
    // checks get the room, and no row is taller than the list shows.
    const QRect room = wizard->screen()->availableGeometry();
    QVERIFY2(wizard->height() >= std::min(840, room.height() - 60) && wizard->width() >= std::min(860, room.width() - 40),
             qPrintable(QStringLiteral("%1x%2 on %3x%4").arg(wizard->width()).arg(wizard->height()).arg(room.width()).arg(room.height())));
    QVERIFY(wizard->width() <= room.width() && wizard->height() <= room.height());
    QApplication::processEvents();
    auto *checks = child<QListWidget>(wizard, "preflightChecksList");
    QVERIFY2(checks->height() > child<QListWidget>(wizard, "preflightList")->height(),
             qPrintable(QStringLiteral("%1 <= %2").arg(checks->height()).arg(child<QListWidget>(wizard, "preflightList")->height())));
    QCOMPARE(checks->verticalScrollMode(), QAbstractItemView::ScrollPerPixel);
    // The warning is accepted with a real check box, heard as one, and it is the row's tick.
    auto *tick = child<QCheckBox>(wizard, "acceptWarning-backup");
    QAccessibleInterface *heard = QAccessible::queryAccessibleInterface(tick);
    QCOMPARE(heard->role(), QAccessible::CheckBox);
    QVERIFY(heard->state().checkable && !heard->state().checked);
    QVERIFY(heard->text(QAccessible::Name).contains(Preflight::subject(QStringLiteral("backup"))));
    checks->scrollToItem(checks->item(checks->row(preflightItems(wizard).value(QStringLiteral("backup"))) + 1));
    QTRY_VERIFY(tick->isVisible());
    QTest::mouseClick(tick, Qt::LeftButton, {}, QPoint(8, tick->height() / 2)); // on the box
    QVERIFY(tick->isChecked());
    QCOMPARE(preflightItems(wizard).value(QStringLiteral("backup"))->checkState(), Qt::Checked);
    preflightItems(wizard).value(QStringLiteral("backup"))->setCheckState(Qt::Unchecked);
    QVERIFY(!tick->isChecked());
    wizard->close();
}

void TestUi::wizard_fullRotation_followsEveryStepAndSendsOnePut()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--step-ms"), QStringLiteral("250")}));
    auto window = openWindow(QStringLiteral("admin"), &sandbox);
    QVERIFY(window);
    RotationWizard *wizard = openWizardAndConfirm(window.get());
    QVERIFY(wizard);
    QSignalSpy auditRequests(window->rotationPage(), &RotationPage::showAuditRequested);

    // Start, impatiently: Enter in the host name field starts it (the name matches), and Enter
    // held down and two clicks send no more than one PUT.
    QTest::keyClick(child<QLineEdit>(wizard, "confirmHostEdit"), Qt::Key_Return);
    QTRY_COMPARE(wizard->currentId(), int(RotationWizard::RunPageId));
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(wizard, Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(RotationWizard::RunPageId));
    QVERIFY(!wizard->button(QWizard::BackButton)->isVisible());

    // Follow it: the timeline only moves forward and the counts only go up.
    RotationMonitor *monitor = window->rotationMonitor();
    auto *progress = wizard->currentPage()->findChild<RotationProgressWidget *>();
    QVERIFY(progress);
    QList<int> running;
    QList<int> done;
    bool orderKept = true;
    QMetaObject::Connection watch = connect(monitor, &RotationMonitor::infoChanged, this, [&] {
        const RotationInfo &i = monitor->info();
        if (!i.isActive())
            return;
        running << int(i.status);
        if (i.status == MekStatus::DataRotationStarted && i.itemsToRotate > 0)
            done << progress->progressValue();
        for (MekStatus::Status before : MekStatus::walk()) {
            if (before >= i.status)
                break;
            orderKept = orderKept && monitor->timeline()->stateOf(before) == RotationTimelineModel::Done;
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(monitor->info().processState == ProcessState::Completed, 20000);
    disconnect(watch);
    QVERIFY(orderKept);
    QVERIFY(std::is_sorted(running.begin(), running.end()));
    QVERIFY2(running.size() >= 5, qPrintable(QString::number(running.size())));
    QVERIFY(!done.isEmpty());
    QVERIFY(std::is_sorted(done.begin(), done.end()));
    QCOMPARE(progress->progressValue(), progress->progressMaximum());
    QCOMPARE(sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management/startmekrotation")), 1);

    // One ending, on the same page: outcome, how long, what next; one way out.
    QTRY_COMPARE(wizard->outcomeKind(), QStringLiteral("completed"));
    QVERIFY2(TrText::is(wizard->outcomeText(),
                        RotationWizard::tr("The master encryption key was rotated and every secret re-encrypted. %1%2\nWhat next: check "
                                           "that secrets open as before, and take a new backup of encryption.config on every node.")),
             qPrintable(wizard->outcomeText()));
    // The one duration form ("27 s", "4 min 05 s"), and no retry was needed.
    const QString took = QRegularExpression::escape(RotationWizard::tr("It took %1."))
                             .replace(QLatin1String("\\%1"), QLatin1String("(\\d+ s|\\d+ min \\d\\d s)"));
    QVERIFY2(QRegularExpression(took).match(wizard->outcomeText()).hasMatch(), qPrintable(wizard->outcomeText()));
    QVERIFY(!child<QLabel>(wizard, "outcomeLabel")->property("neededRetry").toBool());
    QVERIFY(!wizard->outcomeText().contains(RotationWizard::tr("It needed a retry of a failed step.")));
    QVERIFY(wizard->button(QWizard::FinishButton)->isVisible());
    QVERIFY(!wizard->button(QWizard::CancelButton)->isVisible());
    QVERIFY(!wizard->button(QWizard::CustomButton1)->isVisible()); // nothing to retry
    Q_EMIT child<QLabel>(wizard, "auditLink")->linkActivated(QStringLiteral("audit"));
    QCOMPARE(auditRequests.count(), 1);
    QCOMPARE(auditRequests.first().at(0).toDateTime(), monitor->info().startedUtc);
    // The audit shows that rotation's records only, with the filter said and removable.
    AuditPage *audit = window->auditPage();
    QCOMPARE(window->currentPage(), int(MainWindow::AuditPageIndex));
    QTRY_VERIFY_WITH_TIMEOUT(!audit->rotationFilterText().isEmpty(), 10000);
    QTRY_VERIFY(!audit->browser()->isLoading());
    const qint64 rotation = *audit->browser()->rotationFilter();
    QVERIFY(audit->rotationFilterText().contains(QString::number(rotation)));
    QVERIFY(audit->browser()->model()->rowCount() > 0);
    for (int r = 0; r < audit->browser()->model()->rowCount(); ++r)
        QCOMPARE(audit->browser()->model()->record(r).rotationInfoId, rotation);
    QTest::mouseClick(child<QPushButton>(audit, "rotationFilter"), Qt::LeftButton);
    QTRY_VERIFY(audit->rotationFilterText().isEmpty());
    QCOMPARE(window->rotationPage()->stateText(), RotationText::stateLabel(ProcessState::Completed));
    wizard->accept();
}

void TestUi::wizard_failureThenRetry_oneEndingWithRetryInTheButtons()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--step-ms"), QStringLiteral("100"),
                           QStringLiteral("--fail-at"), QStringLiteral("PendingRestart")}));
    auto window = openWindow(QStringLiteral("admin"), &sandbox);
    QVERIFY(window);
    RotationWizard *wizard = openWizardAndConfirm(window.get());
    QVERIFY(wizard);
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->outcomeText().contains(QLatin1String("simulated failure")), 15000); // the server's words
    QCOMPARE(wizard->outcomeKind(), QStringLiteral("failed"));
    // What next, and where the audit is: the link above the text, which says so (never "below").
    QVERIFY2(TrText::is(wizard->outcomeText(),
                        RotationWizard::tr("%1\nThe server said: %2\n%3\nWhat next: find the cause in the server's logs (the audit, "
                                           "linked above, names the step), then retry the failed step with the button below.")),
             qPrintable(wizard->outcomeText()));
    QVERIFY(child<QLabel>(wizard, "auditLink")->y() < child<QLabel>(wizard, "outcomeLabel")->y());
    auto *retry = wizard->button(QWizard::CustomButton1);
    QVERIFY(retry->isVisible());
    QVERIFY(retry->isEnabled());
    // Retry sits in the button row, beside the one way out.
    QCOMPARE(retry->parentWidget(), wizard->button(QWizard::FinishButton)->parentWidget());
    QVERIFY(!wizard->button(QWizard::CancelButton)->isVisible());
    // The Rotation page agrees, and says why it cannot start a new one.
    auto *rotate = child<QPushButton>(window->rotationPage(), "rotateButton");
    QVERIFY(!rotate->isEnabled());
    QVERIFY(rotate->toolTip().contains(RotationEligibility::tr("The last rotation failed: retry it first.")));
    QVERIFY(child<QPushButton>(window->rotationPage(), "retryButton")->isEnabled());

    // Retry restarts re-encryption: it asks for the host, as Start does. A wrong host sends nothing.
    Prompter::queueText(QStringLiteral("prod.example.com"));
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management/retrymekstatus")), 0);
    Prompter::queueText(QStringLiteral("127.0.0.1"));
    QTest::mouseClick(retry, Qt::LeftButton);
    QTest::mouseClick(retry, Qt::LeftButton); // a second click while it is out asks nothing, sends nothing
    QTRY_COMPARE_WITH_TIMEOUT(wizard->outcomeKind(), QStringLiteral("completed"), 15000);
    QVERIFY(child<QLabel>(wizard, "outcomeLabel")->property("neededRetry").toBool());
    QVERIFY2(wizard->outcomeText().contains(RotationWizard::tr("It needed a retry of a failed step.")), qPrintable(wizard->outcomeText()));
    QCOMPARE(sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management/retrymekstatus")), 1);
    QCOMPARE(sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management/startmekrotation")), 1);
    wizard->accept();
}

void TestUi::wizard_serverRefusesStart_showsWordsAndSendsNothingMore()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--step-ms"), QStringLiteral("60000")}));
    auto window = openWindow(QStringLiteral("admin"), &sandbox);
    QVERIFY(window);
    RotationWizard *wizard = openWizardAndConfirm(window.get());
    QVERIFY(wizard);
    // Someone else starts a rotation between the checks and the click.
    window->rotationMonitor()->stop();
    QUrl start = sandbox.url();
    start.setPath(start.path() + QStringLiteral("/api/v1/key-management/startmekrotation"));
    QCOMPARE(httpRequest("PUT", start, {}, {}, sandboxToken(sandbox.url(), QStringLiteral("admin"), password)).status, 200);
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->outcomeText().contains(QLatin1String("A master encryption key rotation is already in progress.")),
                             10000); // the server's words
    QCOMPARE(wizard->outcomeKind(), QStringLiteral("notStarted"));
    QVERIFY2(TrText::is(wizard->outcomeText(),
                        RotationWizard::tr("The server did not start the rotation: %1\nNothing was changed. Send the request again only "
                                           "once the cause is clear.")),
             qPrintable(wizard->outcomeText()));
    QCOMPARE(sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management/startmekrotation")), 2); // theirs and ours, once
    QVERIFY(child<QPushButton>(wizard, "startAgainButton")->isVisible());
    wizard->reject(); // closing stops nothing
    QTRY_VERIFY(!window->rotationPage()->wizard());
}

void TestUi::rotationPage_failedStepIsNamedAndProgressKept_data()
{
    QTest::addColumn<QString>("failAt");
    QTest::addColumn<int>("failedStep");
    QTest::addColumn<bool>("keepsProgress");
    QTest::newRow("at key creation") << "KeyRotationStarted" << int(MekStatus::KeyRotationStarted) << false;
    QTest::newRow("after the secrets") << "DataRotationCompleted" << -1 << true;
}

void TestUi::rotationPage_failedStepIsNamedAndProgressKept()
{
    QFETCH(QString, failAt);
    QFETCH(int, failedStep);
    QFETCH(bool, keepsProgress);
    SandboxProcess sandbox;
    QVERIFY(sandbox.start(
        {QStringLiteral("--password"), password, QStringLiteral("--step-ms"), QStringLiteral("80"), QStringLiteral("--fail-at"), failAt}));
    auto window = openWindow(QStringLiteral("admin"), &sandbox);
    QVERIFY(window);
    window->showPage(MainWindow::RotationPageIndex);
    RotationMonitor *monitor = window->rotationMonitor();
    monitor->setActiveInterval(std::chrono::milliseconds(40));
    QVERIFY(monitor->requestStart());
    QTRY_VERIFY_WITH_TIMEOUT(monitor->info().processState == ProcessState::Failed, 15000);
    RotationTimelineModel *timeline = monitor->timeline();
    if (failedStep >= 0) {
        // Not "Rotation requested — failed": the step that failed, and that this is inferred.
        QCOMPARE(timeline->stateOf(MekStatus::RotationRequested), RotationTimelineModel::Done);
        QCOMPARE(timeline->stateOf(MekStatus::Status(failedStep)), RotationTimelineModel::Failed);
        const int row = int(MekStatus::walk().indexOf(MekStatus::Status(failedStep)));
        QVERIFY(timeline->data(timeline->index(row))
                    .toString()
                    .contains(RotationTimelineModel::tr("failed (inferred from the last status seen)")));
    }
    auto *progress = window->rotationPage()->progress();
    if (keepsProgress) {
        // Not "0 of 1250" beside "Secrets re-encrypted": the last progress seen stays.
        QVERIFY2(progress->progressValue() > 0, qPrintable(QString::number(progress->progressValue())));
        QCOMPARE(progress->progressValue(), monitor->lastItemsDone());
    }
}

void TestUi::rotationPage_retryAsksForTheHostFirst()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--step-ms"), QStringLiteral("60"),
                           QStringLiteral("--fail-at"), QStringLiteral("MarkDataStarted")}));
    auto window = openWindow(QStringLiteral("admin"), &sandbox);
    QVERIFY(window);
    window->showPage(MainWindow::RotationPageIndex);
    RotationMonitor *monitor = window->rotationMonitor();
    monitor->setActiveInterval(std::chrono::milliseconds(40));
    QVERIFY(monitor->requestStart());
    auto *retry = child<QPushButton>(window->rotationPage(), "retryButton");
    QTRY_VERIFY_WITH_TIMEOUT(retry->isEnabled(), 15000);
    Prompter::queueText(QString()); // cancelled: nothing sent
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY2(TrText::has(Prompter::lastQuestion(),
                         RotationPage::tr("Retrying restarts the re-encryption on %1, where the rotation failed. Find the cause first "
                                          "(the server's logs, the audit). Type the server's host name to retry.")),
             qPrintable(Prompter::lastQuestion()));
    QCOMPARE(sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management/retrymekstatus")), 0);
    Prompter::queueText(QStringLiteral("127.0.0.1"));
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management/retrymekstatus")), 1);
    QTRY_VERIFY_WITH_TIMEOUT(monitor->info().processState == ProcessState::Completed, 15000);
}

void TestUi::rotationPage_auditor_buttonsDisabledWithReasons()
{
    auto window = openWindow(QStringLiteral("auditor"));
    QVERIFY(window);
    window->showPage(MainWindow::RotationPageIndex);
    RotationPage *page = window->rotationPage();
    QTRY_VERIFY(window->rotationMonitor()->hasInfo());
    auto *rotate = child<QPushButton>(page, "rotateButton");
    auto *retry = child<QPushButton>(page, "retryButton");
    QVERIFY(!rotate->isEnabled());
    QVERIFY(!retry->isEnabled());
    QVERIFY(rotate->toolTip().contains(RotationEligibility::tr("Your account lacks the Administer Key Management permission.")));
    QVERIFY(retry->toolTip().contains(RotationEligibility::tr("Your account lacks the Administer Key Management permission.")));
    QVERIFY(child<QLabel>(page, "permissionNote")->isVisibleTo(page));
    QVERIFY(!page->openWizard());
    // The secret-key rotation too: its state is shown, its actions are not offered.
    auto *rotateSecretKeys = child<QPushButton>(page, "rotateSecretKeysButton");
    QTRY_VERIFY(window->workspace()->secretKeys()->hasStatus());
    QVERIFY(!rotateSecretKeys->isEnabled());
    QVERIFY(rotateSecretKeys->toolTip().contains(RotationEligibility::tr("Your account lacks the Administer Key Management permission.")));
    QVERIFY(!page->secretKeyPanel()->rotate());
}

void TestUi::audit_loadingIsSaidOnlyWhenSlow_andTheGridNeverMoves()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--seed"), QStringLiteral("300")}));
    auto window = openWindow(QStringLiteral("auditor"), &sandbox);
    QVERIFY(window);
    QVERIFY(window->showPage(MainWindow::AuditPageIndex));
    AuditPage *page = window->auditPage();
    AuditBrowser *browser = page->browser();
    auto *view = child<QTableView>(page, "auditView");
    auto *state = child<QLabel>(page, "auditState");
    QTRY_VERIFY(browser->hasLoaded() && !browser->isLoading());
    const QRect grid = view->geometry();
    // A page that arrives before the delay: no "Loading…" flashes up (the delay is made long, so
    // that a slow machine cannot make the page late).
    page->setLoadingDelay(std::chrono::minutes(1));
    browser->nextPage();
    QVERIFY(browser->isLoading());
    QTRY_VERIFY(!browser->isLoading());
    QVERIFY2(state->text() != QLatin1String("Loading…"), qPrintable(state->text()));
    // A slow server (slower than the delay): it is said, and neither saying it nor taking it back
    // moves the grid.
    page->setLoadingDelay(std::chrono::milliseconds(50));
    QVERIFY(sandbox.setFaults(QJsonObject{{QStringLiteral("latencyMs"), 1500}}));
    browser->nextPage();
    QTRY_COMPARE_WITH_TIMEOUT(page->stateText(), AuditPage::tr("Loading…"), 5000);
    QCOMPARE(view->geometry(), grid);
    QTRY_VERIFY_WITH_TIMEOUT(!browser->isLoading(), 10000);
    QCOMPARE(page->stateText(), QString());
    QCOMPARE(view->geometry(), grid);
}

void TestUi::audit_sortFilterPageAndKeyboard()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--seed"), QStringLiteral("705")}));
    auto window = openWindow(QStringLiteral("auditor"), &sandbox);
    QVERIFY(window);
    // The size the window takes on a screen with room: the offscreen screen (800x600) makes it
    // smaller than the 900x620 the pages are laid out for, where a wider font (Windows, Wine) hides
    // the User column, whose header this test clicks.
    window->resize(1100, 760);
    QVERIFY(window->showPage(MainWindow::AuditPageIndex));
    AuditPage *page = window->auditPage();
    AuditBrowser *browser = page->browser();
    RotationAuditModel *model = browser->model();
    auto *view = child<QTableView>(page, "auditView");
    QTRY_COMPARE(model->rowCount(), 50);
    QCOMPARE(model->pageInfo().total, 705);
    const bool sorts = !SandboxProcess::variantHas(QStringLiteral("--ignore-sort"));
    if (sorts) {
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(RotationAuditModel::DateColumn)); // newest first
        QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    }
    QCOMPARE(child<QLabel>(page, "pageLabel")->text(),
             AuditPage::tr("Page %1 of %2 · %n record(s)", nullptr, int(browser->model()->pageInfo().total)).arg(1).arg(15));

    // Clicking a header sorts on the server; the indicator follows the server's answer.
    const int userX = view->horizontalHeader()->sectionViewportPosition(RotationAuditModel::UserColumn) + 5;
    QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, {}, QPoint(userX, 5));
    QTRY_COMPARE(browser->query().sort.field, QStringLiteral("displayName"));
    QTRY_VERIFY(!browser->isLoading());
    if (sorts) {
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(RotationAuditModel::UserColumn));
        QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
        QVERIFY(model->record(0).displayName <= model->record(49).displayName);
    } else {
        QCOMPARE(page->stateText(), AuditPage::tr("The server did not apply the sort asked for; the records are in its own order."));
    }
    QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, {}, QPoint(userX, 5));
    QTRY_VERIFY(browser->query().sort.descending);

    // Typing a search sends one request, after the typing stops, and goes back to page 1.
    QTest::mouseClick(child<QPushButton>(page, "nextPage"), Qt::LeftButton);
    QTRY_COMPARE(model->pageNumber(), 2);
    const int before = sandbox.requestCount(QStringLiteral("GET /api/v1/key-management/audit"));
    QTest::keySequence(window.get(), QKeySequence::Find); // Ctrl+F
    auto *search = child<QLineEdit>(page, "auditSearch");
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("hyperlink"));
    QTRY_COMPARE(sandbox.requestCount(QStringLiteral("GET /api/v1/key-management/audit")), before + 1);
    QTRY_VERIFY(!browser->isLoading());
    QCOMPARE(model->pageNumber(), 1);
    QVERIFY(model->pageInfo().total > 0 && model->pageInfo().total < 705);
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(model->record(r).displayName.contains(QLatin1String("HYPERLINK")));

    // A filter that matches nothing says so.
    typeInto(search, QStringLiteral("no such record anywhere"));
    QTRY_COMPARE(page->stateText(), AuditPage::tr("No audit records match."));
    QTest::mouseClick(child<QPushButton>(page, "clearFilters"), Qt::LeftButton);
    QTRY_COMPARE(model->pageInfo().total, 705);

    // Page size; Page Down at the last row turns the page; Page Up at the first turns it back.
    auto *size = child<QComboBox>(page, "pageSize");
    size->setFocus();
    QTest::keyClick(size, Qt::Key_Down); // 100 per page
    QTRY_COMPARE(model->rowCount(), 100);
    view->setFocus();
    view->setCurrentIndex(model->index(99, 0));
    QTest::keyClick(view, Qt::Key_PageDown);
    QTRY_COMPARE(model->pageNumber(), 2);
    view->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(view, Qt::Key_PageUp);
    QTRY_COMPARE(model->pageNumber(), 1);
    QTest::mouseClick(child<QPushButton>(page, "lastPage"), Qt::LeftButton);
    QTRY_COMPARE(model->pageNumber(), 8);
    QCOMPARE(model->rowCount(), 5); // 705 records by 100
    QVERIFY(!child<QPushButton>(page, "nextPage")->isEnabled());

    // Ctrl+C copies the selected rows as tab-separated text; the details pane shows all of a record.
    view->selectRow(0);
    view->selectionModel()->select(model->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::keySequence(view, QKeySequence::Copy);
    const QStringList lines = QApplication::clipboard()->text().trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.first().startsWith(QLatin1String("AuditId\tRotationId\tDate")));
    QVERIFY(child<QTextBrowser>(page, "auditDetails")
                ->toPlainText()
                .contains(QString::number(model->record(view->currentIndex().row()).auditId)));
}

void TestUi::audit_datesRotationsAndActions_readAsTheyAre()
{
    auto window = openWindow(QStringLiteral("auditor"));
    QVERIFY(window);
    window->showPage(MainWindow::AuditPageIndex);
    RotationAuditModel *model = window->auditPage()->browser()->model();
    QTRY_VERIFY(model->rowCount() > 10);
    // A full date with seconds: the eleven events of one rotation can be told apart.
    const QString date = model->data(model->index(0, RotationAuditModel::DateColumn)).toString();
    QVERIFY2(date.contains(QString::number(model->record(0).dateUtc.toLocalTime().date().year())), qPrintable(date));
    QVERIFY2(date.count(QLatin1Char(':')) >= 2, qPrintable(date));
    QCOMPARE(model->data(model->index(0, RotationAuditModel::DateColumn), Qt::ToolTipRole).toString(),
             DateText::utc(model->record(0).dateUtc));
    // Which rotation each event belongs to.
    QCOMPARE(model->data(model->index(0, RotationAuditModel::RotationColumn)).toString(),
             QStringLiteral("#%1").arg(model->record(0).rotationInfoId));
    // Known actions in words (translated), the server's value on hover.
    const QString action = model->data(model->index(0, RotationAuditModel::ActionColumn)).toString();
    QVERIFY(!action.isEmpty());
    QVERIFY(model->data(model->index(0, RotationAuditModel::ActionColumn), Qt::ToolTipRole).toString().contains(model->record(0).action));
}

void TestUi::audit_dayFilter_typedDatesMeanWhatTheySay()
{
    auto window = openWindow(QStringLiteral("auditor"));
    QVERIFY(window);
    window->showPage(MainWindow::AuditPageIndex);
    AuditPage *page = window->auditPage();
    AuditBrowser *browser = page->browser();
    QTRY_VERIFY(browser->hasLoaded());
    auto *day = child<QLineEdit>(page, "dayFilterEdit");
    typeInto(day, QStringLiteral("2020-01-03"));
    QTest::keyClick(day, Qt::Key_Return);
    QTRY_COMPARE(browser->query().date, QDate(2020, 1, 3));
    QTRY_VERIFY(!browser->isLoading());
    for (int r = 0; r < browser->model()->rowCount(); ++r)
        QCOMPARE(browser->model()->record(r).dateUtc.date(), QDate(2020, 1, 3));
    // Nonsense is refused, never turned into another day: the filter stays as it was.
    typeInto(day, QStringLiteral("2020-13-45"));
    QTest::keyClick(day, Qt::Key_Return);
    QCOMPARE(browser->query().date, QDate(2020, 1, 3));
    const QString noMonth =
        DayEdit::tr("\"%1\" is not a date: there is no month %2 (months go from 01 to 12).").arg(QStringLiteral("2020-13-45")).arg(13);
    QCOMPARE(day->toolTip(), noMonth);
    QVERIFY(!child<DayEdit>(page, "dayFilter")->isAcceptable());
    // Said under the field, in words that name what is wrong; the records of another day are not
    // shown as if they were that day's, and no "Page 1 of N" claims otherwise.
    QVERIFY2(page->dayProblemText().contains(noMonth), qPrintable(page->dayProblemText()));
    QCOMPARE(browser->model()->rowCount(), 0);
    const QString pageWord = AuditPage::tr("Page %1 of %2 · %n record(s)", nullptr, 2).section(QLatin1String("%1"), 0, 0); // "Page "
    QVERIFY(!child<QLabel>(page, "pageLabel")->text().startsWith(pageWord.trimmed()));
    QVERIFY(!child<QPushButton>(page, "exportButton")->isEnabled());
    typeInto(day, QStringLiteral("2021-02-30"));
    QTest::keyClick(day, Qt::Key_Return);
    QVERIFY2(page->dayProblemText().contains(DayEdit::tr("\"%1\" is not a date: %2 has no day %3 (it has %4 days).")
                                                 .arg(QStringLiteral("2021-02-30"), QStringLiteral("2021-02"))
                                                 .arg(30)
                                                 .arg(28)),
             qPrintable(page->dayProblemText()));
    // Emptied: every day again, once Enter says so; emptying it on the way to another day drops nothing.
    typeInto(day, QString());
    QCOMPARE(browser->query().date, QDate(2020, 1, 3));
    QTest::keyClick(day, Qt::Key_Return);
    QTRY_VERIFY(!browser->query().date.isValid());
    QVERIFY(page->dayProblemText().isEmpty());
    QTRY_VERIFY(browser->model()->rowCount() > 0);
    // The clear button clears at once.
    typeInto(day, QStringLiteral("2020-01-03"));
    QTest::keyClick(day, Qt::Key_Return);
    QTRY_COMPARE(browser->query().date, QDate(2020, 1, 3));
    auto *clear = day->findChild<QAction *>(QStringLiteral("clearDayAction"));
    QVERIFY(clear && clear->isVisible());
    clear->trigger();
    QTRY_VERIFY(!browser->query().date.isValid());
    QVERIFY(day->text().isEmpty());
    QCOMPARE(DayEdit::parse(QStringLiteral("2024-02-29")), QDate(2024, 2, 29));
    QVERIFY(!DayEdit::parse(QStringLiteral("2023-02-29")).isValid());
    QVERIFY(!DayEdit::parse(QStringLiteral("3/4/24")).isValid()); // no two-digit year guessing
}

void TestUi::audit_errorKeepsLastPage_thenRetry()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--seed"), QStringLiteral("300")}));
    auto window = openWindow(QStringLiteral("admin"), &sandbox);
    QVERIFY(window);
    window->showPage(MainWindow::AuditPageIndex);
    AuditPage *page = window->auditPage();
    RotationAuditModel *model = page->browser()->model();
    QTRY_COMPARE(model->rowCount(), 50);
    const qint64 firstId = model->record(0).auditId;
    QVERIFY(
        sandbox.setFaults(QJsonObject{{QStringLiteral("failNext"), QJsonObject{{QStringLiteral("GET /api/v1/key-management/audit"), 1}}}}));
    // What the page says when the failure arrives (the window may read it again by itself at once,
    // when the next request of the console succeeds: the connection is back).
    QString said;
    bool retryShown = false;
    qint64 keptId = 0;
    connect(page->browser(), &AuditBrowser::failed, this, [&] {
        said = page->stateText();
        retryShown = child<QPushButton>(page, "auditRetry")->isVisibleTo(page);
        keptId = model->record(0).auditId;
    });
    QTest::mouseClick(child<QPushButton>(page, "nextPage"), Qt::LeftButton);
    QTRY_VERIFY(!said.isEmpty());
    QVERIFY2(TrText::is(said, AuditPage::tr("The audit could not be loaded: %1")), qPrintable(said));
    QVERIFY(said.contains(QLatin1String("An error has occurred")));
    QCOMPARE(keptId, firstId); // the last good page stays
    QVERIFY(retryShown);
    auto *retry = child<QPushButton>(page, "auditRetry");
    if (retry->isVisible())
        QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(model->pageNumber(), 2);
    QVERIFY(page->stateText().isEmpty());
}

void TestUi::audit_exportFromTheWindow_cancelledIsCancelled()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--seed"), QStringLiteral("1500")}));
    auto window = openWindow(QStringLiteral("admin"), &sandbox);
    QVERIFY(window);
    window->showPage(MainWindow::AuditPageIndex);
    AuditPage *page = window->auditPage();
    QTRY_COMPARE(page->browser()->model()->rowCount(), 50);
    auto *user = child<QComboBox>(page, "userFilter");
    QTRY_VERIFY(user->count() > 3);
    user->setCurrentIndex(user->findData(4));
    Q_EMIT user->activated(user->currentIndex());
    QTRY_VERIFY(!page->browser()->isLoading() && page->browser()->query().userId == 4);
    const qint64 matching = page->browser()->model()->pageInfo().total;
    QVERIFY(matching > 50 && matching < 1500);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("from-window.csv"));
    FileChooser::queueAnswer(file);
    Prompter::queueAnswer(Prompter::Ok); // the "export finished" message
    page->exportCsv();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isExporting() && !page->lastExportMessage().isEmpty(), 20000);
    QCOMPARE(page->lastExportOutcome(), AuditExporter::Completed);
    QVERIFY2(page->lastExportMessage().contains(file), qPrintable(page->lastExportMessage())); // names the file
    QVERIFY(Prompter::lastQuestion().contains(file));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QList<QStringList> rows;
    QString error;
    QVERIFY2(readCsv(f.readAll(), &rows, &error), qPrintable(error));
    QCOMPARE(rows.size() - 1, int(matching)); // every matching record, not just the page on screen
    for (int i = 1; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).at(2), QStringLiteral("4"));

    // Cancelled is cancelled, not "failed", and leaves no file.
    QVERIFY(sandbox.setFaults(QJsonObject{{QStringLiteral("latencyMs"), 300}}));
    const QString cancelled = dir.filePath(QStringLiteral("cancelled.csv"));
    FileChooser::queueAnswer(cancelled);
    Prompter::queueAnswer(Prompter::Ok);
    page->exportCsv();
    QVERIFY(page->isExporting());
    auto *progress = page->findChild<QProgressDialog *>(QStringLiteral("exportProgress"));
    QVERIFY(progress);
    Q_EMIT progress->canceled();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isExporting(), 10000);
    QCOMPARE(page->lastExportOutcome(), AuditExporter::Cancelled);
    QVERIFY2(Prompter::lastQuestion().contains(AuditExporter::tr("The export was cancelled.")), qPrintable(Prompter::lastQuestion()));
    QVERIFY(!QFile::exists(cancelled));
    QVERIFY(sandbox.setFaults(QJsonObject{{QStringLiteral("latencyMs"), 0}}));

    // A range of days: the export walks them.
    const QString days = dir.filePath(QStringLiteral("days.csv"));
    Prompter::queueText(QStringLiteral("2020-01-02..2020-01-03"));
    FileChooser::queueAnswer(days);
    Prompter::queueAnswer(Prompter::Ok);
    page->exportDays();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isExporting() && page->lastExportMessage().contains(days), 20000);
    QCOMPARE(page->lastExportOutcome(), AuditExporter::Completed);

    // Cancelling the file dialog exports nothing.
    FileChooser::queueAnswer(QString());
    const int before = sandbox.requestCount(QStringLiteral("GET /api/v1/key-management/audit"));
    page->exportCsv();
    QVERIFY(!page->isExporting());
    QCOMPARE(sandbox.requestCount(QStringLiteral("GET /api/v1/key-management/audit")), before);
}

void TestUi::audit_exportFromTheWindow_contradictoryTotal_saysSoAndKeepsNoFile()
{
    // A server whose first page holds records but reports a negative total: the window's export
    // says what the server claimed, as the command does, and keeps no file.
    HostileServer server;
    server.route(QStringLiteral("GET /api/v1/key-management/audit"), [](const HostileServer::Request &) {
        return HostileServer::Reply::json(
            "{\"records\": [{\"masterEncryptionKeyRotationInfoAuditId\": 2, \"date\": \"2026-01-01T00:00:00Z\"},"
            " {\"masterEncryptionKeyRotationInfoAuditId\": 1, \"date\": \"2026-01-01T00:00:00Z\"}],"
            " \"total\": -4, \"success\": true}");
    });
    ApiClient client(new QNetworkAccessManager(this));
    client.setBaseUrl(QUrl(server.baseUrl()));
    client.useBearerToken(QStringLiteral("t"));
    AuditBrowser browser(&client);
    AuditPage page(&browser);
    page.show();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("contradicted.csv"));
    FileChooser::queueAnswer(file);
    Prompter::queueAnswer(Prompter::Ok);
    page.exportCsv();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isExporting() && !page.lastExportMessage().isEmpty(), 20000);
    QCOMPARE(page.lastExportOutcome(), AuditExporter::Failed);
    const QString impossible = QCoreApplication::translate("PageText", "the server reported %1 matching records, which cannot be.").arg(-4);
    QVERIFY2(page.lastExportMessage().contains(impossible), qPrintable(page.lastExportMessage()));
    QVERIFY(Prompter::lastQuestion().contains(impossible));
    QVERIFY(page.lastExportMessage().endsWith(AuditExporter::tr("No file was written.")));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestUi::window_connectionLost_oneBannerOnEveryPageThenBack()
{
    QTemporaryDir dir;
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--data"), dir.filePath(QStringLiteral("s.sqlite")),
                           QStringLiteral("--seed"), QStringLiteral("100")}));
    auto window = openWindow(QStringLiteral("admin"), &sandbox);
    QVERIFY(window);
    RotationMonitor *monitor = window->rotationMonitor();
    monitor->setBackoff(std::chrono::milliseconds(1000), std::chrono::milliseconds(4000));
    QTRY_VERIFY(monitor->info().processState == ProcessState::Completed);
    ConnectionBanner *banner = window->connectionBanner();
    QVERIFY(banner->text().isEmpty());
    sandbox.stop();
    window->showPage(MainWindow::AuditPageIndex);
    window->reload(); // any request finds the server gone
    QTRY_VERIFY_WITH_TIMEOUT(!banner->text().isEmpty(), 10000);
    QVERIFY2(banner->text().contains(ApiError(ApiError::ConnectionRefused).message()), qPrintable(banner->text()));
    QVERIFY2(TrText::has(
                 banner->text(),
                 ConnectionBanner::tr("The connection to %1 is lost since %2: %3 What is shown may be out of date, and actions that need "
                                      "the server are disabled until it answers again.")),
             qPrintable(banner->text()));
    QTRY_VERIFY_WITH_TIMEOUT(
        banner->text().contains(ConnectionBanner::tr("Trying again in %n s.", nullptr, window->workspace()->secondsUntilRetry())), 10000);
    QVERIFY2(TrText::has(banner->text(), ConnectionBanner::tr("It has failed for %1. %2")),
             qPrintable(banner->text())); // for how long, since when
    // The alert a screen reader announces keeps its words while the countdown beside it moves.
    auto *alert = child<QLabel>(banner, "connectionBannerText");
    auto *countdown = child<QLabel>(banner, "connectionBannerCountdown");
    const QString alertText = alert->text();
    const QString counted = countdown->text();
    QTRY_VERIFY_WITH_TIMEOUT(countdown->text() != counted, 5000);
    QCOMPARE(alert->text(), alertText);
    // The same banner over every page; the stale state is marked and actions that need the server are off.
    for (int p : {MainWindow::ConfigurationPageIndex, MainWindow::RotationPageIndex, MainWindow::AuditPageIndex}) {
        QVERIFY(window->showPage(p));
        QVERIFY(banner->isVisible());
    }
    QTRY_VERIFY(
        TrText::is(window->rotationPage()->stateText(), RotationPage::tr("%1 (possibly out of date: the server cannot be reached)")));
    // One banner: the audit, whose page failed during the outage, adds no second one nor a second Retry.
    window->auditPage()->browser()->nextPage();
    QTRY_VERIFY(!window->auditPage()->browser()->isLoading());
    QVERIFY2(window->auditPage()->stateText().isEmpty(), qPrintable(window->auditPage()->stateText()));
    QVERIFY(!child<QPushButton>(window->auditPage(), "auditRetry")->isVisibleTo(window->auditPage()));
    auto *rotate = child<QPushButton>(window->rotationPage(), "rotateButton");
    QVERIFY(!rotate->isEnabled());
    QVERIFY(rotate->toolTip().contains(RotationEligibility::tr("The server cannot be reached, so the state shown may be out of date.")));
    // The History page, first opened during the outage, cannot read the audit...
    QVERIFY(window->showPage(MainWindow::HistoryPageIndex));
    QTRY_VERIFY_WITH_TIMEOUT(!window->workspace()->history()->isRunning(), 15000);
    QVERIFY(window->workspace()->history()->history().rotationCount() == 0);
    // ...and the Servers page, refreshed during it, says this server is unreachable.
    ServerFleet *fleet = window->fleet();
    int ownRow = -1;
    for (int row = 0; row < fleet->count(); ++row)
        ownRow = fleet->session(row) == m_session.get() ? row : ownRow;
    QVERIFY(ownRow >= 0);
    QVERIFY(window->showPage(MainWindow::ServersPageIndex));
    QTest::mouseClick(child<QPushButton>(window->serversPage(), "refreshServersButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!fleet->isRefreshing() && fleet->status(ownRow).reach == ServerStatus::Unreachable, 15000);
    QVERIFY(sandbox.restart());
    const int auditReads = sandbox.requestCount(QStringLiteral("GET /api/v1/key-management/audit"));
    QTest::mouseClick(child<QPushButton>(banner, "retryNowButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(banner->text().isEmpty(), 10000);
    // Back: the audit page reads what it shows again, by itself.
    QTRY_VERIFY(sandbox.requestCount(QStringLiteral("GET /api/v1/key-management/audit")) > auditReads);
    QTRY_VERIFY(window->auditPage()->browser()->hasLoaded() && !window->auditPage()->browser()->lastError().isError());
    QTRY_COMPARE(window->rotationPage()->stateText(), RotationText::stateLabel(ProcessState::Completed));
    QTRY_VERIFY(rotate->isEnabled());
    // ...and reads it again by itself once the server is back (seen: its error stayed until "Read again").
    QTRY_VERIFY_WITH_TIMEOUT(window->workspace()->history()->history().rotationCount() > 0, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!fleet->isRefreshing() && fleet->status(ownRow).reach == ServerStatus::Reachable, 15000);
}

void TestUi::window_smallScreen_focusArrivingFromOutsideIsScrolledIntoView()
{
    // At 900x620 the Rotation page scrolls. Focus that comes into it from outside (Shift+Tab from
    // the page list, Tab from the connection banner) used to land on a control out of sight.
    auto window = openWindow();
    QVERIFY(window);
    // Lower than 620: this platform's fonts leave the page a few pixels to scroll there, Windows'
    // a banner's height more.
    window->resize(900, 460);
    QVERIFY(window->showPage(MainWindow::RotationPageIndex));
    auto *scroll = child<QScrollArea>(window.get(), "rotationScroll");
    QApplication::processEvents();
    QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 100); // it does scroll here
    QWidget *lowest = nullptr;
    QWidget *highest = nullptr;
    const auto yOf = [scroll](QWidget *w) { return w->mapTo(scroll->widget(), QPoint(0, 0)).y(); };
    for (QWidget *w : scroll->widget()->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(scroll->widget()) || !(w->focusPolicy() & Qt::TabFocus) || !w->isEnabled())
            continue;
        if (!lowest || yOf(w) > yOf(lowest))
            lowest = w;
        if (!highest || yOf(w) < yOf(highest))
            highest = w;
    }
    QVERIFY(lowest && highest && lowest != highest);
    const auto inSight = [scroll](QWidget *w) {
        const QRect shown(w->mapTo(scroll->viewport(), QPoint(0, 0)), w->size());
        return scroll->viewport()->rect().contains(shown);
    };
    scroll->verticalScrollBar()->setValue(0);
    child<QListWidget>(window.get(), "pageList")->setFocus(Qt::OtherFocusReason);
    lowest->setFocus(Qt::BacktabFocusReason);
    QTRY_VERIFY2(inSight(lowest), lowest->objectName().toUtf8());
    child<QListWidget>(window.get(), "pageList")->setFocus(Qt::OtherFocusReason);
    highest->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY2(inSight(highest), highest->objectName().toUtf8());
}

void TestUi::window_smallScreen_fitsAndMessagesNeverWidenIt()
{
    auto window = openWindow();
    QVERIFY(window);
    QCOMPARE(window->windowTitle(), QStringLiteral("127.0.0.1")); // the platform adds "— kmconsole" once
    for (int p = 0; p < MainWindow::PageCount; ++p) {
        QVERIFY(window->showPage(p));
        QApplication::processEvents();
        const QSize least = window->minimumSizeHint().expandedTo(window->minimumSize());
        QVERIFY2(least.width() <= 900 && least.height() <= 620,
                 qPrintable(QStringLiteral("page %1 needs %2x%3").arg(p).arg(least.width()).arg(least.height())));
    }
    window->resize(900, 620);
    QApplication::processEvents();
    QCOMPARE(window->size(), QSize(900, 620));
    // A long error in the status bar is cut to fit, never making the window wider. (The poll is
    // stopped first, so that no real request's outcome replaces the one shown here.)
    window->rotationMonitor()->stop();
    QTRY_VERIFY(!m_session->client()->hasRequestsInFlight());
    ApiError longError(ApiError::ServerError, QString(600, QLatin1Char('x')), 500);
    Q_EMIT m_session->client()->requestFinished(false, longError);
    QApplication::processEvents();
    QCOMPARE(window->size(), QSize(900, 620));
    QVERIFY(window->minimumSizeHint().width() <= 900);
    QVERIFY(window->connectionText().contains(QString(600, QLatin1Char('x')))); // whole, on hover

    // German words are longer: the window still fits, on every page.
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/kmconsole_de.qm")));
    QCoreApplication::installTranslator(&german);
    const auto english = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });
    MainWindow deutsch(m_session.get());
    QCOMPARE(deutsch.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
    deutsch.show();
    for (int p = 0; p < MainWindow::PageCount; ++p) {
        QVERIFY(deutsch.showPage(p));
        QApplication::processEvents();
        const QSize least = deutsch.minimumSizeHint().expandedTo(deutsch.minimumSize());
        QVERIFY2(least.width() <= 900 && least.height() <= 620,
                 qPrintable(QStringLiteral("German page %1 needs %2x%3").arg(p).arg(least.width()).arg(least.height())));
    }
}

void TestUi::window_remembersGeometryAndPage_andSaysWhatItIs()
{
    {
        auto window = openWindow();
        QVERIFY(window);
        window->resize(1234, 777);
        QVERIFY(window->showPage(MainWindow::AuditPageIndex));
        QVERIFY(window->close());
        const QString about = window->aboutText();
        QVERIFY(about.contains(QLatin1String(KMCONSOLE_VERSION)));
        QVERIFY(about.contains(m_sandbox.urlText()));
        QVERIFY(about.contains(QLatin1String("(en)")));
    }
    MainWindow again(m_session.get());
    QCOMPARE(again.currentPage(), int(MainWindow::AuditPageIndex));
    QCOMPARE(again.size(), QSize(1234, 777));
    QCOMPARE(child<QListWidget>(&again, "pageList")->currentRow(), int(MainWindow::AuditPageIndex));
}

void TestUi::window_showsTheServersVersion_andADayReadInAnotherTimeZone()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--seed"), QStringLiteral("1000"),
                           QStringLiteral("--api-version"), QStringLiteral("11.2"), QStringLiteral("--date-filter-local-offset=-5")}));
    auto window = openWindow(QStringLiteral("admin"), &sandbox);
    QVERIFY(window);
    // The version in the status bar and the About box, asked once for the session.
    QTRY_COMPARE(child<QLabel>(window.get(), "serverVersionLabel")->text(),
                 MainWindow::tr("Version: %1").arg(QStringLiteral("11.2.000002")));
    QVERIFY(window->aboutText().contains(QLatin1String("11.2.000002")));
    QCOMPARE(sandbox.requestCount(QStringLiteral("GET /api/v1/version")), 1);
    // Signed out and in again: the new session's version, asked once more (seen: "unknown" for good).
    bool signedOut = false;
    m_session->signOut([&] { signedOut = true; });
    QTRY_VERIFY(signedOut);
    {
        SignInDialog again(m_session.get());
        QVERIFY(signInDialog(again, sandbox.urlText(), QStringLiteral("admin"), password));
    }
    QTRY_COMPARE(child<QLabel>(window.get(), "serverVersionLabel")->text(),
                 MainWindow::tr("Version: %1").arg(QStringLiteral("11.2.000002")));
    QVERIFY(window->aboutText().contains(QLatin1String("11.2.000002")));
    QTRY_COMPARE(sandbox.requestCount(QStringLiteral("GET /api/v1/version")), 2);
    // An 11.2 server is never asked for the 11.7 history; the page says it has none.
    QTRY_VERIFY(!window->workspace()->configuration()->historyAvailable());
    QCOMPARE(sandbox.stats().value(QStringLiteral("requests")).toObject().value(QStringLiteral("other")).toInt(), 0);

    // A day asked of a server that reads it in its own time zone (UTC-5: its day ends at 05:00 UTC
    // the next day, so the newest records it sends are outside the day asked): the page says so.
    QVERIFY(window->showPage(MainWindow::AuditPageIndex));
    AuditPage *page = window->auditPage();
    QTRY_VERIFY(page->browser()->hasLoaded());
    const QString outside = AuditPage::tr("The server sent records dated outside %1 (UTC), the day asked for: it may read the day in "
                                          "its own time zone. The list shows what it sent.");
    QVERIFY(!TrText::is(page->stateText(), outside));
    page->browser()->setFilters(QString(), std::nullopt, QDate(2020, 1, 2), QString());
    QTRY_VERIFY2(
        page->stateText() == outside.arg(QStringLiteral("2020-01-02")),
        qPrintable(page->stateText() + page->browser()->query().date.toString() + QString::number(page->browser()->model()->rowCount())));
    QVERIFY(page->browser()->pageOutsideDay());
}

namespace {
// What a screen reader hears for each control of a window: its name and description.
QStringList unlabelledControls(QWidget *root)
{
    QStringList problems;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                             || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QAbstractSpinBox *>(w);
        if (!control || w->objectName().startsWith(QLatin1String("qt_")) || qobject_cast<QLineEdit *>(w->parent())
            || qobject_cast<QAbstractItemView *>(w->parentWidget()) // a view's own corner button
            || qobject_cast<QComboBox *>(w->parent()) || qobject_cast<QAbstractSpinBox *>(w->parent()) || w->inherits("QHeaderView")
            || w->inherits("QComboBoxListView") || !w->parentWidget() || w->inherits("QCalendarWidget")
            || w->parentWidget()->inherits("QCalendarWidget") || w->window() != root->window())
            continue;
        // Qt on Windows gives every QWizard the Aero style's back button (an unnamed subclass of
        // QAbstractButton), which the wizard's ClassicStyle never shows.
        if (qobject_cast<QWizard *>(w->parentWidget()) && !w->isVisibleTo(w->parentWidget())
            && qstrcmp(w->metaObject()->className(), "QAbstractButton") == 0)
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        // A label that names a shortcut must lead somewhere, else it shows a literal "&".
        for (QLabel *label : w->parentWidget()->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (label->textFormat() != Qt::RichText && QString(label->text()).remove(QLatin1String("&&")).contains(QLatin1Char('&'))
                && !label->buddy())
                problems << QStringLiteral("label \"%1\": a shortcut without a buddy").arg(label->text());
        }
        const QString name = a ? a->text(QAccessible::Name) : QString();
        const QString description = a ? a->text(QAccessible::Description) : QString();
        const QString id = QStringLiteral("%1 (%2)").arg(w->objectName().isEmpty() ? QStringLiteral("<no objectName>") : w->objectName(),
                                                         QString::fromLatin1(w->metaObject()->className()));
        if (w->objectName().isEmpty())
            problems << id + QStringLiteral(": no objectName");
        if (name.trimmed().isEmpty())
            problems << id + QStringLiteral(": no accessible name");
        if (description.trimmed().isEmpty())
            problems << id + QStringLiteral(": no accessible description");
    }
    problems.removeDuplicates();
    return problems;
}
} // namespace

void TestUi::accessibility_everyControlHasNameAndDescription()
{
    QAccessible::setActive(true);
    QStringList problems;
    {
        SignInDialog dialog(m_session.get());
        problems += unlabelledControls(&dialog);
    }
    auto window = openWindow();
    QVERIFY(window);
    for (int p = 0; p < MainWindow::PageCount; ++p) {
        QVERIFY(window->showPage(p));
        problems += unlabelledControls(window.get());
    }
    {
        ReportDialog *report = window->showReportDialog();
        problems += unlabelledControls(report);
        report->reject();
    }
    window->rotationMonitor()->setActiveInterval(std::chrono::milliseconds(50));
    window->showPage(MainWindow::RotationPageIndex);
    QTRY_VERIFY(window->rotationMonitor()->hasInfo());
    if (RotationWizard *wizard = window->rotationPage()->openWizard()) {
        problems += unlabelledControls(wizard);
        wizard->reject();
    }
    problems.removeDuplicates();
    for (const QString &p : std::as_const(problems))
        qWarning("%s", qPrintable(p));
    QVERIFY2(problems.isEmpty(), "controls without a name or description: see the warnings above");
}

void TestUi::keyboard_rotationWizardCompletesWithKeysAlone()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--step-ms"), QStringLiteral("40")}));
    auto window = openWindow(QStringLiteral("admin"), &sandbox);
    QVERIFY(window);
    window->rotationMonitor()->setActiveInterval(std::chrono::milliseconds(50));
    window->activateWindow();
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::Key_2)); // the Rotation page
    QTRY_COMPARE(window->currentPage(), int(MainWindow::RotationPageIndex));
    auto *rotate = child<QPushButton>(window->rotationPage(), "rotateButton");
    QTRY_VERIFY(rotate->isEnabled());
    rotate->setFocus(); // as Tab would reach it
    QTest::keyClick(rotate, Qt::Key_Space);
    RotationWizard *wizard = window->rotationPage()->wizard();
    QVERIFY(wizard);
    auto press = [&](Qt::Key key) { QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : wizard, key); };
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->activateWindow();
    QApplication::setActiveWindow(wizard);
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->window() == wizard);
    press(Qt::Key_Return); // preflight → backup
    QTRY_COMPARE(wizard->currentId(), int(RotationWizard::BackupPageId));
    for (int i = 0; i < 6 && QApplication::focusWidget() != child<QCheckBox>(wizard, "backupCheck"); ++i)
        press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QCheckBox>(wizard, "backupCheck"));
    press(Qt::Key_Space);
    QVERIFY(child<QCheckBox>(wizard, "backupCheck")->isChecked());
    press(Qt::Key_Return); // backup → confirmation
    QTRY_COMPARE(wizard->currentId(), int(RotationWizard::ConfirmPageId));
    for (int i = 0; i < 6 && QApplication::focusWidget() != child<QLineEdit>(wizard, "confirmHostEdit"); ++i)
        press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(wizard, "confirmHostEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("127.0.0.1"));
    press(Qt::Key_Return); // Start rotation
    QTRY_COMPARE(wizard->currentId(), int(RotationWizard::RunPageId));
    QTRY_COMPARE_WITH_TIMEOUT(wizard->outcomeKind(), QStringLiteral("completed"), 15000);
    press(Qt::Key_Return); // Close
    QTRY_VERIFY(!window->rotationPage()->wizard());
    QCOMPARE(sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management/startmekrotation")), 1);
}

void TestUi::history_readsTheAuditAndOpensARotation()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--seed"), QStringLiteral("600")}));
    auto window = openWindow(QStringLiteral("auditor"), &sandbox);
    QVERIFY(window);
    QVERIFY(window->showPage(MainWindow::HistoryPageIndex)); // shown: it reads the audit
    HistoryPage *page = window->historyPage();
    QTRY_VERIFY_WITH_TIMEOUT(!window->workspace()->history()->isRunning() && page->model()->rowCount() > 0, 15000);
    QCOMPARE(page->stateText(),
             HistoryPage::tr("%n rotation(s), from %1 audit events.", nullptr, window->workspace()->history()->history().rotationCount())
                 .arg(QLocale().toString(600)));
    const int rotations = page->model()->rowCount();
    QCOMPARE(rotations, window->workspace()->history()->history().rotationCount());
    auto *chart = child<RotationChart>(page, "rotationChart");
    QVERIFY(chart->summary().contains(QString::number(rotations)));
    QVERIFY(!chart->grab().isNull());
    // Newest first; Enter on a row shows that rotation's own events.
    QTableView *view = page->view();
    QCOMPARE(view->currentIndex().row(), 0);
    const RotationSummary newest = page->model()->summaryAt(0);
    QCOMPARE(view->model()->index(0, 0).data(RotationHistoryModel::RotationIdRole).toLongLong(), newest.rotationId);
    for (int r = 1; r < rotations; ++r)
        QVERIFY(page->model()->summaryAt(r - 1).startedUtc >= page->model()->summaryAt(r).startedUtc);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QDialog *events = nullptr;
    QTRY_VERIFY((events = page->findChild<QDialog *>(QStringLiteral("rotationEventsDialog"))));
    auto *eventsView = child<QTableView>(events, "eventsView");
    QTRY_COMPARE_WITH_TIMEOUT(eventsView->model()->rowCount(), newest.events, 10000);
    for (int r = 0; r < eventsView->model()->rowCount(); ++r)
        QCOMPARE(eventsView->model()->index(r, RotationAuditModel::RotationColumn).data().toString(),
                 QStringLiteral("#%1").arg(newest.rotationId));
    events->close();
}

namespace {
RotationSummary rotationAt(qint64 id, const QDateTime &startedUtc, qint64 seconds, RotationOutcome::Outcome outcome)
{
    RotationSummary r;
    r.rotationId = id;
    r.startedUtc = startedUtc;
    r.endedUtc = startedUtc.addSecs(seconds);
    r.lastEventUtc = r.endedUtc;
    r.outcome = outcome;
    r.events = 4;
    return r;
}

// No label of the chart covers a mark.
QString labelOverMark(const RotationChart::Geometry &g)
{
    for (int l = 0; l < g.labels.size(); ++l) {
        for (int m = 0; m < g.marks.size(); ++m) {
            if (g.labels.at(l).intersects(g.marks.at(m)))
                return QStringLiteral("label \"%1\" covers mark %2").arg(g.labelTexts.at(l)).arg(m);
        }
    }
    return {};
}
} // namespace

void TestUi::chart_farApartRotationsAreDrawnInOrder()
{
    // As the seeded sandbox and a live rotation: 260 in January 2020, two today.
    QList<RotationSummary> rows;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    rows << rotationAt(262, now.addSecs(-600), 120, RotationOutcome::Completed)
         << rotationAt(261, now.addSecs(-4000), 300, RotationOutcome::FailedBeforeKeySwap);
    const QDateTime january(QDate(2020, 1, 1), QTime(8, 0), Qt::UTC);
    for (int i = 259; i >= 0; --i)
        rows << rotationAt(i + 1, january.addSecs(qint64(i) * 10000), 60 + (i * 37) % 500,
                           i % 17 ? RotationOutcome::Completed : RotationOutcome::FailedAfterKeySwap);
    RotationHistoryModel model;
    model.setSummaries(rows);
    RotationChart chart(&model);
    chart.resize(900, 200);
    const RotationChart::Geometry g = chart.geometry();
    QVERIFY(g.inOrder);
    QCOMPARE(g.marks.size(), rows.size());
    // Readable: no pixel column holds more than one mark (at 900 px there is room for each).
    QMap<int, int> perColumn;
    for (const QRectF &mark : g.marks)
        ++perColumn[int(mark.center().x())];
    int crowded = 0;
    for (int count : std::as_const(perColumn))
        crowded = std::max(crowded, count);
    QVERIFY2(crowded <= 1, qPrintable(QStringLiteral("%1 marks in one pixel column").arg(crowded)));
    // Dated below: the first and last day, the gap shown as a break, and no label on a mark.
    QVERIFY(g.labelTexts.contains(DateText::localDate(january.toLocalTime().date())));
    QVERIFY(g.labelTexts.contains(DateText::localDate(now.toLocalTime().date())));
    QCOMPARE(g.breaks.size(), 1);
    QVERIFY(g.breaks.first() > g.marks.at(2).center().x() && g.breaks.first() < g.marks.at(1).center().x());
    const QString over = labelOverMark(g);
    QVERIFY2(over.isEmpty(), qPrintable(over));
    QVERIFY2(chart.summary().endsWith(RotationChart::tr(
                 "They lie far apart in time, so they are drawn side by side in order, dated below, each long gap shown as a break.")),
             qPrintable(chart.summary()));
    QVERIFY(!chart.grab().isNull());
    // Rotations spread evenly stay on a time scale.
    rows.clear();
    for (int i = 9; i >= 0; --i)
        rows << rotationAt(i + 1, january.addDays(i), 100, RotationOutcome::Completed);
    model.setSummaries(rows);
    QVERIFY(!chart.geometry().inOrder);
    QVERIFY(!chart.summary().contains(RotationChart::tr(
        "They lie far apart in time, so they are drawn side by side in order, dated below, each long gap shown as a break.")));
}

void TestUi::chart_labelsAreClearOfMarks()
{
    // The oldest rotation, at the left, took longest and failed: its mark is as high as marks go,
    // under where the scale is written; the newest, at the right, took long too.
    QList<RotationSummary> rows;
    const QDateTime start(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
    for (int i = 39; i >= 0; --i) {
        const bool longest = i == 0 || i == 39;
        rows << rotationAt(i + 1, start.addDays(i), longest ? 4000 : 100 + i,
                           i == 0    ? RotationOutcome::FailedBeforeKeySwap
                           : i == 39 ? RotationOutcome::FailedAfterKeySwap
                                     : RotationOutcome::Completed);
    }
    RotationHistoryModel model;
    model.setSummaries(rows);
    RotationChart chart(&model);
    for (const QSize &size : {QSize(600, 170), QSize(300, 160), QSize(1200, 300)}) { // narrow: the legend wraps onto more rows
        chart.resize(size);
        const RotationChart::Geometry g = chart.geometry();
        QVERIFY(!g.inOrder);
        QVERIFY(g.labels.size() >= 3); // the scale and two dates
        const QString over = labelOverMark(g);
        QVERIFY2(over.isEmpty(), qPrintable(over));
        for (const QRectF &mark : g.marks)
            QVERIFY(QRectF(chart.rect()).contains(mark));
        // The legend fits the width (it wraps), and stays under the plot.
        for (const QRect &item : chart.legendItems()) {
            QVERIFY2(item.right() < chart.width(), qPrintable(QStringLiteral("%1 > %2").arg(item.right()).arg(chart.width())));
            QVERIFY(g.plot.bottom() + chart.fontMetrics().height() + item.bottom() < chart.height() + 8);
        }
    }
}

void TestUi::history_periodFiltersTheChartAndTable()
{
    SandboxProcess sandbox; // seeded rotations in 2020, and one now
    QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--seed"), QStringLiteral("300"),
                           QStringLiteral("--step-ms"), QStringLiteral("5")}));
    auto window = openWindow(QStringLiteral("admin"), &sandbox);
    QVERIFY(window);
    bool started = false;
    window->session()->client()->startRotation(window.get(), [&](const ApiResult<RotationInfo> &r) { started = r.ok(); });
    QTRY_VERIFY(started);
    QVERIFY(window->showPage(MainWindow::HistoryPageIndex));
    HistoryPage *page = window->historyPage();
    QTRY_VERIFY_WITH_TIMEOUT(!window->workspace()->history()->isRunning() && page->model()->rowCount() > 1, 15000);
    const int all = window->workspace()->history()->history().rotationCount();
    QCOMPARE(page->model()->rowCount(), all);
    RotationChart *chart = page->chart();
    QVERIFY(chart->geometry().inOrder); // years apart
    QCOMPARE(chart->focusPolicy(), Qt::StrongFocus);
    auto *period = child<QComboBox>(page, "historyPeriod");
    QCOMPARE(period->currentData().toInt(), int(HistoryPage::AllTime));
    // The last 30 days: the live rotation only, in the chart, its words and the table.
    period->setCurrentIndex(period->findData(HistoryPage::Last30Days));
    QCOMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->view()->model()->rowCount(), 1);
    QCOMPARE(chart->geometry().marks.size(), 1);
    const QString last30 = period->currentText();
    QVERIFY2(TrText::is(chart->accessibleDescription(),
                        RotationChart::tr("%1: %2").arg(
                            last30, RotationChart::tr("%n rotation(s) from %1 to %2: %3 completed, %4 failed. The higher a "
                                                      "mark, the longer it took.",
                                                      nullptr, 1))),
             qPrintable(chart->accessibleDescription()));
    QVERIFY(!child<QDateEdit>(page, "historyFrom")->isVisible());
    // Days of 2020 chosen: the seeded ones.
    page->setPeriod(HistoryPage::CustomPeriod, QDate(2019, 12, 1), QDate(2020, 12, 31));
    QVERIFY(child<QDateEdit>(page, "historyFrom")->isVisible());
    QCOMPARE(page->model()->rowCount(), all - 1);
    QVERIFY(!chart->geometry().inOrder);
    QVERIFY2(chart->accessibleDescription().contains(DateText::localDate(QDate(2020, 12, 31))), qPrintable(chart->accessibleDescription()));
    // A period without rotations says so.
    page->setPeriod(HistoryPage::CustomPeriod, QDate(2021, 1, 1), QDate(2021, 1, 31));
    QCOMPARE(page->model()->rowCount(), 0);
    QVERIFY2(TrText::is(chart->accessibleDescription(), RotationChart::tr("%1: no rotation in this period.")),
             qPrintable(chart->accessibleDescription()));
    period->setCurrentIndex(period->findData(HistoryPage::AllTime));
    QCOMPARE(page->model()->rowCount(), all);
    QVERIFY(!chart->accessibleDescription().contains(last30));
}

void TestUi::rotationPage_keyAgeAgainstThePolicy()
{
    SandboxProcess sandbox; // its last rotation completed in 2020
    QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--seed"), QStringLiteral("300")}));
    auto window = openWindow(QStringLiteral("admin"), &sandbox);
    QVERIFY(window);
    window->showPage(MainWindow::RotationPageIndex);
    RotationPage *page = window->rotationPage();
    QTRY_COMPARE_WITH_TIMEOUT(window->workspace()->keyAge().state, KeyAge::Overdue, 10000);
    QVERIFY2(page->keyAgeText().startsWith(window->workspace()->keyAge().sentence()), qPrintable(page->keyAgeText()));
    QVERIFY(TrText::has(page->keyAgeText(), RotationPage::tr("Last completed rotation: %1.")));
    auto *policy = child<QSpinBox>(page, "policySpin");
    QCOMPARE(policy->value(), 365);
    policy->setValue(3650); // ten years
    QCOMPARE(m_session->server()->rotationPolicyDays(), 3650);
    QTRY_VERIFY(window->workspace()->keyAge().state != KeyAge::Overdue);
    QTRY_VERIFY(page->keyAgeText().startsWith(window->workspace()->keyAge().sentence()));
    // A server that never rotated: the age is unknown, and says so.
    SandboxProcess never;
    QVERIFY(never.start({QStringLiteral("--password"), password}));
    m_session = std::make_unique<Session>(m_settings.get(), m_secrets.get());
    auto fresh = openWindow(QStringLiteral("admin"), &never);
    QVERIFY(fresh);
    QTRY_VERIFY_WITH_TIMEOUT(fresh->workspace()->isKeyAgeKnown(), 10000);
    QCOMPARE(fresh->workspace()->keyAge().state, KeyAge::Unknown);
    QTRY_VERIFY(
        TrText::is(fresh->rotationPage()->keyAgeText(),
                   QCoreApplication::translate("RotationHistory",
                                               "No completed rotation is known, so the key's age is unknown (policy: at most %n day(s)).",
                                               nullptr, fresh->workspace()->keyAge().policyDays)));
}

void TestUi::report_fromTheWindow_pdfAndJson()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--seed"), QStringLiteral("800")}));
    auto window = openWindow(QStringLiteral("auditor"), &sandbox);
    QVERIFY(window);
    QTemporaryDir dir;
    for (const char *format : {"reportPdf", "reportJson"}) {
        ReportDialog *dialog = window->showReportDialog();
        QPointer<ReportDialog> alive(dialog);
        QTest::mouseClick(child<QRadioButton>(dialog, format), Qt::LeftButton);
        typeInto(child<QLineEdit>(dialog, "reportSinceEdit"), QStringLiteral("2020-01-01"));
        QTest::keyClick(child<QLineEdit>(dialog, "reportSinceEdit"), Qt::Key_Tab);
        const QString file =
            dir.filePath(QLatin1String(format)
                         + (QLatin1String(format) == QLatin1String("reportPdf") ? QStringLiteral(".pdf") : QStringLiteral(".json")));
        FileChooser::queueAnswer(file);
        Prompter::queueAnswer(Prompter::Ok); // "Report saved"
        QTest::mouseClick(child<QPushButton>(dialog, "generateReportButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!alive || alive->writtenFile() == file, 20000);
        QVERIFY(Prompter::lastQuestion().contains(file));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        if (file.endsWith(QLatin1String(".pdf"))) {
            QVERIFY(bytes.startsWith("%PDF-"));
        } else {
            const QJsonObject json = QJsonDocument::fromJson(bytes).object();
            QCOMPARE(json.value(QStringLiteral("periodStartUtc")).toString(), QStringLiteral("2020-01-01T00:00:00Z"));
            QVERIFY(json.value(QStringLiteral("rotations")).toArray().size() > 2);
        }
    }
}

void TestUi::servers_everyProfileAtAGlance_andOpenOneInItsOwnWindow()
{
    SandboxProcess other;
    QVERIFY(other.start({QStringLiteral("--password"), password, QStringLiteral("--seed"), QStringLiteral("200")}));
    auto keychain = std::make_unique<MemorySecretStore>(true);
    ConnectionProfile kept;
    kept.name = QStringLiteral("Disaster recovery");
    kept.server = other.urlText();
    kept.userName = QStringLiteral("admin");
    kept.rememberInKeychain = true;
    m_settings->saveProfile(kept);
    keychain->store(Session::keychainKey(kept), password, nullptr);
    ConnectionProfile gone;
    gone.name = QStringLiteral("Retired test server");
    gone.server = QStringLiteral("http://127.0.0.1:1/SecretServer");
    gone.userName = QStringLiteral("admin");
    m_settings->saveProfile(gone);
    m_secrets = std::move(keychain);
    m_session = std::make_unique<Session>(m_settings.get(), m_secrets.get());
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(window->showPage(MainWindow::ServersPageIndex)); // shown: every server is asked
    ServerFleet *fleet = window->fleet();
    QTRY_VERIFY_WITH_TIMEOUT(!fleet->isRefreshing() && fleet->rowOf(kept.name) >= 0 && fleet->status(fleet->rowOf(kept.name)).keyAgeKnown,
                             20000);
    QCOMPARE(fleet->status(fleet->rowOf(gone.name)).reach, ServerStatus::Unreachable);
    const int dr = fleet->rowOf(kept.name);
    QVERIFY(fleet->status(dr).signedIn); // with the password kept in the keychain
    QCOMPARE(fleet->status(dr).keyAge.state, KeyAge::Overdue);
    QTableView *view = window->serversPage()->view();
    QVERIFY(
        view->model()->index(dr, ServerFleetModel::WarningsColumn).data().toString().contains(ServerFleet::tr("Key overdue for rotation")));
    // The window's own server is one of the rows, signed in.
    bool ownFound = false;
    for (int r = 0; r < fleet->count(); ++r)
        ownFound = ownFound || fleet->session(r) == m_session.get();
    QVERIFY(ownFound);
    // Open: its own window, on its own session.
    QSet<QWidget *> before;
    for (QWidget *w : QApplication::topLevelWidgets())
        before.insert(w);
    window->serversPage()->open(dr);
    MainWindow *opened = nullptr;
    QTRY_VERIFY([&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (!before.contains(w) && qobject_cast<MainWindow *>(w))
                opened = static_cast<MainWindow *>(w);
        }
        return opened != nullptr;
    }());
    QCOMPARE(opened->session(), fleet->session(dr));
    QVERIFY(opened->session() != m_session.get());
    QCOMPARE(opened->windowTitle(), QStringLiteral("127.0.0.1"));
    opened->close();
    // Signing out of it leaves this window's session alone.
    QTRY_VERIFY(!fleet->isRefreshing());
    window->serversPage()->signOut(dr);
    QTRY_VERIFY(!fleet->session(dr)->client()->isSignedIn());
    QVERIFY(m_session->client()->isSignedIn());
}

QTEST_MAIN(TestUi)
#include "tst_ui.moc"
