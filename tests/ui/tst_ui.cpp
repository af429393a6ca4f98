// The console as a person uses it, offscreen, against real kmsandbox instances: sign-in (good,
// wrong, unreachable, not a Secret Server, untrusted certificate refused, trusted once, pinned,
// changed), profiles without secrets, and the configuration editor (validation as you type, save
// and read back, the server's 400 on its field, a 500 keeping the edits, one PUT per click, an
// expired session mid-edit, the auditor's read-only view, the history after a save).
#include "api/ApiClient.h"
#include "services/AuditBrowser.h"
#include "AuditPage.h"
#include "CsvReader.h"
#include "FileChooser.h"
#include "CannedHttpServer.h"
#include "ConfigAuditModel.h"
#include "ConfigurationPage.h"
#include "MainWindow.h"
#include "services/RotationMonitor.h"
#include "RotationPage.h"
#include "RotationProgressWidget.h"
#include "RotationWizard.h"
#include "Prompter.h"
#include "SandboxProcess.h"
#include "session/SecretStore.h"
#include "session/Settings.h"
#include "SignInDialog.h"

#include <QAccessible>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHeaderView>
#include <QListView>
#include <QListWidget>
#include <QSignalSpy>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

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
} // namespace

class TestUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void signIn_wrongPasswordThenRight_savesProfileWithoutSecrets();
    void signIn_unreachableHost_saysRefused();
    void signIn_notASecretServer_saysSo();
    void signIn_keychainUnavailable_isDisabledWithReason();
    void signIn_untrustedCertificate_refusedTrustedOncePinnedThenChangedRefused();
    void signIn_oneTimeCode_askedForThenAccepted();
    void signIn_apiToken_worksAndIsNotSaved();

    void editor_awsInvalidThenValid_savesAndReadsBack();
    void editor_serverRejectsField_showsItOnTheField();
    void editor_serverError_keepsEditsAndRetryWorks();
    void editor_repeatedClicks_sendOnePut();
    void editor_sessionExpiresMidEdit_signInAgainKeepsEdits();
    void editor_auditor_isReadOnlyWithReason();
    void editor_leavingWithUnsavedEdits_asksFirst();
    void editor_azureFields_validateAsYouType();

    void wizard_fullRotation_followsEveryStepAndSendsOnePut();
    void wizard_failureThenRetry_completes();
    void wizard_serverRefusesStart_showsWordsAndSendsNothingMore();
    void rotationPage_auditor_buttonsDisabledWithReasons();
    void rotationPage_connectionLost_bannerThenBack();

    void audit_sortFilterPageAndKeyboard();
    void audit_errorKeepsLastPage_thenRetry();
    void audit_exportFromTheWindow();

    void window_remembersGeometryAndPage_andSaysWhatItIs();
    void accessibility_everyControlHasNameAndDescription();
    void keyboard_rotationWizardCompletesWithKeysAlone();

private:
    bool signInDialog(SignInDialog &dialog, const QString &server, const QString &user, const QString &pw);
    std::unique_ptr<MainWindow> openWindow(const QString &user = QStringLiteral("admin"), SandboxProcess *sandbox = nullptr);
    RotationWizard *openWizardAndConfirm(MainWindow *window);
    QJsonObject serverConfig();
    void chooseType(ConfigurationPage *page, int index);
    // Switches to a type other than the stored one and fills it in validly: always a change.
    void fillValidOtherType(ConfigurationPage *page);

    QTemporaryDir m_home;
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
};

void TestUi::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("kmconsole-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.path());
    QString error;
    QVERIFY2(m_sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--seed"), QStringLiteral("50")}, &error),
             qPrintable(error));
}

void TestUi::init()
{
    QSettings().clear();
    m_client = std::make_unique<ApiClient>(&m_network);
    m_settings = std::make_unique<Settings>();
    m_secrets = std::make_unique<SecretStore>();
    QCOMPARE(Prompter::queuedAnswers(), 0);
}

void TestUi::cleanup()
{
    QCOMPARE(Prompter::queuedAnswers(), 0); // every queued answer was asked for
    m_client.reset();
}

bool TestUi::signInDialog(SignInDialog &dialog, const QString &server, const QString &user, const QString &pw)
{
    dialog.show();
    child<QComboBox>(&dialog, "profileCombo")->setCurrentIndex(child<QComboBox>(&dialog, "profileCombo")->count() - 1);
    typeInto(child<QLineEdit>(&dialog, "serverEdit"), server);
    typeInto(child<QLineEdit>(&dialog, "userEdit"), user);
    typeInto(child<QLineEdit>(&dialog, "passwordEdit"), pw);
    QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 15000 && (dialog.isBusy() || dialog.result() == 0) && dialog.errorText().isEmpty())
        QTest::qWait(10);
    return dialog.result() == QDialog::Accepted;
}

std::unique_ptr<MainWindow> TestUi::openWindow(const QString &user, SandboxProcess *sandbox)
{
    SignInDialog dialog(m_client.get(), m_settings.get(), m_secrets.get());
    if (!signInDialog(dialog, (sandbox ? sandbox : &m_sandbox)->urlText(), user, password))
        return nullptr;
    auto window = std::make_unique<MainWindow>(m_client.get(), m_settings.get(), m_secrets.get());
    window->show();
    window->showPage(MainWindow::ConfigurationPageIndex);
    ConfigurationPage *page = window->configurationPage();
    QElapsedTimer clock;
    clock.start();
    while (!page->fields()->hasLoaded() && clock.elapsed() < 10000)
        QTest::qWait(10);
    return page->fields()->hasLoaded() ? std::move(window) : nullptr;
}

