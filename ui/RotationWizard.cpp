#include "RotationWizard.h"

#include "Accessibility.h"
#include "Theme.h"
#include "api/ApiClient.h"
#include "services/RotationMonitor.h"
#include "RotationProgressWidget.h"
#include "RotationText.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {
bool hardChecksPass(const RotationInfo &i)
{
    return i.hasPermission && !i.isActive() && i.processState != ProcessState::Failed && !i.isReplicationEnabled
        && i.canRequestRotation;
}

bool hasEnded(const RotationInfo &i)
{
    return !i.isActive() && (i.processState == ProcessState::Completed || i.processState == ProcessState::Failed);
}

QString durationText(const RotationInfo &i)
{
    if (!i.startedUtc.isValid() || !i.lastEndUtc.isValid())
        return QString();
    const qint64 s = i.startedUtc.secsTo(i.lastEndUtc);
    return RotationWizard::tr("It took %1 min %2 s.").arg(s / 60).arg(s % 60);
}

class PreflightPage : public QWizardPage
{
public:
    explicit PreflightPage(RotationMonitor *monitor) : m_monitor(monitor)
    {
        setTitle(RotationWizard::tr("Before you rotate"));
        setSubTitle(RotationWizard::tr("These checks must pass before a rotation can start."));
        auto *layout = new QVBoxLayout(this);
        m_list = new QListWidget;
        m_list->setObjectName(QStringLiteral("preflightList"));
        m_list->setAccessibleName(RotationWizard::tr("Preflight checks"));
        m_list->setWordWrap(true);
        m_list->setSelectionMode(QAbstractItemView::NoSelection);
        describe(m_list, RotationWizard::tr("What was checked before the rotation, and whether it passed."), false);
        layout->addWidget(m_list);
        QObject::connect(monitor, &RotationMonitor::infoChanged, this, [this] { refresh(); });
        refresh();
    }

    void initializePage() override
    {
        m_monitor->pollNow(); // decide on fresh state
        refresh();
    }

    bool isComplete() const override { return m_monitor->hasInfo() && hardChecksPass(m_monitor->info()); }

private:
    void add(bool pass, const QString &text)
    {
        const QStyle *s = style();
        auto *item = new QListWidgetItem(s->standardIcon(pass ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical),
                                         (pass ? RotationWizard::tr("Passed: %1") : RotationWizard::tr("Failed: %1")).arg(text));
        m_list->addItem(item);
    }
    void note(const QString &text)
    {
        m_list->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), RotationWizard::tr("Check yourself: %1").arg(text)));
    }

    void refresh()
    {
        m_list->clear();
        if (!m_monitor->hasInfo()) {
            m_list->addItem(RotationWizard::tr("Checking the server…"));
            Q_EMIT completeChanged();
            return;
        }
        const RotationInfo &i = m_monitor->info();
        add(i.hasPermission, RotationWizard::tr("your account may administer key management."));
        add(!i.isActive(), RotationWizard::tr("no rotation is running."));
        add(i.processState != ProcessState::Failed, RotationWizard::tr("no failed rotation is waiting for a retry."));
        add(!i.isReplicationEnabled, RotationWizard::tr("geo-replication is off."));
        add(i.canRequestRotation, RotationWizard::tr("the server allows a rotation now."));
        if (!i.warningMessage.isEmpty())
            m_list->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxInformation),
                                                RotationWizard::tr("The server says: %1").arg(i.warningMessage)));
        note(RotationWizard::tr("a current backup of the database and of encryption.config exists for every node."));
        note(RotationWizard::tr("DPAPI encryption of the master key is not in use, and no secret key rotation is running."));
        Q_EMIT completeChanged();
    }

    RotationMonitor *m_monitor;
    QListWidget *m_list;
};

