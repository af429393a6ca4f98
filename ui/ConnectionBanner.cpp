#include "ui/ConnectionBanner.h"

#include "ui/Accessibility.h"
#include "ui/Icons.h"
#include "ui/Theme.h"

#include "services/Workspace.h"
#include "session/Session.h"

#include "models/DateText.h"
#include "models/DurationText.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QDateTime>
#include <QTimer>
#include <algorithm>

namespace km {

ConnectionBanner::ConnectionBanner(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("connectionBanner"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    // One box: what happened (the alert, its text stable while the problem is the same, so that a
    // screen reader says it once) above the countdown (which moves every second, not announced).
    auto *box = new QFrame;
    box->setObjectName(QStringLiteral("connectionBannerBox"));
    box->setStyleSheet(Theme::frame(Theme::Warning, this, QStringLiteral("QFrame#connectionBannerBox")));
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(6, 6, 6, 6);
    boxLayout->setSpacing(2);
    m_text = Accessibility::announcedLabel(QStringLiteral("connectionBannerText"),
                                           QAccessible::AlertMessage); // read as it is; announced when it appears
    m_countdown = new QLabel;
    m_countdown->setObjectName(QStringLiteral("connectionBannerCountdown"));
    m_countdown->setWordWrap(true);
    m_countdown->setTextFormat(Qt::PlainText);
    boxLayout->addWidget(m_text);
    boxLayout->addWidget(m_countdown);
    m_retry = new QPushButton(Icons::get(Icons::Reload), tr("Retry no&w"));
    m_retry->setObjectName(QStringLiteral("retryNowButton"));
    describe(m_retry, tr("Asks the server again now instead of waiting."));
    layout->addWidget(box, 1);
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
    return isVisibleTo(parentWidget()) ? m_text->text() + QLatin1Char(' ') + m_countdown->text() : QString();
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
    const QString when = seconds <= 0                            ? tr("Trying again…")
                         : m_workspace->isWaitingAsServerAsked() ? tr("The server asked to wait: trying again in %n s.", nullptr, seconds)
                                                                 : tr("Trying again in %n s.", nullptr, seconds);
    // For how long: a rotation may go on on the server meanwhile, so the administrator can judge.
    const QDateTime since = m_workspace->lostSinceUtc();
    const QString text = tr("The connection to %1 is lost since %2: %3 What is shown may be out of date, and actions that need "
                            "the server are disabled until it answers again.")
                             .arg(host, DateText::local(since), m_workspace->connectionProblem());
    if (m_text->text() != text)
        m_text->setText(text); // only when it says something new: a reader hears it once
    m_countdown->setText(tr("It has failed for %1. %2").arg(DurationText::of(m_workspace->lostForSeconds()), when));
}

} // namespace km