QJsonObject TestUi::serverConfig()
{
    QUrl url = m_sandbox.url();
    url.setPath(url.path() + QStringLiteral("/api/v1/key-management"));
    return httpRequest("GET", url, {}, {}, sandboxToken(m_sandbox.url(), QStringLiteral("admin"), password)).object();
}

void TestUi::chooseType(ConfigurationPage *page, int index)
{
    auto *combo = child<QComboBox>(page, "typeCombo");
    combo->setFocus();
    // Keyboard choice, as a person would: Home, then Down index times.
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), index);
}

void TestUi::fillValidOtherType(ConfigurationPage *page)
{
    if (page->fields()->loaded().kind() != KeyManagementKind::AwsKms) {
        chooseType(page, 1);
        typeInto(child<QLineEdit>(page, "awsAccessKeyIdEdit"), awsAccessKey);
        typeInto(child<QLineEdit>(page, "awsKeyIdEdit"), awsKeyId);
        typeInto(child<QLineEdit>(page, "awsKeyArnEdit"), awsArn);
        typeInto(child<QLineEdit>(page, "awsSecretAccessKeyEdit"), awsSecret);
    } else {
        chooseType(page, 2);
        typeInto(child<QLineEdit>(page, "azureBaseUrlEdit"), QStringLiteral("https://contoso-kms.vault.azure.net/"));
        typeInto(child<QLineEdit>(page, "azureKeyNameEdit"), QStringLiteral("secret-server-kek"));
        typeInto(child<QLineEdit>(page, "azurePrincipalIdEdit"), QStringLiteral("5f1c4b3a-2e1d-4c5b-9a8f-7e6d5c4b3a21"));
        typeInto(child<QLineEdit>(page, "azurePrincipalSecretEdit"), QStringLiteral("azure-client-secret-value"));
    }
    QVERIFY(page->fields()->canSave());
}

void TestUi::signIn_wrongPasswordThenRight_savesProfileWithoutSecrets()
{
    SignInDialog dialog(m_client.get(), m_settings.get(), m_secrets.get());
    QVERIFY(!signInDialog(dialog, m_sandbox.urlText(), QStringLiteral("admin"), QStringLiteral("wrong")));
    QVERIFY2(dialog.errorText().contains(QLatin1String("not correct")), qPrintable(dialog.errorText()));
    QVERIFY(dialog.isVisible());

    typeInto(child<QLineEdit>(&dialog, "passwordEdit"), password);
    QVERIFY(child<QPushButton>(&dialog, "signInButton")->isDefault()); // Enter still signs in after a failure
    QTest::keyClick(child<QLineEdit>(&dialog, "passwordEdit"), Qt::Key_Return);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(m_client->isSignedIn());
    QVERIFY(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty()); // not kept in the widget

    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(m_settings->fileName()));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("admin@127.0.0.1"));
    QVERIFY(text.contains(m_sandbox.urlText().toUtf8()));
    QVERIFY(!text.contains(password.toUtf8()));
    QVERIFY(!text.contains("access_token") && !text.contains("Bearer"));

    // The saved profile is offered next time, filled in, with the password empty.
    SignInDialog again(m_client.get(), m_settings.get(), m_secrets.get());
    QCOMPARE(child<QComboBox>(&again, "profileCombo")->currentText(), QStringLiteral("admin@127.0.0.1"));
    QCOMPARE(child<QLineEdit>(&again, "serverEdit")->text(), m_sandbox.urlText());
    QCOMPARE(child<QLineEdit>(&again, "userEdit")->text(), QStringLiteral("admin"));
    QVERIFY(child<QLineEdit>(&again, "passwordEdit")->text().isEmpty());
}

void TestUi::signIn_unreachableHost_saysRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    SignInDialog dialog(m_client.get(), m_settings.get(), m_secrets.get());
    QVERIFY(!signInDialog(dialog, QStringLiteral("http://127.0.0.1:%1/SecretServer").arg(port), QStringLiteral("admin"), password));
    QVERIFY2(dialog.errorText().contains(QLatin1String("refused the connection")), qPrintable(dialog.errorText()));
    // Bad input never reaches the network.
    QVERIFY(!signInDialog(dialog, QStringLiteral("ftp://example"), QStringLiteral("admin"), password));
    QVERIFY2(dialog.errorText().contains(QLatin1String("https://")), qPrintable(dialog.errorText()));
}

void TestUi::signIn_notASecretServer_saysSo()
{
    CannedHttpServer web;
    web.setResponse(200, "text/html", "<html><body>Welcome to nginx!</body></html>");
    SignInDialog dialog(m_client.get(), m_settings.get(), m_secrets.get());
    QVERIFY(!signInDialog(dialog, web.baseUrl(), QStringLiteral("admin"), password));
    QVERIFY2(dialog.errorText().contains(QLatin1String("web page")), qPrintable(dialog.errorText()));
    CannedHttpServer missing;
    missing.setResponse(404, "text/html", "<html>Not Found</html>");
    QVERIFY(!signInDialog(dialog, missing.baseUrl(), QStringLiteral("admin"), password));
    QVERIFY2(dialog.errorText().contains(QLatin1String("No Secret Server answered")), qPrintable(dialog.errorText()));
}

