#pragma once

#include "api/ApiError.h"

#include <QDate>
#include <QWizard>

namespace km {

class RotationMonitor;

// The guided master encryption key rotation: preflight checks (the rotation state's, then the
// server's health, nodes, backups and rotations running, read by RotationPreflight; a warning goes
// through only once ticked), backup confirmation, typing the
// server's host name, then one PUT startmekrotation, the live progress and, on the same page, one
// clear ending: the outcome, how long it took, and what to do next (with Retry in the button row
// when it failed). The start is sent exactly once per run: the confirmation page is a commit page
// (no way back), and a guard refuses a second send. Closing the wizard stops nothing; the
// Rotation page keeps following. A disabled Next or Start always says why in its tooltip.
class RotationWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { PreflightPageId, BackupPageId, ConfirmPageId, RunPageId };

    explicit RotationWizard(RotationMonitor *monitor, QWidget *parent = nullptr);

    RotationMonitor *monitor() const { return m_monitor; }
    QString host() const;
    bool startAccepted() const { return m_startAccepted; }
    ApiError startError() const { return m_startError; }
    void sendStart();       // once, unless the user asks again after a refusal
    void retryFailedStep(); // asks, as Start does, then sends one retry
    QString outcomeText() const;
    // The run page's ending in a word that stays in every language: "starting", "running",
    // "completed", "failed", or "notStarted" (the server refused the start). The outcome label
    // also carries "neededRetry" (a completed rotation that needed a retry) and "retryRefused".
    QString outcomeKind() const;
    // The run page's ending: whether Retry belongs in the button row, and what its tooltip says.
    void offerRetry(bool failed, const QString &why);

Q_SIGNALS:
    void showAuditRequested(const QDateTime &startedUtc); // that rotation's records
    void startFinished();

private:
    void updateButtons();

    RotationMonitor *m_monitor;
    bool m_offerRetry = false;
    QString m_retryWhy;
    bool m_startSent = false;
    bool m_startAccepted = false;
    ApiError m_startError;
};

} // namespace km
