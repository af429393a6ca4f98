#include "ui/HistoryPage.h"

#include "ui/Accessibility.h"
#include "ui/ColumnFitter.h"

#include <QToolButton>
#include "ui/RotationChart.h"
#include "ui/Theme.h"

#include "services/RotationEventsReader.h"
#include "services/RotationHistoryReader.h"
#include "services/SecretKeyMonitor.h"
#include "services/Workspace.h"
#include "session/Session.h"

#include "models/Clock.h"
#include "models/DateText.h"
#include "models/RotationAuditModel.h"
#include "models/RotationHistoryModel.h"
#include "models/SafeText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace km {

namespace {
// One rotation's own events, as its reader (RotationEventsReader, from the Workspace) reads them.
class RotationEventsDialog : public QDialog
{
public:
    RotationEventsDialog(Workspace *workspace, const RotationSummary &rotation, QWidget *parent) : QDialog(parent)
    {
        setObjectName(QStringLiteral("rotationEventsDialog"));
        setWindowTitle(HistoryPage::tr("Rotation #%1").arg(rotation.rotationId));
        auto *layout = new QVBoxLayout(this);
        m_state = new QLabel(HistoryPage::tr("Reading the rotation's events…"));
        m_state->setObjectName(QStringLiteral("eventsState"));
        m_state->setWordWrap(true);
        layout->addWidget(m_state);
        auto *view = new QTableView;
        view->setObjectName(QStringLiteral("eventsView"));
        view->setAccessibleName(HistoryPage::tr("Events of the rotation"));
        describe(view, HistoryPage::tr("Every audit event of this rotation, oldest first."), false);
        view->horizontalHeader()->setStretchLastSection(true);
        view->verticalHeader()->hide();
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setTabKeyNavigation(false); // Tab leaves the grid; the arrows move inside it
        layout->addWidget(view, 1);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
        resize(900, 420);
        m_reader = workspace->readRotationEvents(rotation, this);
        view->setModel(m_reader->model());
        connect(m_reader, &RotationEventsReader::finished, this, &RotationEventsDialog::render);
    }

private:
    void render(bool ok, const QString &reason)
    {
        if (!ok) {
            m_state->setText(HistoryPage::tr("The events could not be read: %1").arg(reason));
            m_state->setStyleSheet(Theme::errorText(this));
            return;
        }
        const RotationSummary &rotation = m_reader->rotation();
        QString text = HistoryPage::tr("%n event(s), from %1 to %2.", nullptr, m_reader->eventCount())
                           .arg(DateText::local(rotation.startedUtc), DateText::local(rotation.lastEventUtc));
        if (m_reader->isCut())
            text += QLatin1Char(' ') + HistoryPage::tr("Only its first week is shown.");
        m_state->setText(text);
    }

    RotationEventsReader *m_reader;
    QLabel *m_state;
};
} // namespace

