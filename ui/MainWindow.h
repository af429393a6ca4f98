#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;

namespace km {

class AuditPage;
class ConfigurationPage;
class ConnectionBanner;
class HistoryPage;
class ReportDialog;
class ServerFleet;
class ServersPage;
class RotationMonitor;
class RotationPage;
class Session;
class Workspace;

// The console's main window for one signed-in server: the Configuration, Rotation and Audit
// pages behind a sidebar, one connection banner above them all, and a status bar with the
// server, the user and the last request. When the session ends, the sign-in dialog comes back
// over the window and nothing being edited is lost.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum PageIndex { ConfigurationPageIndex, RotationPageIndex, AuditPageIndex, HistoryPageIndex, ServersPageIndex, PageCount };

    // fleet: the servers this window shows on its Servers page; one of its own when none is given.
    explicit MainWindow(Session *session, ServerFleet *fleet = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const { return m_session; }
    Workspace *workspace() const { return m_workspace; }
    ConfigurationPage *configurationPage() const { return m_configPage; }
    RotationPage *rotationPage() const { return m_rotationPage; }
    AuditPage *auditPage() const { return m_auditPage; }
    HistoryPage *historyPage() const { return m_historyPage; }
    ServersPage *serversPage() const { return m_serversPage; }
    ServerFleet *fleet() const { return m_fleet; }
    RotationMonitor *rotationMonitor() const;
    ConnectionBanner *connectionBanner() const { return m_banner; }
    int currentPage() const;
    bool showPage(int index); // false when the user chose to stay (unsaved edits)
    void reload();
    ReportDialog *showReportDialog(); // File > Report…
    // Shows the sign-in dialog over the window; true when signed in again.
    bool renewSession();
    void signOut();
    QString connectionText() const;
    QString aboutText() const;
    QString serverVersionText() const; // the status bar's version, as shown // version, server and language, as the About box shows them

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void onSignedIn();
    void showServerVersion();
    void notify(const QString &title, const QString &message, bool failed);
    void showAbout();

    Session *m_session;
    Workspace *m_workspace;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    ConnectionBanner *m_banner;
    ConfigurationPage *m_configPage;
    RotationPage *m_rotationPage;
    AuditPage *m_auditPage;
    HistoryPage *m_historyPage;
    ServersPage *m_serversPage;
    ServerFleet *m_fleet;
    bool m_ownsFleet;
    QSystemTrayIcon *m_tray = nullptr;
    QLabel *m_serverLabel;
    QLabel *m_versionLabel;
    QLabel *m_userLabel;
    QLabel *m_connection;
    bool m_renewing = false;
};

} // namespace km
