#include "ui/RotationWizard.h"

#include "ui/Accessibility.h"
#include "ui/Prompter.h"
#include "ui/RotationProgressWidget.h"
#include "ui/Theme.h"

#include "services/RotationMonitor.h"
#include "session/Session.h"
#include "usecases/RotationPreflight.h"

#include "models/DurationText.h"
#include "models/RotationText.h"
#include "models/SafeText.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace km {

namespace {
bool hasEnded(const RotationInfo &i)
{
    return !i.isActive() && (i.processState == ProcessState::Completed || i.processState == ProcessState::Failed);
}

QString durationText(const RotationInfo &i)
{
    if (!i.startedUtc.isValid() || !i.lastEndUtc.isValid() || i.lastEndUtc < i.startedUtc)
        return QString();
    return RotationWizard::tr("It took %1.").arg(DurationText::of(i.startedUtc.secsTo(i.lastEndUtc)));
}

// A label holding one link: one Tab stop (Qt 6.4 keeps Tab inside a label's links), Enter follows it.
class LinkLabel : public QLabel
{
public:
    using QLabel::QLabel;

protected:
    // Skipping QLabel's override is the point: it keeps Tab among the label's links.
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); } // NOLINT(bugprone-parent-virtual-call)
};

// A page's heading text that must be heard: the first Tab stop of its page, where QWizard puts the
// focus when the page opens (its first child that takes focus), read as it is.
void readFirst(QLabel *label)
{
    label->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    label->setFocusPolicy(Qt::StrongFocus);
}

// A page that can say why it cannot go on, for the tooltip of a disabled Next or Start.
class Step : public QWizardPage
{
public:
    virtual QString whyIncomplete() const { return QString(); }
};

