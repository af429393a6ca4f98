// Makes the README's pictures from the real widgets against seeded kmsandbox instances: sign-in,
// the configuration editor explaining a mistake, the rotation wizard's checks, confirmation,
// progress, failure (with Retry) and completion, the Rotation page, the audit with a filter, a
// finished export, and the banner of a lost connection. Every picture is also checked: a label or
// button narrower than its text, or a window that had to grow past the asked size, is reported and
// makes the run fail. Run by scripts/screenshots.sh under Xvfb:
//   make_screenshots --out DIR [--dark] [--lang CODE] [--size WxH]   (QT_SCALE_FACTOR=2 for 200%)
#include "ui/AuditPage.h"
#include "ui/ConfigurationPage.h"
#include "ui/ConnectionBanner.h"
#include "ui/FileChooser.h"
#include "ui/HistoryPage.h"
#include "ui/MainWindow.h"
#include "MemorySecretStore.h"
#include "ui/Prompter.h"
#include "ui/RotationPage.h"
#include "ui/RotationWizard.h"
#include "SandboxProcess.h"
#include "ui/ServersPage.h"
#include "ui/SignInDialog.h"
#include "ui/Theme.h"
#include "i18n/Localization.h"
#include "services/ComplianceReport.h"
#include "services/ReportPdf.h"
#include "services/RotationHistoryReader.h"
#include "services/ServerFleet.h"
#include "services/Workspace.h"
#include "models/RotationHistoryModel.h"
#include "services/AuditBrowser.h"
#include "services/ConfigurationService.h"
#include "services/RotationMonitor.h"
#include "services/SecretKeyMonitor.h"
#include "session/Session.h"
#include "session/Settings.h"

#include "ClippedText.h"
#include "models/ConfigAuditModel.h"
#include "models/ConfigFieldsModel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QPainter>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace km;

