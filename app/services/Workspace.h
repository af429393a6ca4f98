#pragma once

#include <QDateTime>
#include <QObject>

class ApiError;
class AuditBrowser;
class ConfigurationService;
class RotationMonitor;
class Session;

// Everything the window works with for one signed-in server: its session and the services that
// own the pages' models. It wires what one service learns into the others: the rotation state
// says whether the account may administer (the configuration becomes read-only otherwise), and
// the connection state is one for all pages — lost when a request cannot reach the server,
// back as soon as one does — with the rotation poll as its heartbeat and its back-off countdown.
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(Session *session, QObject *parent = nullptr);
    ~Workspace() override;

    Session *session() const { return m_session; }
    ConfigurationService *configuration() const { return m_configuration; }
    RotationMonitor *rotation() const { return m_rotation; }
    AuditBrowser *audit() const { return m_audit; }

    void reload();   // every page's data, and the poll
    void stop();     // no more requests (before signing out or closing)

    bool isConnectionLost() const { return m_lost; }
    QString connectionProblem() const { return m_problem; }
    QDateTime lostSinceUtc() const { return m_lostSince; }
    int secondsUntilRetry() const;
    void retryNow();

Q_SIGNALS:
    void connectionChanged(); // lost or back, or the countdown moved

private:
    void onRequestFinished(bool ok, const ApiError &error);

    Session *m_session;
    ConfigurationService *m_configuration;
    RotationMonitor *m_rotation;
    AuditBrowser *m_audit;
    bool m_lost = false;
    QString m_problem;
    QDateTime m_lostSince;
};
