#include "ui/SecretKeyPanel.h"

#include "ui/Accessibility.h"
#include "ui/Prompter.h"
#include "ui/Theme.h"

#include "services/SecretKeyMonitor.h"
#include "session/Session.h"

#include "models/DateText.h"
#include "models/SafeText.h"
#include "models/SecretKeyText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace km {

SecretKeyPanel::SecretKeyPanel(SecretKeyMonitor *monitor, QWidget *parent) : QFrame(parent), m_monitor(monitor)
{
    setObjectName(QStringLiteral("secretKeyPanel"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Secret-key rotation"));
    setAccessibleName(title->text()); // a named group for a screen reader, not an empty frame
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("secretKeyState"));
    Accessibility::setRole(m_state, QAccessible::AlertMessage);
    m_bar = new QProgressBar;
    m_bar->setObjectName(QStringLiteral("secretKeyProgressBar"));
    m_bar->setAccessibleName(tr("Secrets processed"));
    m_progress = new QLabel;
    m_progress->setObjectName(QStringLiteral("secretKeyProgressText"));
    Accessibility::setRole(m_progress, QAccessible::StatusBar); // "n of N, rate, time left": its changes are announced
    m_serverMessage = new QLabel;
    m_serverMessage->setObjectName(QStringLiteral("secretKeyServerMessage"));
    m_accept = new QLabel(SecretKeyText::acceptsChangesOnceEnded());
    m_accept->setObjectName(QStringLiteral("secretKeyAcceptNote"));
    m_lastRun = new QLabel;
    m_lastRun->setObjectName(QStringLiteral("secretKeyLastRun"));
    m_actionError = new QLabel;
    m_actionError->setObjectName(QStringLiteral("secretKeyActionError"));
    m_actionError->setStyleSheet(Theme::errorText(this));
    for (QLabel *l : {m_state, m_progress, m_serverMessage, m_accept, m_lastRun, m_actionError}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    // Compact, so that the pages keep fitting a small window: the title and the state on one
    // line, the progress (or the last run) beside the buttons, the server's words and when it
    // will accept changes on one line.
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addWidget(m_state, 1);
    layout->addLayout(top);
    layout->addWidget(m_bar);
    m_cancel = new QPushButton(tr("&Cancel secret-key rotation…"));
    m_cancel->setObjectName(QStringLiteral("cancelSecretKeysButton"));
    m_rotate = new QPushButton(tr("Rotate &secret keys…"));
    m_rotate->setObjectName(QStringLiteral("rotateSecretKeysButton"));
    describe(m_rotate, tr("Re-encrypts every secret's key on the server; it refuses key-management changes until it has ended."));
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_progress, 1);
    middle->addWidget(m_lastRun, 1);
    middle->addWidget(m_cancel);
    middle->addWidget(m_rotate);
    layout->addLayout(middle);
    auto *words = new QHBoxLayout;
    words->addWidget(m_serverMessage, 1);
    words->addWidget(m_accept, 1);
    layout->addLayout(words);
    layout->addWidget(m_actionError);
    m_actionError->hide();

    connect(m_rotate, &QPushButton::clicked, this, &SecretKeyPanel::rotate);
    connect(m_cancel, &QPushButton::clicked, this, &SecretKeyPanel::cancel);

    connect(monitor, &SecretKeyMonitor::statusChanged, this, &SecretKeyPanel::refresh);
    connect(monitor, &SecretKeyMonitor::actionFinished, this, [this](SecretKeyMonitor::Action action, const ApiError &error) {
        m_actionError->setText(!error.isError() ? QString()
                               : action == SecretKeyMonitor::Start
                                   ? tr("The server did not start the secret-key rotation: %1").arg(error.message())
                                   : tr("The server did not cancel the secret-key rotation: %1").arg(error.message()));
        m_actionError->setVisible(error.isError());
        m_failedWhileRunning = m_monitor->isRotationRunning();
        m_outageSinceFailure = false;
        refresh();
    });
    setActionsVisible(false);
    refresh();
}

void SecretKeyPanel::setActionsVisible(bool visible)
{
    m_actionsVisible = visible;
    refresh();
}

void SecretKeyPanel::setPermitted(bool permitted, const QString &whyNot)
{
    if (m_permitted == permitted && m_whyNotPermitted == whyNot)
        return;
    m_permitted = permitted;
    m_whyNotPermitted = whyNot;
    refresh();
}

QString SecretKeyPanel::stateText() const
{
    return m_state->text();
}

QString SecretKeyPanel::stateKind() const
{
    return m_state->property("kind").toString();
}

QString SecretKeyPanel::progressText() const
{
    return m_progress->isVisibleTo(this) ? m_progress->text() : QString();
}

QString SecretKeyPanel::lastRunText() const
{
    return m_lastRun->text();
}

void SecretKeyPanel::refresh()
{
    const SecretKeyRotationStatus &s = m_monitor->status();
    const bool known = m_monitor->hasStatus();
    const bool running = m_monitor->isRotationRunning();
    if (!m_actionError->isHidden()) {
        m_outageSinceFailure = m_outageSinceFailure || m_monitor->isConnectionLost();
        if (running != m_failedWhileRunning || (m_outageSinceFailure && !m_monitor->isConnectionLost()))
            m_actionError->hide();
    }
    QString state = !known ? (m_monitor->isConnectionLost() ? tr("Not known: %1").arg(m_monitor->lastError().message()) : tr("Loading…"))
                    : m_monitor->isCancelling() ? tr("Cancelling: the server has not yet confirmed that the rotation stopped.")
                    : running                   ? tr("Running: the server is re-encrypting its secret keys.")
                                                : tr("Not running.");
    if (known && m_monitor->isConnectionLost())
        state = tr("%1 (possibly out of date: the server cannot be reached)").arg(state);
    m_state->setText(state);
    m_state->setProperty("kind", QString::fromLatin1(!known                      ? (m_monitor->isConnectionLost() ? "notKnown" : "loading")
                                                     : m_monitor->isCancelling() ? "cancelling"
                                                     : running                   ? "running"
                                                                                 : "notRunning"));
    setStyleSheet(running ? Theme::frame(Theme::Active, this, QStringLiteral("QFrame#secretKeyPanel")) : QString());
    m_bar->setVisible(running);
    m_bar->setRange(0, std::max(s.totalSecretsToProcess, 1));
    m_bar->setValue(std::clamp(s.secretsProcessed, 0, std::max(s.totalSecretsToProcess, 1)));
    m_progress->setText(m_monitor->progressText());
    m_progress->setVisible(running);
    m_serverMessage->setText(tr("The server says: %1").arg(SafeText::oneLine(s.progressMessage)));
    m_serverMessage->setVisible(running && !s.progressMessage.isEmpty());
    m_accept->setVisible(running);
    auto local = [](const QDateTime &utc) { return utc.isValid() ? DateText::local(utc) : tr("never"); };
    m_lastRun->setText(
        known ? tr("Last run: requested %1, run %2. %3").arg(local(s.lastRequestUtc), local(s.lastRunUtc), SecretKeyText::lastRun(s))
              : QString());
    m_lastRun->setVisible(known && !running);

    const QString whyNotStart = m_permitted ? m_monitor->whyNotStart() : m_whyNotPermitted;
    const QString whyNotCancel = m_permitted ? m_monitor->whyNotCancel() : m_whyNotPermitted;
    // The keyboard stays in the panel when the button it was on is disabled or hidden (after a
    // confirmation, say): on the next action, or the panel itself, never on to an editable setting
    // elsewhere, which is where Qt would move it. So: enable and show first, move focus, then disable.
    const bool rotateOk = whyNotStart.isEmpty();
    const bool cancelOk = whyNotCancel.isEmpty();
    const bool cancelShown = m_actionsVisible && running;
    QWidget *focused = window()->focusWidget();
    const bool inPanel = focused == this || focused == m_rotate || focused == m_cancel;
    if (rotateOk)
        m_rotate->setEnabled(true);
    if (cancelOk)
        m_cancel->setEnabled(true);
    if (m_actionsVisible)
        m_rotate->setVisible(true);
    if (cancelShown)
        m_cancel->setVisible(true);
    if (inPanel) {
        const bool stays = (focused == m_rotate && rotateOk && m_actionsVisible) || (focused == m_cancel && cancelOk && cancelShown);
        if (!stays) {
            QWidget *to = cancelShown && cancelOk        ? static_cast<QWidget *>(m_cancel)
                          : m_actionsVisible && rotateOk ? static_cast<QWidget *>(m_rotate)
                                                         : static_cast<QWidget *>(this);
            if (to != focused)
                to->setFocus(Qt::OtherFocusReason);
        }
    }
    m_rotate->setVisible(m_actionsVisible);
    m_cancel->setVisible(cancelShown);
    m_rotate->setEnabled(rotateOk);
    m_rotate->setToolTip(rotateOk ? tr("Re-encrypts every secret's key on the server; it refuses key-management changes "
                                       "until it has ended.")
                                  : whyNotStart);
    m_rotate->setAccessibleDescription(m_rotate->toolTip()); // a reader hears why it is disabled, too
    m_cancel->setEnabled(cancelOk);
    m_cancel->setToolTip(cancelOk ? tr("Asks the server to stop the secret-key rotation.") : whyNotCancel);
    m_cancel->setAccessibleDescription(m_cancel->toolTip());
}

bool SecretKeyPanel::rotate()
{
    return m_permitted && m_monitor->whyNotStart().isEmpty()
           && confirmedByHost(tr("Rotate secret keys"),
                              tr("%1 will re-encrypt every secret's key and refuse key-management changes until it has ended. "
                                 "Type the server's host name to start."),
                              tr("&Rotate secret keys"))
           && m_monitor->requestStart();
}

bool SecretKeyPanel::cancel()
{
    return m_permitted && m_monitor->whyNotCancel().isEmpty()
           && confirmedByHost(tr("Cancel the secret-key rotation"),
                              tr("The secret-key rotation on %1 stops; secrets it has not reached keep their old keys. Type the "
                                 "server's host name to cancel it."),
                              tr("&Cancel the rotation"))
           && m_monitor->requestCancel();
}

bool SecretKeyPanel::confirmedByHost(const QString &title, const QString &textWithHost, const QString &button)
{
    const QString host = m_monitor->session()->host();
    if (!Prompter::confirmByTyping(this, title, textWithHost.arg(host), host, button))
        return false;
    m_actionError->hide();
    return true;
}

} // namespace km