void TestUi::signIn_keychainUnavailable_isDisabledWithReason()
{
    SignInDialog dialog(m_client.get(), m_settings.get(), m_secrets.get());
    auto *remember = child<QCheckBox>(&dialog, "rememberCheck");
    QTRY_VERIFY_WITH_TIMEOUT(m_secrets->isProbed(), 10000);
    if (m_secrets->isAvailable())
        QSKIP("this machine has a system keychain; the unavailable path cannot be shown here");
    QVERIFY(!remember->isEnabled());
    QVERIFY(!remember->isChecked());
    QVERIFY2(remember->toolTip().contains(QLatin1String("keychain")), qPrintable(remember->toolTip()));
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
        SignInDialog dialog(m_client.get(), m_settings.get(), m_secrets.get());
        Prompter::queueAnswer(Prompter::Cancel);
        QVERIFY(!signInDialog(dialog, tls.urlText(), QStringLiteral("admin"), password));
        QVERIFY2(dialog.errorText().contains(QLatin1String("not trusted")), qPrintable(dialog.errorText()));
        QVERIFY(Prompter::lastQuestion().contains(QLatin1String("SHA-256")));
        QVERIFY(Prompter::lastQuestion().contains(QLatin1String("sandbox-a")));
    }
    // Trusted once: signed in, nothing pinned.
    {
        QNetworkAccessManager network;
        ApiClient client(&network);
        SignInDialog dialog(&client, m_settings.get(), m_secrets.get());
        Prompter::queueAnswer(Prompter::TrustOnce);
        QVERIFY(signInDialog(dialog, tls.urlText(), QStringLiteral("admin"), password));
        QVERIFY(dialog.signedInProfile().pinnedSha256.isEmpty());
    }
    // Always trusted: pinned in the profile; the next sign-in asks nothing.
    QString profileName;
    {
        QNetworkAccessManager network;
        ApiClient client(&network);
        SignInDialog dialog(&client, m_settings.get(), m_secrets.get());
        Prompter::queueAnswer(Prompter::TrustAlways);
        QVERIFY(signInDialog(dialog, tls.urlText(), QStringLiteral("admin"), password));
        profileName = dialog.signedInProfile().name;
        QVERIFY(!m_settings->profile(profileName)->pinnedSha256.isEmpty());
    }
    {
        QNetworkAccessManager network;
        ApiClient client(&network);
        SignInDialog dialog(&client, m_settings.get(), m_secrets.get());
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
        QNetworkAccessManager network;
        ApiClient client(&network);
        SignInDialog dialog(&client, m_settings.get(), m_secrets.get());
        dialog.selectProfile(profileName);
        Prompter::queueAnswer(Prompter::Cancel);
        dialog.setPassword(password);
        dialog.submit();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 15000);
        QVERIFY2(Prompter::lastQuestion().contains(QLatin1String("has changed")), qPrintable(Prompter::lastQuestion()));
        QVERIFY(Prompter::lastQuestion().contains(QLatin1String("sandbox-b")));
        QVERIFY(!client.isSignedIn());
    }
}

void TestUi::signIn_oneTimeCode_askedForThenAccepted()
{
    SandboxProcess twoFactor;
    QVERIFY(twoFactor.start({QStringLiteral("--password"), password, QStringLiteral("--otp"), QStringLiteral("424242")}));
    SignInDialog dialog(m_client.get(), m_settings.get(), m_secrets.get());
    auto *otp = child<QLineEdit>(&dialog, "otpEdit");
    QVERIFY(!otp->isVisibleTo(&dialog));
    QVERIFY(!signInDialog(dialog, twoFactor.urlText(), QStringLiteral("admin"), password));
    QVERIFY2(dialog.errorText().contains(QLatin1String("one-time code")), qPrintable(dialog.errorText()));
    QVERIFY(otp->isVisibleTo(&dialog));
    typeInto(otp, QStringLiteral("111111"));
    dialog.submit();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.errorText().contains(QLatin1String("not correct")), 10000);
    typeInto(otp, QStringLiteral("424242"));
    typeInto(child<QLineEdit>(&dialog, "passwordEdit"), password);
    QTest::keyClick(otp, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
    QVERIFY(otp->text().isEmpty());
}

void TestUi::signIn_apiToken_worksAndIsNotSaved()
{
    const QByteArray token = sandboxToken(m_sandbox.url(), QStringLiteral("admin"), password);
    SignInDialog dialog(m_client.get(), m_settings.get(), m_secrets.get());
    dialog.show();
    child<QComboBox>(&dialog, "profileCombo")->setCurrentIndex(child<QComboBox>(&dialog, "profileCombo")->count() - 1);
    typeInto(child<QLineEdit>(&dialog, "serverEdit"), m_sandbox.urlText());
    QTest::mouseClick(child<QRadioButton>(&dialog, "tokenRadio"), Qt::LeftButton);
    QVERIFY(!child<QLineEdit>(&dialog, "passwordEdit")->isVisibleTo(&dialog));
    typeInto(child<QLineEdit>(&dialog, "tokenEdit"), QStringLiteral("forged-token"));
    dialog.submit();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 10000);
    QVERIFY(!m_client->isSignedIn());
    typeInto(child<QLineEdit>(&dialog, "tokenEdit"), QString::fromLatin1(token));
    dialog.submit();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
    QVERIFY(m_client->isSignedIn());
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(token));
    QVERIFY(m_settings->profile(dialog.signedInProfile().name)->useToken);
}

