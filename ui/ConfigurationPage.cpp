#include "ui/ConfigurationPage.h"

#include "ui/Accessibility.h"
#include "ui/ColumnFitter.h"
#include "ui/PageScroll.h"
#include "ui/Prompter.h"
#include "ui/SecretKeyPanel.h"
#include "ui/Theme.h"

#include "services/ConfigurationService.h"
#include "services/SecretKeyMonitor.h"
#include "session/Session.h"

#include "models/ConfigAuditModel.h"
#include "models/ConfigFieldsModel.h"
#include "models/SafeText.h"
#include "models/SecretKeyText.h"

#include <QComboBox>
#include <QDataWidgetMapper>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <utility>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace km {

namespace {
// Writes the model's value into an editor only when it differs, so the text being typed, its
// cursor and its selection are never reset under the user's fingers.
class KeepCursorDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *edit = qobject_cast<QLineEdit *>(editor);
        const QString value = index.data(Qt::EditRole).toString();
        if (edit && edit->text() == value)
            return;
        QStyledItemDelegate::setEditorData(editor, index);
    }
};

constexpr int kindOther = int(KeyManagementKind::Other);
} // namespace

ConfigurationPage::ConfigurationPage(ConfigurationService *service, QWidget *parent) : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("configurationPage"));
    buildUi();
    ConfigFieldsModel *fields = m_service->fields();
    connect(fields, &ConfigFieldsModel::dataChanged, this,
            [this](const QModelIndex &a, const QModelIndex &b) { syncRows(a.row(), b.row()); });
    connect(fields, &ConfigFieldsModel::stateChanged, this, &ConfigurationPage::syncState);
    connect(m_service, &ConfigurationService::busyChanged, this, &ConfigurationPage::syncState);
    connect(m_service, &ConfigurationService::loaded, this, [this] {
        if (!std::exchange(m_typesContradicted, false)) // the reply just loaded may have been the contradiction
            showBanner(QString(), Theme::Neutral);
    });
    connect(m_service, &ConfigurationService::defaultsLoaded, this, [this] {
        showBanner(tr("Defaults loaded from the server. Nothing is saved until you click Save."), Theme::Neutral, "defaultsLoaded");
    });
    connect(m_service, &ConfigurationService::saved, this, &ConfigurationPage::onSaved);
    connect(m_service, &ConfigurationService::serverCopyChanged, this, [this] {
        m_serverCopyNote->setVisible(m_service->hasNewerServerCopy());
        m_serverCopyNote->setStyleSheet(Theme::banner(Theme::Warning, this));
    });
    connect(m_service, &ConfigurationService::historyLoaded, this, &ConfigurationPage::updateHistoryPager);
    connect(m_service, &ConfigurationService::failed, this,
            [this](ConfigurationService::Operation op, const ApiError &error) { onFailed(int(op), error); });
    // Maintenance reaches the page once, through the service's busyChanged above.
    connect(m_service->session()->server(), &ServerState::typesChanged, this, &ConfigurationPage::syncTypes);
    connect(m_service->session()->server(), &ServerState::typesContradicted, this, [this] {
        showBanner(tr("The server's reply contradicted the type ids remembered for this address (its ids changed, or another "
                      "server answers here): the console forgot them all and learns them again from the server."),
                   Theme::Warning, "typesContradicted");
        m_typesContradicted = true;
    });
    syncTypes();
    syncRows(0, ConfigField::Count - 1);
    syncState();
}