HistoryPage::HistoryPage(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("historyPage"));
    m_model = new RotationHistoryModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(RotationHistoryModel::SortRole);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("historyState"));
    m_state->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("historyProgress"));
    m_progress->setAccessibleName(tr("Audit events read"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_read = new QPushButton(tr("Read &again"));
    m_read->setObjectName(QStringLiteral("readHistoryButton"));
    describe(m_read, tr("Reads the whole rotation audit again and rebuilds the history."));
    m_stop = new QPushButton(tr("S&top"));
    m_stop->setObjectName(QStringLiteral("stopHistoryButton"));
    describe(m_stop, tr("Stops reading; what was read so far stays."));
    m_stop->hide();
    m_open = new QPushButton(tr("Show its &events…"));
    m_open->setObjectName(QStringLiteral("openRotationButton"));
    describe(m_open, tr("Shows every audit event of the selected rotation (Enter, or a double click)."));
    top->addWidget(m_state, 1);
    top->addWidget(m_progress);
    top->addWidget(m_stop);
    top->addWidget(m_read);
    top->addWidget(m_open);
    layout->addLayout(top);
    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("historyNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);
    m_secretKeys = new QLabel;
    m_secretKeys->setObjectName(QStringLiteral("secretKeyHistory"));
    m_secretKeys->setWordWrap(true);
    m_secretKeys->setTextFormat(Qt::PlainText);
    m_secretKeys->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_secretKeys);
    connect(workspace->secretKeys(), &SecretKeyMonitor::statusChanged, this, &HistoryPage::showSecretKeys);
    showSecretKeys();

    // The period: everything, the last month or year, or chosen days; the chart and table follow.
    auto *periodRow = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("&Period:"));
    m_period = new QComboBox;
    m_period->setObjectName(QStringLiteral("historyPeriod"));
    m_period->addItem(tr("All"), AllTime);
    m_period->addItem(tr("Last 30 days"), Last30Days);
    m_period->addItem(tr("Last 365 days"), Last365Days);
    m_period->addItem(tr("Custom"), CustomPeriod);
    periodLabel->setBuddy(m_period);
    describe(m_period, tr("Which rotations the chart and the table show, by when they started."));
    auto *fromLabel = new QLabel(tr("from"));
    m_from = new QDateEdit;
    m_from->setObjectName(QStringLiteral("historyFrom"));
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("First day shown"));
    describe(m_from, tr("Rotations that started on this day or later are shown."));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("to"));
    m_to = new QDateEdit;
    m_to->setObjectName(QStringLiteral("historyTo"));
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("Last day shown"));
    describe(m_to, tr("Rotations that started on this day or earlier are shown."));
    toLabel->setBuddy(m_to);
    const QDate today = QDate::currentDate();
    m_from->setDate(today.addDays(-29));
    m_to->setDate(today);
    periodRow->addWidget(periodLabel);
    periodRow->addWidget(m_period);
    periodRow->addWidget(fromLabel);
    periodRow->addWidget(m_from);
    periodRow->addWidget(toLabel);
    periodRow->addWidget(m_to);
    periodRow->addStretch(1);
    layout->addLayout(periodRow);
    auto showCustom = [this, fromLabel, toLabel] {
        const bool custom = m_period->currentData().toInt() == CustomPeriod;
        for (QWidget *w : {static_cast<QWidget *>(fromLabel), static_cast<QWidget *>(m_from), static_cast<QWidget *>(toLabel),
                           static_cast<QWidget *>(m_to)})
            w->setVisible(custom);
    };
    showCustom();
    connect(m_period, &QComboBox::currentIndexChanged, this, [this, showCustom] {
        showCustom();
        applyPeriod();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryPage::applyPeriod);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryPage::applyPeriod);

    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("historySplit"));
    split->setChildrenCollapsible(false);
    m_chart = new RotationChart(m_model);
    split->addWidget(m_chart);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_sorted);
    m_view->setAccessibleName(tr("Rotation history"));
    describe(m_view, tr("One row per rotation, newest first; Enter shows its events."), false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RotationHistoryModel::StartedColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the grid; the arrows move inside it
    m_view->setAlternatingRowColors(true);
    // Widths from the text they hold, set once: measuring thousands of rows would stall the view.
    const QFontMetrics fm = m_view->fontMetrics();
    const int pad = 3 * fm.averageCharWidth();
    QHeaderView *header = m_view->horizontalHeader();
    const int dateWidth = fm.horizontalAdvance(DateText::local(QDateTime(QDate(2026, 12, 28), QTime(23, 59, 58), Qt::UTC))) + pad;
    int outcomeWidth = 0;
    for (auto o :
         {RotationOutcome::Completed, RotationOutcome::FailedBeforeKeySwap, RotationOutcome::FailedAfterKeySwap, RotationOutcome::Running})
        outcomeWidth = std::max(outcomeWidth, fm.horizontalAdvance(RotationOutcome::label(o)) + pad);
    header->resizeSection(RotationHistoryModel::RotationColumn, fm.horizontalAdvance(QStringLiteral("#000000")) + pad);
    header->resizeSection(RotationHistoryModel::StartedColumn, dateWidth);
    header->resizeSection(RotationHistoryModel::EndedColumn, dateWidth);
    header->resizeSection(RotationHistoryModel::DurationColumn, fm.horizontalAdvance(RotationHistoryModel::durationText(3599)) + pad);
    header->resizeSection(RotationHistoryModel::OutcomeColumn, outcomeWidth);
    header->resizeSection(
        RotationHistoryModel::RetriesColumn,
        std::max(fm.horizontalAdvance(m_model->headerData(RotationHistoryModel::RetriesColumn, Qt::Horizontal).toString()) + pad,
                 fm.horizontalAdvance(QStringLiteral("000")) + pad));
    header->setSectionResizeMode(RotationHistoryModel::RequestedByColumn, QHeaderView::Stretch);
    // At any width Started, Outcome, Duration and Retries stay; the others elide, then hide.
    auto *columns =
        new ColumnFitter(m_view,
                         {RotationHistoryModel::StartedColumn, RotationHistoryModel::OutcomeColumn, RotationHistoryModel::DurationColumn,
                          RotationHistoryModel::RetriesColumn},
                         {RotationHistoryModel::RotationColumn, RotationHistoryModel::RequestedByColumn, RotationHistoryModel::EndedColumn},
                         RotationHistoryModel::RequestedByColumn);
    top->addWidget(columns->chooserButton());
    split->addWidget(m_view);
    QLabel *sortState =
        Accessibility::addKeyboardSort(m_view, [this](int column, Qt::SortOrder order) { m_view->sortByColumn(column, order); });
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, sortState,
            [this, sortState](int column, Qt::SortOrder order) { Accessibility::sayOrder(sortState, m_view, column, order); });
    top->insertWidget(1, sortState);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    RotationHistoryReader *reader = workspace->history();
    connect(reader, &RotationHistoryReader::progress, this, [this](qint64 read, qint64 total) {
        m_progress->setMaximum(int(std::min<qint64>(std::max<qint64>(total, 1), INT_MAX)));
        m_progress->setValue(int(std::min<qint64>(read, m_progress->maximum())));
        m_state->setText(tr("Reading the audit: %1 of %2 events…").arg(QLocale().toString(read), QLocale().toString(total)));
    });
    connect(reader, &RotationHistoryReader::updated, this, &HistoryPage::onUpdated);
    connect(reader, &RotationHistoryReader::finished, this, &HistoryPage::onFinished);
    // A read that failed in an outage is read again when the connection returns, like every page.
    connect(workspace, &Workspace::connectionRestored, this, [this] {
        if (m_failed && !m_workspace->history()->isRunning())
            readHistory();
    });
    connect(m_read, &QPushButton::clicked, this, &HistoryPage::readHistory);
    connect(m_stop, &QPushButton::clicked, this, [this, reader] {
        reader->cancel();
        onFinished(true, tr("Stopped: %n event(s) read; the history below is of those only.", nullptr,
                            int(std::min<qint64>(reader->eventsRead(), INT_MAX))));
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            openRotation(m_sorted->mapToSource(current).row());
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) { openRotation(m_sorted->mapToSource(index).row()); });
    m_state->setText(tr("The history is read from the audit when this page is first shown."));
    m_open->setEnabled(false);
}