namespace {
const QString password = QStringLiteral("sandbox");
int g_problems = 0;

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

QStringList clipped(QWidget *root)
{
    return clippedText(root);
}

bool save(QWidget *widget, const QString &path, const QSize &asked = QSize())
{
    settle();
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    for (const QString &problem : clipped(widget)) {
        std::printf("  CLIPPED in %s: %s\n", qPrintable(QFileInfo(path).fileName()), qPrintable(problem));
        ++g_problems;
    }
    if (asked.isValid() && widget->size() != asked) {
        std::printf("  TOO SMALL for %s: asked %dx%d, the window needs %dx%d\n", qPrintable(QFileInfo(path).fileName()), asked.width(),
                    asked.height(), widget->width(), widget->height());
        ++g_problems;
    }
    return ok;
}

// The screen under a window and its modal message (no window manager under Xvfb: what is drawn is what is there).
bool saveScreenArea(QWidget *window, const QString &path)
{
    settle();
    const QRect area = window->frameGeometry();
    const bool ok = window->screen()->grabWindow(0, area.x(), area.y(), area.width(), area.height()).save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

void type(QWidget *root, const char *name, const QString &text)
{
    auto *edit = root->findChild<QLineEdit *>(QLatin1String(name));
    edit->setFocus();
    edit->selectAll();
    edit->insert(text);
}

bool signIn(Session *session, SandboxProcess &sandbox, const QString &picture = QString())
{
    SignInDialog dialog(session);
    dialog.prefill(sandbox.urlText(), QStringLiteral("admin"), QString());
    dialog.setPassword(password);
    dialog.show();
    if (!picture.isEmpty() && !save(&dialog, picture))
        return false;
    dialog.submit();
    if (!waitFor([&] { return dialog.result() == QDialog::Accepted; })) {
        std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(dialog.errorText()));
        return false;
    }
    return true;
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
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Main window size WxH."), QStringLiteral("WxH"),
                                        QStringLiteral("1400x900"));
    parser.addOptions({outOption, darkOption, langOption, sizeOption});
    parser.addHelpOption();
    parser.process(app);
    const QDir out(parser.value(outOption));
    QDir().mkpath(out.path());
    auto file = [&](const char *name) { return out.filePath(QLatin1String(name)); };
    Localization::install(app, parser.value(langOption));
    if (parser.isSet(darkOption)) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(Theme::darkPalette());
    }
    // As the console itself draws: a focus frame 2 px wide, every text readable.
    QApplication::setStyle(Theme::withFocusFrame());
    QApplication::setPalette(Theme::readable(QApplication::palette()));
    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
    const QSize windowSize(size.value(0).toInt(), size.value(1).toInt());

    QTemporaryDir home;
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, home.path());
    // The rotation shown fails once, after the secrets were re-encrypted, and completes on retry.
    SandboxProcess sandbox;
    QString error;
    if (!sandbox.start({QStringLiteral("--seed"), QStringLiteral("4000"), QStringLiteral("--step-ms"), QStringLiteral("700"),
                        QStringLiteral("--password"), password, QStringLiteral("--fail-at"), QStringLiteral("SessionDataRotationStarted")},
                       &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // A configured server: AWS KMS, as an administrator would have it.
    QUrl config = sandbox.url();
    config.setPath(config.path() + QStringLiteral("/api/v1/key-management"));
    httpRequest(
        "PUT", config,
        "{\"keyManagementTypeId\":1,\"awsKmsAccessKeyId\":\"AKIAIOSFODNN7EXAMPLE\","
        "\"awsKmsKeyArn\":\"arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab\","
        "\"awsKmsKeyId\":\"1234abcd-12ab-34cd-56ef-1234567890ab\",\"awsKmsSecretAccessKey\":\"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"}",
        "application/json", sandboxToken(sandbox.url()));

    Settings settings;
    MemorySecretStore secrets(true);
    Session session(&settings, &secrets);
    bool ok = signIn(&session, sandbox, file("sign-in.png"));
    if (!ok)
        return 1;

    MainWindow window(&session);
    window.resize(windowSize);
    window.show();
    window.rotationMonitor()->setActiveInterval(std::chrono::milliseconds(250));
    ConfigurationPage *configPage = window.configurationPage();
    ConfigurationService *configService = configPage->service();
    waitFor([&] { return configService->fields()->hasLoaded() && configService->history()->rowCount() > 0; });
    // A mistake, explained where it is.
    type(configPage, "awsKmsKeyArnEdit", QStringLiteral("arn:aws:kms:eu-west-1:123456789012:key/9999abcd-12ab-34cd-56ef-1234567890ab"));
    ok &= save(&window, file("configuration.png"), windowSize);
    configService->fields()->revert();

    window.showPage(MainWindow::RotationPageIndex);
    RotationPage *rotationPage = window.rotationPage();
    waitFor([&] { return rotationPage->findChild<QPushButton *>(QStringLiteral("rotateButton"))->isEnabled(); });
    RotationWizard *wizard = rotationPage->openWizard();
    if (!wizard)
        return 1;
    wizard->resize(wizard->size().expandedTo(QSize(640, 560)));
    waitFor([&] { return wizard->button(QWizard::NextButton)->isEnabled(); });
    ok &= save(wizard, file("wizard-preflight.png"));
    wizard->next();
    wizard->findChild<QCheckBox *>(QStringLiteral("backupCheck"))->setChecked(true);
    wizard->next();
    wizard->findChild<QLineEdit *>(QStringLiteral("confirmHostEdit"))->setText(wizard->host());
    ok &= save(wizard, file("wizard-confirm.png"));
    wizard->next(); // starts the rotation
    RotationMonitor *monitor = window.rotationMonitor();
    waitFor(
        [&] {
        const RotationInfo &i = monitor->info();
        return i.status == MekStatus::DataRotationStarted && i.itemsToRotate < i.totalItems && monitor->itemsPerSecond();
        },
        30000);
    ok &= save(wizard, file("wizard-running.png"));
    ok &= save(&window, file("rotation.png"), windowSize);
    waitFor([&] { return monitor->info().processState == ProcessState::Failed; }, 30000);
    ok &= save(wizard, file("wizard-failed.png"));
    ok &= save(&window, file("rotation-failed.png"), windowSize);
    Prompter::queueText(wizard->host());
    wizard->retryFailedStep();
    waitFor([&] { return monitor->info().processState == ProcessState::Completed; }, 30000);
    ok &= save(wizard, file("wizard-done.png"));
    wizard->accept();

    // A secret-key rotation under way on the Rotation page: progress, rate, time left, and when
    // the server will accept changes again. Then cancelled, so that the rest are as before.
    QUrl faults = sandbox.url();
    faults.setPath(faults.path() + QStringLiteral("/sandbox/faults"));
    httpRequest("POST", faults, "{\"secretKeySecrets\": 2000000, \"secretKeyRate\": 4000}", "application/json");
    SecretKeyMonitor *secretKeys = window.workspace()->secretKeys();
    secretKeys->setActiveInterval(std::chrono::milliseconds(250));
    secretKeys->pollNow();
    waitFor([&] { return secretKeys->hasStatus() && secretKeys->whyNotStart().isEmpty(); });
    secretKeys->requestStart();
    waitFor([&] { return secretKeys->isRotationRunning() && secretKeys->secondsLeft(); }, 30000);
    ok &= save(&window, file("secret-keys.png"), windowSize);
    secretKeys->requestCancel();
    waitFor([&] { return secretKeys->hasStatus() && !secretKeys->isRotationRunning() && !secretKeys->isActing(); }, 30000);

    window.showPage(MainWindow::AuditPageIndex);
    AuditPage *audit = window.auditPage();
    waitFor([&] { return audit->browser()->hasLoaded(); });
    type(audit, "auditSearch", QStringLiteral("brien"));
    waitFor([&] { return audit->browser()->query().searchTerm == QLatin1String("brien") && !audit->browser()->isLoading(); });
    // The keyboard's place shows: the grid has the focus, a row selected and its current cell
    // framed (the 2 px focus frame, in the light and the dark theme alike).
    if (auto *view = audit->findChild<QTableView *>(QStringLiteral("auditView")); view && view->model()->rowCount() > 1) {
        view->setFocus();
        view->selectRow(1);
        view->selectionModel()->setCurrentIndex(view->model()->index(1, 3), QItemSelectionModel::NoUpdate);
    }
    ok &= save(&window, file("audit.png"), windowSize);

    // A finished export: its message names the file and offers to open it.
    QTemporaryDir exports;
    FileChooser::queueAnswer(exports.filePath(QStringLiteral("key-management-audit.csv")));
    bool pictured = false;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &watch, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || pictured)
            return;
        pictured = true;
        ok &= saveScreenArea(&window, file("export-done.png"));
        box->reject();
    });
    watch.start(400);
    audit->exportCsv();
    waitFor([&] { return pictured && !audit->isExporting(); }, 60000);
    watch.stop();
    ok &= pictured;

    // Every rotation, read from the audit, with the chart.
    window.showPage(MainWindow::HistoryPageIndex);
    waitFor([&] { return !window.workspace()->history()->isRunning() && window.historyPage()->model()->rowCount() > 0; }, 60000);
    ok &= save(&window, file("history.png"), windowSize);

    // The compliance report: its first page as the PDF has it.
    {
        ComplianceReportBuilder builder(&session);
        bool built = false;
        QObject::connect(&builder, &ComplianceReportBuilder::finished, &builder, [&](bool done, const QString &) { built = done; });
        builder.build(QDate(2020, 1, 1), 365);
        waitFor([&] { return built; }, 60000);
        const std::unique_ptr<QTextDocument> doc(ReportPdf::document(builder.report()));
        const QSizeF page(794, 1123); // A4 at 96 dpi, with the PDF's 2 cm margins
        const qreal margin = 76;
        doc->setPageSize(page - QSizeF(2 * margin, 2 * margin));
        QImage image(page.toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.translate(margin, margin);
        doc->drawContents(&painter, QRectF(QPointF(0, 0), page - QSizeF(2 * margin, 2 * margin)));
        painter.end();
        ok &= image.save(file("report.png"));
        std::printf("wrote %s\n", qPrintable(file("report.png")));
    }

    // Every server at a glance: this one, a disaster-recovery server overdue for rotation, a test
    // server whose last rotation failed, and one that is gone.
    SandboxProcess recovery, test;
    recovery.start({QStringLiteral("--seed"), QStringLiteral("300"), QStringLiteral("--password"), password});
    test.start({QStringLiteral("--step-ms"), QStringLiteral("20"), QStringLiteral("--fail-at"), QStringLiteral("KeyRotationStarted"),
                QStringLiteral("--password"), password});
    {
        QUrl start = test.url();
        start.setPath(start.path() + QStringLiteral("/api/v1/key-management/startmekrotation"));
        httpRequest("PUT", start, {}, {}, sandboxToken(test.url()));
    }
    const QList<QPair<QString, QString>> others = {
        {QStringLiteral("Disaster recovery"), recovery.urlText()},
        {QStringLiteral("Test"), test.urlText()},
        {QStringLiteral("Retired"), QStringLiteral("https://retired.example.invalid/SecretServer")}};
    for (const auto &[name, url] : others) {
        ConnectionProfile p;
        p.name = name;
        p.server = url;
        p.userName = QStringLiteral("admin");
        p.rememberInKeychain = true;
        settings.saveProfile(p);
        secrets.store(Session::keychainKey(p), password, nullptr);
    }
    settle(1500); // the test server's rotation fails meanwhile
    window.showPage(MainWindow::ServersPageIndex);
    waitFor([&] { return !window.fleet()->isRefreshing() && window.fleet()->count() >= 4; }, 60000);
    ok &= save(&window, file("servers.png"), windowSize);

    // The server goes away: one banner on every page, with the reason, Retry and the countdown.
    sandbox.stop();
    window.reload();
    waitFor([&] { return !window.connectionBanner()->text().isEmpty(); }, 15000);
    settle(1500); // the countdown shows
    window.showPage(MainWindow::RotationPageIndex);
    ok &= save(&window, file("connection-lost.png"), windowSize);

    if (g_problems)
        std::printf("%d problem(s) found\n", g_problems);
    return ok && !g_problems ? 0 : 1;
}
