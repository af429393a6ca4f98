#include "ui/MainWindow.h"

#include "ui/Accessibility.h"
#include "ui/AuditPage.h"
#include "ui/ConfigurationPage.h"
#include "ui/ConnectionBanner.h"
#include "ui/HistoryPage.h"
#include "ui/ReportDialog.h"
#include "ui/ServersPage.h"

#include "services/ServerFleet.h"
#include "ui/Icons.h"
#include "ui/Prompter.h"
#include "ui/RotationPage.h"
#include "ui/RotationWizard.h"
#include "ui/SignInDialog.h"

#include "i18n/Localization.h"
#include "services/AuditBrowser.h"
#include "services/ConfigurationService.h"
#include "services/RotationMonitor.h"
#include "services/Workspace.h"
#include "session/Session.h"

#include "models/SafeText.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QScreen>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace km {

MainWindow::MainWindow(Session *session, ServerFleet *fleet, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_workspace(new Workspace(session, this)),
      m_fleet(fleet ? fleet : new ServerFleet(session->settings(), session->secrets(), this)), m_ownsFleet(!fleet)
{
    if (!fleet)
        m_fleet->adopt(session);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::get(Icons::Application));

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(QStringLiteral("pageList"));
    m_sidebar->setAccessibleName(tr("Pages"));
    describe(m_sidebar, tr("The console's pages: Configuration, Rotation, Audit, History and Servers (Ctrl+1 to Ctrl+5)."), false);
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->addItem(new QListWidgetItem(Icons::get(Icons::Configuration), tr("Configuration")));
    m_sidebar->addItem(new QListWidgetItem(Icons::get(Icons::Rotation), tr("Rotation")));
    m_sidebar->addItem(new QListWidgetItem(Icons::get(Icons::Audit), tr("Audit")));
    m_sidebar->addItem(new QListWidgetItem(Icons::get(Icons::History), tr("History")));
    m_sidebar->addItem(new QListWidgetItem(Icons::get(Icons::Servers), tr("Servers")));
    // As wide as its longest entry needs (German is longer), no wider: the pages get the rest.
    m_sidebar->setFixedWidth(std::max(130, m_sidebar->sizeHintForColumn(0) + 2 * m_sidebar->frameWidth() + 16));
    layout->addWidget(m_sidebar);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 6, 6, 0);
    m_banner = new ConnectionBanner(m_workspace);
    rightLayout->addWidget(m_banner);
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    m_configPage = new ConfigurationPage(m_workspace->configuration());
    m_rotationPage = new RotationPage(m_workspace->rotation());
    m_rotationPage->showKeyAge(m_workspace);
    m_rotationPage->showSecretKeys(m_workspace->secretKeys());
    m_configPage->followSecretKeys(m_workspace->secretKeys());
    m_auditPage = new AuditPage(m_workspace->audit());
    m_historyPage = new HistoryPage(m_workspace);
    m_serversPage = new ServersPage(m_fleet, session);
    // Back after an outage: this server's row on the Servers page is read again too.
    connect(m_workspace, &Workspace::connectionRestored, this, [this] {
        for (int row = 0; row < m_fleet->count(); ++row) {
            if (m_fleet->session(row) == m_session && !m_fleet->isRefreshing())
                m_fleet->refresh(row);
        }
    });
    connect(m_serversPage, &ServersPage::openRequested, this, [this](Session *other) {
        if (other == m_session) {
            showPage(RotationPageIndex);
            return;
        }
        // Another server, in its own window, on its own session; the fleet is shared. A fleet of
        // this window's own goes with it, so the windows on its sessions are this one's children.
        auto *window = new MainWindow(other, m_fleet, m_ownsFleet ? this : nullptr);
        window->setWindowFlag(Qt::Window);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->showPage(RotationPageIndex); // what one opens a server for, not this list again
        window->show();
    });
    connect(m_configPage, &ConfigurationPage::maintenanceCheckRequested, m_workspace->rotation(), &RotationMonitor::pollNow);
    connect(m_rotationPage, &RotationPage::notify, this, &MainWindow::notify);
    connect(m_rotationPage, &RotationPage::showAuditRequested, this, [this](const QDateTime &startedUtc) {
        if (showPage(AuditPageIndex))
            m_auditPage->showRotation(startedUtc);
    });
    m_pages->addWidget(m_configPage);
    m_pages->addWidget(m_rotationPage);
    m_pages->addWidget(m_auditPage);
    m_pages->addWidget(m_historyPage);
    m_pages->addWidget(m_serversPage);
    rightLayout->addWidget(m_pages, 1);
    layout->addWidget(right, 1);
    setCentralWidget(central);

    // The sidebar follows the stack; switching away from unsaved edits asks first.
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == m_pages->currentIndex() || row < 0)
            return;
        if (!showPage(row)) {
            // Put back once the click or key that chose the row is done with: the view selects the
            // row it was given after this returns, and the list highlighted a page not shown.
            QMetaObject::invokeMethod(
                this,
                [this] {
                const QSignalBlocker block(m_sidebar);
                m_sidebar->setCurrentRow(m_pages->currentIndex());
                },
                Qt::QueuedConnection);
        }
    });

    m_serverLabel = new QLabel;
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    m_userLabel = new QLabel;
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_connection = new QLabel;
    m_connection->setObjectName(QStringLiteral("connectionState"));
    // A long error must never widen the window: the status line is elided, whole on hover.
    m_connection->setMinimumWidth(1);
    m_connection->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_versionLabel = new QLabel;
    m_versionLabel->setObjectName(QStringLiteral("serverVersionLabel"));
    statusBar()->addWidget(m_serverLabel);
    statusBar()->addWidget(m_versionLabel);
    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_connection, 1);
    connect(session, &Session::requestFinished, this, [this](bool ok, const ApiError &error) {
        const QString text = ok ? tr("Last request: OK") : tr("Last request failed: %1").arg(error.message());
        m_connection->setToolTip(text);
        m_connection->setText(m_connection->fontMetrics().elidedText(text, Qt::ElideRight, std::max(80, m_connection->width())));
    });
    connect(session, &Session::sessionExpired, this,
            [this] { QMetaObject::invokeMethod(this, &MainWindow::renewSession, Qt::QueuedConnection); });
    connect(session, &Session::signedIn, this, &MainWindow::onSignedIn);
    connect(session->server()->version(), &ServerVersionProbe::changed, this, &MainWindow::showServerVersion);

    buildActions();
    // 1100x760 where the screen has room; never more than the screen offers (a 900x620 laptop
    // or remote desktop must see Save and the status bar without maximising).
    QSize initial(1100, 760);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        initial = initial.boundedTo(screen->availableGeometry().size() - QSize(16, 40)); // room for the frame
    resize(initial);
    restoreGeometry(m_session->settings()->windowGeometry());
    const int last = std::clamp(m_session->settings()->lastPage(), 0, int(PageCount) - 1);
    m_pages->setCurrentIndex(last);
    m_sidebar->setCurrentRow(last);
    onSignedIn();
}

