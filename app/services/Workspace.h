#pragma once

#include "models/RotationHistory.h"

#include <QDateTime>
#include <QObject>
#include <optional>

namespace km {

class ApiError;
class AuditBrowser;
class ConfigurationService;
class RotationEventsReader;
class RotationHistoryReader;
class RotationMonitor;
class SecretKeyMonitor;
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
    // The secret-key rotation a save starts (or the administrator does): the Configuration and
    // Rotation pages follow it.
    SecretKeyMonitor *secretKeys() const { return m_secretKeys; }
    AuditBrowser *audit() const { return m_audit; }
    // Every rotation, read from the audit when the History page asks (it streams).
    RotationHistoryReader *history() const { return m_history; }
    // One rotation's own events (the History page's events dialog), being read: the reader and its
    // model belong to owner (each dialog has its own).
    RotationEventsReader *readRotationEvents(const RotationSummary &rotation, QObject *owner) const;

    // The key's age: since the last completed rotation, found newest first in the audit on every
    // reload and whenever a rotation ends; judged against the profile's policy.
    std::optional<RotationSummary> lastCompletedRotation() const { return m_lastCompleted; }
    bool isKeyAgeKnown() const { return m_keyAgeRead; } // the audit has been asked
    KeyAge keyAge() const;
    void refreshKeyAge();

    void reload(); // every page's data, and the poll
    void stop();   // no more requests (before signing out or closing)

    bool isConnectionLost() const { return m_lost; }
    QString connectionProblem() const { return m_problem; }
    QDateTime lostSinceUtc() const { return m_lostSince; }
    qint64 lostForSeconds() const; // by the session's clock; 0 while connected
    int secondsUntilRetry() const;
    bool isWaitingAsServerAsked() const; // the wait is the server's Retry-After
    void retryNow();

Q_SIGNALS:
    void connectionChanged();  // lost or back, or the countdown moved
    void connectionRestored(); // back after an outage: every page has been asked to reload what it shows
    void keyAgeChanged();

private:
    void onRequestFinished(bool ok, const ApiError &error);
    void reloadShown();

    Session *m_session;
    ConfigurationService *m_configuration;
    RotationMonitor *m_rotation;
    SecretKeyMonitor *m_secretKeys;
    AuditBrowser *m_audit;
    RotationHistoryReader *m_history;
    RotationHistoryReader *m_lastCompletedReader;
    std::optional<RotationSummary> m_lastCompleted;
    bool m_keyAgeRead = false;
    int m_lastProcessState = -2;
    bool m_lost = false;
    QString m_problem;
    QDateTime m_lostSince;
};

} // namespace km
