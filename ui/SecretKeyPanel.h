#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace km {

class SecretKeyMonitor;

// The secret-key rotation at a glance, from SecretKeyMonitor: whether one runs, secrets
// processed of total with the rate and the time left, "cancelling" until the server confirms,
// the server's own words (its progress message, the last run's status and message), and that the
// server will accept changes once it has ended (never when). With actions shown (the Rotation
// page): "Rotate secret keys…" and "Cancel…", each after typing the host name.
class SecretKeyPanel : public QFrame
{
    Q_OBJECT

public:
    explicit SecretKeyPanel(SecretKeyMonitor *monitor, QWidget *parent = nullptr);

    void setActionsVisible(bool visible);
    // An account without the Administer Key Management permission sees the state, not the actions.
    void setPermitted(bool permitted, const QString &whyNot = QString());
    // Ask for the host name, then send one start / one cancel. False when nothing was sent.
    bool rotate();
    bool cancel();

    QString stateText() const;
    // The state line in a word that stays in every language: "loading", "notKnown", "running",
    // "cancelling" or "notRunning". Also the state label's "kind" property.
    QString stateKind() const;
    QString progressText() const;
    QString lastRunText() const;

private:
    void refresh();
    // Asks for the server's host name to be typed before a write (textWithHost's %1 is the host);
    // a confirmed write hides the last one's error.
    bool confirmedByHost(const QString &title, const QString &textWithHost, const QString &button);

    SecretKeyMonitor *m_monitor;
    QLabel *m_state;
    QProgressBar *m_bar;
    QLabel *m_progress;
    QLabel *m_serverMessage;
    QLabel *m_accept;
    QLabel *m_lastRun;
    QLabel *m_actionError;
    QPushButton *m_rotate;
    QPushButton *m_cancel;
    bool m_actionsVisible = false;
    // A failed start or cancel is said until what it was about has changed: the run started or
    // ended since, or the server, unreachable since, answers again.
    bool m_failedWhileRunning = false;
    bool m_outageSinceFailure = false;
    bool m_permitted = true;
    QString m_whyNotPermitted;
};

} // namespace km
