#pragma once

#include <QMainWindow>

class ApiClient;
class ApiError;
class ConfigurationPage;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTextBrowser;
class SecretStore;
class Settings;
struct RotationInfo;

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
    int currentPage() const;
    bool showPage(int index); // false when the user chose to stay (unsaved edits)
    void reload();
    // Shows the sign-in dialog over the window; true when signed in again.
    bool renewSession();
    void signOut();
    QString connectionText() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void onSignedIn();
    void applyRotationInfo(const RotationInfo &info);
    void showAbout();

    ApiClient *m_client;
    Settings *m_settings;
    SecretStore *m_secrets;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    ConfigurationPage *m_configPage;
    QTextBrowser *m_rotationSummary;
    QLabel *m_serverLabel;
    QLabel *m_userLabel;
    QLabel *m_connection;
    bool m_renewing = false;
};