class PreflightPage : public Step
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
        layout->addWidget(m_list, 2);
        // The checks read from the server's published endpoints (RotationPreflight): a warning goes
        // through only once its box is ticked; a failure or a check not determined blocks Next.
        m_checks = new QListWidget;
        m_checks->setObjectName(QStringLiteral("preflightChecksList"));
        m_checks->setAccessibleName(RotationWizard::tr("Checks of the server's health, nodes and backups"));
        m_checks->setWordWrap(true);
        m_checks->setSelectionMode(QAbstractItemView::NoSelection);
        describe(m_checks,
                 RotationWizard::tr("Health, nodes, the last backup, rotations running and replication, as the server reports "
                                    "them. Tick a warning to accept it."),
                 false);
        // The server's checks get the room: a row is scrolled by pixels and laid out again on a
        // resize, so a tall row (a warning with its tick box) is never cut.
        m_checks->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        m_checks->setResizeMode(QListView::Adjust);
        m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        m_list->setResizeMode(QListView::Adjust);
        layout->addWidget(m_checks, 5);
        auto *row = new QHBoxLayout;
        auto *ageLabel = new QLabel(RotationWizard::tr("Warn when the last backup is older than:"));
        m_maxAge = new QSpinBox;
        m_maxAge->setObjectName(QStringLiteral("maxBackupAgeSpin"));
        m_maxAge->setRange(1, 24 * 365);
        m_maxAge->setValue(Preflight::defaultMaxBackupAgeHours);
        m_maxAge->setSuffix(RotationWizard::tr(" h"));
        ageLabel->setBuddy(m_maxAge);
        describe(m_maxAge, RotationWizard::tr("The backup check warns past this age; it is checked again when changed."));
        m_recheck = new QPushButton(RotationWizard::tr("Check &again"));
        m_recheck->setObjectName(QStringLiteral("preflightRecheckButton"));
        describe(m_recheck, RotationWizard::tr("Reads the health check, the nodes, the backup log and the rotation state again."));
        row->addWidget(ageLabel);
        row->addWidget(m_maxAge);
        row->addStretch();
        row->addWidget(m_recheck);
        layout->addLayout(row);
        m_why = Accessibility::announcedLabel(QStringLiteral("preflightWhy"));
        layout->addWidget(m_why);
        QObject::connect(monitor, &RotationMonitor::infoChanged, this, [this] { refresh(); });
        QObject::connect(m_recheck, &QPushButton::clicked, this, [this] { runChecks(); });
        QObject::connect(m_maxAge, &QSpinBox::editingFinished, this, [this] {
            if (m_maxAge->value() != m_checkedAge)
                runChecks();
        });
        QObject::connect(m_checks, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
            const QString name = item->data(Qt::UserRole).toString();
            if (!(item->flags() & Qt::ItemIsUserCheckable) || name.isEmpty()
                || item->data(Qt::UserRole + 1).toString() != PreflightCheck::outcomeName(PreflightCheck::Warning))
                return;
            if (auto *tick = m_checks->findChild<QCheckBox *>(QStringLiteral("acceptWarning-%1").arg(name))) {
                const QSignalBlocker quiet(tick);
                tick->setChecked(item->checkState() == Qt::Checked);
            }
            if (item->checkState() == Qt::Checked && !m_accepted.contains(name))
                m_accepted << name;
            else if (item->checkState() != Qt::Checked)
                m_accepted.removeAll(name);
            sayWhy();
            Q_EMIT completeChanged();
        });
        refresh();
    }

    void initializePage() override
    {
        m_monitor->pollNow(); // decide on fresh state
        refresh();
        runChecks();
    }

    bool isComplete() const override { return whyIncomplete().isEmpty(); }
    QString whyIncomplete() const override
    {
        // Every reason, not only the first: the server's own, each failed check, each one not determined.
        QStringList reasons;
        const RotationEligibility eligibility = m_monitor->eligibility();
        if (!eligibility.canStart())
            reasons << eligibility.whyNotStart();
        if (!m_report) {
            reasons << RotationWizard::tr("The checks before the rotation are still being read.");
            return reasons.join(QLatin1Char('\n'));
        }
        for (const PreflightCheck &c : m_report->checks) {
            if (c.outcome == PreflightCheck::Fail)
                reasons << RotationWizard::tr("Failed: %1. %2").arg(c.headline(), SafeText::oneLine(c.finding));
        }
        for (const PreflightCheck &c : m_report->checks) {
            if (c.outcome == PreflightCheck::NotDetermined)
                reasons << RotationWizard::tr("Not determined: %1. %2").arg(c.headline(), SafeText::oneLine(c.finding));
        }
        if (!reasons.isEmpty())
            return reasons.join(QLatin1Char('\n'));
        for (const PreflightCheck &c : m_report->checks) {
            if (c.outcome == PreflightCheck::Warning && !m_accepted.contains(c.name))
                return RotationWizard::tr("Tick the warning \"%1\" to accept it, or deal with it first.").arg(c.headline());
        }
        return QString();
    }

