#include "RotationPage.h"

#include "Accessibility.h"
#include "Theme.h"
#include "Icons.h"
#include "services/RotationMonitor.h"
#include "RotationProgressWidget.h"
#include "RotationText.h"
#include "RotationWizard.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {
QString localAndUtc(const QDateTime &utc)
{
    if (!utc.isValid())
        return RotationPage::tr("never");
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

RotationPage::RotationPage(RotationMonitor *monitor, QWidget *parent) : QWidget(parent), m_monitor(monitor)
{
    setObjectName(QStringLiteral("rotationPage"));
    auto *layout = new QVBoxLayout(this);

    m_connection = new QLabel;
    m_connection->setObjectName(QStringLiteral("connectionBanner"));
    m_connection->setWordWrap(true);
    m_retryNow = new QPushButton(Icons::get(Icons::Reload), tr("Retry &now"));
    m_retryNow->setObjectName(QStringLiteral("retryNowButton"));
    auto *connectionRow = new QHBoxLayout;
    connectionRow->addWidget(m_connection, 1);
    connectionRow->addWidget(m_retryNow);
    layout->addLayout(connectionRow);
    m_connection->hide();
    m_retryNow->hide();
    connect(m_retryNow, &QPushButton::clicked, monitor, &RotationMonitor::pollNow);
    describe(m_retryNow, tr("Asks the server again now instead of waiting."));

    auto *header = new QFrame;
    header->setObjectName(QStringLiteral("stateFrame"));
    header->setFrameShape(QFrame::StyledPanel);
    auto *headerLayout = new QHBoxLayout(header);
    m_stateIcon = new QLabel;
    m_stateIcon->setObjectName(QStringLiteral("stateIcon"));
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_state->setAccessibleName(tr("Rotation state"));
    QFont big = m_state->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_state->setFont(big);
    headerLayout->addWidget(m_stateIcon);
    headerLayout->addWidget(m_state, 1);
    layout->addWidget(header);

    m_dates = new QLabel;
    m_dates->setObjectName(QStringLiteral("datesLabel"));
    m_dates->setWordWrap(true);
    m_replication = new QLabel;
    m_replication->setObjectName(QStringLiteral("replicationLabel"));
    m_warning = new QLabel;
    m_warning->setObjectName(QStringLiteral("serverWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("serverError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(Theme::errorText(this));
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
    m_actionError->setStyleSheet(Theme::errorText(this));
    m_actionError->hide();
    layout->addWidget(m_actionError);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_retry = new QPushButton(Icons::get(Icons::Retry), tr("Re&try"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_rotate = new QPushButton(Icons::get(Icons::RotateKey), tr("R&otate master encryption key…"));
    m_rotate->setObjectName(QStringLiteral("rotateButton"));
    buttons->addWidget(m_retry);
    buttons->addWidget(m_rotate);
    layout->addLayout(buttons);
    connect(m_rotate, &QPushButton::clicked, this, &RotationPage::openWizard);
    connect(m_retry, &QPushButton::clicked, this, &RotationPage::retry);

    connect(monitor, &RotationMonitor::infoChanged, this, &RotationPage::refresh);
    connect(monitor, &RotationMonitor::connectionLost, this, &RotationPage::onConnectionLost);
    connect(monitor, &RotationMonitor::countdownChanged, this, [this](int seconds) {
        if (m_monitor->isConnectionLost())
            onConnectionLost(m_monitor->lastError(), seconds);
    });
    connect(monitor, &RotationMonitor::connectionRestored, this, [this] {
        m_connection->hide();
        m_retryNow->hide();
    });
    connect(monitor, &RotationMonitor::actionFinished, this, [this](RotationMonitor::Action, const ApiError &error) {
        m_actionError->setText(error.isError() ? tr("The server refused: %1").arg(error.message()) : QString());
        m_actionError->setVisible(error.isError());
        refresh();
    });
    connect(monitor, &RotationMonitor::rotationEnded, this, [this](bool completed) {
        const QString message = completed ? tr("The master encryption key rotation completed.")
                                          : tr("The master encryption key rotation failed: %1").arg(m_monitor->info().errorMessage);
        if (!window()->isActiveWindow())
            Q_EMIT notify(tr("Key rotation"), message, !completed);
    });
    refresh();
}

void RotationPage::showEvent(QShowEvent *event)
{
    // Idle polling is slow; whoever opens the page wants the state as it is now.
    m_monitor->pollNow();
    QWidget::showEvent(event);
}

void RotationPage::onConnectionLost(const ApiError &error, int seconds)
{
    m_connection->setText(seconds > 0 ? tr("Connection lost, retrying in %n s: %1", nullptr, seconds).arg(error.message())
                                      : tr("Connection lost: %1").arg(error.message()));
    m_connection->setStyleSheet(Theme::banner(Theme::Warning, this));
    m_connection->show();
    m_retryNow->show();
}

QString RotationPage::stateText() const
{
    return m_state->text();
}

QString RotationPage::connectionText() const
{
    return m_connection->isVisibleTo(this) ? m_connection->text() : QString();
}

void RotationPage::refresh()
{
    const RotationInfo &info = m_monitor->info();
    const bool known = m_monitor->hasInfo();
    const QStyle *s = style();
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    Theme::Tone tone = Theme::Neutral;
    switch (info.processState) {
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
    default:
        break;
    }
    m_stateIcon->setPixmap(s->standardIcon(icon).pixmap(32, 32));
    findChild<QFrame *>(QStringLiteral("stateFrame"))->setStyleSheet(Theme::frame(tone, this, QStringLiteral("QFrame#stateFrame")));
    m_state->setText(known ? RotationText::stateLabel(info.processState, info.processStateName) : tr("Loading…"));

    m_dates->setText(tr("Started: %1    Last status change: %2    Last ended: %3")
                         .arg(localAndUtc(info.startedUtc), localAndUtc(info.statusUpdatedUtc), localAndUtc(info.lastEndUtc)));
    m_dates->setToolTip(tr("In UTC: started %1, last status change %2, last ended %3")
                            .arg(info.startedUtc.toString(Qt::ISODate), info.statusUpdatedUtc.toString(Qt::ISODate),
                                 info.lastEndUtc.toString(Qt::ISODate)));
    m_replication->setText(info.isReplicationEnabled ? tr("Geo-replication is ON: rotation is not allowed while it is enabled.")
                                                     : tr("Geo-replication is off."));
    m_warning->setText(info.warningMessage);
    m_warning->setVisible(!info.warningMessage.isEmpty());
    m_error->setText(info.errorMessage);
    m_error->setVisible(!info.errorMessage.isEmpty());
    m_permission->setVisible(known && !info.hasPermission);

    QString rotateWhy;
    if (!known)
        rotateWhy = tr("The rotation state has not loaded yet.");
    else if (!info.hasPermission)
        rotateWhy = tr("Your account lacks the Administer Key Management permission.");
    else if (info.isActive())
        rotateWhy = tr("A rotation is already running.");
    else if (info.processState == ProcessState::Failed)
        rotateWhy = tr("The last rotation failed: retry it first.");
    else if (info.isReplicationEnabled)
        rotateWhy = tr("Geo-replication is enabled.");
    else if (!info.canRequestRotation)
        rotateWhy = tr("The server does not allow a rotation now.");
    m_rotate->setEnabled(rotateWhy.isEmpty() && !m_monitor->isActing());
    m_rotate->setToolTip(rotateWhy.isEmpty() ? tr("Opens a guided rotation with checks and confirmations.") : rotateWhy);

    QString retryWhy;
    if (!known)
        retryWhy = tr("The rotation state has not loaded yet.");
    else if (!info.hasPermission)
        retryWhy = tr("Your account lacks the Administer Key Management permission.");
    else if (!info.canRetryStatus)
        retryWhy = info.isActive() ? tr("The rotation is running; there is nothing to retry.") : tr("Nothing has failed, so there is nothing to retry.");
    m_retry->setEnabled(retryWhy.isEmpty() && !m_monitor->isActing());
    m_retry->setToolTip(retryWhy.isEmpty() ? tr("Retries the failed step and goes on following the rotation.") : retryWhy);
}

RotationWizard *RotationPage::openWizard()
{
    if (!m_rotate->isEnabled())
        return nullptr;
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    m_wizard = new RotationWizard(m_monitor, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &QObject::destroyed, this, [this] { m_wizard = nullptr; });
    connect(m_wizard, &RotationWizard::showAuditRequested, this, &RotationPage::showAuditRequested);
    m_wizard->show();
    return m_wizard;
}

void RotationPage::retry()
{
    if (!m_retry->isEnabled())
        return;
    m_actionError->hide();
    if (m_monitor->requestRetry())
        refresh();
}
