#pragma once

#include <QMainWindow>

class ApiClient;
class QLabel;
class QTextBrowser;

// The console's main window. For now it shows the current configuration and the rotation state
// of the server it is signed in to; the Configuration, Rotation and Audit pages replace these.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ApiClient *client, QWidget *parent = nullptr);

    void reload();

private:
    ApiClient *m_client;
    QTextBrowser *m_configView;
    QTextBrowser *m_rotationView;
    QLabel *m_connection;
};