private:
    void runChecks()
    {
        m_report.reset();
        m_accepted.clear();
        m_checkedAge = m_maxAge->value();
        const int run = ++m_run;
        RotationPreflight::Options options;
        options.maxBackupAgeHours = m_checkedAge;
        m_recheck->setEnabled(false);
        RotationPreflight::run(m_monitor->session()->client(), options, this, [this, run](const PreflightReport &report) {
            if (run != m_run)
                return; // a newer run replaced it
            m_report = report;
            m_recheck->setEnabled(true);
            showChecks();
        });
        showChecks();
    }

    void showChecks()
    {
        const QSignalBlocker quiet(m_checks);
        m_checks->clear();
        const QStyle *s = style();
        if (!m_report) {
            m_checks->addItem(RotationWizard::tr("Reading the health check, the nodes, the backup log and the rotation state…"));
        } else {
            for (const PreflightCheck &c : m_report->checks) {
                QStringList lines{QStringLiteral("%1: %2").arg(PreflightCheck::outcomeLabel(c.outcome), c.headline()),
                                  SafeText::oneLine(c.finding)};
                if (!c.serverSays.isEmpty())
                    lines << RotationWizard::tr("The server says: %1").arg(SafeText::oneLine(c.serverSays));
                if (!c.whatToDo.isEmpty())
                    lines << RotationWizard::tr("What to do: %1").arg(c.whatToDo);
                const QStyle::StandardPixmap icon = c.outcome == PreflightCheck::Pass      ? QStyle::SP_DialogApplyButton
                                                    : c.outcome == PreflightCheck::Warning ? QStyle::SP_MessageBoxWarning
                                                    : c.outcome == PreflightCheck::Fail    ? QStyle::SP_MessageBoxCritical
                                                                                           : QStyle::SP_MessageBoxQuestion;
                auto *item = new QListWidgetItem(s->standardIcon(icon), lines.join(QLatin1Char('\n')));
                item->setData(Qt::UserRole, c.name);
                item->setData(Qt::UserRole + 1, PreflightCheck::outcomeName(c.outcome));
                if (c.outcome == PreflightCheck::Warning) {
                    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                    item->setCheckState(m_accepted.contains(c.name) ? Qt::Checked : Qt::Unchecked);
                } else {
                    item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable); // only a warning can be accepted
                }
                m_checks->addItem(item);
                if (c.outcome == PreflightCheck::Warning)
                    addTick(item, c);
            }
        }
        sayWhy();
        Q_EMIT completeChanged();
    }

    // A warning is accepted with a real check box on a row of its own, under it: a screen reader
    // says "check box, not checked" (Qt 6.4 gives a checkable list item neither role nor state). It
    // and the item's own tick state (Space on the row) stay one.
    void addTick(QListWidgetItem *item, const PreflightCheck &c)
    {
        auto *row = new QListWidgetItem;
        row->setFlags(Qt::ItemIsEnabled);
        m_checks->addItem(row);
        auto *tick = new QCheckBox(RotationWizard::tr("Tick to accept this warning and go on."));
        tick->setObjectName(QStringLiteral("acceptWarning-%1").arg(c.name));
        tick->setAccessibleName(QStringLiteral("%1: %2").arg(c.headline(), tick->text()));
        tick->setChecked(item->checkState() == Qt::Checked);
        row->setSizeHint(tick->sizeHint());
        m_checks->setItemWidget(row, tick);
        QObject::connect(tick, &QCheckBox::toggled, this, [item](bool on) { item->setCheckState(on ? Qt::Checked : Qt::Unchecked); });
    }

    void sayWhy()
    {
        const QString why = whyIncomplete();
        m_why->setText(why);
        m_why->setStyleSheet(why.isEmpty() || !m_report ? QString() : Theme::errorText(this));
    }

    void refresh()
    {
        m_list->clear();
        const RotationEligibility eligibility = m_monitor->eligibility();
        if (!m_monitor->hasInfo()) {
            m_list->addItem(RotationWizard::tr("Checking the server…"));
            sayWhy();
            Q_EMIT completeChanged();
            return;
        }
        const QStyle *s = style();
        for (const RotationEligibility::Check &check : eligibility.startChecks())
            m_list->addItem(new QListWidgetItem(
                s->standardIcon(check.passed ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical),
                check.passed ? RotationWizard::tr("Passed: %1").arg(check.text) // a failed rule says what was found, never the rule
                             : RotationWizard::tr("Failed: %1").arg(check.whyNot)));
        const RotationInfo &i = m_monitor->info();
        if (!i.warningMessage.isEmpty())
            m_list->addItem(new QListWidgetItem(s->standardIcon(QStyle::SP_MessageBoxInformation),
                                                RotationWizard::tr("The server says: %1").arg(SafeText::oneLine(i.warningMessage))));
        for (const QString &note : {RotationWizard::tr("a current backup of encryption.config exists for every node (the backup log "
                                                       "shows only the database's)."),
                                    RotationWizard::tr("DPAPI encryption of the master key is not in use.")})
            m_list->addItem(
                new QListWidgetItem(s->standardIcon(QStyle::SP_MessageBoxWarning), RotationWizard::tr("Check yourself: %1").arg(note)));
        if (!eligibility.canStart())
            m_list->addItem(new QListWidgetItem(s->standardIcon(QStyle::SP_MessageBoxCritical), eligibility.whyNotStart()));
        sayWhy();
        Q_EMIT completeChanged();
    }

    RotationMonitor *m_monitor;
    QListWidget *m_list;
    QListWidget *m_checks;
    QSpinBox *m_maxAge;
    QPushButton *m_recheck;
    QLabel *m_why;
    std::optional<PreflightReport> m_report;
    QStringList m_accepted;
    int m_checkedAge = Preflight::defaultMaxBackupAgeHours;
    int m_run = 0;
};