void ConfigurationPage::buildUi()
{
    // On a small screen the editor and its history scroll, rather than making the window taller than the screen.
    auto *outer = PageScroll::install(this, QStringLiteral("configurationScroll"));
    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("configBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Accessibility::setRole(m_banner, QAccessible::AlertMessage); // read as it is, announced when it changes
    m_banner->hide();
    outer->addWidget(m_banner);

    // A reload that arrived while the administrator was editing: one line, and a way to take it.
    m_serverCopyNote = new QWidget;
    m_serverCopyNote->setObjectName(QStringLiteral("serverCopyNote"));
    auto *serverCopyRow = new QHBoxLayout(m_serverCopyNote);
    serverCopyRow->setContentsMargins(0, 0, 0, 0);
    m_serverCopyText = new QLabel(tr("The server's copy of the configuration changed while you were editing; your edits are kept."));
    m_serverCopyText->setObjectName(QStringLiteral("serverCopyText"));
    m_serverCopyText->setWordWrap(true);
    Accessibility::setRole(m_serverCopyText, QAccessible::AlertMessage);
    auto *loadServerCopy = new QPushButton(tr("&Load the server's copy"));
    loadServerCopy->setObjectName(QStringLiteral("loadServerCopyButton"));
    describe(loadServerCopy, tr("Replaces your edits with the configuration the server has now, after asking."));
    serverCopyRow->addWidget(m_serverCopyText, 1);
    serverCopyRow->addWidget(loadServerCopy);
    m_serverCopyNote->hide();
    outer->addWidget(m_serverCopyNote);
    connect(loadServerCopy, &QPushButton::clicked, this, [this] {
        if (confirmDiscard(tr("Loading the server's copy replaces your unsaved changes.")))
            m_service->loadServerCopy();
    });

    m_maintenance = new QWidget;
    m_maintenance->setObjectName(QStringLiteral("maintenanceBanner"));
    auto *maintenanceRow = new QHBoxLayout(m_maintenance);
    maintenanceRow->setContentsMargins(0, 0, 0, 0);
    auto *maintenanceText = new QLabel(tr("The server is re-encrypting its secret keys after the configuration change. It refuses "
                                          "changes until it has finished, so Save and Rotate are disabled meanwhile; the console "
                                          "checks every few seconds."));
    maintenanceText->setObjectName(QStringLiteral("maintenanceText"));
    maintenanceText->setWordWrap(true);
    Accessibility::setRole(maintenanceText, QAccessible::AlertMessage);
    maintenanceText->setStyleSheet(Theme::banner(Theme::Warning, this));
    auto *checkNow = new QPushButton(tr("Chec&k now"));
    checkNow->setObjectName(QStringLiteral("maintenanceCheckButton"));
    describe(checkNow, tr("Asks the server now whether it has finished re-encrypting."));
    maintenanceRow->addWidget(maintenanceText, 1);
    maintenanceRow->addWidget(checkNow);
    connect(checkNow, &QPushButton::clicked, this, &ConfigurationPage::maintenanceCheckRequested);
    m_maintenance->hide();
    outer->addWidget(m_maintenance);

    m_readOnlyNote = new QLabel(tr("Your account may view this configuration but not change it "
                                   "(it lacks the Administer Key Management permission)."));
    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->hide();
    outer->addWidget(m_readOnlyNote);

    auto *editorBox = new QGroupBox(tr("External key management"));
    auto *editorLayout = new QVBoxLayout(editorBox);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_typeCombo = new QComboBox;
    m_typeCombo->setObjectName(QStringLiteral("typeCombo"));
    m_typeCombo->setAccessibleName(tr("Key management type"));
    m_typeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_typeCombo->setMinimumContentsLength(18);
    for (auto kind : {KeyManagementKind::None, KeyManagementKind::AwsKms, KeyManagementKind::AzureKeyVault})
        m_typeCombo->addItem(QString(), int(kind));
    // Closed, the list does not switch the provider on an arrow key (each switch would rebuild the
    // form under the reader): the arrows open it, and Enter or a click there chooses.
    m_typeCombo->installEventFilter(this);
    connect(m_typeCombo, &QComboBox::activated, this, [this](int index) { chooseKind(m_typeCombo->itemData(index).toInt()); });
    describe(m_typeCombo, tr("Which external key management protects the master encryption key."));
    auto *typeRow = new QHBoxLayout;
    typeRow->addWidget(m_typeCombo);
    m_typeIdButton = new QPushButton(tr("Enter the type &id…"));
    m_typeIdButton->setObjectName(QStringLiteral("typeIdButton"));
    describe(m_typeIdButton, tr("Gives the numeric id this server uses for the chosen type, which it has not shown yet."));
    connect(m_typeIdButton, &QPushButton::clicked, this, &ConfigurationPage::askTypeId);
    typeRow->addWidget(m_typeIdButton);
    auto *forgetButton = new QPushButton(tr("Forget what this server told &me…"));
    forgetButton->setObjectName(QStringLiteral("forgetTypesButton"));
    describe(forgetButton, tr("Forgets the type ids remembered for this server's address, without contacting it; the console "
                              "learns them again from its replies."));
    connect(forgetButton, &QPushButton::clicked, this, &ConfigurationPage::forgetTypeIds);
    typeRow->addStretch();
    // "Forget…" on a line of its own: beside the type and "Enter the type id…" it made the page
    // wider than 900 px in German and French, and it scrolled sideways.
    auto *forgetRow = new QHBoxLayout;
    forgetRow->addWidget(forgetButton);
    forgetRow->addStretch();
    auto *typeRows = new QVBoxLayout;
    typeRows->addLayout(typeRow);
    typeRows->addLayout(forgetRow);
    auto *typeLabel = new QLabel(tr("&Type:"));
    typeLabel->setBuddy(m_typeCombo); // a row of a layout gets no buddy of its own
    m_form->addRow(typeLabel, typeRows);
    m_typeNote = new QLabel;
    m_typeNote->setObjectName(QStringLiteral("typeNote"));
    m_typeNote->setWordWrap(true);
    m_typeNote->setTextFormat(Qt::PlainText);
    m_form->addRow(m_typeNote); // the form's whole width, not the field column's
    m_unreportedNote = new QLabel;
    m_unreportedNote->setObjectName(QStringLiteral("unreportedNote"));
    m_unreportedNote->setWordWrap(true);
    m_form->addRow(m_unreportedNote);

    // Space for one problem of two lines is kept under every field, so nothing moves as the
    // messages come and go while typing.
    const int problemHeight = 2 * fontMetrics().lineSpacing() + 2;
    for (const ConfigField::Spec &spec : ConfigField::all()) {
        const int f = spec.id;
        const QString key = spec.jsonName; // widget names follow the wire names: awsKmsKeyArnEdit
        auto *edit = new QLineEdit;
        edit->setObjectName(key + QStringLiteral("Edit"));
        edit->setAccessibleName(spec.label());
        Accessibility::setValidated(edit); // a wrong value is said as the invalid state, with the reason
        edit->setToolTip(spec.hint());
        m_edits[f] = edit;
        auto *problem = new QLabel;
        problem->setObjectName(key + QStringLiteral("Problem"));
        problem->setWordWrap(true);
        problem->setTextFormat(Qt::PlainText);
        problem->setMinimumHeight(problemHeight);
        problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        problem->setStyleSheet(Theme::errorText(this));
        m_problems[f] = problem;
        auto *cell = new QVBoxLayout;
        cell->setSpacing(1);
        auto *line = new QHBoxLayout;
        // A changed field is marked by a sign in a column of its own: the labels keep their weight.
        auto *marker = new QLabel;
        marker->setObjectName(key + QStringLiteral("Changed"));
        marker->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("●")) + 4);
        m_markers[f] = marker;
        line->addWidget(marker);
        line->addWidget(edit);
        if (spec.secret) {
            edit->setEchoMode(QLineEdit::Password);
            edit->setPlaceholderText(tr("type it: the server never sends it back"));
            auto *reveal = new QToolButton;
            reveal->setObjectName(key + QStringLiteral("Reveal"));
            reveal->setText(tr("Show"));
            reveal->setCheckable(true);
            reveal->setAccessibleName(tr("Show what you typed"));
            reveal->setToolTip(tr("Shows only what you typed here; the stored secret is never sent to this console."));
            connect(reveal, &QToolButton::toggled, edit,
                    [edit](bool on) { edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
            line->addWidget(reveal);
            m_reveal[f] = reveal;
        }
        if (spec.emptyMeansSomething)
            edit->setPlaceholderText(tr("empty: always the latest version"));
        cell->addLayout(line);
        cell->addWidget(problem);
        auto *label = new QLabel(tr("%1:").arg(spec.label()));
        label->setBuddy(edit);
        m_labels[f] = label;
        m_form->addRow(label, cell);
    }
    editorLayout->addLayout(m_form);

    // The form shows the model: one mapper for the values, one for the problems.
    m_valueMapper = new QDataWidgetMapper(this);
    m_valueMapper->setOrientation(Qt::Vertical);
    m_valueMapper->setModel(m_service->fields());
    m_valueMapper->setItemDelegate(new KeepCursorDelegate(m_valueMapper));
    m_valueMapper->setSubmitPolicy(QDataWidgetMapper::ManualSubmit);
    m_problemMapper = new QDataWidgetMapper(this);
    m_problemMapper->setOrientation(Qt::Vertical);
    m_problemMapper->setModel(m_service->fields());
    for (int f = 0; f < ConfigField::Count; ++f) {
        m_valueMapper->addMapping(m_edits[f], f);
        m_problemMapper->addMapping(m_problems[f], f, "text");
        connect(m_edits[f], &QLineEdit::textEdited, m_valueMapper, &QDataWidgetMapper::submit);
    }
    m_valueMapper->setCurrentIndex(ConfigFieldsModel::ValueColumn);
    m_problemMapper->setCurrentIndex(ConfigFieldsModel::ProblemColumn);

    auto *buttons = new QHBoxLayout;
    m_saveState = new QLabel;
    m_saveState->setObjectName(QStringLiteral("saveState"));
    m_saveState->setWordWrap(true);
    buttons->addWidget(m_saveState, 1);
    m_defaultsButton = new QPushButton(tr("Load &defaults"));
    m_defaultsButton->setObjectName(QStringLiteral("defaultsButton"));
    m_revertButton = new QPushButton(tr("Rev&ert"));
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_saveButton = new QPushButton(tr("&Save…"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    describe(m_defaultsButton, tr("Fills in the server's defaults for a new configuration, without saving."), false);
    describe(m_revertButton, tr("Puts back the values the server has."), false);
    describe(m_saveButton, tr("Shows what will be sent, then saves it to the server."), false);
    buttons->addWidget(m_defaultsButton);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    editorLayout->addLayout(buttons);
    connect(m_saveButton, &QPushButton::clicked, this, &ConfigurationPage::save);
    connect(m_revertButton, &QPushButton::clicked, this, [this] {
        // "The values the server has": its newer copy, when one came in while editing.
        if (m_service->hasNewerServerCopy())
            m_service->loadServerCopy();
        else
            m_service->fields()->revert();
    });
    connect(m_defaultsButton, &QPushButton::clicked, this, [this] {
        if (confirmDiscard(tr("Loading the defaults replaces what you typed.")))
            m_service->loadDefaults();
    });
    outer->addWidget(editorBox);

    auto *historyBox = new QGroupBox(tr("Change history"));
    auto *historyLayout = new QVBoxLayout(historyBox);
    m_historySearch = new QLineEdit;
    m_historySearch->setObjectName(QStringLiteral("historySearch"));
    m_historySearch->setPlaceholderText(tr("Search the history…"));
    m_historySearch->setAccessibleName(tr("Search the change history"));
    m_historySearch->setClearButtonEnabled(true);
    Accessibility::nameClearButton(m_historySearch);
    historyLayout->addWidget(m_historySearch);
    m_historyDebounce = new QTimer(this);
    m_historyDebounce->setSingleShot(true);
    m_historyDebounce->setInterval(300);
    connect(m_historySearch, &QLineEdit::textChanged, m_historyDebounce, qOverload<>(&QTimer::start));
    connect(m_historyDebounce, &QTimer::timeout, this, [this] { m_service->setHistorySearch(m_historySearch->text().trimmed()); });
    m_historyView = new QTableView;
    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_historyView->setAccessibleName(tr("Configuration change history"));
    m_historyView->setModel(m_service->history());
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setWordWrap(false);
    m_historyView->setTabKeyNavigation(false); // Tab leaves the grid; the arrows move inside it
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->horizontalHeader()->setSectionResizeMode(ConfigAuditModel::DateColumn, QHeaderView::ResizeToContents);
    m_historyView->setColumnWidth(ConfigAuditModel::UserColumn, 160);
    m_historyView->horizontalHeader()->setSortIndicatorShown(true);
    m_historyView->horizontalHeader()->setSectionsClickable(true);
    m_historyView->horizontalHeader()->setSortIndicator(ConfigAuditModel::DateColumn, Qt::DescendingOrder);
    connect(m_historyView->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
        m_service->setHistorySort({ConfigAuditModel::sortName(column), order == Qt::DescendingOrder});
    });
    // Enough rows to read when the page scrolls on a small screen.
    m_historyView->setMinimumHeight(m_historyView->horizontalHeader()->sizeHint().height()
                                    + 5 * m_historyView->verticalHeader()->defaultSectionSize() + 2 * m_historyView->frameWidth());
    historyLayout->addWidget(m_historyView);
    auto *historyColumns = new ColumnFitter(m_historyView, {ConfigAuditModel::DateColumn, ConfigAuditModel::ActionColumn},
                                            {ConfigAuditModel::UserColumn, ConfigAuditModel::NotesColumn}, ConfigAuditModel::NotesColumn);
    describe(m_historySearch, tr("Shows only the changes whose user, action or notes contain this text."), false);
    describe(m_historyView, tr("Changes made to this configuration, newest first. Click a column header to sort."), false);
    auto *pager = new QHBoxLayout;
    m_historyPrev = new QPushButton(tr("&Previous"));
    m_historyPrev->setObjectName(QStringLiteral("historyPrevious"));
    m_historyNext = new QPushButton(tr("&Next"));
    m_historyNext->setObjectName(QStringLiteral("historyNext"));
    m_historyPage = new QLabel;
    m_historyPage->setObjectName(QStringLiteral("historyPageLabel"));
    m_historyPage->setWordWrap(true);
    Accessibility::setRole(m_historyPage, QAccessible::StatusBar);
    QLabel *historySort = Accessibility::addKeyboardSort(m_historyView, [this](int column, Qt::SortOrder order) {
        m_historyView->horizontalHeader()->setSortIndicator(column, order); // asks the server, as a click does
    });
    pager->addWidget(m_historyPage, 1);
    pager->addWidget(historyColumns->chooserButton());
    pager->addWidget(historySort);
    pager->addWidget(m_historyPrev);
    pager->addWidget(m_historyNext);
    historyLayout->addLayout(pager);
    describe(m_historyPrev, tr("Goes to the previous page of the history."));
    describe(m_historyNext, tr("Goes to the next page of the history."));
    connect(m_historyPrev, &QPushButton::clicked, m_service, &ConfigurationService::historyPrevious);
    connect(m_historyNext, &QPushButton::clicked, m_service, &ConfigurationService::historyNext);
    outer->addWidget(historyBox, 1);
}

void ConfigurationPage::reload()
{
    if (!confirmDiscard(tr("Reloading replaces your unsaved changes with what the server has.")))
        return;
    m_service->fields()->revert(); // discarded: the reply replaces the form
    m_service->load();
}

bool ConfigurationPage::hasUnsavedChanges() const
{
    return m_service->fields()->isDirty();
}

void ConfigurationPage::updateHistoryPager()
{
    const ConfigAuditModel *h = m_service->history();
    const PageInfo &info = h->pageInfo();
    m_historyPage->setText(info.total == 0 ? tr("No changes recorded.")
                                           : tr("Page %1 of %2 (%n change(s))", nullptr, int(std::min<qint64>(info.total, INT_MAX)))
                                                 .arg(h->pageNumber())
                                                 .arg(h->pageTotal()));
    m_historyPrev->setEnabled(h->hasPrevious());
    m_historyNext->setEnabled(h->hasNext());
}

bool ConfigurationPage::confirmDiscard(const QString &why)
{
    if (!m_service->fields()->isDirty())
        return true;
    Prompter::Question q;
    q.title = tr("Unsaved changes");
    q.text = tr("The key management configuration has changes that are not saved.");
    q.details = why;
    q.answers = {Prompter::Discard, Prompter::Cancel};
    q.defaultAnswer = Prompter::Cancel;
    return Prompter::ask(this, q) == Prompter::Discard;
}

void ConfigurationPage::chooseKind(int kind)
{
    ConfigFieldsModel *fields = m_service->fields();
    if (kind == kindOther || fields->isReadOnly())
        return;
    fields->setKind(KeyManagementKind(kind)); // focus stays where the user is: the type id button says what is missing
}

bool ConfigurationPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_typeCombo && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
        case Qt::Key_Home:
        case Qt::Key_End:
            if (static_cast<QKeyEvent *>(event)->modifiers() & ~Qt::KeypadModifier & ~Qt::AltModifier)
                break;
            m_typeCombo->showPopup();
            return true;
        default: break;
        }
    }
    if (watched == m_typeCombo && event->type() == QEvent::Wheel)
        return true; // nor does the wheel over it
    return QWidget::eventFilter(watched, event);
}