void TestUi::editor_awsInvalidThenValid_savesAndReadsBack()
{
    auto window = openWindow();
    QVERIFY(window);
    ConfigurationPage *page = window->configurationPage();
    const int historyBefore = int(page->history()->pageInfo().total);
    chooseType(page, 1); // AWS KMS
    auto *saveButton = child<QPushButton>(page, "saveButton");
    auto *accessKey = child<QLineEdit>(page, "awsAccessKeyIdEdit");
    auto *arn = child<QLineEdit>(page, "awsKeyArnEdit");
    auto *keyId = child<QLineEdit>(page, "awsKeyIdEdit");
    auto *secret = child<QLineEdit>(page, "awsSecretAccessKeyEdit");
    QVERIFY(accessKey->isVisibleTo(page));
    QVERIFY(!child<QLineEdit>(page, "azureBaseUrlEdit")->isVisibleTo(page));
    QVERIFY(!saveButton->isEnabled());

    typeInto(accessKey, QStringLiteral("akia123"));
    QVERIFY(child<QLabel>(page, "awsAccessKeyIdProblem")->text().contains(QLatin1String("20 characters")));
    typeInto(keyId, awsKeyId);
    typeInto(arn, QStringLiteral("arn:aws:kms:us-east-1:123456789012:key/9999abcd-12ab-34cd-56ef-1234567890ab"));
    QVERIFY2(child<QLabel>(page, "awsKeyArnProblem")->text().contains(QLatin1String("key id field says")),
             qPrintable(child<QLabel>(page, "awsKeyArnProblem")->text()));
    QVERIFY(child<QLabel>(page, "awsSecretAccessKeyProblem")->text().contains(QLatin1String("Required")));
    QVERIFY(!saveButton->isEnabled());
    QVERIFY(!saveButton->toolTip().isEmpty());

    typeInto(accessKey, awsAccessKey);
    typeInto(arn, awsArn);
    typeInto(secret, awsSecret);
    QVERIFY(child<QLabel>(page, "awsAccessKeyIdProblem")->text().isEmpty());
    QVERIFY(child<QLabel>(page, "awsKeyArnProblem")->text().isEmpty());
    QVERIFY(saveButton->isEnabled());

    Prompter::queueAnswer(Prompter::Save);
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QVERIFY(Prompter::lastQuestion().contains(QLatin1String("Secret access key: changed")));
    QVERIFY(!Prompter::lastQuestion().contains(awsSecret)); // the preview never shows a secret
    QVERIFY(Prompter::lastQuestion().contains(QLatin1String("maintenance mode")));
    QTRY_VERIFY_WITH_TIMEOUT(page->bannerText().startsWith(QLatin1String("Saved")), 10000);
    QVERIFY(!page->hasUnsavedChanges());
    QVERIFY(secret->text().isEmpty()); // the stored secret is not shown back

    const QJsonObject stored = serverConfig();
    QCOMPARE(stored.value(QStringLiteral("keyManagementTypeId")).toInt(), 1);
    QCOMPARE(stored.value(QStringLiteral("awsKmsAccessKeyId")).toString(), awsAccessKey);
    QCOMPARE(stored.value(QStringLiteral("awsKmsKeyArn")).toString(), awsArn);
    QCOMPARE(stored.value(QStringLiteral("awsKmsKeyId")).toString(), awsKeyId);
    QTRY_COMPARE(int(page->history()->pageInfo().total), historyBefore + 1);
    QVERIFY(page->history()->data(page->history()->index(0, ConfigAuditModel::NotesColumn)).toString().contains(QLatin1String("Amazon KMS")));
}