class BackupPage : public Step
{
public:
    explicit BackupPage(RotationMonitor *monitor) : m_monitor(monitor)
    {
        setTitle(RotationWizard::tr("Backups"));
        auto *layout = new QVBoxLayout(this);
        m_text = new QLabel;
        m_text->setObjectName(QStringLiteral("backupText"));
        m_text->setWordWrap(true);
        readFirst(m_text);
        layout->addWidget(m_text);
        m_check = new QCheckBox(RotationWizard::tr("I have a current backup of the &database and encryption.config on every node"));
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
    QString whyIncomplete() const override { return RotationWizard::tr("Confirm that a current backup exists first."); }

private:
    RotationMonitor *m_monitor;
    QLabel *m_text;
    QCheckBox *m_check;
};

class ConfirmPage : public Step
{
public:
    ConfirmPage(RotationMonitor *monitor, QString host) : m_monitor(monitor), m_host(std::move(host))
    {
        setTitle(RotationWizard::tr("Confirm the rotation"));
        setCommitPage(true); // after this page there is no going back, so Back-then-Next cannot resend
        setButtonText(QWizard::CommitButton, RotationWizard::tr("&Start rotation"));
        auto *layout = new QVBoxLayout(this);
        auto *what =
            new QLabel(RotationWizard::tr("Starting creates a new master encryption key on %1, restarts the application on every node, and "
                                          "re-encrypts every secret with the new key. It cannot be undone or stopped once started.")
                           .arg(m_host));
        what->setObjectName(QStringLiteral("confirmWarning"));
        what->setWordWrap(true);
        readFirst(what); // "It cannot be undone" is heard before the host name is asked
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
        // Why Start is still disabled, under the field where the eye is, not only in a tooltip.
        m_why = Accessibility::announcedLabel(QStringLiteral("confirmWhy"));
        layout->addWidget(m_why);
        layout->addStretch();
        QObject::connect(m_edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        QObject::connect(monitor, &RotationMonitor::infoChanged, this, &QWizardPage::completeChanged);
        QObject::connect(this, &QWizardPage::completeChanged, this, [this] { sayWhy(); });
        sayWhy();
    }

    void initializePage() override
    {
        m_edit->clear();
        sayWhy();
    }

    bool isComplete() const override { return whyIncomplete().isEmpty(); }
    QString whyIncomplete() const override
    {
        const QString typed = m_edit->text().trimmed();
        if (typed.isEmpty())
            return RotationWizard::tr("Type the host name %1 above first.").arg(m_host);
        if (typed.compare(m_host, Qt::CaseInsensitive) != 0)
            return RotationWizard::tr("Start rotation stays disabled: \"%1\" is not this server's host name, %2.")
                .arg(SafeText::oneLine(typed), m_host);
        return m_monitor->eligibility().whyNotStart();
    }
    QString whyText() const { return m_why->text(); }

private:
    void sayWhy()
    {
        const QString why = isComplete() ? QString() : whyIncomplete();
        m_why->setText(why);
        m_why->setStyleSheet(why.isEmpty() ? QString() : Theme::errorText(this));
    }

    RotationMonitor *m_monitor;
    QString m_host;
    QLineEdit *m_edit;
    QLabel *m_why;
};

// The rotation as it runs, and then its outcome: one page, one ending.
class RunPage : public Step
{
public:
    RunPage(RotationWizard *wizard, RotationMonitor *monitor) : m_wizard(wizard), m_monitor(monitor)
    {
        setTitle(RotationWizard::tr("Rotating the master encryption key"));
        setFinalPage(true);
        auto *layout = new QVBoxLayout(this);
        m_outcome = new QLabel;
        m_outcome->setObjectName(QStringLiteral("outcomeLabel"));
        m_outcome->setWordWrap(true);
        m_outcome->setTextFormat(Qt::PlainText);
        m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
        Accessibility::setRole(m_outcome, QAccessible::AlertMessage); // the ending, announced
        // The audit link first: the outcome below points up to it.
        m_auditLink = new LinkLabel(RotationWizard::tr("<a href=\"audit\">Show this rotation in the audit</a>"));
        m_auditLink->setObjectName(QStringLiteral("auditLink"));
        // One Tab stop, and a link to a reader: no selectable text around it.
        m_auditLink->setTextInteractionFlags(Qt::LinksAccessibleByKeyboard | Qt::LinksAccessibleByMouse);
        Accessibility::setRole(m_auditLink, QAccessible::Link);
        layout->addWidget(m_auditLink);
        layout->addWidget(m_outcome);
        m_again = new QPushButton(RotationWizard::tr("Send the request &again"));
        m_again->setObjectName(QStringLiteral("startAgainButton"));
        m_again->hide();
        describe(m_again, RotationWizard::tr("Sends the start request once more."));
        layout->addWidget(m_again, 0, Qt::AlignLeft);
        auto *progress = new RotationProgressWidget(monitor);
        progress->setEndingSaidElsewhere(true); // the outcome above says it
        layout->addWidget(progress, 1);
        QObject::connect(m_auditLink, &QLabel::linkActivated, this,
                         [this] { Q_EMIT m_wizard->showAuditRequested(m_monitor->info().startedUtc); });
        QObject::connect(m_again, &QPushButton::clicked, this, [this] {
            m_again->hide();
            m_wizard->sendStart();
        });
        QObject::connect(wizard, &RotationWizard::startFinished, this, [this] { refresh(); });
        QObject::connect(wizard, &QWizard::currentIdChanged, this, [this] { refresh(); });
        QObject::connect(monitor, &RotationMonitor::infoChanged, this, [this] { refresh(); });
        QObject::connect(monitor, &RotationMonitor::actionFinished, this, [this](RotationMonitor::Action action, const ApiError &e) {
            if (action == RotationMonitor::Retry)
                m_retryError = e;
            refresh();
        });
    }