QString HistoryPage::secretKeyText() const
{
    return m_secretKeys->text();
}

void HistoryPage::showSecretKeys()
{
    const SecretKeyMonitor *monitor = m_workspace->secretKeys();
    if (!monitor->hasStatus()) {
        m_secretKeys->setText(tr("Last secret-key rotation: not read yet."));
        return;
    }
    const SecretKeyRotationStatus &s = monitor->status();
    auto local = [](const QDateTime &utc) { return utc.isValid() ? DateText::local(utc) : tr("never"); };
    QString text =
        tr("Last secret-key rotation: requested %1, run %2, status %3, message: %4")
            .arg(local(s.lastRequestUtc), local(s.lastRunUtc), s.lastStatus.isEmpty() ? tr("none") : SafeText::oneLine(s.lastStatus),
                 s.message.isEmpty() ? tr("none") : SafeText::oneLine(s.message));
    if (s.isRunning())
        text += QLatin1Char(' ') + tr("(running now: %1)").arg(monitor->progressText());
    text += QLatin1Char(' ') + tr("Earlier runs are not published by the server.");
    m_secretKeys->setText(text);
}

void HistoryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started && m_workspace->session()->client()->isSignedIn())
        readHistory();
}

void HistoryPage::readHistory()
{
    m_started = true;
    m_progress->setValue(0);
    m_progress->show();
    m_stop->show();
    m_read->setEnabled(false);
    m_notice->hide();
    m_state->setText(tr("Reading the audit…"));
    m_state->setStyleSheet(QString());
    m_workspace->history()->start();
}

void HistoryPage::setPeriod(Period period, const QDate &from, const QDate &to)
{
    if (from.isValid())
        m_from->setDate(from);
    if (to.isValid())
        m_to->setDate(to);
    m_period->setCurrentIndex(m_period->findData(period));
}

void HistoryPage::applyPeriod()
{
    const int period = m_period->currentData().toInt();
    QList<RotationSummary> shown;
    QString words;
    if (period == AllTime) {
        shown = m_all;
    } else {
        const QDateTime now = m_workspace->session()->client()->clock()->utcNow(); // the injected clock, as everywhere
        const QDate from = m_from->date();
        const QDate to = m_to->date();
        for (const RotationSummary &r : std::as_const(m_all)) {
            const bool in = period == Last30Days ? r.startedUtc >= now.addDays(-30)
                            : period == Last365Days
                                ? r.startedUtc >= now.addDays(-365)
                                : DateText::localDateOf(r.startedUtc) >= from && DateText::localDateOf(r.startedUtc) <= to;
            if (in)
                shown << r;
        }
        words =
            period == CustomPeriod ? tr("From %1 to %2").arg(DateText::localDate(from), DateText::localDate(to)) : m_period->currentText();
    }
    m_chart->setPeriod(words);
    m_model->setSummaries(shown);
    m_open->setEnabled(m_model->rowCount() > 0);
    if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_sorted->index(0, 0));
}

void HistoryPage::onUpdated()
{
    m_all = m_workspace->history()->history().summaries();
    applyPeriod();
}

void HistoryPage::onFinished(bool ok, const QString &message)
{
    onUpdated();
    m_progress->hide();
    m_stop->hide();
    m_read->setEnabled(true);
    const RotationHistoryReader *reader = m_workspace->history();
    m_failed = !ok;
    if (!ok) {
        m_state->setText(message);
        m_state->setStyleSheet(Theme::errorText(this));
        return;
    }
    m_state->setStyleSheet(QString());
    if (reader->isComplete())
        m_state->setText(tr("%n rotation(s), from %1 audit events.", nullptr, reader->history().rotationCount())
                             .arg(QLocale().toString(reader->eventsRead())));
    else
        m_state->setText(message);
    m_notice->setText(reader->notice());
    m_notice->setStyleSheet(Theme::banner(Theme::Warning, this));
    m_notice->setVisible(!reader->notice().isEmpty());
}

void HistoryPage::openRotation(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    auto *dialog = new RotationEventsDialog(m_workspace, m_model->summaryAt(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

QString HistoryPage::stateText() const
{
    return m_state->text();
}

} // namespace km