void ConfigurationPage::askTypeId()
{
    const KeyManagementKind kind = m_service->fields()->kind();
    if (kind == KeyManagementKind::Other)
        return;
    const QString name = m_service->typeName(kind);
    const auto id = Prompter::askNumber(
        this, tr("Type id for %1").arg(name),
        tr("Secret Server stores the type as a number, and these numbers are published nowhere. This server has not shown "
           "which number it uses for %1 yet, so the console will not guess: a wrong number switches the server to another key "
           "provider, or off.\n\nEnter the id only if you know it for certain (from the server's administrator or its web UI). "
           "Once %1 has been set through the web UI, the console learns the id from the server by itself.\n\nThe id of %1:")
            .arg(name),
        0, 1000000, [this, kind](int typed) { return m_service->whyTypeIdRefused(kind, typed); });
    if (!id)
        return;
    const QString refused = m_service->setTypeIdFromAdministrator(kind, *id);
    if (!refused.isEmpty())
        showBanner(tr("Id not taken: %1").arg(refused), Theme::Error, "idRefused");
}

void ConfigurationPage::forgetTypeIds()
{
    const QString host = m_service->session()->host();
    Prompter::Question q;
    q.title = tr("Forget what this server told me");
    q.text = tr("Forget every type id the console remembers for %1?").arg(host);
    q.details = tr("The console learns each type's id from the server's replies and remembers it for this address. If another "
                   "server now answers here, or this one changed its ids, forget them: the console then learns them again from "
                   "the server's next replies and asks you for any it has not shown. Nothing is sent to the server.");
    q.answers = {Prompter::Yes, Prompter::Cancel};
    q.defaultAnswer = Prompter::Cancel;
    if (Prompter::ask(this, q) != Prompter::Yes)
        return;
    const int count = m_service->forgetTypeIds();
    showBanner(tr("Forgot %n type id(s) remembered for %1.", nullptr, count).arg(host), Theme::Neutral, "typeIdsForgotten");
}