class BackupPage : public QWizardPage
{
public:
    explicit BackupPage(RotationMonitor *monitor) : m_monitor(monitor)
    {
        setTitle(RotationWizard::tr("Backups"));
        auto *layout = new QVBoxLayout(this);
        m_text = new QLabel;
        m_text->setWordWrap(true);
        layout->addWidget(m_text);
        m_check = new QCheckBox(RotationWizard::tr("I have a current &backup of the database and encryption.config on every node"));
        m_check->setObjectName(QStringLiteral("backupCheck"));
        describe(m_check, RotationWizard::tr("Required before a first rotation: a rotation cannot be undone."));
        layout->addWidget(m_check);
        layout->addStretch();
        QObject::connect(m_check, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    }

    void initializePage() override
    {
        const bool required = m_monitor->info().showBackupConfirmation;
        m_check->setVisible(required);
        m_text->setText(required ? RotationWizard::tr("A rotation cannot be undone. Without a backup of the database and of "
                                                      "encryption.config from every node, a failure can leave secrets unreadable.")
                                 : RotationWizard::tr("The server does not ask for a backup confirmation, because a rotation has "
                                                      "completed before. A current backup is still the only way back."));
    }

    bool isComplete() const override { return !m_monitor->info().showBackupConfirmation || m_check->isChecked(); }

private:
    RotationMonitor *m_monitor;
    QLabel *m_text;
    QCheckBox *m_check;
};

class ConfirmPage : public QWizardPage
{
public:
    ConfirmPage(RotationMonitor *monitor, QString host) : m_monitor(monitor), m_host(std::move(host))
    {
        setTitle(RotationWizard::tr("Confirm the rotation"));
        setCommitPage(true); // after this page there is no going back, so Back-then-Next cannot resend
        setButtonText(QWizard::CommitButton, RotationWizard::tr("&Start rotation"));
        auto *layout = new QVBoxLayout(this);
        auto *what = new QLabel(RotationWizard::tr(
            "Starting creates a new master encryption key on %1, restarts the application on every node, and "
            "re-encrypts every secret with the new key. It cannot be undone or stopped once started.").arg(m_host));
        what->setWordWrap(true);
        layout->addWidget(what);
        auto *ask = new QLabel(RotationWizard::tr("Type the server's host name, <b>%1</b>, to confirm:").arg(m_host.toHtmlEscaped()));
        ask->setWordWrap(true);
        layout->addWidget(ask);
        m_edit = new QLineEdit;
        m_edit->setObjectName(QStringLiteral("confirmHostEdit"));
        m_edit->setAccessibleName(RotationWizard::tr("Server host name, to confirm"));
        ask->setBuddy(m_edit);
        describe(m_edit, RotationWizard::tr("Type the host name exactly; Start rotation unlocks when it matches."), false);
        layout->addWidget(m_edit);
        layout->addStretch();
        QObject::connect(m_edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        QObject::connect(monitor, &RotationMonitor::infoChanged, this, &QWizardPage::completeChanged);
    }

    void initializePage() override { m_edit->clear(); }

    bool isComplete() const override
    {
        return m_edit->text().trimmed().compare(m_host, Qt::CaseInsensitive) == 0 && hardChecksPass(m_monitor->info());
    }

private:
    RotationMonitor *m_monitor;
    QString m_host;
    QLineEdit *m_edit;
};

class RunPage : public QWizardPage
{
public:
    RunPage(RotationWizard *wizard, RotationMonitor *monitor) : m_wizard(wizard), m_monitor(monitor)
    {
        setTitle(RotationWizard::tr("Rotating the master encryption key"));
        setSubTitle(RotationWizard::tr("Closing this window does not stop the rotation; the Rotation page keeps following it."));
        auto *layout = new QVBoxLayout(this);
        m_error = new QLabel;
        m_error->setObjectName(QStringLiteral("startError"));
        m_error->setWordWrap(true);
        m_error->setStyleSheet(Theme::errorText(this));
        m_error->hide();
        layout->addWidget(m_error);
        m_again = new QPushButton(RotationWizard::tr("Send the request &again"));
        m_again->setObjectName(QStringLiteral("startAgainButton"));
        m_again->hide();
        describe(m_again, RotationWizard::tr("Sends the start request once more."));
        layout->addWidget(m_again, 0, Qt::AlignLeft);
        layout->addWidget(new RotationProgressWidget(monitor), 1);
        QObject::connect(m_again, &QPushButton::clicked, this, [this] {
            m_again->hide();
            m_wizard->sendStart();
        });
        QObject::connect(wizard, &RotationWizard::startFinished, this, [this] { refresh(); });
        QObject::connect(monitor, &RotationMonitor::infoChanged, this, [this] { refresh(); });
    }

    void initializePage() override
    {
        m_wizard->sendStart();
        refresh();
    }

    bool isComplete() const override { return m_wizard->startAccepted() && hasEnded(m_monitor->info()); }

private:
    void refresh()
    {
        const ApiError e = m_wizard->startError();
        m_error->setText(e.isError() ? RotationWizard::tr("The server did not start the rotation: %1\nNothing was changed. "
                                                          "Send the request again only once the cause is clear.").arg(e.message())
                                     : QString());
        m_error->setVisible(e.isError());
        m_again->setVisible(e.isError());
        Q_EMIT completeChanged();
    }

