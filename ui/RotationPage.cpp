#include "ui/RotationPage.h"

#include "ui/Accessibility.h"
#include "ui/Icons.h"
#include "ui/PageScroll.h"
#include "ui/Prompter.h"
#include "ui/RotationProgressWidget.h"
#include "ui/RotationWizard.h"
#include "ui/SecretKeyPanel.h"
#include "ui/Theme.h"

#include "services/RotationMonitor.h"
#include "services/SecretKeyMonitor.h"
#include "services/Workspace.h"
#include "session/Session.h"

#include "models/DateText.h"
#include "models/RotationText.h"
#include "models/SafeText.h"
#include "models/SecretKeyText.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace km {

namespace {
QString localOrNever(const QDateTime &utc)
{
    return utc.isValid() ? DateText::local(utc) : RotationPage::tr("never");
}
} // namespace

RotationPage::RotationPage(RotationMonitor *monitor, QWidget *parent) : QWidget(parent), m_monitor(monitor)
{
    setObjectName(QStringLiteral("rotationPage"));
    // On a small screen the page scrolls rather than making the window taller than the screen
    // (at 900x620 with Windows' fonts and the connection banner shown, it did not fit).
    auto *layout = PageScroll::install(this, QStringLiteral("rotationScroll"));
    m_body = layout;

    auto *header = new QFrame;
    header->setObjectName(QStringLiteral("stateFrame"));
    header->setFrameShape(QFrame::StyledPanel);
    auto *headerLayout = new QHBoxLayout(header);
    m_stateIcon = new QLabel;
    m_stateIcon->setObjectName(QStringLiteral("stateIcon"));
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("stateLabel"));
    Accessibility::setRole(m_state, QAccessible::AlertMessage); // "Completed" is read, and announced when it changes
    m_state->setWordWrap(true);
    QFont big = m_state->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_state->setFont(big);
    headerLayout->addWidget(m_stateIcon);
    headerLayout->addWidget(m_state, 1);
    layout->addWidget(header);

    // The key's age against the policy: filled in once a workspace is attached (showKeyAge).
    m_keyAgeRow = new QWidget;
    m_keyAgeRow->setObjectName(QStringLiteral("keyAgeRow"));
    auto *ageLayout = new QHBoxLayout(m_keyAgeRow);
    ageLayout->setContentsMargins(0, 0, 0, 0);
    m_keyAge = Accessibility::announcedLabel(QStringLiteral("keyAgeLabel"));
    auto *policyLabel = new QLabel(tr("&Policy: rotate at least every"));
    m_policy = new QSpinBox;
    m_policy->setObjectName(QStringLiteral("policySpin"));
    m_policy->setRange(1, 3650);
    m_policy->setSuffix(tr(" days"));
    m_policy->setAccessibleName(tr("Rotation policy in days"));
    describe(m_policy, tr("How old the master encryption key may get before it is overdue; kept in this server's profile."));
    policyLabel->setBuddy(m_policy);
    ageLayout->addWidget(m_keyAge, 1);
    ageLayout->addWidget(policyLabel);
    ageLayout->addWidget(m_policy);
    m_keyAgeRow->hide();
    layout->addWidget(m_keyAgeRow);

    m_dates = new QLabel;
    m_dates->setObjectName(QStringLiteral("datesLabel"));
    m_dates->setWordWrap(true);
    m_replication = new QLabel;
    m_replication->setObjectName(QStringLiteral("replicationLabel"));
    m_replication->setWordWrap(true);
    m_warning = new QLabel;
    m_warning->setObjectName(QStringLiteral("serverWarning"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("serverError"));
    m_error->setStyleSheet(Theme::errorText(this));
    for (QLabel *l : {m_warning, m_error}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_permission = new QLabel(tr("Your account may view the rotation but not start or retry one "
                                 "(it lacks the Administer Key Management permission)."));
    m_permission->setObjectName(QStringLiteral("permissionNote"));
    m_permission->setWordWrap(true);
    for (QLabel *l : {m_dates, m_replication, m_warning, m_error, m_permission})
        layout->addWidget(l);

    m_progress = new RotationProgressWidget(monitor);
    layout->addWidget(m_progress, 1);

    m_actionError = new QLabel;
    m_actionError->setObjectName(QStringLiteral("actionError"));
    m_actionError->setWordWrap(true);
    m_actionError->setTextFormat(Qt::PlainText);
    m_actionError->setStyleSheet(Theme::errorText(this));
    m_actionError->hide();
    layout->addWidget(m_actionError);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_retry = new QPushButton(Icons::get(Icons::Retry), tr("Re&try the failed step…"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_rotate = new QPushButton(Icons::get(Icons::RotateKey), tr("R&otate master encryption key…"));
    m_rotate->setObjectName(QStringLiteral("rotateButton"));
    buttons->addWidget(m_retry);
    buttons->addWidget(m_rotate);
    layout->addLayout(buttons);
    connect(m_rotate, &QPushButton::clicked, this, &RotationPage::openWizard);
    connect(m_retry, &QPushButton::clicked, this, &RotationPage::retry);

    connect(monitor, &RotationMonitor::infoChanged, this, &RotationPage::refresh);
    connect(monitor, &RotationMonitor::connectionRestored, this, &RotationPage::refresh);
    connect(monitor, &RotationMonitor::actionFinished, this, [this](RotationMonitor::Action, const ApiError &error) {
        m_actionError->setText(error.isError() ? tr("The server refused: %1").arg(error.message()) : QString());
        m_actionError->setVisible(error.isError());
        refresh();
        // Refused because a secret-key rotation runs: say so, with its progress.
        if (error.isError() && m_secretKeys) {
            m_secretKeys->explainRefusal(error, this, [this](const QString &explained) {
                if (!explained.isEmpty())
                    m_actionError->setText(explained);
            });
        }
    });
    connect(monitor, &RotationMonitor::rotationEnded, this, [this](bool completed) {
        const QString message =
            completed ? tr("The master encryption key rotation completed.")
                      : tr("The master encryption key rotation failed: %1").arg(SafeText::oneLine(m_monitor->info().errorMessage));
        if (!window()->isActiveWindow())
            Q_EMIT notify(tr("Key rotation"), message, !completed);
    });
    refresh();
}

void RotationPage::showKeyAge(Workspace *workspace)
{
    m_workspace = workspace;
    m_policy->setValue(workspace->session()->server()->rotationPolicyDays());
    connect(m_policy, &QSpinBox::valueChanged, workspace->session()->server(), &ServerState::setRotationPolicyDays);
    connect(workspace, &Workspace::keyAgeChanged, this, &RotationPage::refreshKeyAge);
    m_keyAgeRow->show();
    refreshKeyAge();
}

void RotationPage::showSecretKeys(SecretKeyMonitor *monitor)
{
    m_secretKeys = monitor;
    m_secretKeyPanel = new SecretKeyPanel(monitor);
    m_secretKeyPanel->setActionsVisible(true);
    // Below the MEK rotation and its buttons: a rotation of its own.
    m_body->addWidget(m_secretKeyPanel);
    connect(monitor, &SecretKeyMonitor::statusChanged, this, &RotationPage::refresh);
}

QString RotationPage::keyAgeText() const
{
    return m_keyAge->text();
}

void RotationPage::refreshKeyAge()
{
    if (!m_workspace)
        return;
    if (!m_workspace->isKeyAgeKnown()) {
        m_keyAge->setText(tr("Finding the last completed rotation in the audit…"));
        m_keyAge->setStyleSheet(QString());
        return;
    }
    const KeyAge age = m_workspace->keyAge();
    QString text = age.sentence();
    if (const auto last = m_workspace->lastCompletedRotation())
        text += QLatin1Char(' ') + tr("Last completed rotation: %1.").arg(DateText::local(last->endedUtc));
    m_keyAge->setText(text);
    m_keyAge->setToolTip(m_workspace->lastCompletedRotation() ? DateText::utc(m_workspace->lastCompletedRotation()->endedUtc) : QString());
    const Theme::Tone tone = age.state == KeyAge::Fresh ? Theme::Neutral : age.state == KeyAge::DueSoon ? Theme::Warning : Theme::Error;
    m_keyAge->setStyleSheet(tone == Theme::Neutral ? QString() : Theme::banner(tone, this));
}

RotationPage::~RotationPage()
{
    // The wizard is a child; it must not outlive this page's state, nor call back into it.
    if (m_wizard)
        m_wizard->disconnect(this);
}

void RotationPage::showEvent(QShowEvent *event)
{
    // Idle polling is slow; whoever opens the page wants the state as it is now.
    m_monitor->pollNow();
    QWidget::showEvent(event);
}

QString RotationPage::stateText() const
{
    return m_state->text();
}

void RotationPage::refresh()
{
    const RotationInfo &info = m_monitor->info();
    const bool known = m_monitor->hasInfo();
    const bool stale = m_monitor->isConnectionLost();
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    Theme::Tone tone = Theme::Neutral;
    // The last step done is a finished rotation, even while the process state still says Running:
    // the header agrees with the status sentence under it.
    const bool lastStepDone = info.status == MekStatus::SessionDataRotationCompleted
                              && (info.processState == ProcessState::Running || info.processState == ProcessState::Pending);
    const ProcessState::State shownState = lastStepDone ? ProcessState::Completed : info.processState;
    switch (shownState) {
    case ProcessState::Pending:
    case ProcessState::Running:
    case ProcessState::Retry:
        icon = QStyle::SP_BrowserReload;
        tone = Theme::Active;
        break;
    case ProcessState::Completed:
        icon = QStyle::SP_DialogApplyButton;
        tone = Theme::Success;
        break;
    case ProcessState::Failed:
        icon = QStyle::SP_MessageBoxCritical;
        tone = Theme::Error;
        break;
    default: break;
    }
    // What is on screen after a failed poll may be out of date: it says so, and loses its colour.
    if (stale) {
        icon = QStyle::SP_MessageBoxWarning;
        tone = Theme::Neutral;
    }
    m_stateIcon->setPixmap(style()->standardIcon(icon).pixmap(32, 32));
    findChild<QFrame *>(QStringLiteral("stateFrame"))->setStyleSheet(Theme::frame(tone, this, QStringLiteral("QFrame#stateFrame")));
    const QString state = !known         ? tr("Loading…")
                          : lastStepDone ? RotationText::stateLabel(ProcessState::Completed, QString())
                                         : RotationText::stateLabel(info.processState, SafeText::oneLine(info.processStateName));
    m_state->setText(stale && known ? tr("%1 (possibly out of date: the server cannot be reached)").arg(state) : state);

    m_dates->setText(tr("Started: %1    Last status change: %2    Last ended: %3")
                         .arg(localOrNever(info.startedUtc), localOrNever(info.statusUpdatedUtc), localOrNever(info.lastEndUtc)));
    m_dates->setToolTip(tr("In UTC: started %1, last status change %2, last ended %3")
                            .arg(DateText::utc(info.startedUtc), DateText::utc(info.statusUpdatedUtc), DateText::utc(info.lastEndUtc)));
    m_replication->setText(info.isReplicationEnabled ? tr("Geo-replication is ON: rotation is not allowed while it is enabled.")
                                                     : tr("Geo-replication is off."));
    m_warning->setText(SafeText::multiLine(info.warningMessage));
    m_warning->setVisible(!info.warningMessage.isEmpty());
    m_error->setText(SafeText::multiLine(info.errorMessage));
    m_error->setVisible(!info.errorMessage.isEmpty());
    m_permission->setVisible(known && !info.hasPermission);

    if (m_secretKeyPanel)
        m_secretKeyPanel->setPermitted(!known || info.hasPermission, tr("Your account lacks the Administer Key Management permission."));
    const RotationEligibility eligibility = m_monitor->eligibility();
    m_rotate->setEnabled(eligibility.canStart());
    m_rotate->setToolTip(eligibility.canStart() ? tr("Opens a guided rotation with checks and confirmations.") : eligibility.whyNotStart());
    m_retry->setEnabled(eligibility.canRetry());
    m_retry->setToolTip(eligibility.canRetry() ? tr("Retries the failed step after you confirm, and goes on following the rotation.")
                                               : eligibility.whyNotRetry());
}

RotationWizard *RotationPage::openWizard()
{
    if (!m_monitor->eligibility().canStart())
        return nullptr;
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    m_wizard = new RotationWizard(m_monitor, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &RotationWizard::showAuditRequested, this, &RotationPage::showAuditRequested);
    // When it closes, the keyboard is back where it was: on the button that opened it, or the next one that can take it.
    connect(m_wizard, &QDialog::finished, this, [this] {
        QWidget *back = m_rotate->isEnabled()  ? static_cast<QWidget *>(m_rotate)
                        : m_retry->isEnabled() ? static_cast<QWidget *>(m_retry)
                                               : m_policy;
        window()->activateWindow();
        back->setFocus(Qt::OtherFocusReason);
    });
    m_wizard->show();
    return m_wizard;
}

void RotationPage::retry()
{
    if (!m_monitor->eligibility().canRetry())
        return;
    const QString host = m_monitor->host();
    // A retry restarts re-encryption on a production server: it asks, as a start does.
    if (!Prompter::confirmByTyping(this, tr("Retry the failed step"),
                                   tr("Retrying restarts the re-encryption on %1, where the rotation failed. Find the cause first "
                                      "(the server's logs, the audit). Type the server's host name to retry.")
                                       .arg(host),
                                   host, tr("&Retry")))
        return;
    m_actionError->hide();
    if (m_monitor->requestRetry())
        refresh();
}

} // namespace km
