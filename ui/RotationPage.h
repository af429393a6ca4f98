#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace km {

class ApiError;
class RotationMonitor;
class RotationProgressWidget;
class RotationWizard;
class SecretKeyMonitor;
class SecretKeyPanel;
class Workspace;

// The rotate/retry panel: the rotation's state at a glance, its dates and messages, the live
// progress, and the buttons to start (through the wizard) or retry (after typing the host name,
// as a start asks), each saying why when it is not available (RotationEligibility). Follows the
// rotation through RotationMonitor, whatever the wizard does.
class RotationPage : public QWidget
{
    Q_OBJECT

public:
    RotationPage(RotationMonitor *monitor, QWidget *parent = nullptr);
    ~RotationPage() override;

    RotationMonitor *monitor() const { return m_monitor; }
    RotationProgressWidget *progress() const { return m_progress; }
    RotationWizard *openWizard(); // the wizard, shown non-modally; nullptr if it may not start
    RotationWizard *wizard() const { return m_wizard; }
    void retry(); // asks for the host name, then sends one retry
    QString stateText() const;
    // The key's age against the profile's policy, under the state (the window's workspace knows it).
    void showKeyAge(Workspace *workspace);
    // Beside the MEK rotation: the secret-key rotation, with "Rotate secret keys…" and Cancel.
    void showSecretKeys(SecretKeyMonitor *monitor);
    SecretKeyPanel *secretKeyPanel() const { return m_secretKeyPanel; }
    QString keyAgeText() const;

Q_SIGNALS:
    void showAuditRequested(const QDateTime &startedUtc);
    // A rotation ended while the window was not in front: for a desktop notification.
    void notify(const QString &title, const QString &message, bool failed);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();

    RotationMonitor *m_monitor;
    QPointer<RotationWizard> m_wizard;
    QVBoxLayout *m_body; // the page inside its scroll area
    QLabel *m_stateIcon;
    QLabel *m_state;
    QLabel *m_dates;
    QLabel *m_replication;
    QLabel *m_warning;
    QLabel *m_error;
    QLabel *m_permission;
    QPushButton *m_rotate;
    QPushButton *m_retry;
    QLabel *m_actionError;
    RotationProgressWidget *m_progress;
    QWidget *m_keyAgeRow = nullptr;
    QLabel *m_keyAge = nullptr;
    QSpinBox *m_policy = nullptr;
    Workspace *m_workspace = nullptr;
    SecretKeyMonitor *m_secretKeys = nullptr;
    SecretKeyPanel *m_secretKeyPanel = nullptr;
    void refreshKeyAge();
};

} // namespace km
