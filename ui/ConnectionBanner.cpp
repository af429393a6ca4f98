#include "ConnectionBanner.h"

#include "Accessibility.h"
#include "Icons.h"
#include "Theme.h"

#include "services/Workspace.h"
#include "session/Session.h"

#include "DateText.h"
#include "DurationText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QDateTime>
#include <QTimer>
#include <algorithm>

ConnectionBanner::ConnectionBanner(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("connectionBanner"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("connectionBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setStyleSheet(Theme::banner(Theme::Warning, this));
    Accessibility::setRole(m_text, QAccessible::AlertMessage); // read as it is; announced when it appears
    m_retry = new QPushButton(Icons::get(Icons::Reload), tr("Retry no&w"));
    m_retry->setObjectName(QStringLiteral("retryNowButton"));
    describe(m_retry, tr("Asks the server again now instead of waiting."));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    connect(m_retry, &QPushButton::clicked, workspace, &Workspace::retryNow);
    connect(workspace, &Workspace::connectionChanged, this, &ConnectionBanner::refresh);
    // The countdown moves every second while the connection is lost.
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ConnectionBanner::refresh);
    refresh();
}

QString ConnectionBanner::text() const
{
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

void ConnectionBanner::refresh()
{
    const bool lost = m_workspace->isConnectionLost();
    setVisible(lost);
    if (!lost) {
        m_tick->stop();
        return;
    }
    if (!m_tick->isActive())
        m_tick->start();
    const int seconds = m_workspace->secondsUntilRetry();
    const QString host = m_workspace->session()->host();
    const QString when = seconds > 0 ? tr("Trying again in %n s.", nullptr, seconds) : tr("Trying again…");
    // For how long: a rotation may go on on the server meanwhile, so the administrator can judge.
    const QDateTime since = m_workspace->lostSinceUtc();
    m_text->setText(tr("The connection to %1 is lost: %2 %3 It has failed for %4 (since %5). What is shown may be out of date, and "
                       "actions that need the server are disabled until it answers again.")
                        .arg(host, m_workspace->connectionProblem(), when, DurationText::of(m_workspace->lostForSeconds()),
                             DateText::local(since)));
}
