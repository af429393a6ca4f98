#include "ConfigurationPage.h"

#include "Accessibility.h"
#include "Theme.h"
#include "api/ApiClient.h"
#include "ConfigAuditModel.h"
#include "services/ConfigurationService.h"
#include "Prompter.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>


ConfigurationPage::ConfigurationPage(ApiClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_fields(new ConfigFieldsModel(this)), m_history(new ConfigAuditModel(this)),
      m_service(new ConfigurationService(client, this))
{
    setObjectName(QStringLiteral("configurationPage"));
    buildUi();
    m_historyQuery.take = 10;
    m_historyQuery.sort = {QStringLiteral("dateRecorded"), true};

    connect(m_fields, &ConfigFieldsModel::dataChanged, this, &ConfigurationPage::syncFromModel);
    connect(m_fields, &ConfigFieldsModel::modelReset, this, &ConfigurationPage::syncFromModel);
    connect(m_fields, &ConfigFieldsModel::stateChanged, this, &ConfigurationPage::syncFromModel);
    connect(m_service, &ConfigurationService::busyChanged, this, &ConfigurationPage::syncFromModel);
    connect(m_service, &ConfigurationService::loaded, this, [this](const KeyManagementConfig &c) {
        m_fields->load(c);
        showBanner(QString(), false);
    });
    connect(m_service, &ConfigurationService::defaultsLoaded, this, [this](const KeyManagementConfig &stub) {
        m_fields->applyDefaults(stub);
        showBanner(tr("Defaults loaded from the server. Nothing is saved until you click Save."), false);
    });
    connect(m_service, &ConfigurationService::saved, this, [this](const KeyManagementConfig &c) {
        m_fields->load(c);
        showBanner(tr("Saved. The server now enters maintenance mode and re-encrypts the secret keys; "
                      "another change is refused until that finishes."), false);
        loadHistory();
    });
    connect(m_service, &ConfigurationService::historyLoaded, this, [this](const Page<ConfigAuditRecord> &page) {
        m_history->setPage(page);
        updateHistoryPager();
    });
    connect(m_service, &ConfigurationService::failed, this,
            [this](ConfigurationService::Operation op, const ApiError &error) { onFailed(int(op), error); });
    syncFromModel();
}

void ConfigurationPage::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("configBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setAccessibleName(tr("Configuration messages"));
    m_banner->hide();
    outer->addWidget(m_banner);
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
    m_typeCombo->addItem(tr("None (off)"), int(KeyManagementKind::None));
    m_typeCombo->addItem(tr("AWS KMS"), int(KeyManagementKind::AwsKms));
    m_typeCombo->addItem(tr("Azure Key Vault"), int(KeyManagementKind::AzureKeyVault));
    connect(m_typeCombo, &QComboBox::activated, this, &ConfigurationPage::onKindChosen);
    describe(m_typeCombo, tr("Which external key management protects the master encryption key."));
    m_form->addRow(tr("&Type:"), m_typeCombo);
    m_otherTypeNote = new QLabel;
    m_otherTypeNote->setObjectName(QStringLiteral("otherTypeNote"));
    m_otherTypeNote->setWordWrap(true);
    m_form->addRow(QString(), m_otherTypeNote);

    static const char *const objectNames[ConfigFieldsModel::FieldCount] = {
        "awsAccessKeyIdEdit", "awsSecretAccessKeyEdit", "awsKeyArnEdit", "awsKeyIdEdit", "azureBaseUrlEdit",
        "azureKeyNameEdit", "azureKeyVersionEdit", "azurePrincipalIdEdit", "azurePrincipalSecretEdit"};
    for (int f = 0; f < ConfigFieldsModel::FieldCount; ++f) {
        const auto field = ConfigFieldsModel::Field(f);
        auto *edit = new QLineEdit;
        edit->setObjectName(QLatin1String(objectNames[f]));
        edit->setAccessibleName(ConfigFieldsModel::label(field));
        m_edits[f] = edit;
        edit->setToolTip(ConfigFieldsModel::hint(field));
        auto *problem = new QLabel;
        problem->setObjectName(QString::fromLatin1(objectNames[f]).replace(QLatin1String("Edit"), QLatin1String("Problem")));
        problem->setWordWrap(true);
        problem->setStyleSheet(Theme::errorText(this));
        problem->setAccessibleName(tr("Problem with %1").arg(ConfigFieldsModel::label(field)));
        m_problems[f] = problem;
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        auto *line = new QHBoxLayout;
        line->addWidget(edit);
        if (ConfigFieldsModel::isSecret(field)) {
            edit->setEchoMode(QLineEdit::Password);
            edit->setPlaceholderText(tr("unchanged"));
            auto *reveal = new QToolButton;
            reveal->setObjectName(QString::fromLatin1(objectNames[f]).replace(QLatin1String("Edit"), QLatin1String("Reveal")));
            reveal->setText(tr("Show"));
            reveal->setCheckable(true);
            reveal->setAccessibleName(tr("Show what you typed"));
            reveal->setToolTip(tr("Shows only what you typed here; the stored secret is never sent to this console."));
            connect(reveal, &QToolButton::toggled, edit, [edit](bool on) {
                edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
            });
            line->addWidget(reveal);
            m_reveal[f] = reveal;
        }
        if (field == ConfigFieldsModel::AzureKeyVersion)
            edit->setPlaceholderText(tr("empty: always the latest version"));
        cell->addLayout(line);
        cell->addWidget(problem);
        auto *label = new QLabel(ConfigFieldsModel::label(field) + QLatin1Char(':'));
        label->setBuddy(edit);
        m_labels[f] = label;
        m_form->addRow(label, cell);
        connect(edit, &QLineEdit::textEdited, this, [this, field](const QString &text) { m_fields->setValue(field, text); });
    }
    editorLayout->addLayout(m_form);

    auto *buttons = new QHBoxLayout;
    m_saveState = new QLabel;
    m_saveState->setObjectName(QStringLiteral("saveState"));
    buttons->addWidget(m_saveState, 1);
    m_defaultsButton = new QPushButton(tr("Load &defaults"));
    m_defaultsButton->setObjectName(QStringLiteral("defaultsButton"));
    m_defaultsButton->setToolTip(tr("Fill in the server's defaults for a new configuration, without saving."));
    m_revertButton = new QPushButton(tr("Re&vert"));
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_saveButton = new QPushButton(tr("&Save…"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    describe(m_revertButton, tr("Puts back the values the server has."));
    describe(m_saveButton, tr("Shows what will change, then saves it to the server."), false);
    buttons->addWidget(m_defaultsButton);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    editorLayout->addLayout(buttons);
    connect(m_saveButton, &QPushButton::clicked, this, &ConfigurationPage::save);
    connect(m_revertButton, &QPushButton::clicked, m_fields, &ConfigFieldsModel::revert);
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
    historyLayout->addWidget(m_historySearch);
    m_historyDebounce = new QTimer(this);
    m_historyDebounce->setSingleShot(true);
    m_historyDebounce->setInterval(300);
    connect(m_historySearch, &QLineEdit::textChanged, m_historyDebounce, qOverload<>(&QTimer::start));
    connect(m_historyDebounce, &QTimer::timeout, this, [this] {
        m_historyQuery.searchText = m_historySearch->text().trimmed();
        m_historyQuery.skip = 0;
        loadHistory();
    });
    m_historyView = new QTableView;
    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_historyView->setAccessibleName(tr("Configuration change history"));
    m_historyView->setModel(m_history);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setWordWrap(false);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->horizontalHeader()->setSectionResizeMode(ConfigAuditModel::DateColumn, QHeaderView::ResizeToContents);
    m_historyView->setColumnWidth(ConfigAuditModel::UserColumn, 180);
    m_historyView->horizontalHeader()->setSortIndicatorShown(true);
    m_historyView->horizontalHeader()->setSectionsClickable(true);
    m_historyView->horizontalHeader()->setSortIndicator(ConfigAuditModel::DateColumn, Qt::DescendingOrder);
    connect(m_historyView->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
        m_historyQuery.sort = {ConfigAuditModel::sortName(column), order == Qt::DescendingOrder};
        m_historyQuery.skip = 0;
        loadHistory();
    });
    historyLayout->addWidget(m_historyView);
    describe(m_historySearch, tr("Shows only the changes whose user, action or notes contain this text."), false);
    describe(m_historyView, tr("Changes made to this configuration, newest first. Click a column header to sort."), false);
    auto *pager = new QHBoxLayout;
    m_historyPrev = new QPushButton(tr("&Previous"));
    m_historyPrev->setObjectName(QStringLiteral("historyPrevious"));
    m_historyNext = new QPushButton(tr("&Next"));
    m_historyNext->setObjectName(QStringLiteral("historyNext"));
    m_historyPage = new QLabel;
    m_historyPage->setObjectName(QStringLiteral("historyPageLabel"));
    pager->addWidget(m_historyPage, 1);
    pager->addWidget(m_historyPrev);
    pager->addWidget(m_historyNext);
    historyLayout->addLayout(pager);
    describe(m_historyPrev, tr("Goes to the previous page of the history."));
    describe(m_historyNext, tr("Goes to the next page of the history."));
    connect(m_historyPrev, &QPushButton::clicked, this, [this] {
        m_historyQuery.skip = std::max<qint64>(0, m_historyQuery.skip - m_historyQuery.take);
        loadHistory();
    });
    connect(m_historyNext, &QPushButton::clicked, this, [this] {
        m_historyQuery.skip += m_historyQuery.take;
        loadHistory();
    });
    outer->addWidget(historyBox, 1);
}

void ConfigurationPage::reload()
{
    if (!confirmDiscard(tr("Reloading replaces your unsaved changes with what the server has.")))
        return;
    m_service->load();
    loadHistory();
}

void ConfigurationPage::loadHistory()
{
    m_service->loadHistory(m_historyQuery);
}

void ConfigurationPage::updateHistoryPager()
{
    const PageInfo &info = m_history->pageInfo();
    m_historyPage->setText(info.total == 0 ? tr("No changes recorded.")
                                           : tr("Page %1 of %2 (%n change(s))", nullptr, int(info.total))
                                                 .arg(info.currentPage).arg(info.pageCount));
    m_historyPrev->setEnabled(info.hasPrev);
    m_historyNext->setEnabled(info.hasNext);
}

void ConfigurationPage::setCanAdminister(bool can)
{
    m_canAdminister = can;
    m_fields->setReadOnly(!can);
    m_readOnlyNote->setVisible(!can);
}

bool ConfigurationPage::confirmDiscard(const QString &why)
{
    if (!m_fields->isDirty())
        return true;
    Prompter::Question q;
    q.title = tr("Unsaved changes");
    q.text = tr("The key management configuration has changes that are not saved.");
    q.details = why;
    q.answers = {Prompter::Discard, Prompter::Cancel};
    q.defaultAnswer = Prompter::Cancel;
    return Prompter::ask(this, q) == Prompter::Discard;
}

void ConfigurationPage::save()
{
    if (!m_fields->canSave() || m_service->isSaving())
        return;
    QStringList lines;
    for (const ConfigFieldsModel::Change &c : m_fields->changes()) {
        if (c.secret)
            lines << tr("%1: changed").arg(c.label);
        else
            lines << tr("%1: \"%2\" → \"%3\"").arg(c.label, c.before, c.after);
    }
    Prompter::Question q;
    q.title = tr("Save the key management configuration");
    q.text = tr("Save these changes to %1?").arg(m_client->baseUrl().host());
    q.details = tr("%1\n\nAfter a change the server enters maintenance mode and re-encrypts every secret key. "
                   "If the new key cannot be reached, Secret Server cannot decrypt secrets: check the values first.")
                    .arg(lines.join(QLatin1Char('\n')));
    q.answers = {Prompter::Save, Prompter::Cancel};
    q.defaultAnswer = Prompter::Cancel;
    q.warning = true;
    if (Prompter::ask(this, q) != Prompter::Save)
        return;
    showBanner(QString(), false);
    m_service->save(m_fields->toUpdate());
}

void ConfigurationPage::onKindChosen(int index)
{
    m_fields->setKind(KeyManagementKind(m_typeCombo->itemData(index).toInt()));
}

void ConfigurationPage::showBanner(const QString &text, bool error)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
    m_banner->setStyleSheet(Theme::banner(error ? Theme::Error : Theme::Success, this));
}

QString ConfigurationPage::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void ConfigurationPage::onFailed(int operation, const ApiError &error)
{
    switch (ConfigurationService::Operation(operation)) {
    case ConfigurationService::Load:
        showBanner(tr("Could not load the configuration: %1").arg(error.message()), true);
        break;
    case ConfigurationService::LoadDefaults:
        showBanner(tr("Could not load the defaults: %1").arg(error.message()), true);
        break;
    case ConfigurationService::Save: {
        QString text = tr("Not saved: %1").arg(error.message());
        const QStringList unplaced = m_fields->setServerErrors(error.fieldErrors());
        if (!unplaced.isEmpty())
            text += QLatin1Char('\n') + unplaced.join(QLatin1Char('\n'));
        text += QLatin1Char('\n') + tr("Your changes are kept; correct them or try Save again.");
        showBanner(text, true);
        break;
    }
    case ConfigurationService::History:
        m_historyPage->setText(tr("Could not load the history: %1").arg(error.message()));
        break;
    }
}

void ConfigurationPage::syncFromModel()
{
    const KeyManagementKind kind = m_fields->kind();
    // The type list offers a type the server named that this console does not know, read-only.
    const int otherIndex = m_typeCombo->findData(int(KeyManagementKind::Other));
    if (kind == KeyManagementKind::Other && otherIndex < 0)
        m_typeCombo->addItem(m_fields->kindName(KeyManagementKind::Other), int(KeyManagementKind::Other));
    else if (kind != KeyManagementKind::Other && otherIndex >= 0 && m_fields->loaded().kind() != KeyManagementKind::Other)
        m_typeCombo->removeItem(otherIndex);
    for (int i = 0; i < m_typeCombo->count(); ++i)
        m_typeCombo->setItemText(i, m_fields->kindName(KeyManagementKind(m_typeCombo->itemData(i).toInt())));
    m_typeCombo->setCurrentIndex(m_typeCombo->findData(int(kind)));
    m_typeCombo->setEnabled(!m_fields->isReadOnly() && m_fields->hasLoaded());
    const bool other = kind == KeyManagementKind::Other;
    m_otherTypeNote->setText(other ? tr("The server uses \"%1\", a type this console cannot edit. It is shown as it is.")
                                         .arg(m_fields->loaded().typeName)
                                   : QString());
    m_form->setRowVisible(m_otherTypeNote, other);

    for (int f = 0; f < ConfigFieldsModel::FieldCount; ++f) {
        const auto field = ConfigFieldsModel::Field(f);
        const bool visible = m_fields->isVisible(field);
        m_form->setRowVisible(m_labels[f], visible);
        if (m_edits[f]->text() != m_fields->value(field))
            m_edits[f]->setText(m_fields->value(field));
        m_edits[f]->setReadOnly(m_fields->isReadOnly());
        const QString problem = m_fields->problem(field);
        m_problems[f]->setText(problem);
        m_problems[f]->setVisible(!problem.isEmpty());
        // What the field takes, and what is wrong with it now.
        m_edits[f]->setAccessibleDescription(problem.isEmpty() ? ConfigFieldsModel::hint(field)
                                                               : tr("%1 %2").arg(problem, ConfigFieldsModel::hint(field)));
        QFont font = m_labels[f]->font();
        font.setBold(m_fields->isDirty(field));
        m_labels[f]->setFont(font);
        if (m_reveal[f]) {
            m_reveal[f]->setEnabled(!m_fields->value(field).isEmpty());
            if (m_fields->value(field).isEmpty())
                m_reveal[f]->setChecked(false);
        }
    }
    const bool saving = m_service->isSaving();
    m_saveButton->setEnabled(m_fields->canSave() && !saving);
    m_revertButton->setEnabled(m_fields->isDirty() && !saving);
    m_defaultsButton->setEnabled(!m_fields->isReadOnly() && m_fields->hasLoaded() && !saving);
    QString state;
    if (saving)
        state = tr("Saving…");
    else if (m_service->isLoading())
        state = tr("Loading…");
    else if (m_fields->isDirty() && !m_fields->isValid())
        state = tr("Correct the marked fields to save.");
    else if (m_fields->isDirty())
        state = tr("Unsaved changes.");
    m_saveState->setText(state);
    QString saveWhy;
    if (m_fields->isReadOnly())
        saveWhy = tr("Your account may not change the configuration.");
    else if (!m_fields->isDirty())
        saveWhy = tr("Nothing has changed.");
    else if (!m_fields->isValid())
        saveWhy = tr("Some fields are not valid.");
    m_saveButton->setToolTip(saveWhy);
}