void TestUi::editor_serverRejectsField_showsItOnTheField()
{
    auto window = openWindow();
    QVERIFY(window);
    ConfigurationPage *page = window->configurationPage();
    chooseType(page, 1);
    typeInto(child<QLineEdit>(page, "awsAccessKeyIdEdit"), awsAccessKey);
    typeInto(child<QLineEdit>(page, "awsKeyIdEdit"), awsKeyId);
    typeInto(child<QLineEdit>(page, "awsKeyArnEdit"), awsArn);
    // The console does not judge a secret's form; the sandbox does (40 characters).
    typeInto(child<QLineEdit>(page, "awsSecretAccessKeyEdit"), QStringLiteral("too-short"));
    Prompter::queueAnswer(Prompter::Save);
    QTest::mouseClick(child<QPushButton>(page, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->bannerText().startsWith(QLatin1String("Not saved")), 10000);
    QVERIFY2(child<QLabel>(page, "awsSecretAccessKeyProblem")->text().contains(QLatin1String("40 characters")),
             qPrintable(child<QLabel>(page, "awsSecretAccessKeyProblem")->text()));
    QCOMPARE(child<QLineEdit>(page, "awsAccessKeyIdEdit")->text(), awsAccessKey); // edits kept
    // Editing the field clears the server's complaint.
    typeInto(child<QLineEdit>(page, "awsSecretAccessKeyEdit"), awsSecret);
    QVERIFY(child<QLabel>(page, "awsSecretAccessKeyProblem")->text().isEmpty());
    QVERIFY(child<QPushButton>(page, "saveButton")->isEnabled());
}

void TestUi::editor_serverError_keepsEditsAndRetryWorks()
{
    auto window = openWindow();
    QVERIFY(window);
    ConfigurationPage *page = window->configurationPage();
    chooseType(page, 2); // Azure Key Vault
    typeInto(child<QLineEdit>(page, "azureBaseUrlEdit"), QStringLiteral("https://contoso-kms.vault.azure.net/"));
    typeInto(child<QLineEdit>(page, "azureKeyNameEdit"), QStringLiteral("secret-server-kek"));
    typeInto(child<QLineEdit>(page, "azurePrincipalIdEdit"), QStringLiteral("5f1c4b3a-2e1d-4c5b-9a8f-7e6d5c4b3a21"));
    typeInto(child<QLineEdit>(page, "azurePrincipalSecretEdit"), QStringLiteral("azure-client-secret-value"));
    QVERIFY(child<QPushButton>(page, "saveButton")->isEnabled());

    QVERIFY(m_sandbox.setFaults(QJsonObject{{QStringLiteral("failNext"), QJsonObject{{QStringLiteral("PUT /api/v1/key-management"), 1}}}}));
    const int puts = m_sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management"));
    Prompter::queueAnswer(Prompter::Save);
    QTest::mouseClick(child<QPushButton>(page, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->bannerText().startsWith(QLatin1String("Not saved")), 10000);
    QVERIFY2(page->bannerText().contains(QLatin1String("An error has occurred")), qPrintable(page->bannerText()));
    QVERIFY(page->bannerText().contains(QLatin1String("changes are kept")));
    QCOMPARE(child<QLineEdit>(page, "azureKeyNameEdit")->text(), QStringLiteral("secret-server-kek"));
    QCOMPARE(child<QLineEdit>(page, "azurePrincipalSecretEdit")->text(), QStringLiteral("azure-client-secret-value"));
    QVERIFY(page->hasUnsavedChanges());
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management")), puts + 1); // not retried by itself

    Prompter::queueAnswer(Prompter::Save);
    QTest::mouseClick(child<QPushButton>(page, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->bannerText().startsWith(QLatin1String("Saved")), 10000);
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management")), puts + 2);
    QCOMPARE(serverConfig().value(QStringLiteral("azureKeyVaultKeyName")).toString(), QStringLiteral("secret-server-kek"));
}

void TestUi::editor_repeatedClicks_sendOnePut()
{
    auto window = openWindow();
    QVERIFY(window);
    ConfigurationPage *page = window->configurationPage();
    fillValidOtherType(page);
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
    QTRY_VERIFY_WITH_TIMEOUT(page->bannerText().startsWith(QLatin1String("Saved")), 10000);
    QVERIFY(m_sandbox.setFaults(QJsonObject{{QStringLiteral("latencyMs"), 0}}));
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management")), puts + 1);
}

void TestUi::editor_sessionExpiresMidEdit_signInAgainKeepsEdits()
{
    auto window = openWindow();
    QVERIFY(window);
    ConfigurationPage *page = window->configurationPage();
    chooseType(page, 2);
    typeInto(child<QLineEdit>(page, "azureBaseUrlEdit"), QStringLiteral("https://fabrikam-hsm.managedhsm.azure.net/"));
    typeInto(child<QLineEdit>(page, "azureKeyNameEdit"), QStringLiteral("kek-2"));
    typeInto(child<QLineEdit>(page, "azureKeyVersionEdit"), QStringLiteral("0123456789abcdef0123456789ABCDEF"));
    typeInto(child<QLineEdit>(page, "azurePrincipalIdEdit"), QStringLiteral("5f1c4b3a-2e1d-4c5b-9a8f-7e6d5c4b3a21"));
    typeInto(child<QLineEdit>(page, "azurePrincipalSecretEdit"), QStringLiteral("another-secret"));

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
    QVERIFY(m_client->isSignedIn());
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management")), puts + 1); // never resent by itself
    QVERIFY(page->bannerText().startsWith(QLatin1String("Not saved")));
    QCOMPARE(child<QLineEdit>(page, "azureKeyNameEdit")->text(), QStringLiteral("kek-2"));
    QCOMPARE(child<QLineEdit>(page, "azurePrincipalSecretEdit")->text(), QStringLiteral("another-secret"));

    // The user repeats the action.
    Prompter::queueAnswer(Prompter::Save);
    QTest::mouseClick(child<QPushButton>(page, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->bannerText().startsWith(QLatin1String("Saved")), 10000);
    QCOMPARE(serverConfig().value(QStringLiteral("azureKeyVaultKeyName")).toString(), QStringLiteral("kek-2"));
}

void TestUi::editor_auditor_isReadOnlyWithReason()
{
    auto window = openWindow(QStringLiteral("auditor"));
    QVERIFY(window);
    ConfigurationPage *page = window->configurationPage();
    QTRY_VERIFY(child<QLabel>(page, "readOnlyNote")->isVisibleTo(page));
    QVERIFY(page->fields()->isReadOnly());
    QVERIFY(!child<QComboBox>(page, "typeCombo")->isEnabled());
    QVERIFY(!child<QPushButton>(page, "saveButton")->isEnabled());
    QVERIFY(!child<QPushButton>(page, "defaultsButton")->isEnabled());
    QVERIFY(child<QPushButton>(page, "saveButton")->toolTip().contains(QLatin1String("may not")));
    for (QLineEdit *edit : page->findChildren<QLineEdit *>()) {
        if (edit->objectName().endsWith(QLatin1String("Edit")))
            QVERIFY2(edit->isReadOnly(), qPrintable(edit->objectName()));
    }
    QVERIFY(child<QTableView>(page, "historyView")->model()->rowCount() > 0); // may still read the history
}

void TestUi::editor_leavingWithUnsavedEdits_asksFirst()
{
    auto window = openWindow();
    QVERIFY(window);
    ConfigurationPage *page = window->configurationPage();
    const KeyManagementKind original = page->fields()->kind();
    chooseType(page, original == KeyManagementKind::AzureKeyVault ? 1 : 2);
    QVERIFY(page->hasUnsavedChanges());
    Prompter::queueAnswer(Prompter::Cancel);
    QVERIFY(!window->showPage(MainWindow::RotationPageIndex));
    QCOMPARE(window->currentPage(), int(MainWindow::ConfigurationPageIndex));
    QVERIFY(page->hasUnsavedChanges());
    Prompter::queueAnswer(Prompter::Discard);
    QVERIFY(window->showPage(MainWindow::RotationPageIndex));
    QVERIFY(!page->hasUnsavedChanges());
    QCOMPARE(page->fields()->kind(), original);
}

void TestUi::editor_azureFields_validateAsYouType()
{
    auto window = openWindow();
    QVERIFY(window);
    ConfigurationPage *page = window->configurationPage();
    if (page->fields()->kind() != KeyManagementKind::AzureKeyVault)
        chooseType(page, 2);
    struct Case { const char *edit; const char *problem; QString bad; QString good; const char *says; };
    const QList<Case> cases = {
        {"azureBaseUrlEdit", "azureBaseUrlProblem", QStringLiteral("http://vault.example.com"), QStringLiteral("https://good-vault.vault.azure.net/"), "https://"},
        {"azureBaseUrlEdit", "azureBaseUrlProblem", QStringLiteral("https://x.example.com/"), QStringLiteral("https://good-hsm.managedhsm.azure.net"), "vault.azure.net"},
        {"azureKeyVersionEdit", "azureKeyVersionProblem", QStringLiteral("v2"), QString(), "32 hex"},
        {"azurePrincipalIdEdit", "azurePrincipalIdProblem", QStringLiteral("not-a-guid"), QStringLiteral("5F1C4B3A-2E1D-4C5B-9A8F-7E6D5C4B3A21"), "GUID"},
        {"azureKeyNameEdit", "azureKeyNameProblem", QStringLiteral("bad name!"), QStringLiteral("kek"), "letters"},
    };
    for (const Case &c : cases) {
        typeInto(child<QLineEdit>(page, c.edit), c.bad);
        QVERIFY2(child<QLabel>(page, c.problem)->text().contains(QLatin1String(c.says)), c.edit);
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

RotationWizard *TestUi::openWizardAndConfirm(MainWindow *window)
{
    window->rotationMonitor()->setActiveInterval(std::chrono::milliseconds(50));
    window->showPage(MainWindow::RotationPageIndex);
    RotationPage *page = window->rotationPage();
    auto *rotate = child<QPushButton>(page, "rotateButton");
    QElapsedTimer clock;
    clock.start();
    while (!rotate->isEnabled() && clock.elapsed() < 10000)
        QTest::qWait(10);
    QTest::mouseClick(rotate, Qt::LeftButton);
    RotationWizard *wizard = page->wizard();
    if (!wizard)
        return nullptr;
    // Preflight: every hard check passed.
    while (!wizard->button(QWizard::NextButton)->isEnabled() && clock.elapsed() < 10000)
        QTest::qWait(10);
    const QString checks = [&] {
        QStringList lines;
        auto *list = child<QListWidget>(wizard, "preflightList");
        for (int i = 0; i < list->count(); ++i)
            lines << list->item(i)->text();
        return lines.join(QLatin1Char('\n'));
    }();
    if (checks.contains(QLatin1String("Failed:")) || !checks.contains(QLatin1String("Check yourself: a current backup")))
        qWarning("preflight: %s", qPrintable(checks));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    // Backup: the box must be ticked.
    if (wizard->currentId() != RotationWizard::BackupPageId || wizard->button(QWizard::NextButton)->isEnabled())
        return nullptr;
    QTest::mouseClick(child<QCheckBox>(wizard, "backupCheck"), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    // Typed confirmation: the wrong host does not unlock Start.
    auto *host = child<QLineEdit>(wizard, "confirmHostEdit");
    typeInto(host, QStringLiteral("prod.example.com"));
    if (wizard->button(QWizard::CommitButton)->isEnabled())
        return nullptr;
    typeInto(host, QStringLiteral("127.0.0.1"));
    if (!wizard->button(QWizard::CommitButton)->isEnabled())
        return nullptr;
    return wizard;
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

    // Start, impatiently: two clicks and Enter held down send one PUT.
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(wizard, Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(RotationWizard::RunPageId));
    QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled() || !wizard->button(QWizard::BackButton)->isVisible());

    // Follow it: the timeline only moves forward and the counts only go down.
    RotationMonitor *monitor = window->rotationMonitor();
    auto *progress = wizard->currentPage()->findChild<RotationProgressWidget *>();
    QVERIFY(progress);
    QList<int> running;
    QList<int> done;
    QElapsedTimer clock;
    clock.start();
    while (!wizard->button(QWizard::NextButton)->isEnabled() && clock.elapsed() < 20000) {
        QTest::qWait(20);
        const RotationInfo &i = monitor->info();
        if (i.isActive()) {
            running << int(i.status);
            if (i.status == MekStatus::DataRotationStarted && i.itemsToRotate > 0)
                done << progress->progressValue();
            for (MekStatus::Status before : MekStatus::walk()) {
                if (before >= i.status)
                    break;
                QCOMPARE(monitor->timeline()->stateOf(before), RotationTimelineModel::Done);
            }
        }
    }
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(monitor->info().processState, ProcessState::Completed);
    QVERIFY(std::is_sorted(running.begin(), running.end()));
    QVERIFY2(running.size() >= 5, qPrintable(QString::number(running.size())));
    QVERIFY(!done.isEmpty());
    QVERIFY(std::is_sorted(done.begin(), done.end()));
    QCOMPARE(progress->progressValue(), progress->progressMaximum());
    QCOMPARE(sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management/startmekrotation")), 1);

    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(RotationWizard::FinishPageId));
    auto *outcome = child<QLabel>(wizard, "outcomeLabel");
    QVERIFY2(outcome->text().contains(QLatin1String("rotated")), qPrintable(outcome->text()));
    QVERIFY(outcome->text().contains(QLatin1String("It took")));
    QVERIFY(!child<QPushButton>(wizard, "wizardRetryButton")->isVisible());
    Q_EMIT child<QLabel>(wizard, "auditLink")->linkActivated(QStringLiteral("audit"));
    QCOMPARE(auditRequests.count(), 1);
    QCOMPARE(auditRequests.first().at(0).toDate(), monitor->info().startedUtc.date());
    QCOMPARE(window->rotationPage()->stateText(), QStringLiteral("Completed"));
    wizard->accept();
}

void TestUi::wizard_failureThenRetry_completes()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--step-ms"), QStringLiteral("100"),
                           QStringLiteral("--fail-at"), QStringLiteral("PendingRestart")}));
    auto window = openWindow(QStringLiteral("admin"), &sandbox);
    QVERIFY(window);
    RotationWizard *wizard = openWizardAndConfirm(window.get());
    QVERIFY(wizard);
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 15000);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    auto *outcome = child<QLabel>(wizard, "outcomeLabel");
    QVERIFY2(outcome->text().contains(QLatin1String("simulated failure")), qPrintable(outcome->text())); // the server's words
    QVERIFY(outcome->text().contains(QLatin1String("Retry to finish")));
    QCOMPARE(wizard->windowTitle(), QStringLiteral("Rotate the master encryption key"));
    auto *retry = child<QPushButton>(wizard, "wizardRetryButton");
    QVERIFY(retry->isVisible());
    // The Rotation page agrees, and says why it cannot start a new one.
    auto *rotate = child<QPushButton>(window->rotationPage(), "rotateButton");
    QVERIFY(!rotate->isEnabled());
    QVERIFY(rotate->toolTip().contains(QLatin1String("retry it first")));
    QVERIFY(child<QPushButton>(window->rotationPage(), "retryButton")->isEnabled());

    QTest::mouseClick(retry, Qt::LeftButton);
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(outcome->text().contains(QLatin1String("rotated")), 15000);
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
    auto *error = child<QLabel>(wizard, "startError");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
    QVERIFY2(error->text().contains(QLatin1String("already in progress")), qPrintable(error->text()));
    QVERIFY(error->text().contains(QLatin1String("Nothing was changed")));
    QTest::qWait(300);
    QCOMPARE(sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management/startmekrotation")), 2); // theirs and ours, once
    QVERIFY(child<QPushButton>(wizard, "startAgainButton")->isVisible());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    wizard->reject(); // closing stops nothing
    QTRY_VERIFY(!window->rotationPage()->wizard());
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
    QVERIFY(rotate->toolTip().contains(QLatin1String("Administer Key Management")));
    QVERIFY(retry->toolTip().contains(QLatin1String("Administer Key Management")));
    QVERIFY(child<QLabel>(page, "permissionNote")->isVisibleTo(page));
    QVERIFY(!page->openWizard());
}

void TestUi::rotationPage_connectionLost_bannerThenBack()
{
    QTemporaryDir dir;
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--data"), dir.filePath(QStringLiteral("s.sqlite"))}));
    auto window = openWindow(QStringLiteral("admin"), &sandbox);
    QVERIFY(window);
    window->showPage(MainWindow::RotationPageIndex);
    RotationMonitor *monitor = window->rotationMonitor();
    monitor->setIdleInterval(std::chrono::milliseconds(100));
    monitor->setBackoff(std::chrono::milliseconds(1000), std::chrono::milliseconds(4000));
    monitor->pollNow();
    sandbox.stop();
    RotationPage *page = window->rotationPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->connectionText().contains(QLatin1String("Connection lost, retrying in")), 10000);
    QVERIFY(child<QPushButton>(page, "retryNowButton")->isVisible());
    QVERIFY(sandbox.restart());
    QTest::mouseClick(child<QPushButton>(page, "retryNowButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->connectionText().isEmpty(), 10000);
    QCOMPARE(page->stateText(), QStringLiteral("Idle"));
}

void TestUi::audit_sortFilterPageAndKeyboard()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--seed"), QStringLiteral("700")}));
    auto window = openWindow(QStringLiteral("auditor"), &sandbox);
    QVERIFY(window);
    QVERIFY(window->showPage(MainWindow::AuditPageIndex));
    AuditPage *page = window->auditPage();
    AuditBrowser *browser = page->browser();
    RotationAuditModel *model = browser->model();
    auto *view = child<QTableView>(page, "auditView");
    QTRY_COMPARE(model->rowCount(), 50);
    QCOMPARE(model->pageInfo().total, 700);
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(RotationAuditModel::DateColumn)); // newest first
    QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(child<QLabel>(page, "pageLabel")->text().contains(QLatin1String("Page 1 of 14")));

    // Clicking a header sorts on the server; the indicator follows the server's answer.
    const int userX = view->horizontalHeader()->sectionViewportPosition(RotationAuditModel::UserColumn) + 5;
    QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, {}, QPoint(userX, 5));
    QTRY_COMPARE(browser->query().sort.field, QStringLiteral("displayName"));
    QTRY_VERIFY(!browser->isLoading());
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(RotationAuditModel::UserColumn));
    QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    QVERIFY(model->record(0).displayName <= model->record(49).displayName);
    QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, {}, QPoint(userX, 5));
    QTRY_VERIFY(browser->query().sort.descending);
    QTRY_COMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);

    // Typing a search sends one request, after the typing stops, and goes back to page 1.
    QTest::mouseClick(child<QPushButton>(page, "nextPage"), Qt::LeftButton);
    QTRY_COMPARE(model->pageInfo().currentPage, 2);
    const int before = sandbox.requestCount(QStringLiteral("GET /api/v1/key-management/audit"));
    QTest::keySequence(window.get(), QKeySequence::Find); // Ctrl+F
    auto *search = child<QLineEdit>(page, "auditSearch");
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("hyperlink"));
    QTRY_COMPARE(sandbox.requestCount(QStringLiteral("GET /api/v1/key-management/audit")), before + 1);
    QTRY_VERIFY(!browser->isLoading());
    QCOMPARE(model->pageInfo().currentPage, 1);
    QVERIFY(model->pageInfo().total > 0 && model->pageInfo().total < 700);
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(model->record(r).displayName.contains(QLatin1String("HYPERLINK")));

    // A filter that matches nothing says so.
    typeInto(search, QStringLiteral("no such record anywhere"));
    QTRY_COMPARE(page->stateText(), QStringLiteral("No audit records match."));
    QTest::mouseClick(child<QPushButton>(page, "clearFilters"), Qt::LeftButton);
    QTRY_COMPARE(model->pageInfo().total, 700);

    // Page size; Page Down at the last row turns the page; Page Up at the first turns it back.
    auto *size = child<QComboBox>(page, "pageSize");
    size->setFocus();
    QTest::keyClick(size, Qt::Key_Down); // 100 per page
    QTRY_COMPARE(model->rowCount(), 100);
    view->setFocus();
    view->setCurrentIndex(model->index(99, 0));
    QTest::keyClick(view, Qt::Key_PageDown);
    QTRY_COMPARE(model->pageInfo().currentPage, 2);
    view->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(view, Qt::Key_PageUp);
    QTRY_COMPARE(model->pageInfo().currentPage, 1);
    QTest::mouseClick(child<QPushButton>(page, "lastPage"), Qt::LeftButton);
    QTRY_COMPARE(model->pageInfo().currentPage, 7);
    QCOMPARE(model->rowCount(), 100);
    QVERIFY(!child<QPushButton>(page, "nextPage")->isEnabled());

    // Ctrl+C copies the selected rows as tab-separated text; the details pane shows all of a record.
    view->selectRow(0);
    view->selectionModel()->select(model->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::keySequence(view, QKeySequence::Copy);
    const QStringList lines = QApplication::clipboard()->text().trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.first().startsWith(QLatin1String("AuditId\tDate")));
    QVERIFY(child<QTextBrowser>(page, "auditDetails")->toPlainText().contains(QString::number(model->record(view->currentIndex().row()).auditId)));
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
    QVERIFY(sandbox.setFaults(QJsonObject{{QStringLiteral("failNext"), QJsonObject{{QStringLiteral("GET /api/v1/key-management/audit"), 1}}}}));
    QTest::mouseClick(child<QPushButton>(page, "nextPage"), Qt::LeftButton);
    QTRY_VERIFY(page->stateText().contains(QLatin1String("could not be loaded")));
    QVERIFY(page->stateText().contains(QLatin1String("An error has occurred")));
    QCOMPARE(model->record(0).auditId, firstId); // the last good page stays
    auto *retry = child<QPushButton>(page, "auditRetry");
    QVERIFY(retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(model->pageInfo().currentPage, 2);
    QVERIFY(page->stateText().isEmpty());
}