void ConfigurationPage::save()
{
    if (!m_service->canSave()) {
        m_service->fields()->revealProblems(); // a save was attempted: every field says what is wrong
        return;
    }
    const QStringList lines = m_service->plan().previewLines();
    Prompter::Question q;
    q.title = tr("Save the key management configuration");
    q.text = tr("Save this whole configuration to %1?").arg(m_service->session()->host());
    q.details = tr("%1\n\nA save replaces the whole configuration; fields of other types are not sent. After a change the server "
                   "enters maintenance mode and re-encrypts every secret key. If the new key cannot be reached, Secret Server cannot "
                   "decrypt secrets: check the values first.")
                    .arg(lines.join(QLatin1Char('\n')));
    q.answers = {Prompter::Save, Prompter::Cancel};
    q.defaultAnswer = Prompter::Cancel;
    q.warning = true;
    if (Prompter::ask(this, q) != Prompter::Save)
        return;
    showBanner(QString(), Theme::Neutral);
    m_service->save();
}

void ConfigurationPage::onSaved(const SaveOutcome &outcome)
{
    if (!outcome.typeAsAsked) {
        showBanner(outcome.mismatchText(), Theme::Error, "differentType");
        return;
    }
    // Only what is true now: the maintenance, while it lasts, is the maintenance line's to say.
    showBanner(tr("Saved."), Theme::Success, "saved");
    m_savedBanner = true;
}

