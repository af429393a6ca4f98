#include "MainWindow.h"

#include "Accessibility.h"
#include "api/ApiClient.h"
#include "AuditPage.h"
#include "ConfigurationPage.h"
#include "Icons.h"
#include "i18n/Localization.h"
#include "Prompter.h"
#include "services/RotationMonitor.h"
#include "RotationPage.h"
#include "session/SecretStore.h"
#include "session/Settings.h"
#include "SignInDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>

MainWindow::MainWindow(ApiClient *client, Settings *settings, SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent), m_client(client), m_settings(settings), m_secrets(secrets)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("kmconsole"));
    setWindowIcon(Icons::get(Icons::Application));

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(QStringLiteral("pageList"));
    m_sidebar->setAccessibleName(tr("Pages"));
    describe(m_sidebar, tr("The console's pages: Configuration, Rotation and Audit (Ctrl+1, Ctrl+2, Ctrl+3)."), false);
    m_sidebar->setFixedWidth(170);
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->addItem(new QListWidgetItem(Icons::get(Icons::Configuration), tr("Configuration")));
    m_sidebar->addItem(new QListWidgetItem(Icons::get(Icons::Rotation), tr("Rotation")));
    m_sidebar->addItem(new QListWidgetItem(Icons::get(Icons::Audit), tr("Audit")));
    layout->addWidget(m_sidebar);

    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    m_configPage = new ConfigurationPage(client);
    m_monitor = new RotationMonitor(client, this);
    m_rotationPage = new RotationPage(m_monitor);
    // The rotation endpoint is where the server says whether this account may administer.
    connect(m_monitor, &RotationMonitor::infoChanged, this, [this] {
        m_configPage->setCanAdminister(m_monitor->info().hasPermission);
    });
    connect(m_rotationPage, &RotationPage::notify, this, &MainWindow::notify);
    m_auditPage = new AuditPage(client);
    connect(m_rotationPage, &RotationPage::showAuditRequested, this, [this](const QDate &day) {
        if (!showPage(AuditPageIndex))
            return;
        m_sidebar->setCurrentRow(AuditPageIndex);
        m_auditPage->showDay(day);
    });
    m_pages->addWidget(m_configPage);
    m_pages->addWidget(m_rotationPage);
    m_pages->addWidget(m_auditPage);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    // The sidebar follows the stack; switching away from unsaved edits asks first.
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == m_pages->currentIndex() || row < 0)
            return;
        if (!showPage(row)) {
            const QSignalBlocker block(m_sidebar);
            m_sidebar->setCurrentRow(m_pages->currentIndex());
        }
    });

    m_serverLabel = new QLabel;
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    m_userLabel = new QLabel;
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_connection = new QLabel;
    m_connection->setObjectName(QStringLiteral("connectionState"));
    statusBar()->addWidget(m_serverLabel);
    statusBar()->addWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_connection);
    connect(client, &ApiClient::requestFinished, this, [this](bool ok, const ApiError &error) {
        m_connection->setText(ok ? tr("Last request: OK") : tr("Last request failed: %1").arg(error.message()));
        m_connection->setToolTip(m_connection->text());
    });
    connect(client, &ApiClient::sessionExpired, this, [this] { QMetaObject::invokeMethod(this, &MainWindow::renewSession, Qt::QueuedConnection); });
    connect(client, &ApiClient::signedIn, this, &MainWindow::onSignedIn);

    buildActions();
    resize(1100, 760);
    restoreGeometry(m_settings->windowGeometry());
    const int last = std::clamp(m_settings->lastPage(), 0, int(PageCount) - 1);
    m_pages->setCurrentIndex(last);
    m_sidebar->setCurrentRow(last);
    onSignedIn();
}

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *signOutAction = file->addAction(Icons::get(Icons::SignOut), tr("Sign &out"), this, &MainWindow::signOut);
    signOutAction->setObjectName(QStringLiteral("signOutAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *reloadAction = view->addAction(Icons::get(Icons::Reload), tr("&Reload"), this, &MainWindow::reload);
    reloadAction->setObjectName(QStringLiteral("reloadAction"));
    reloadAction->setShortcut(QKeySequence::Refresh);
    view->addSeparator();
    const QStringList names = {tr("&Configuration"), tr("&Rotation"), tr("&Audit")};
    for (int i = 0; i < PageCount; ++i) {
        QAction *a = view->addAction(names.at(i), this, [this, i] {
            if (showPage(i))
                m_sidebar->setCurrentRow(i);
        });
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
        m_configPage->fields()->revert();
    m_pages->setCurrentIndex(index);
    m_settings->setLastPage(index);
    // The sidebar shows the page, however it was chosen (sidebar, shortcut, a link).
    const QSignalBlocker block(m_sidebar);
    m_sidebar->setCurrentRow(index);
    return true;
}

void MainWindow::onSignedIn()
{
    m_serverLabel->setText(tr("Server: %1").arg(m_client->baseUrl().toDisplayString()));
    m_userLabel->setText(m_client->userName().isEmpty() ? tr("Signed in with an API token")
                                                        : tr("User: %1").arg(m_client->userName()));
    setWindowTitle(tr("kmconsole — %1").arg(m_client->baseUrl().host()));
    if (!m_renewing)
        reload();
}

void MainWindow::reload()
{
    if (!m_client->isSignedIn())
        return;
    m_configPage->reload();
    m_auditPage->reload();
    if (m_monitor->isRunning())
        m_monitor->pollNow();
    else
        m_monitor->start();
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
    SignInDialog dialog(m_client, m_settings, m_secrets, this);
    dialog.selectProfile(m_settings->lastProfileName());
    dialog.prefill(m_client->baseUrl().toString(), m_client->userName(), QString());
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
    m_configPage->fields()->revert();
    m_monitor->stop();
    m_client->signOut(this, [this](const ApiResult<NoContent> &) {
        hide();
        SignInDialog dialog(m_client, m_settings, m_secrets);
        if (dialog.exec() == QDialog::Accepted)
            show();
        else
            close();
    });
}

QString MainWindow::connectionText() const
{
    return m_connection->text();
}

QString MainWindow::aboutText() const
{
    const QString language = qApp->property("kmconsoleLanguage").toString();
    return tr("<h3>kmconsole %1</h3><p>A console for the Key Management API of Delinea Secret Server.</p>"
              "<p>Server: %2<br>Language: %3<br>Qt %4</p>")
        .arg(QStringLiteral(KMCONSOLE_VERSION), m_client->baseUrl().toDisplayString().toHtmlEscaped(),
             Localization::describe(language.isEmpty() ? QStringLiteral("en") : language), QString::fromLatin1(qVersion()));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About kmconsole"), aboutText());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_configPage->confirmDiscard(tr("Quitting discards your unsaved changes."))) {
        event->ignore();
        return;
    }
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setLastPage(m_pages->currentIndex());
    m_settings->sync();
    event->accept();
}