MainWindow::~MainWindow()
{
    m_workspace->stop();
}

RotationMonitor *MainWindow::rotationMonitor() const
{
    return m_workspace->rotation();
}

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *reportAction = file->addAction(Icons::get(Icons::Export), tr("&Report…"), this, &MainWindow::showReportDialog);
    reportAction->setObjectName(QStringLiteral("reportAction"));
    reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)); // Ctrl+R may already be Reload (GNOME)
    file->addSeparator();
    QAction *signOutAction = file->addAction(Icons::get(Icons::SignOut), tr("Sign &out"), this, &MainWindow::signOut);
    signOutAction->setObjectName(QStringLiteral("signOutAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *reloadAction = view->addAction(Icons::get(Icons::Reload), tr("R&eload"), this, &MainWindow::reload);
    reloadAction->setObjectName(QStringLiteral("reloadAction"));
    reloadAction->setShortcut(QKeySequence::Refresh);
    view->addSeparator();
    const QStringList names = {tr("&Configuration"), tr("&Rotation"), tr("&Audit"), tr("&History"), tr("&Servers")};
    for (int i = 0; i < PageCount; ++i) {
        QAction *a = view->addAction(names.at(i), this, [this, i] { showPage(i); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        a->setObjectName(QStringLiteral("showPage%1Action").arg(i + 1));
    }
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About kmconsole"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

bool MainWindow::showPage(int index)
{
    if (index == m_pages->currentIndex())
        return true;
    if (m_pages->currentIndex() == ConfigurationPageIndex
        && !m_configPage->confirmDiscard(tr("Leaving the page discards your unsaved changes.")))
        return false;
    if (m_pages->currentIndex() == ConfigurationPageIndex)
        m_workspace->configuration()->fields()->revert();
    m_pages->setCurrentIndex(index);
    m_session->settings()->setLastPage(index);
    // The sidebar shows the page, however it was chosen (sidebar, shortcut, a link).
    const QSignalBlocker block(m_sidebar);
    m_sidebar->setCurrentRow(index);
    return true;
}

void MainWindow::onSignedIn()
{
    m_serverLabel->setText(tr("Server: %1").arg(m_session->client()->baseUrl().toDisplayString()));
    const QString user = m_session->client()->userName();
    m_userLabel->setText(user.isEmpty() ? tr("Signed in with an API token") : tr("User: %1").arg(user));
    // The application's display name is added by the platform: "host — kmconsole".
    setWindowTitle(m_session->host());
    showServerVersion();
    m_session->server()->version()->whenKnown(this, [] {}); // asked once per session; changed() shows it
    if (!m_renewing)
        reload();
}

void MainWindow::reload()
{
    if (!m_session->client()->isSignedIn())
        return;
    if (!m_configPage->confirmDiscard(tr("Reloading replaces your unsaved changes with what the server has.")))
        return;
    m_workspace->configuration()->fields()->revert(); // discarded: the reply replaces the form
    m_workspace->reload();
}

void MainWindow::notify(const QString &title, const QString &message, bool failed)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(Icons::get(Icons::Application), this);
            m_tray->setToolTip(tr("kmconsole"));
        }
        m_tray->show();
        m_tray->showMessage(title, message, failed ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information);
    }
    QApplication::alert(this); // the task bar entry asks for attention either way
}

bool MainWindow::renewSession()
{
    if (m_renewing)
        return false;
    m_renewing = true;
    SignInDialog dialog(m_session, this);
    dialog.selectProfile(m_session->profile().name.isEmpty() ? m_session->settings()->lastProfileName() : m_session->profile().name);
    dialog.prefill(m_session->client()->baseUrl().toString(), m_session->client()->userName(), QString());
    dialog.setMode(SignInDialog::Renew);
    const bool ok = dialog.exec() == QDialog::Accepted;
    m_renewing = false;
    if (!ok)
        m_connection->setText(tr("Signed out: sign in again from File to go on."));
    return ok;
}

void MainWindow::signOut()
{
    if (!m_configPage->confirmDiscard(tr("Signing out discards your unsaved changes.")))
        return;
    m_workspace->configuration()->fields()->revert();
    m_workspace->stop();
    m_session->signOut([this] {
        hide();
        SignInDialog dialog(m_session);
        if (dialog.exec() == QDialog::Accepted)
            show();
        else
            close();
    });
}

QString MainWindow::serverVersionText() const
{
    return m_versionLabel->text();
}

QString MainWindow::connectionText() const
{
    return m_connection->toolTip();
}

QString MainWindow::aboutText() const
{
    const QString language = qApp->property("kmconsoleLanguage").toString();
    return tr("<h3>kmconsole %1</h3><p>A console for the Key Management API of Delinea Secret Server.</p>"
              "<p>Server: %2<br>Secret Server version: %3<br>Language: %4<br>Qt %5</p>")
        .arg(QStringLiteral(KMCONSOLE_VERSION), m_session->client()->baseUrl().toDisplayString().toHtmlEscaped(),
             m_session->server()->version()->displayText().toHtmlEscaped(),
             Localization::describe(language.isEmpty() ? QStringLiteral("en") : language), QString::fromLatin1(qVersion()));
}

void MainWindow::showServerVersion()
{
    const ServerVersionProbe *version = m_session->server()->version();
    m_versionLabel->setText(version->isKnown() ? tr("Version: %1").arg(version->displayText()) : QString());
}

ReportDialog *MainWindow::showReportDialog()
{
    auto *dialog = new ReportDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About kmconsole"), aboutText());
}

void MainWindow::changeEvent(QEvent *event)
{
    // While the administrator looks at the window the console retries sooner (10 s at most), and
    // at once when the window gains the focus during an outage.
    if (event->type() == QEvent::ActivationChange)
        m_workspace->rotation()->setWindowActive(isActiveWindow());
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_configPage->confirmDiscard(tr("Quitting discards your unsaved changes."))) {
        event->ignore();
        return;
    }
    m_workspace->stop();
    m_session->settings()->setWindowGeometry(saveGeometry());
    m_session->settings()->setLastPage(m_pages->currentIndex());
    m_session->settings()->sync();
    event->accept();
}

} // namespace km