void ConfigurationPage::showBanner(const QString &text, int tone, const char *kind)
{
    m_banner->setProperty("kind", text.isEmpty() ? QString() : QString::fromLatin1(kind));
    m_savedBanner = false;
    m_refusedWhileRunning = false;
    m_typesContradicted = false;
    m_banner->setText(text);
    QWidget *focused = window()->focusWidget();
    if (focused && focused == m_banner && text.isEmpty()) // before it hides, or Qt moves the keyboard on to a setting
        (m_saveButton->isEnabled() ? static_cast<QWidget *>(m_saveButton) : m_saveState)->setFocus(Qt::OtherFocusReason);
    m_banner->setVisible(!text.isEmpty());
    if (focused && focused == m_saveState && !text.isEmpty())
        m_banner->setFocus(Qt::OtherFocusReason); // what came of the save, heard
    m_banner->setStyleSheet(Theme::banner(Theme::Tone(tone), this));
}

QString ConfigurationPage::serverCopyText() const
{
    return m_serverCopyNote->isVisibleTo(this) ? m_serverCopyText->text() : QString();
}

QString ConfigurationPage::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

QString ConfigurationPage::bannerKind() const
{
    return m_banner->isVisibleTo(this) ? m_banner->property("kind").toString() : QString();
}

QString ConfigurationPage::typeNoteText() const
{
    return m_typeNote->isVisibleTo(this) ? m_typeNote->text() : QString();
}

