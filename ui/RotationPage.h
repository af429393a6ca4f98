#pragma once

#include <QWidget>

class ApiError;
class QLabel;
class QPushButton;
class QSystemTrayIcon;
class RotationMonitor;
class RotationProgressWidget;
class RotationWizard;

// The rotate/retry panel: the rotation's state at a glance, its dates and messages, the live
// progress, and the buttons to start (through the wizard) or retry, each saying why when it is
// not available. Follows the rotation through RotationMonitor, whatever the wizard does.
class RotationPage : public QWidget
{
    Q_OBJECT

public:
    RotationPage(RotationMonitor *monitor, QWidget *parent = nullptr);

    RotationMonitor *monitor() const { return m_monitor; }
    RotationProgressWidget *progress() const { return m_progress; }
    RotationWizard *openWizard(); // the wizard, shown non-modally; nullptr if it may not start
    RotationWizard *wizard() const { return m_wizard; }
    void retry();
    QString stateText() const;
    QString connectionText() const;

Q_SIGNALS:
    void showAuditRequested(const QDate &dayUtc);
    // A rotation ended while the window was not in front: for a desktop notification.
    void notify(const QString &title, const QString &message, bool failed);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void onConnectionLost(const ApiError &error, int seconds);

    RotationMonitor *m_monitor;
    RotationWizard *m_wizard = nullptr;
    QLabel *m_stateIcon;
    QLabel *m_state;
    QLabel *m_dates;
    QLabel *m_replication;
    QLabel *m_warning;
    QLabel *m_error;
    QLabel *m_permission;
    QLabel *m_connection;
    QPushButton *m_retryNow;
    QPushButton *m_rotate;
    QPushButton *m_retry;
    QLabel *m_actionError;
    RotationProgressWidget *m_progress;
};