    void initializePage() override
    {
        m_wizard->sendStart();
        refresh();
    }

    bool isComplete() const override { return true; } // closing never stops the rotation
    QString outcome() const { return m_outcome->text(); }

    void refresh()
    {
        const RotationInfo &i = m_monitor->info();
        const ApiError startError = m_wizard->startError();
        const bool started = m_wizard->startAccepted();
        const bool ended = started && hasEnded(i);
        const bool failed = ended && i.processState == ProcessState::Failed;
        // A step that failed or was retried on the way: the ending says the rotation needed a retry.
        if (started && (i.processState == ProcessState::Failed || i.processState == ProcessState::Retry))
            m_neededRetry = true;
        QString text;
        // The ending in a word that stays in every language: the outcome label's "outcome" property.
        const char *kind = startError.isError() ? "notStarted"
                           : !started           ? "starting"
                           : !ended             ? "running"
                           : failed             ? "failed"
                                                : "completed";
        if (startError.isError()) {
            setTitle(RotationWizard::tr("The rotation did not start"));
            text = RotationWizard::tr("The server did not start the rotation: %1\nNothing was changed. Send the request again only "
                                      "once the cause is clear.")
                       .arg(startError.message());
        } else if (!started) {
            setTitle(RotationWizard::tr("Starting the rotation…"));
        } else if (!ended) {
            setTitle(RotationWizard::tr("Rotating the master encryption key"));
            text = RotationWizard::tr("Closing this window does not stop the rotation; the Rotation page keeps following it.");
        } else if (failed) {
            setTitle(RotationWizard::tr("Rotation failed"));
            text = RotationWizard::tr("%1\nThe server said: %2\n%3\nWhat next: find the cause in the server's logs (the audit, "
                                      "linked above, names the step), then retry the failed step with the button below.")
                       .arg(RotationText::sentence(i.status, i.statusName), SafeText::oneLine(i.errorMessage), durationText(i));
        } else {
            setTitle(RotationWizard::tr("Rotation completed"));
            const QString retried =
                m_neededRetry ? RotationWizard::tr("It needed a retry of a failed step.") + QLatin1Char(' ') : QString();
            text = RotationWizard::tr("The master encryption key was rotated and every secret re-encrypted. %1%2\nWhat next: check "
                                      "that secrets open as before, and take a new backup of encryption.config on every node.")
                       .arg(retried, durationText(i));
        }
        if (m_retryError.isError())
            text += QLatin1Char('\n') + RotationWizard::tr("The retry was refused: %1").arg(m_retryError.message());
        m_outcome->setText(text);
        m_outcome->setProperty("outcome", QString::fromLatin1(kind));
        m_outcome->setProperty("neededRetry", m_neededRetry && ended && !failed);
        m_outcome->setProperty("retryRefused", m_retryError.isError());
        m_outcome->setVisible(!text.isEmpty());
        m_outcome->setStyleSheet(failed || startError.isError() ? Theme::errorText(this) : QString());
        m_again->setVisible(startError.isError());
        m_auditLink->setVisible(started);
        if (wizard() && wizard()->currentPage() == this) { // never the other pages' Enter
            // While it starts and runs, Enter (held down by an impatient hand) must not close the window it is watched in.
            const bool running = !startError.isError() && !ended;
            wizard()->setOption(QWizard::NoDefaultButton, running);
            if (auto *close = qobject_cast<QPushButton *>(wizard()->button(QWizard::FinishButton)))
                close->setAutoDefault(!running);
            const bool canRetry = failed && m_monitor->eligibility().canRetry();
            m_wizard->offerRetry(failed, canRetry ? RotationWizard::tr("Retries the step that failed and follows the rotation again.")
                                                  : m_monitor->eligibility().whyNotRetry());
        }
    }

private:
    RotationWizard *m_wizard;
    RotationMonitor *m_monitor;
    QLabel *m_outcome;
    QLabel *m_auditLink;
    QPushButton *m_again;
    ApiError m_retryError;
    bool m_neededRetry = false;
};
} // namespace

RotationWizard::RotationWizard(RotationMonitor *monitor, QWidget *parent) : QWizard(parent), m_monitor(monitor)
{
    setObjectName(QStringLiteral("rotationWizard"));
    setWindowTitle(tr("Rotate the master encryption key"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage); // one way out at the end: Close
    setPage(PreflightPageId, new PreflightPage(monitor));
    setPage(BackupPageId, new BackupPage(monitor));
    setPage(ConfirmPageId, new ConfirmPage(monitor, host()));
    setPage(RunPageId, new RunPage(this, monitor));
    setButtonText(QWizard::CancelButton, tr("Close"));
    setButtonText(QWizard::FinishButton, tr("&Close"));
    // A custom button layout shows every button it names: Retry's visibility is ours to manage (updateButtons).
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("&Retry the failed step"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("wizardRetryButton"));
    setButtonLayout({QWizard::Stretch, QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton, QWizard::CustomButton1,
                     QWizard::FinishButton, QWizard::CancelButton});
    describe(button(QWizard::BackButton), tr("Goes back a page."));
    describe(button(QWizard::CommitButton), tr("Starts the rotation. It cannot be undone."), false);
    describe(button(QWizard::FinishButton), tr("Closes the wizard; a rotation that has started goes on."));
    describe(button(QWizard::CancelButton), tr("Closes the wizard; a rotation that has started goes on."));
    describe(button(QWizard::CustomButton1), tr("Retries the step that failed and follows the rotation again."), false);
    describe(button(QWizard::NextButton), tr("Goes on to the next page."), false);
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            retryFailedStep();
    });
    // Big enough for every check on the first page, bounded by the screen (it still fits 900x620).
    const QRect room = screen() ? screen()->availableGeometry() : QRect(0, 0, 900, 620);
    resize(std::min(860, room.width() - 40), std::min(840, room.height() - 60));
    connect(monitor, &RotationMonitor::actionFinished, this, [this](RotationMonitor::Action action, const ApiError &error) {
        if (action != RotationMonitor::Start || !m_startSent || m_startAccepted)
            return;
        m_startError = error;
        m_startAccepted = !error.isError();
        Q_EMIT startFinished();
    });
    // A disabled Next or Start says why, always.
    connect(this, &QWizard::currentIdChanged, this, &RotationWizard::updateButtons);
    // Enter goes on from every page, however the last one was left (Alt+N leaves a hidden Next as the default).
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == RunPageId || !currentPage())
            return;
        if (auto *go = qobject_cast<QPushButton *>(button(currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton)))
            go->setDefault(true);
    });
    connect(monitor, &RotationMonitor::infoChanged, this, &RotationWizard::updateButtons);
    for (int id : pageIds())
        connect(page(id), &QWizardPage::completeChanged, this, &RotationWizard::updateButtons);
    updateButtons();
}