void ConfigurationPage::onFailed(int operation, const ApiError &error)
{
    switch (ConfigurationService::Operation(operation)) {
    case ConfigurationService::Load:
        showBanner(tr("Could not load the configuration: %1").arg(error.message()), Theme::Error, "loadFailed");
        break;
    case ConfigurationService::LoadDefaults:
        showBanner(tr("Could not load the defaults: %1").arg(error.message()), Theme::Error, "defaultsFailed");
        break;
    case ConfigurationService::Save: {
        QString text = tr("Not saved: %1").arg(error.message());
        const QStringList unplaced = m_service->fields()->setServerErrors(error.fieldErrors());
        if (!unplaced.isEmpty())
            text += QLatin1Char('\n') + unplaced.join(QLatin1Char('\n'));
        text += QLatin1Char('\n') + tr("Your changes are kept; correct them or try Save again.");
        showBanner(text, Theme::Error, "notSaved");
        // Refused because a secret-key rotation runs: say so, with its progress.
        if (m_secretKeys) {
            m_secretKeys->explainRefusal(error, this, [this](const QString &explained) {
                if (explained.isEmpty())
                    return;
                showBanner(tr("Not saved. %1").arg(explained) + QLatin1Char('\n') + tr("Your changes are kept."), Theme::Error, "notSaved");
                m_refusedWhileRunning = true; // kept true to what it says: see syncState
                syncState();
            });
        }
        break;
    }
    case ConfigurationService::History:
        m_historyPage->setText(error.kind() == ApiError::NotFound ? tr(
                                   "This server keeps no configuration history that the API can read (it has no config/audit endpoint).")
                                                                  : tr("Could not load the history: %1").arg(error.message()));
        break;
    }
}

void ConfigurationPage::syncTypes()
{
    const ConfigFieldsModel *fields = m_service->fields();
    // A type the server named that this console does not know is shown as written, read-only.
    const int otherIndex = m_typeCombo->findData(kindOther);
    const bool loadedOther = fields->hasLoaded() && fields->loadedKind() == KeyManagementKind::Other;
    if (loadedOther && otherIndex < 0)
        m_typeCombo->addItem(QString(), kindOther);
    else if (!loadedOther && otherIndex >= 0)
        m_typeCombo->removeItem(otherIndex);
    for (int i = 0; i < m_typeCombo->count(); ++i)
        m_typeCombo->setItemText(i, SafeText::oneLine(m_service->typeName(KeyManagementKind(m_typeCombo->itemData(i).toInt()))));
    syncState();
}

void ConfigurationPage::syncRows(int first, int last)
{
    const ConfigFieldsModel *fields = m_service->fields();
    for (int f = std::max(first, 0); f <= std::min(last, int(ConfigField::Count) - 1); ++f) {
        const auto field = ConfigField::Id(f);
        const ConfigField::Spec &spec = ConfigField::spec(field);
        const bool visible = fields->isVisible(field);
        m_form->setRowVisible(m_labels[f], visible);
        m_edits[f]->setReadOnly(fields->isReadOnly());
        const QString problem = fields->problem(field);
        // What the field takes, and what is wrong with it now.
        Accessibility::setInvalid(m_edits[f], problem, spec.hint());
        // Before it is typed in (or Save attempted), what it needs is a neutral hint, not an error.
        const QString need = fields->need(field);
        m_problems[f]->setText(problem.isEmpty() ? need : problem);
        m_problems[f]->setStyleSheet(problem.isEmpty() ? QString() : Theme::errorText(this));
        const bool dirty = fields->isDirty(field);
        m_markers[f]->setText(dirty ? QStringLiteral("●") : QString());
        m_markers[f]->setToolTip(dirty ? tr("Changed, not saved yet") : QString());
        if (m_reveal[f]) {
            const bool empty = fields->value(field).isEmpty();
            m_reveal[f]->setEnabled(!empty);
            if (empty)
                m_reveal[f]->setChecked(false);
        }
    }
}

