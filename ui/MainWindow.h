#pragma once

#include <QMainWindow>

class ApiClient;
class ApiError;
class AuditPage;
class ConfigurationPage;
class QLabel;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;
class RotationMonitor;
class RotationPage;
class SecretStore;
class Settings;

// The console's main window: the Configuration, Rotation and Audit pages behind a sidebar, a
// status bar with the server, the user and whether the last request worked, and the session:
// when it ends, the sign-in dialog comes back over the window and nothing being edited is lost.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum PageIndex { ConfigurationPageIndex, RotationPageIndex, AuditPageIndex, PageCount };

    MainWindow(ApiClient *client, Settings *settings, SecretStore *secrets, QWidget *parent = nullptr);

    ConfigurationPage *configurationPage() const { return m_configPage; }
    RotationPage *rotationPage() const { return m_rotationPage; }
    AuditPage *auditPage() const { return m_auditPage; }
    RotationMonitor *rotationMonitor() const { return m_monitor; }
    int currentPage() const;
    bool showPage(int index); // false when the user chose to stay (unsaved edits)
    void reload();
    // Shows the sign-in dialog over the window; true when signed in again.
    bool renewSession();
    void signOut();
    QString connectionText() const;
    QString aboutText() const; // version, server and language, as the About box shows them

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void onSignedIn();
    void notify(const QString &title, const QString &message, bool failed);
    void showAbout();

    ApiClient *m_client;
    Settings *m_settings;
    SecretStore *m_secrets;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    ConfigurationPage *m_configPage;
    RotationMonitor *m_monitor;
    RotationPage *m_rotationPage;
    AuditPage *m_auditPage;
    QSystemTrayIcon *m_tray = nullptr;
    QLabel *m_serverLabel;
    QLabel *m_userLabel;
    QLabel *m_connection;
    bool m_renewing = false;
};
