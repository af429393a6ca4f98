// Makes the README's pictures from the real widgets against a seeded kmsandbox: the sign-in
// dialog, the configuration editor with a mistake explained, the rotation wizard mid-rotation,
// and the audit with a filter. Run by scripts/screenshots.sh under Xvfb:
//   make_screenshots --out DIR [--dark] [--lang CODE]   (QT_SCALE_FACTOR=2 for 200%)
#include "api/ApiClient.h"
#include "services/AuditBrowser.h"
#include "AuditPage.h"
#include "ConfigAuditModel.h"
#include "ConfigurationPage.h"
#include "i18n/Localization.h"
#include "MainWindow.h"
#include "Prompter.h"
#include "services/RotationMonitor.h"
#include "RotationPage.h"
#include "RotationWizard.h"
#include "SandboxProcess.h"
#include "session/SecretStore.h"
#include "session/Settings.h"
#include "SignInDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStyleFactory>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

namespace {
bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition() && clock.elapsed() < timeoutMs)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}

void settle(int ms = 300)
{
    waitFor([] { return false; }, ms);
}

bool save(QWidget *widget, const QString &path)
{
    settle();
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

void type(QWidget *root, const char *name, const QString &text)
{
    auto *edit = root->findChild<QLineEdit *>(QLatin1String(name));
    edit->setFocus();
    edit->clear();
    edit->insert(text);
    Q_EMIT edit->textEdited(text);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Button, QColor(0x3c, 0x3f, 0x44));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x44));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x86, 0x8b));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x86, 0x8b));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x86, 0x8b));
    return p;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kmconsole-screenshots"));
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Folder for the PNG files."), QStringLiteral("DIR"));
    const QCommandLineOption darkOption(QStringLiteral("dark"), QStringLiteral("Use a dark palette."));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language."), QStringLiteral("CODE"), QStringLiteral("en"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Main window size WxH."), QStringLiteral("WxH"), QStringLiteral("1100x720"));
    parser.addOptions({outOption, darkOption, langOption, sizeOption});
    parser.addHelpOption();
    parser.process(app);
    const QDir out(parser.value(outOption));
    QDir().mkpath(out.path());
    Localization::install(app, parser.value(langOption));
    if (parser.isSet(darkOption)) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }
    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
    const QSize windowSize(size.value(0).toInt(), size.value(1).toInt());

    QTemporaryDir home;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home.path());
    SandboxProcess sandbox;
    QString error;
    if (!sandbox.start({QStringLiteral("--seed"), QStringLiteral("4000"), QStringLiteral("--step-ms"), QStringLiteral("900"),
                        QStringLiteral("--password"), QStringLiteral("sandbox")}, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // A configured server: AWS KMS, as an administrator would have it.
    QUrl config = sandbox.url();
    config.setPath(config.path() + QStringLiteral("/api/v1/key-management"));
    httpRequest("PUT", config,
                "{\"keyManagementTypeId\":1,\"awsKmsAccessKeyId\":\"AKIAIOSFODNN7EXAMPLE\","
                "\"awsKmsKeyArn\":\"arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab\","
                "\"awsKmsKeyId\":\"1234abcd-12ab-34cd-56ef-1234567890ab\",\"awsKmsSecretAccessKey\":\"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"}",
                "application/json", sandboxToken(sandbox.url()));

    QNetworkAccessManager network;
    ApiClient client(&network);
    Settings settings;
    SecretStore secrets;
    bool ok = true;

    SignInDialog signIn(&client, &settings, &secrets);
    signIn.prefill(sandbox.urlText(), QStringLiteral("admin"), QString());
    signIn.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("sandbox"));
    signIn.show();
    ok &= save(&signIn, out.filePath(QStringLiteral("sign-in.png")));
    signIn.submit();
    if (!waitFor([&] { return signIn.result() == QDialog::Accepted; })) {
        std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(signIn.errorText()));
        return 1;
    }

    MainWindow window(&client, &settings, &secrets);
    window.resize(windowSize);
    window.show();
    window.rotationMonitor()->setActiveInterval(std::chrono::milliseconds(300));
    ConfigurationPage *configPage = window.configurationPage();
    waitFor([&] { return configPage->fields()->hasLoaded() && configPage->history()->rowCount() > 0; });
    // A mistake, explained where it is.
    type(configPage, "awsKeyArnEdit", QStringLiteral("arn:aws:kms:eu-west-1:123456789012:key/9999abcd-12ab-34cd-56ef-1234567890ab"));
    ok &= save(&window, out.filePath(QStringLiteral("configuration.png")));
    configPage->fields()->revert();

    window.showPage(MainWindow::RotationPageIndex);
    RotationPage *rotationPage = window.rotationPage();
    waitFor([&] { return rotationPage->findChild<QPushButton *>(QStringLiteral("rotateButton"))->isEnabled(); });
    RotationWizard *wizard = rotationPage->openWizard();
    if (!wizard)
        return 1;
    wizard->resize(wizard->size().expandedTo(QSize(640, 560)));
    waitFor([&] { return wizard->button(QWizard::NextButton)->isEnabled(); });
    ok &= save(wizard, out.filePath(QStringLiteral("wizard-preflight.png")));
    wizard->next();
    wizard->findChild<QCheckBox *>(QStringLiteral("backupCheck"))->setChecked(true);
    wizard->next();
    wizard->findChild<QLineEdit *>(QStringLiteral("confirmHostEdit"))->setText(client.baseUrl().host());
    ok &= save(wizard, out.filePath(QStringLiteral("wizard-confirm.png")));
    wizard->next(); // starts the rotation
    waitFor([&] {
        const RotationInfo &i = window.rotationMonitor()->info();
        return i.status == MekStatus::DataRotationStarted && i.itemsToRotate < i.totalItems && window.rotationMonitor()->itemsPerSecond();
    }, 30000);
    ok &= save(wizard, out.filePath(QStringLiteral("wizard-running.png")));
    ok &= save(&window, out.filePath(QStringLiteral("rotation.png")));
    wizard->reject();

    window.showPage(MainWindow::AuditPageIndex);
    AuditPage *audit = window.auditPage();
    waitFor([&] { return audit->browser()->hasLoaded(); });
    audit->findChild<QLineEdit *>(QStringLiteral("auditSearch"))->setText(QStringLiteral("brien"));
    waitFor([&] { return audit->browser()->query().searchTerm == QLatin1String("brien") && !audit->browser()->isLoading(); });
    ok &= save(&window, out.filePath(QStringLiteral("audit.png")));

    window.showPage(MainWindow::ConfigurationPageIndex);
    return ok ? 0 : 1;
}