void ConfigurationPage::followSecretKeys(SecretKeyMonitor *monitor)
{
    m_secretKeys = monitor;
    m_secretKeyPanel = new SecretKeyPanel(monitor);
    auto *outer = qobject_cast<QVBoxLayout *>(m_maintenance->parentWidget()->layout());
    const int at = outer ? outer->indexOf(m_maintenance) + 1 : -1;
    auto *kms = new QPushButton(tr("The AWS &KMS key was rotated…"));
    kms->setObjectName(QStringLiteral("kmsKeyRotatedButton"));
    describe(kms, tr("After the AWS KMS key itself was rotated, Delinea advises a secret-key rotation so that secrets move to the "
                     "new key version. This offers one; nothing is guessed."));
    kms->setWhatsThis(kms->toolTip()); // what it does, for the tooltip again once the reason it was disabled has gone
    m_kmsRotatedButton = kms;
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(kms);
    if (outer) {
        outer->insertWidget(at, m_secretKeyPanel);
        outer->insertLayout(at + 1, row);
        // Read (and tabbed) where it is shown, after the maintenance line, not after the history.
        if (QLayoutItem *next = outer->itemAt(at + 2); next && next->widget()) {
            m_secretKeyPanel->stackUnder(next->widget());
            kms->stackUnder(next->widget());
        }
        if (auto *checkNow = m_maintenance->findChild<QPushButton *>(QStringLiteral("maintenanceCheckButton")))
            QWidget::setTabOrder(checkNow, kms);
    }
    connect(kms, &QPushButton::clicked, this, &ConfigurationPage::offerSecretKeyRotationAfterKmsRotation);
    connect(monitor, &SecretKeyMonitor::statusChanged, this, &ConfigurationPage::syncState);
    syncState();
}

bool ConfigurationPage::offerSecretKeyRotationAfterKmsRotation()
{
    if (!m_secretKeys)
        return false;
    const QString why = m_secretKeys->whyNotStart();
    if (!why.isEmpty()) {
        Prompter::inform(this, tr("Rotate secret keys"), why, true);
        return false;
    }
    // The panel asks for the host name and sends one start.
    return m_secretKeyPanel->rotate();
}