void TestUi::audit_exportFromTheWindow()
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
    QTest::mouseClick(child<QPushButton>(page, "exportButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isExporting() && !page->lastExportMessage().isEmpty(), 20000);
    QVERIFY2(page->lastExportMessage().startsWith(QLatin1String("Exported")), qPrintable(page->lastExportMessage()));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QList<QStringList> rows;
    QString error;
    QVERIFY2(readCsv(f.readAll(), &rows, &error), qPrintable(error));
    QCOMPARE(rows.size() - 1, int(matching)); // every matching record, not just the page on screen
    for (int i = 1; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).at(2), QStringLiteral("4"));

    // Cancelling the file dialog exports nothing.
    FileChooser::queueAnswer(QString());
    const int before = sandbox.requestCount(QStringLiteral("GET /api/v1/key-management/audit"));
    QTest::mouseClick(child<QPushButton>(page, "exportButton"), Qt::LeftButton);
    QTest::qWait(100);
    QCOMPARE(sandbox.requestCount(QStringLiteral("GET /api/v1/key-management/audit")), before);
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
    MainWindow again(m_client.get(), m_settings.get(), m_secrets.get());
    QCOMPARE(again.currentPage(), int(MainWindow::AuditPageIndex));
    QCOMPARE(again.size(), QSize(1234, 777));
    QCOMPARE(child<QListWidget>(&again, "pageList")->currentRow(), int(MainWindow::AuditPageIndex));
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
            || w->inherits("QComboBoxListView") || !w->parentWidget())
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
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
    return problems;
}
} // namespace

void TestUi::accessibility_everyControlHasNameAndDescription()
{
    QAccessible::setActive(true);
    QStringList problems;
    {
        SignInDialog dialog(m_client.get(), m_settings.get(), m_secrets.get());
        problems += unlabelledControls(&dialog);
    }
    auto window = openWindow();
    QVERIFY(window);
    problems += unlabelledControls(window.get());
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
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 15000);
    press(Qt::Key_Return); // → outcome
    QTRY_COMPARE(wizard->currentId(), int(RotationWizard::FinishPageId));
    QVERIFY(child<QLabel>(wizard, "outcomeLabel")->text().contains(QLatin1String("rotated")));
    press(Qt::Key_Return); // Finish
    QTRY_VERIFY(!window->rotationPage()->wizard());
    QCOMPARE(sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management/startmekrotation")), 1);
}

QTEST_MAIN(TestUi)
#include "tst_ui.moc"