    RotationWizard *m_wizard;
    RotationMonitor *m_monitor;
    QLabel *m_error;
    QPushButton *m_again;
};

class FinishPage : public QWizardPage
{
public:
    FinishPage(RotationWizard *wizard, RotationMonitor *monitor) : m_wizard(wizard), m_monitor(monitor)
    {
        setFinalPage(true);
        auto *layout = new QVBoxLayout(this);
        m_outcome = new QLabel;
        m_outcome->setObjectName(QStringLiteral("outcomeLabel"));
        m_outcome->setWordWrap(true);
        m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(m_outcome);
        m_auditLink = new QLabel;
        m_auditLink->setObjectName(QStringLiteral("auditLink"));
        m_auditLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
        layout->addWidget(m_auditLink);
        QObject::connect(m_auditLink, &QLabel::linkActivated, this, [this] {
            Q_EMIT m_wizard->showAuditRequested(m_monitor->info().startedUtc.date());
        });
        m_retry = new QPushButton(RotationWizard::tr("&Retry the failed step"));
        m_retry->setObjectName(QStringLiteral("wizardRetryButton"));
        describe(m_retry, RotationWizard::tr("Retries the step that failed and follows the rotation again."));
        layout->addWidget(m_retry, 0, Qt::AlignLeft);
        m_progress = new RotationProgressWidget(monitor);
        layout->addWidget(m_progress, 1);
        QObject::connect(m_retry, &QPushButton::clicked, this, [this] {
            if (m_monitor->requestRetry())
                m_retried = true;
            refresh();
        });
        QObject::connect(monitor, &RotationMonitor::infoChanged, this, [this] { refresh(); });
        QObject::connect(monitor, &RotationMonitor::actionFinished, this, [this](RotationMonitor::Action, const ApiError &e) {
            m_actionError = e;
            refresh();
        });
    }

    void initializePage() override { refresh(); }

private:
    void refresh()
    {
        const RotationInfo &i = m_monitor->info();
        const bool completed = i.processState == ProcessState::Completed;
        const bool failed = i.processState == ProcessState::Failed;
        setTitle(completed ? RotationWizard::tr("Rotation completed")
                 : failed  ? RotationWizard::tr("Rotation failed")
                           : RotationWizard::tr("Rotation under way"));
        QString text;
        if (completed)
            text = RotationWizard::tr("The master encryption key was rotated and every secret re-encrypted. %1").arg(durationText(i));
        else if (failed)
            text = RotationWizard::tr("%1\nThe server said: %2").arg(RotationText::sentence(i.status, i.statusName), i.errorMessage);
        else
            text = RotationText::sentence(i.status, i.statusName);
        if (m_actionError.isError())
            text += QLatin1Char('\n') + RotationWizard::tr("The retry was refused: %1").arg(m_actionError.message());
        m_outcome->setText(text);
        m_auditLink->setText(RotationWizard::tr("<a href=\"audit\">Show this rotation in the audit</a>"));
        m_retry->setVisible(failed && i.canRetryStatus);
        m_retry->setEnabled(!m_monitor->isActing());
        m_progress->setVisible(m_retried || i.isActive());
    }

    RotationWizard *m_wizard;
    RotationMonitor *m_monitor;
    QLabel *m_outcome;
    QLabel *m_auditLink;
    QPushButton *m_retry;
    RotationProgressWidget *m_progress;
    ApiError m_actionError;
    bool m_retried = false;
};
} // namespace

RotationWizard::RotationWizard(RotationMonitor *monitor, QWidget *parent) : QWizard(parent), m_monitor(monitor)
{
    setObjectName(QStringLiteral("rotationWizard"));
    setWindowTitle(tr("Rotate the master encryption key"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::DisabledBackButtonOnLastPage);
    setPage(PreflightPageId, new PreflightPage(monitor));
    setPage(BackupPageId, new BackupPage(monitor));
    setPage(ConfirmPageId, new ConfirmPage(monitor, host()));
    setPage(RunPageId, new RunPage(this, monitor));
    setPage(FinishPageId, new FinishPage(this, monitor));
    setButtonText(QWizard::CancelButton, tr("Close"));
    describe(button(QWizard::BackButton), tr("Goes back a page."));
    describe(button(QWizard::NextButton), tr("Goes on to the next page."));
    describe(button(QWizard::CommitButton), tr("Starts the rotation. It cannot be undone."));
    describe(button(QWizard::FinishButton), tr("Closes the wizard."));
    describe(button(QWizard::CancelButton), tr("Closes the wizard; a rotation that has started goes on."));
    resize(640, 520);
    connect(monitor, &RotationMonitor::actionFinished, this, [this](RotationMonitor::Action action, const ApiError &error) {
        if (action != RotationMonitor::Start || !m_startSent || m_startAccepted)
            return;
        m_startError = error;
        m_startAccepted = !error.isError();
        Q_EMIT startFinished();
    });
}

QString RotationWizard::host() const
{
    return m_monitor->client()->baseUrl().host();
}

void RotationWizard::sendStart()
{
    // Once per run: a second Enter or click, or coming back to the page, sends nothing more.
    if (m_startAccepted || (m_startSent && !m_startError.isError()))
        return;
    m_startError = ApiError();
    if (m_monitor->requestStart())
        m_startSent = true;
}
