#include "ui/AuditPage.h"

#include "ui/Accessibility.h"
#include "ui/ColumnFitter.h"

#include <QToolButton>
#include "ui/DayEdit.h"
#include "ui/FileChooser.h"
#include "ui/Icons.h"
#include "ui/Prompter.h"
#include "ui/Theme.h"

#include "services/AuditBrowser.h"

#include "models/DateText.h"
#include "models/RotationAuditModel.h"
#include "models/RotationText.h"
#include "models/SafeText.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCollator>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace km {

AuditPage::AuditPage(AuditBrowser *browser, QWidget *parent) : QWidget(parent), m_browser(browser)
{
    setObjectName(QStringLiteral("auditPage"));
    buildUi();
    keepStateLineHeight();
    connect(m_browser, &AuditBrowser::pageLoaded, this, &AuditPage::onPageLoaded);
    connect(m_browser, &AuditBrowser::failed, this, &AuditPage::onFailed);
    // "Loading…" only when the server is slow: a page that arrives at once is not preceded by a
    // flash of text and a second repaint of the whole grid.
    m_loadingDelay = new QTimer(this);
    m_loadingDelay->setSingleShot(true);
    m_loadingDelay->setInterval(300);
    connect(m_loadingDelay, &QTimer::timeout, this, [this] {
        if (!m_browser->isLoading())
            return;
        m_state->setText(tr("Loading…"));
        m_state->setStyleSheet(QString());
        m_state->show();
        m_retry->hide();
    });
    connect(m_browser, &AuditBrowser::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_loadingDelay->start();
        else
            m_loadingDelay->stop();
    });
    connect(m_browser, &AuditBrowser::usersLoaded, this, [this] {
        const QVariant current = m_userFilter->currentData();
        const QSignalBlocker block(m_userFilter);
        m_userFilter->clear();
        m_userFilter->addItem(tr("All users"), QVariant());
        // By name, as a person looks for one.
        QList<QPair<QString, int>> users;
        for (const AuditUser &u : m_browser->users())
            users.append({u.displayName.isEmpty() ? tr("User %1").arg(u.userId) : SafeText::oneLine(u.displayName), u.userId});
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        std::stable_sort(users.begin(), users.end(),
                         [&collator](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
        for (const auto &u : std::as_const(users))
            m_userFilter->addItem(u.first, u.second);
        m_userFilter->setCurrentIndex(std::max(0, m_userFilter->findData(current)));
    });
}

void AuditPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QGridLayout;
    m_userFilter = new QComboBox;
    m_userFilter->setObjectName(QStringLiteral("userFilter"));
    m_userFilter->setAccessibleName(tr("Filter by user"));
    m_userFilter->addItem(tr("All users"), QVariant());
    m_userFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_userFilter->setMinimumContentsLength(12);
    m_actionFilter = new QComboBox;
    m_actionFilter->setObjectName(QStringLiteral("actionFilter"));
    m_actionFilter->setAccessibleName(tr("Filter by action"));
    m_actionFilter->setEditable(true);
    m_actionFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_actionFilter->setMinimumContentsLength(12);
    // Known actions show in words; what is sent is the server's own value (the item's data).
    m_actionFilter->addItem(tr("Any action"), QString()); // named, not an empty line
    for (const QString &action : RotationText::knownActions())
        m_actionFilter->addItem(RotationText::actionLabel(action), action);
    m_actionFilter->lineEdit()->setPlaceholderText(tr("Any action"));
    m_actionFilter->lineEdit()->setAccessibleName(tr("Filter by action"));
    m_dayFilter = new DayEdit;
    m_dayFilter->setObjectName(QStringLiteral("dayFilter"));
    m_dayFilter->lineEdit()->setObjectName(QStringLiteral("dayFilterEdit"));
    m_dayFilter->lineEdit()->setAccessibleName(tr("Filter by day (UTC)"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setAccessibleName(tr("Search the audit"));
    m_search->setPlaceholderText(tr("Search user, action or notes (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    Accessibility::nameClearButton(m_search);
    m_clearFilters = new QPushButton(tr("C&lear filters"));
    m_clearFilters->setObjectName(QStringLiteral("clearFilters"));
    m_export = new QPushButton(Icons::get(Icons::Export), tr("&Export"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    auto *exportMenu = new QMenu(m_export);
    QAction *exportMatching = exportMenu->addAction(tr("Everything that matches the filters…"), this, &AuditPage::exportCsv);
    exportMatching->setObjectName(QStringLiteral("exportMatchingAction"));
    QAction *exportRange = exportMenu->addAction(tr("A range of days…"), this, &AuditPage::exportDays);
    exportRange->setObjectName(QStringLiteral("exportDaysAction"));
    m_export->setMenu(exportMenu);
    m_bom = new QCheckBox(tr("&BOM for Excel"));
    m_bom->setObjectName(QStringLiteral("bomCheck"));
    m_bom->setToolTip(tr("Start the CSV file with a UTF-8 byte order mark, so that Excel reads non-ASCII text right."));
    auto *userLabel = new QLabel(tr("&User:"));
    userLabel->setBuddy(m_userFilter);
    auto *actionLabel = new QLabel(tr("&Action:"));
    actionLabel->setBuddy(m_actionFilter);
    auto *dayLabel = new QLabel(tr("&Day (UTC):"));
    dayLabel->setBuddy(m_dayFilter->lineEdit());
    filters->addWidget(userLabel, 0, 0);
    filters->addWidget(m_userFilter, 0, 1);
    filters->addWidget(actionLabel, 0, 2);
    filters->addWidget(m_actionFilter, 0, 3);
    filters->addWidget(dayLabel, 0, 4);
    filters->addWidget(m_dayFilter, 0, 5);
    // What is wrong with a typed day, under the field.
    m_dayProblem = new QLabel;
    m_dayProblem->setObjectName(QStringLiteral("dayProblem"));
    m_dayProblem->setWordWrap(true);
    m_dayProblem->setTextFormat(Qt::PlainText);
    m_dayProblem->setStyleSheet(Theme::errorText(this));
    Accessibility::setRole(m_dayProblem, QAccessible::AlertMessage);
    m_dayProblem->hide();
    filters->addWidget(m_dayProblem, 1, 2, 1, 4);
    connect(m_dayFilter, &DayEdit::problemChanged, this, &AuditPage::onDayProblem);
    // One rotation's records ("Show this rotation in the audit"): said, and removable.
    m_rotationFilter = new QPushButton;
    m_rotationFilter->setObjectName(QStringLiteral("rotationFilter"));
    m_rotationFilter->hide();
    describe(m_rotationFilter, tr("Shows every rotation's records again."));
    connect(m_rotationFilter, &QPushButton::clicked, this, [this] { m_browser->setRotationFilter(std::nullopt); });
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_rotationFilter);
    searchRow->addWidget(m_clearFilters);
    searchRow->addWidget(m_bom);
    searchRow->addWidget(m_export);
    filters->addLayout(searchRow, 2, 0, 1, 6);
    filters->setColumnStretch(1, 2);
    filters->setColumnStretch(3, 2);
    filters->setColumnStretch(5, 1);
    layout->addLayout(filters);

    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(350); // typing sends one request, not one per key
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, &AuditPage::applyFilters);
    connect(m_userFilter, &QComboBox::activated, this, &AuditPage::applyFilters);
    connect(m_actionFilter, &QComboBox::activated, this, &AuditPage::applyFilters);
    connect(m_actionFilter->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const int index = m_actionFilter->findText(m_actionFilter->currentText());
        const QString action = index >= 0 ? m_actionFilter->itemData(index).toString() : m_actionFilter->currentText().trimmed();
        if (action != m_browser->query().action)
            applyFilters();
    });
    connect(m_dayFilter, &DayEdit::dayChanged, this, &AuditPage::applyFilters);
    connect(m_clearFilters, &QPushButton::clicked, this, [this] {
        const QSignalBlocker a(m_search), b(m_dayFilter);
        m_search->clear();
        m_userFilter->setCurrentIndex(0);
        m_actionFilter->setCurrentIndex(0);
        m_dayFilter->setDay(QDate());
        if (m_browser->rotationFilter())
            m_browser->setRotationFilter(std::nullopt);
        applyFilters();
    });

    auto *stateRow = new QHBoxLayout;
    m_state = Accessibility::announcedLabel(QStringLiteral("auditState"));
    // The line is kept when empty, so that no message moves the grid under the pointer.
    QSizePolicy statePolicy = m_state->sizePolicy();
    statePolicy.setRetainSizeWhenHidden(true);
    m_state->setSizePolicy(statePolicy);
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
    m_view->setTabKeyNavigation(false); // Tab leaves the grid; the arrows move inside it
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // no per-row measuring on a page of 500
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(RotationAuditModel::DateColumn, Qt::DescendingOrder);
    m_view->setColumnWidth(RotationAuditModel::DateColumn,
                           fontMetrics().horizontalAdvance(DateText::local(QDateTime(QDate(2026, 12, 28), QTime(23, 58, 58), Qt::UTC)))
                               + 24);
    m_view->setColumnWidth(RotationAuditModel::RotationColumn, fontMetrics().horizontalAdvance(QStringLiteral("#000000")) + 24);
    m_view->setColumnWidth(RotationAuditModel::UserColumn, 160);
    m_view->setColumnWidth(RotationAuditModel::ActionColumn, 130);
    m_view->setColumnWidth(RotationAuditModel::StatusColumn, 170);
    m_view->installEventFilter(this);
    // At any width Date, Rotation, Action and Status stay; User and Notes elide, then hide.
    m_columns = new ColumnFitter(m_view,
                                 {RotationAuditModel::DateColumn, RotationAuditModel::RotationColumn, RotationAuditModel::ActionColumn,
                                  RotationAuditModel::StatusColumn},
                                 {RotationAuditModel::NotesColumn, RotationAuditModel::UserColumn}, RotationAuditModel::NotesColumn);
    searchRow->addWidget(m_columns->chooserButton());
    connect(m_view->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int column) {
        // Sorting is the server's: ask for it, and show what the server answers with.
        const SortOrder current = m_browser->query().sort;
        const QString name = RotationAuditModel::sortName(column);
        const bool descending = name == current.field ? !current.descending : column == RotationAuditModel::DateColumn;
        m_browser->setSort({name, descending});
        Accessibility::sayOrder(m_sortState, m_view, column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    m_sortState = Accessibility::addKeyboardSort(m_view, [this](int column, Qt::SortOrder order) {
        m_browser->setSort({RotationAuditModel::sortName(column), order == Qt::DescendingOrder});
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
    m_first = new QPushButton(tr("|< F&irst"));
    m_first->setObjectName(QStringLiteral("firstPage"));
    m_previous = new QPushButton(tr("< &Previous"));
    m_previous->setObjectName(QStringLiteral("previousPage"));
    m_next = new QPushButton(tr("&Next >"));
    m_next->setObjectName(QStringLiteral("nextPage"));
    m_last = new QPushButton(tr("La&st >|"));
    m_last->setObjectName(QStringLiteral("lastPage"));
    m_pageLabel = new QLabel;
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_pageLabel->setAlignment(Qt::AlignCenter);
    m_pageLabel->setWordWrap(true);
    Accessibility::setRole(m_pageLabel, QAccessible::StatusBar); // "Page 2 of 41" is announced
    m_pageSize = new QComboBox;
    m_pageSize->setObjectName(QStringLiteral("pageSize"));
    m_pageSize->setAccessibleName(tr("Records per page"));
    for (int size : {25, 50, 100, 250, 500})
        m_pageSize->addItem(tr("%1 per page").arg(size), size);
    m_pageSize->setCurrentIndex(1);
    pager->addWidget(m_first);
    pager->addWidget(m_previous);
    pager->addWidget(m_pageLabel, 1);
    pager->addWidget(m_sortState);
    pager->addWidget(m_next);
    pager->addWidget(m_last);
    pager->addWidget(m_pageSize);
    layout->addLayout(pager);
    describe(m_userFilter, tr("Shows only the records of this user."));
    describe(m_actionFilter, tr("Shows only the records with this action; any action name can be typed."));
    describe(m_dayFilter->lineEdit(), tr("Shows only the records of one day (UTC), typed as YYYY-MM-DD or picked from the calendar; "
                                         "empty for every day."));
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
    describe(m_export, tr("Exports every record that matches the filters, in this sort, or a range of days, to CSV."), false);
    connect(m_first, &QPushButton::clicked, m_browser, &AuditBrowser::firstPage);
    connect(m_previous, &QPushButton::clicked, m_browser, &AuditBrowser::previousPage);
    connect(m_next, &QPushButton::clicked, m_browser, &AuditBrowser::nextPage);
    connect(m_last, &QPushButton::clicked, m_browser, &AuditBrowser::lastPage);
    connect(m_pageSize, &QComboBox::activated, this, [this] { m_browser->setPageSize(m_pageSize->currentData().toInt()); });

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
    const QSignalBlocker a(m_search), b(m_dayFilter);
    m_search->clear();
    m_userFilter->setCurrentIndex(0);
    m_actionFilter->setCurrentIndex(0);
    m_actionFilter->setEditText(QString());
    m_dayFilter->setDay(dayUtc);
    applyFilters();
}

void AuditPage::showRotation(const QDateTime &startedUtc)
{
    const QSignalBlocker a(m_search), b(m_dayFilter);
    m_search->clear();
    m_userFilter->setCurrentIndex(0);
    m_actionFilter->setCurrentIndex(0);
    m_dayFilter->setDay(startedUtc.toUTC().date());
    m_browser->showRotationStartedAt(startedUtc);
    syncRotationFilter();
}

void AuditPage::syncRotationFilter()
{
    const auto rotation = m_browser->rotationFilter();
    m_rotationFilter->setVisible(rotation.has_value());
    m_rotationFilter->setText(rotation ? tr("Rotation %1 only ✕").arg(*rotation) : QString());
    m_rotationFilter->setAccessibleName(rotation ? tr("Remove the filter: rotation %1 only").arg(*rotation) : tr("Rotation filter"));
}

QString AuditPage::rotationFilterText() const
{
    return m_rotationFilter->isVisibleTo(this) ? m_rotationFilter->text() : QString();
}

QString AuditPage::dayProblemText() const
{
    return m_dayProblem->isVisibleTo(this) ? m_dayProblem->text() : QString();
}

void AuditPage::onDayProblem(const QString &problem)
{
    m_dayProblem->setText(problem);
    m_dayProblem->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        return;
    // The records on screen are not those of the day typed: they are not shown as if they were.
    m_browser->model()->setPage({}, m_browser->query().take);
    m_state->setText(tr("No records are shown until the day is corrected or cleared."));
    m_state->setStyleSheet(QString());
    m_state->show();
    m_retry->hide();
    m_pageLabel->setText(tr("Not filtered: the day is not valid"));
    for (QPushButton *b : {m_first, m_previous, m_next, m_last})
        b->setEnabled(false);
    m_export->setEnabled(false);
    m_export->setToolTip(tr("Correct or clear the day first."));
    updateDetails();
}

void AuditPage::applyFilters()
{
    m_searchDebounce->stop();
    const QVariant user = m_userFilter->currentData();
    const int actionIndex = m_actionFilter->findText(m_actionFilter->currentText());
    const QString action = actionIndex >= 0 ? m_actionFilter->itemData(actionIndex).toString() : m_actionFilter->currentText().trimmed();
    m_browser->setFilters(action, user.isValid() ? std::optional<int>(user.toInt()) : std::nullopt, m_dayFilter->day(),
                          m_search->text().trimmed());
}

void AuditPage::onPageLoaded()
{
    syncRotationFilter();
    const PageInfo &info = m_browser->model()->pageInfo();
    // The indicator shows the sort the server applied, not the one that was clicked.
    const int column = RotationAuditModel::columnOfSortName(info.sortByName.isEmpty() ? m_browser->query().sort.field : info.sortByName);
    const bool descending = info.sortByDirection.isEmpty() ? m_browser->query().sort.descending
                                                           : info.sortByDirection.compare(QLatin1String("desc"), Qt::CaseInsensitive) == 0;
    const bool sortIgnored = info.sortEchoed && info.sortByName.isEmpty();
    if (!sortIgnored && column >= 0) {
        m_view->horizontalHeader()->setSortIndicator(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        Accessibility::sayOrder(m_sortState, m_view, column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    } else {
        m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the server ignored the sort, or no column has it
    }
    if (info.total == 0) {
        m_state->setText(tr("No audit records match."));
        m_state->setStyleSheet(QString());
        m_state->show();
    } else if (m_browser->pageOutsideDay()) {
        m_state->setText(tr("The server sent records dated outside %1 (UTC), the day asked for: it may read the day in "
                            "its own time zone. The list shows what it sent.")
                             .arg(m_browser->query().date.toString(Qt::ISODate)));
        m_state->setStyleSheet(Theme::banner(Theme::Warning, this));
        m_state->show();
    } else if (!info.sortApplied(m_browser->query().sort.field, m_browser->query().sort.descending)) {
        m_state->setText(tr("The server did not apply the sort asked for; the records are in its own order."));
        m_state->setStyleSheet(Theme::banner(Theme::Warning, this));
        m_state->show();
    } else {
        hideState();
    }
    m_retry->hide();
    updatePager();
    if (m_browser->model()->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_browser->model()->index(0, 0));
    updateDetails();
}

void AuditPage::hideState()
{
    // Cleared as well as hidden: the hidden line keeps its size, and a banner's padding or a
    // second line of the last message would otherwise stay as the line's height.
    m_state->clear();
    m_state->setStyleSheet(QString());
    m_state->hide();
}

void AuditPage::keepStateLineHeight()
{
    // An empty line and "Loading…" differ by a pixel in some fonts (the ellipsis may come from a
    // fallback font: Windows' fonts under Wine, 19 px and 18).
    QLabel probe;
    probe.setFont(m_state->font());
    probe.setTextFormat(Qt::PlainText);
    probe.setWordWrap(true);
    int height = 0;
    for (const QString &line : {QString(), tr("Loading…")}) {
        probe.setText(line);
        height = std::max({height, probe.heightForWidth(1000), probe.sizeHint().height()});
    }
    m_state->setMinimumHeight(height);
}

void AuditPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        keepStateLineHeight();
    QWidget::changeEvent(event);
}

void AuditPage::onFailed(const ApiError &error)
{
    // The server cannot be reached: the window's one banner says so, with its Retry, and the
    // page reloads when the connection returns; no second banner here.
    const auto kind = error.kind();
    if (kind == ApiError::ConnectionRefused || kind == ApiError::Network || kind == ApiError::Timeout || kind == ApiError::HostNotFound
        || kind == ApiError::Tls) {
        hideState();
        m_retry->hide();
        updatePager();
        return;
    }
    // The last good page stays on screen under the banner.
    m_state->setText(tr("The audit could not be loaded: %1").arg(error.message()));
    m_state->setStyleSheet(Theme::banner(Theme::Error, this));
    m_state->show();
    m_retry->show();
    updatePager();
}

void AuditPage::setLoadingDelay(std::chrono::milliseconds delay)
{
    m_loadingDelay->setInterval(delay);
}

QString AuditPage::stateText() const
{
    return m_state->isVisibleTo(this) ? m_state->text() : QString();
}

void AuditPage::updatePager()
{
    const RotationAuditModel *model = m_browser->model();
    const PageInfo &info = model->pageInfo();
    const bool loaded = m_browser->hasLoaded();
    m_pageLabel->setText(!loaded           ? QString()
                         : info.total == 0 ? tr("No records")
                                           : tr("Page %1 of %2 · %n record(s)", nullptr, int(std::min<qint64>(info.total, INT_MAX)))
                                                 .arg(model->pageNumber())
                                                 .arg(model->pageTotal()));
    m_first->setEnabled(model->hasPrevious());
    m_previous->setEnabled(model->hasPrevious());
    m_next->setEnabled(model->hasNext());
    m_last->setEnabled(model->hasNext());
    const bool canExport = loaded && !isExporting();
    m_export->setEnabled(canExport);
    m_export->setToolTip(canExport       ? tr("Exports every record that matches the filters, in this sort, or a range of days, to CSV.")
                         : isExporting() ? tr("An export is under way.")
                                         : tr("The audit has not loaded yet."));
}

void AuditPage::updateDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const RotationAuditRecord &r = m_browser->model()->record(current.row());
    m_details->setPlainText(
        tr("Record %1 of rotation %2\nDate: %3 (%4)\nUser: %5 (%6, id %7)\nAction: %8\n"
           "Status: %9\n\nNotes:\n%10")
            .arg(r.auditId)
            .arg(r.rotationInfoId)
            .arg(DateText::local(r.dateUtc), DateText::utc(r.dateUtc), SafeText::oneLine(r.displayName), SafeText::oneLine(r.userName))
            .arg(r.userId)
            .arg(tr("%1 (%2)").arg(RotationText::actionLabel(r.action), SafeText::oneLine(r.action)),
                 tr("%1 (%2)").arg(RotationText::sentence(r.currentStatus, SafeText::oneLine(r.currentStatusName)),
                                   SafeText::oneLine(r.currentStatusName)),
                 SafeText::multiLine(r.notes)));
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
        if (key->key() == Qt::Key_PageDown && row == last && m_browser->model()->hasNext()) {
            m_browser->nextPage();
            return true;
        }
        if (key->key() == Qt::Key_PageUp && row <= 0 && m_browser->model()->hasPrevious()) {
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
    AuditExporter::Options options;
    options.query = m_browser->query();
    startExport(options);
}

void AuditPage::exportDays()
{
    const QDate today = QDate::currentDate();
    const QDate day = m_dayFilter->day();
    const auto range = Prompter::askDayRange(this, tr("Export a range of days"),
                                             tr("The server filters the audit one day at a time, so the export walks the days of "
                                                "this range (UTC), with the other filters and the sort on screen."),
                                             day.isValid() ? day : today.addDays(-30), day.isValid() ? day : today);
    if (!range)
        return;
    AuditExporter::Options options;
    options.query = m_browser->query();
    options.query.date = QDate();
    options.fromDay = range->first;
    options.toDay = range->second;
    startExport(options);
}

void AuditPage::startExport(const AuditExporter::Options &given)
{
    if (isExporting())
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("rotation-audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString fileName = FileChooser::saveFileName(this, tr("Export the rotation audit"), suggested, tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    if (!m_exporter) {
        m_exporter = m_browser->newExporter(this);
        connect(m_exporter, &AuditExporter::progress, this, [this](qint64 written, qint64 expected) {
            if (!m_exportProgress)
                return;
            m_exportProgress->setMaximum(int(std::min<qint64>(std::max<qint64>(expected, 1), INT_MAX)));
            m_exportProgress->setValue(int(std::min<qint64>(written, m_exportProgress->maximum())));
            m_exportProgress->setLabelText(tr("Exported %1 of %2 records…").arg(written).arg(expected));
        });
        connect(m_exporter, &AuditExporter::finished, this, &AuditPage::onExportFinished);
    }
    m_exportProgress = new QProgressDialog(tr("Starting the export…"), tr("Cancel"), 0, 1, this);
    m_exportProgress->setObjectName(QStringLiteral("exportProgress"));
    m_exportProgress->setWindowTitle(tr("Exporting the audit"));
    m_exportProgress->setWindowModality(Qt::WindowModal);
    m_exportProgress->setMinimumDuration(300);
    m_exportProgress->setAutoClose(false);
    m_exportProgress->setAutoReset(false);
    connect(m_exportProgress, &QProgressDialog::canceled, m_exporter, &AuditExporter::cancel);
    AuditExporter::Options options = given;
    options.byteOrderMark = m_bom->isChecked();
    m_exporter->exportToFile(fileName, options);
    updatePager();
}

void AuditPage::onExportFinished(AuditExporter::Outcome outcome, const QString &message)
{
    m_lastExportMessage = message;
    m_lastOutcome = outcome;
    if (m_exportProgress) {
        // reset() also stops its show-after-a-moment timer: an export quicker than that would
        // otherwise pop the progress up, at 100%, over the message that says it is done.
        m_exportProgress->reset();
        m_exportProgress->hide();
        m_exportProgress->deleteLater();
        m_exportProgress = nullptr;
    }
    updatePager();
    if (outcome == AuditExporter::Cancelled) {
        Prompter::inform(this, tr("Export cancelled"), message);
        return;
    }
    if (outcome == AuditExporter::Failed) {
        Prompter::inform(this, tr("Export failed"), message, true);
        return;
    }
    // Done: the file can be opened with the desktop's own handler, or shown in its folder.
    Prompter::Question q;
    q.title = tr("Export finished");
    q.information = true;
    q.text = message;
    q.answers = {Prompter::Open, Prompter::ShowInFolder, Prompter::Ok};
    q.defaultAnswer = Prompter::Ok;
    const QString file = m_exporter->fileName();
    const Prompter::Answer answer = Prompter::ask(this, q);
    if (answer == Prompter::Open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(file));
    else if (answer == Prompter::ShowInFolder)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(file).absolutePath()));
}

} // namespace km