void ConfigurationPage::syncState()
{
    const ConfigFieldsModel *fields = m_service->fields();
    const KeyManagementKind kind = fields->kind();
    const Session *session = m_service->session();
    if ((m_typeCombo->findData(kindOther) >= 0) != (fields->hasLoaded() && fields->loadedKind() == KeyManagementKind::Other))
        return syncTypes();
    m_typeCombo->setCurrentIndex(m_typeCombo->findData(int(kind)));
    m_typeCombo->setEnabled(!fields->isReadOnly() && fields->hasLoaded());
    m_readOnlyNote->setVisible(fields->isReadOnly());
    m_maintenance->setVisible(session->server()->inMaintenance());
    if (m_secretKeyPanel) {
        // The secret-key rotation is shown while it runs, after a save, or once a run is known.
        const bool running = m_secretKeys->isRotationRunning();
        // Shown while one runs, and after a save here until the page is left behind: how the run
        // the save started ended stays in view.
        m_savedThisSession = m_savedThisSession || session->server()->inMaintenance();
        // A run that is known (whoever started it) keeps its last-run line here, as on Rotation and History.
        const SecretKeyRotationStatus &status = m_secretKeys->status();
        const bool runKnown = m_secretKeys->hasStatus() && (status.lastRequestUtc.isValid() || status.lastRunUtc.isValid());
        m_secretKeyPanel->setVisible(running || session->server()->inMaintenance() || m_savedThisSession || runKnown);
        m_kmsRotatedButton->setVisible(fields->loadedKind() == KeyManagementKind::AwsKms);
        const QString whyNotKms = fields->isReadOnly() ? tr("Your account may not change the configuration.") : m_secretKeys->whyNotStart();
        // Its dialog confirmed, the keyboard goes to the run it started (the panel), never on to a setting.
        if (!whyNotKms.isEmpty() && window()->focusWidget() == m_kmsRotatedButton)
            (m_secretKeyPanel->isVisibleTo(this) ? static_cast<QWidget *>(m_secretKeyPanel) : m_saveState)->setFocus(Qt::OtherFocusReason);
        m_kmsRotatedButton->setEnabled(whyNotKms.isEmpty());
        m_kmsRotatedButton->setToolTip(whyNotKms.isEmpty() ? m_kmsRotatedButton->whatsThis() : whyNotKms);
        m_kmsRotatedButton->setAccessibleDescription(m_kmsRotatedButton->toolTip()); // a reader hears why it is disabled, too
    }

    // A save refused while a secret-key rotation ran says only what is true now: the run's
    // progress while it runs and the changes are kept; nothing once it has ended or they were put back.
    if (m_refusedWhileRunning) {
        if (session->server()->secretKeyRotationRunning().isEmpty() || !fields->isDirty())
            showBanner(QString(), Theme::Neutral);
        else if (m_secretKeys && m_secretKeys->hasStatus())
            m_banner->setText(tr("Not saved. %1").arg(SecretKeyText::refusedWhileRunning(m_secretKeys->status())) + QLatin1Char('\n')
                              + tr("Your changes are kept."));
    }

    // The type's id: learned from the server, given by the administrator, or not known.
    QString note;
    const bool editable = kind != KeyManagementKind::Other && kind != fields->loadedKind();
    const auto id = m_service->typeIdFor(kind);
    if (kind == KeyManagementKind::Other && fields->hasLoaded())
        note = tr("The server uses \"%1\", a type this console cannot edit. It is shown as the server reports it.")
                   .arg(m_service->typeName(KeyManagementKind::Other));
    else if (editable && !id)
        note = tr("The server has not shown which id it uses for %1, and the ids are published nowhere. Enter the id, or set the "
                  "type once in the web UI so that the console learns it.")
                   .arg(m_service->typeName(kind));
    else if (editable && !m_service->typeIdShownByServer(kind))
        note = tr("%1 will be sent as id %2, as you gave it; the server has not confirmed it yet.").arg(m_service->typeName(kind)).arg(*id);
    m_typeNote->setText(note);
    m_form->setRowVisible(m_typeNote, !note.isEmpty());
    const bool askId = editable && !m_service->typeIdShownByServer(kind) && !fields->isReadOnly();
    if (!askId && m_typeIdButton->hasFocus())
        m_typeCombo->setFocus(Qt::OtherFocusReason); // the id given, the keyboard goes back to the type, never nowhere
    m_typeIdButton->setVisible(askId);

    // Azure Key Vault: the published model reports none of it, so every field must be typed.
    QString unreported;
    if (kind == KeyManagementKind::AzureKeyVault && !fields->unreportedFields().isEmpty())
        unreported = tr("The server does not report its Azure Key Vault settings (the published API has no fields for them), so "
                        "they start empty. To save, type in every field, the secret included: a save replaces the whole "
                        "configuration. A tenant id and settings specific to Managed HSM cannot be set through this API; use the "
                        "web UI for them.");
    else if (kind == KeyManagementKind::AwsKms)
        unreported =
            tr("The server never sends the secret access key back; type it to save, because a save replaces the whole configuration.");
    m_unreportedNote->setText(unreported);
    m_form->setRowVisible(m_unreportedNote, !unreported.isEmpty());

    // A banner describes the current state: "Saved" goes once editing starts again.
    if (m_savedBanner && fields->isDirty())
        showBanner(QString(), Theme::Neutral);

    const QString whyNot = m_service->whyCannotSave();
    // After the save preview the keyboard stays by Save: on the banner or the line that says why
    // Save is disabled, and back on Save when it can be pressed again; never on to a setting or
    // the history search, where Qt would move it.
    if (QWidget *focused = window()->focusWidget()) {
        const bool bannerShown = m_banner->isVisibleTo(this);
        if (focused == m_saveButton && !whyNot.isEmpty())
            (bannerShown ? m_banner : m_saveState)->setFocus(Qt::OtherFocusReason);
        else if (focused == m_saveState && (whyNot.isEmpty() || bannerShown))
            (whyNot.isEmpty() ? static_cast<QWidget *>(m_saveButton) : m_banner)->setFocus(Qt::OtherFocusReason);
    }
    m_saveButton->setEnabled(whyNot.isEmpty());
    m_saveButton->setToolTip(whyNot.isEmpty() ? tr("Shows what will be sent, then saves it to the server.") : whyNot);
    m_saveButton->setAccessibleDescription(m_saveButton->toolTip()); // a reader hears why it is disabled, too
    const bool saving = m_service->isSaving();
    m_revertButton->setEnabled(fields->isDirty() && !saving);
    m_revertButton->setToolTip(fields->isDirty() ? tr("Puts back the values the server has.") : tr("Nothing has changed."));
    const bool defaults = !fields->isReadOnly() && fields->hasLoaded() && !saving;
    m_defaultsButton->setEnabled(defaults);
    m_defaultsButton->setToolTip(defaults               ? tr("Fills in the server's defaults for a new configuration, without saving.")
                                 : fields->isReadOnly() ? tr("Your account may not change the configuration.")
                                                        : tr("The configuration has not loaded yet."));
    QString state;
    if (saving)
        state = tr("Saving…");
    else if (m_service->isLoading())
        state = tr("Loading…");
    else if (fields->isDirty())
        state = whyNot.isEmpty() ? tr("Unsaved changes.") : whyNot;
    m_saveState->setText(state);
}

} // namespace km