void RotationWizard::updateButtons()
{
    const auto *step = static_cast<const Step *>(currentPage());
    if (!step)
        return;
    const QString why = step->isComplete() ? QString() : step->whyIncomplete();
    button(QWizard::NextButton)->setToolTip(why.isEmpty() ? tr("Goes on to the next page.") : why);
    button(QWizard::NextButton)->setAccessibleDescription(button(QWizard::NextButton)->toolTip()); // heard, too
    button(QWizard::CommitButton)->setToolTip(why.isEmpty() ? tr("Starts the rotation. It cannot be undone.") : why);
    button(QWizard::CommitButton)->setAccessibleDescription(button(QWizard::CommitButton)->toolTip());
    QAbstractButton *retry = button(QWizard::CustomButton1);
    retry->setVisible(currentId() == RunPageId && m_offerRetry);
    retry->setEnabled(m_offerRetry && m_monitor->eligibility().canRetry());
    retry->setToolTip(m_retryWhy);
}

void RotationWizard::offerRetry(bool failed, const QString &why)
{
    m_offerRetry = failed;
    m_retryWhy = why;
    updateButtons();
}

QString RotationWizard::host() const
{
    return m_monitor->host();
}

QString RotationWizard::outcomeKind() const
{
    return findChild<QLabel *>(QStringLiteral("outcomeLabel"))->property("outcome").toString();
}

QString RotationWizard::outcomeText() const
{
    return static_cast<const RunPage *>(page(RunPageId))->outcome();
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

void RotationWizard::retryFailedStep()
{
    if (!m_monitor->eligibility().canRetry())
        return;
    if (!Prompter::confirmByTyping(this, tr("Retry the failed step"),
                                   tr("Retrying restarts the re-encryption on %1. Type the server's host name to retry.").arg(host()),
                                   host(), tr("&Retry")))
        return;
    m_monitor->requestRetry();
}

} // namespace km
