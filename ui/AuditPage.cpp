#include "AuditPage.h"

#include "Accessibility.h"
#include "Theme.h"
#include "api/ApiClient.h"
#include "services/AuditBrowser.h"
#include "services/AuditExporter.h"
#include "FileChooser.h"
#include "Icons.h"
#include "Prompter.h"
#include "RotationAuditModel.h"
#include "RotationText.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// The actions kmsandbox and, as far as is known, Secret Server write; the list stays editable.
const char *const knownActions[] = {"Rotation Requested", "Status Changed", "Rotation Failed", "Retry Requested", "Rotation Completed"};
}

AuditPage::AuditPage(ApiClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_browser(new AuditBrowser(client, this))
{
    setObjectName(QStringLiteral("auditPage"));
    buildUi();
    connect(m_browser, &AuditBrowser::pageLoaded, this, &AuditPage::onPageLoaded);
    connect(m_browser, &AuditBrowser::failed, this, &AuditPage::onFailed);
    connect(m_browser, &AuditBrowser::loadingChanged, this, [this](bool loading) {
        if (loading) {
            m_state->setText(tr("Loading…"));
            m_state->setStyleSheet(QString());
            m_state->show();
            m_retry->hide();
        }
    });
    connect(m_browser, &AuditBrowser::usersLoaded, this, [this] {
        const QVariant current = m_userFilter->currentData();
        const QSignalBlocker block(m_userFilter);
        m_userFilter->clear();
        m_userFilter->addItem(tr("All users"), QVariant());
        for (const AuditUser &u : m_browser->users())
            m_userFilter->addItem(u.displayName.isEmpty() ? tr("User %1").arg(u.userId) : u.displayName, u.userId);
        m_userFilter->setCurrentIndex(std::max(0, m_userFilter->findData(current)));
    });
}

void AuditPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QHBoxLayout;
    m_userFilter = new QComboBox;
    m_userFilter->setObjectName(QStringLiteral("userFilter"));
    m_userFilter->setAccessibleName(tr("Filter by user"));
    m_userFilter->addItem(tr("All users"), QVariant());
    m_actionFilter = new QComboBox;
    m_actionFilter->setObjectName(QStringLiteral("actionFilter"));
    m_actionFilter->setAccessibleName(tr("Filter by action"));
    m_actionFilter->setEditable(true);
    m_actionFilter->addItem(QString());
    for (const char *a : knownActions)
        m_actionFilter->addItem(QString::fromLatin1(a));
    m_actionFilter->lineEdit()->setPlaceholderText(tr("Any action"));
    m_dateOn = new QCheckBox(tr("On &day:"));
    m_dateOn->setObjectName(QStringLiteral("dateFilterOn"));
    m_dateFilter = new QDateEdit(QDate::currentDate());
    m_dateFilter->setObjectName(QStringLiteral("dateFilter"));
    m_dateFilter->setAccessibleName(tr("Filter by day (UTC)"));
    m_dateFilter->setCalendarPopup(true);
    m_dateFilter->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateFilter->setToolTip(tr("Records of this day in UTC."));
    m_dateFilter->setEnabled(false);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setAccessibleName(tr("Search the audit"));
    m_search->setPlaceholderText(tr("Search user, action or notes (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    // The user list holds long display names; the search box must stay usable beside it.
    m_userFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_userFilter->setMinimumContentsLength(14);
    m_actionFilter->setMinimumContentsLength(14);
    m_search->setMinimumWidth(220);
    m_clearFilters = new QPushButton(tr("C&lear filters"));
    m_clearFilters->setObjectName(QStringLiteral("clearFilters"));
    auto *userLabel = new QLabel(tr("&User:"));
    userLabel->setBuddy(m_userFilter);
    auto *actionLabel = new QLabel(tr("&Action:"));
    actionLabel->setBuddy(m_actionFilter);
    filters->addWidget(userLabel);
    filters->addWidget(m_userFilter);
    filters->addWidget(actionLabel);
    filters->addWidget(m_actionFilter);
    filters->addWidget(m_dateOn);
    filters->addWidget(m_dateFilter);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_clearFilters);
    layout->addLayout(filters);

    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(350); // typing sends one request, not one per key
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, &AuditPage::applyFilters);
    connect(m_userFilter, &QComboBox::activated, this, &AuditPage::applyFilters);
    connect(m_actionFilter, &QComboBox::activated, this, &AuditPage::applyFilters);
    connect(m_actionFilter->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (m_actionFilter->currentText().trimmed() != m_browser->query().action)
            applyFilters();
    });
    connect(m_dateOn, &QCheckBox::toggled, this, [this](bool on) {
        m_dateFilter->setEnabled(on);
        applyFilters();
    });
    connect(m_dateFilter, &QDateEdit::dateChanged, this, [this] {
        if (m_dateOn->isChecked())
            applyFilters();
    });
    connect(m_clearFilters, &QPushButton::clicked, this, [this] {
        const QSignalBlocker a(m_search), b(m_dateOn);
        m_search->clear();
        m_userFilter->setCurrentIndex(0);
        m_actionFilter->setCurrentIndex(0);
        m_actionFilter->setEditText(QString());
        m_dateOn->setChecked(false);
        m_dateFilter->setEnabled(false);
        applyFilters();
    });

    auto *stateRow = new QHBoxLayout;
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("auditState"));
    m_state->setWordWrap(true);
    m_retry = new QPushButton(Icons::get(Icons::Reload), tr("&Retry"));
    m_retry->setObjectName(QStringLiteral("auditRetry"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, m_browser, &AuditBrowser::reload);
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_retry);
    layout->addLayout(stateRow);

    auto *split = new QSplitter(Qt::Vertical);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setAccessibleName(tr("Rotation audit records"));
    m_view->setModel(m_browser->model());
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(RotationAuditModel::DateColumn, Qt::DescendingOrder);
    m_view->setColumnWidth(RotationAuditModel::DateColumn, 150);
    m_view->setColumnWidth(RotationAuditModel::UserColumn, 200);
    m_view->setColumnWidth(RotationAuditModel::ActionColumn, 140);
    m_view->setColumnWidth(RotationAuditModel::StatusColumn, 190);
    m_view->installEventFilter(this);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int column) {
        // Sorting is the server's: ask for it, and show what the server answers with.
        const SortOrder current = m_browser->query().sort;
        const QString name = RotationAuditModel::sortName(column);
        const bool descending = name == current.field ? !current.descending : column == RotationAuditModel::DateColumn;
        m_browser->setSort({name, descending});
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::updateDetails);
    split->addWidget(m_view);
    m_details = new QTextBrowser;
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setAccessibleName(tr("Details of the selected record"));
    m_details->setPlaceholderText(tr("Select a record to see all of it here."));
    split->addWidget(m_details);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    auto *pager = new QHBoxLayout;
    m_first = new QPushButton(tr("|< &First"));
    m_first->setObjectName(QStringLiteral("firstPage"));
    m_previous = new QPushButton(tr("< &Previous"));
    m_previous->setObjectName(QStringLiteral("previousPage"));
    m_next = new QPushButton(tr("&Next >"));
    m_next->setObjectName(QStringLiteral("nextPage"));
    m_last = new QPushButton(tr("La&st >|"));
    m_last->setObjectName(QStringLiteral("lastPage"));
    m_pageLabel = new QLabel;
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_pageSize = new QComboBox;
    m_pageSize->setObjectName(QStringLiteral("pageSize"));
    m_pageSize->setAccessibleName(tr("Records per page"));
    for (int size : {25, 50, 100, 250, 500})
        m_pageSize->addItem(tr("%1 per page").arg(size), size);
    m_pageSize->setCurrentIndex(1);
    m_bom = new QCheckBox(tr("&BOM for Excel"));
    m_bom->setObjectName(QStringLiteral("bomCheck"));
    m_bom->setToolTip(tr("Start the CSV file with a UTF-8 byte order mark, so that Excel reads non-ASCII text right."));
    m_export = new QPushButton(Icons::get(Icons::Export), tr("&Export…"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Export every record that matches the filters, in this sort, to CSV."));
    pager->addWidget(m_first);
    pager->addWidget(m_previous);
    pager->addWidget(m_pageLabel, 1, Qt::AlignCenter);
    pager->addWidget(m_next);
    pager->addWidget(m_last);
    pager->addWidget(m_pageSize);
    pager->addWidget(m_bom);
    pager->addWidget(m_export);
    layout->addLayout(pager);
    describe(m_userFilter, tr("Shows only the records of this user."));
    describe(m_actionFilter, tr("Shows only the records with this action; any action name can be typed."));
    describe(m_dateOn, tr("Shows only the records of one day (UTC)."));
    describe(m_dateFilter, tr("The day whose records are shown, in UTC."));
    describe(m_search, tr("Shows only the records whose user, action or notes contain this text."), false);
    describe(m_clearFilters, tr("Removes every filter."));
    describe(m_retry, tr("Loads the page again."));
    describe(m_view, tr("The rotation audit records of this page. Click a column header to sort; Ctrl+C copies the selected rows."), false);
    describe(m_details, tr("Everything about the selected record, notes in full."), false);
    describe(m_first, tr("Goes to the first page."));
    describe(m_previous, tr("Goes to the previous page (Page Up at the first row)."));
    describe(m_next, tr("Goes to the next page (Page Down at the last row)."));
    describe(m_last, tr("Goes to the last page."));
    describe(m_pageSize, tr("How many records each page shows."));
    describe(m_bom, m_bom->toolTip());
    describe(m_export, m_export->toolTip());
    connect(m_first, &QPushButton::clicked, m_browser, &AuditBrowser::firstPage);
    connect(m_previous, &QPushButton::clicked, m_browser, &AuditBrowser::previousPage);
    connect(m_next, &QPushButton::clicked, m_browser, &AuditBrowser::nextPage);
    connect(m_last, &QPushButton::clicked, m_browser, &AuditBrowser::lastPage);
    connect(m_pageSize, &QComboBox::activated, this, [this] { m_browser->setPageSize(m_pageSize->currentData().toInt()); });
    connect(m_export, &QPushButton::clicked, this, &AuditPage::exportCsv);

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    updatePager();
}

void AuditPage::reload()
{
    m_browser->loadUsers();
    m_browser->reload();
}

void AuditPage::showDay(const QDate &dayUtc)
{
    const QSignalBlocker a(m_search), b(m_dateOn), c(m_dateFilter);
    m_search->clear();
    m_userFilter->setCurrentIndex(0);
    m_actionFilter->setCurrentIndex(0);
    m_actionFilter->setEditText(QString());
    m_dateOn->setChecked(dayUtc.isValid());
    m_dateFilter->setEnabled(dayUtc.isValid());
    if (dayUtc.isValid())
        m_dateFilter->setDate(dayUtc);
    applyFilters();
}

void AuditPage::applyFilters()
{
    m_searchDebounce->stop();
    const QVariant user = m_userFilter->currentData();
    m_browser->setFilters(m_actionFilter->currentText().trimmed(), user.isValid() ? std::optional<int>(user.toInt()) : std::nullopt,
                          m_dateOn->isChecked() ? m_dateFilter->date() : QDate(), m_search->text().trimmed());
}

void AuditPage::onPageLoaded()
{
    const PageInfo &info = m_browser->model()->pageInfo();
    // The indicator shows the sort the server applied, not the one that was clicked.
    const int column = RotationAuditModel::columnOfSortName(info.sortByName.isEmpty() ? m_browser->query().sort.field : info.sortByName);
    const bool descending = info.sortByDirection.isEmpty() ? m_browser->query().sort.descending
                                                           : info.sortByDirection.compare(QLatin1String("desc"), Qt::CaseInsensitive) == 0;
    if (column >= 0)
        m_view->horizontalHeader()->setSortIndicator(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    else
        m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    if (info.total == 0) {
        m_state->setText(tr("No audit records match."));
        m_state->setStyleSheet(QString());
        m_state->show();
    } else {
        m_state->hide();
    }
    m_retry->hide();
    updatePager();
    if (m_browser->model()->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_browser->model()->index(0, 0));
    updateDetails();
}

void AuditPage::onFailed(const ApiError &error)
{
    // The last good page stays on screen under the banner.
    m_state->setText(tr("The audit could not be loaded: %1").arg(error.message()));
    m_state->setStyleSheet(Theme::banner(Theme::Error, this));
    m_state->show();
    m_retry->show();
    updatePager();
}

QString AuditPage::stateText() const
{
    return m_state->isVisibleTo(this) ? m_state->text() : QString();
}

void AuditPage::updatePager()
{
    const PageInfo &info = m_browser->model()->pageInfo();
    const bool loaded = m_browser->hasLoaded();
    m_pageLabel->setText(!loaded ? QString()
                         : info.total == 0 ? tr("No records")
                                           : tr("Page %1 of %2 · %n record(s)", nullptr, int(std::min<qint64>(info.total, INT_MAX)))
                                                 .arg(info.currentPage).arg(info.pageCount));
    m_first->setEnabled(info.hasPrev);
    m_previous->setEnabled(info.hasPrev);
    m_next->setEnabled(info.hasNext);
    m_last->setEnabled(info.hasNext);
    m_export->setEnabled(loaded && info.total > 0 && !isExporting());
}

void AuditPage::updateDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const RotationAuditRecord &r = m_browser->model()->record(current.row());
    m_details->setPlainText(tr("Record %1 of rotation %2\nDate: %3 (%4 UTC)\nUser: %5 (%6, id %7)\nAction: %8\n"
                               "Status: %9\n\nNotes:\n%10")
                                .arg(r.auditId)
                                .arg(r.rotationInfoId)
                                .arg(QLocale().toString(r.dateUtc.toLocalTime(), QLocale::LongFormat), r.dateUtc.toString(Qt::ISODate),
                                     r.displayName, r.userName)
                                .arg(r.userId)
                                .arg(r.action, tr("%1 (%2)").arg(RotationText::sentence(r.currentStatus, r.currentStatusName), r.currentStatusName),
                                     r.notes));
}

void AuditPage::copySelection()
{
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        rows << i.row();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    if (!rows.isEmpty())
        QApplication::clipboard()->setText(m_browser->model()->toTabSeparated(rows));
}

bool AuditPage::eventFilter(QObject *watched, QEvent *event)
{
    // Page Up/Down at the edge of the page turns the page; Ctrl+C copies whole rows (the view
    // on its own would copy one cell).
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            copySelection();
            return true;
        }
        const int row = m_view->currentIndex().row();
        const int last = m_browser->model()->rowCount() - 1;
        if (key->key() == Qt::Key_PageDown && row == last && m_browser->model()->pageInfo().hasNext) {
            m_browser->nextPage();
            return true;
        }
        if (key->key() == Qt::Key_PageUp && row <= 0 && m_browser->model()->pageInfo().hasPrev) {
            m_browser->previousPage();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool AuditPage::isExporting() const
{
    return m_exporter && m_exporter->isRunning();
}

void AuditPage::exportCsv()
{
    if (isExporting())
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("rotation-audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString fileName = FileChooser::saveFileName(this, tr("Export the rotation audit"), suggested, tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    if (!m_exporter) {
        m_exporter = new AuditExporter(m_client, this);
        connect(m_exporter, &AuditExporter::progress, this, [this](qint64 written, qint64 expected) {
            if (!m_exportProgress)
                return;
            m_exportProgress->setMaximum(int(std::min<qint64>(std::max<qint64>(expected, 1), INT_MAX)));
            m_exportProgress->setValue(int(std::min<qint64>(written, m_exportProgress->maximum())));
            m_exportProgress->setLabelText(tr("Exported %1 of %2 records…").arg(written).arg(expected));
        });
        connect(m_exporter, &AuditExporter::finished, this, [this](bool ok, const QString &message) {
            m_lastExportMessage = message;
            if (m_exportProgress) {
                m_exportProgress->hide();
                m_exportProgress->deleteLater();
                m_exportProgress = nullptr;
            }
            updatePager();
            Prompter::inform(this, ok ? tr("Export finished") : tr("Export failed"), message, !ok);
        });
    }
    m_exportProgress = new QProgressDialog(tr("Starting the export…"), tr("Cancel"), 0, 1, this);
    m_exportProgress->setObjectName(QStringLiteral("exportProgress"));
    m_exportProgress->setWindowTitle(tr("Exporting the audit"));
    m_exportProgress->setWindowModality(Qt::WindowModal);
    m_exportProgress->setMinimumDuration(300);
    m_exportProgress->setAutoClose(false);
    m_exportProgress->setAutoReset(false);
    connect(m_exportProgress, &QProgressDialog::canceled, m_exporter, &AuditExporter::cancel);
    AuditExporter::Options options;
    options.query = m_browser->query();
    options.byteOrderMark = m_bom->isChecked();
    m_exporter->exportToFile(fileName, options);
    updatePager();
}
