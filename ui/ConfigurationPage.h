#pragma once

#include "api/ApiError.h"
#include "AuditQuery.h"
#include "ConfigFieldsModel.h"

#include <QWidget>

class ApiClient;
class ConfigAuditModel;
class ConfigurationService;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

// The key management configuration editor: the type, exactly the fields that type needs with
// what is wrong with each, Save (with a preview of what changes), Revert, Load defaults, and the
// change history under it. Edits live in ConfigFieldsModel and survive failed saves and expired
// sessions.
class ConfigurationPage : public QWidget
{
    Q_OBJECT

public:
    ConfigurationPage(ApiClient *client, QWidget *parent = nullptr);

    ConfigFieldsModel *fields() const { return m_fields; }
    ConfigAuditModel *history() const { return m_history; }
    ConfigurationService *service() const { return m_service; }

    void reload();                  // server state; asks first when there are unsaved edits
    void setCanAdminister(bool can); // false: the account may view, not change
    bool hasUnsavedChanges() const { return m_fields->isDirty(); }
    // Asks whether to discard unsaved edits; true when there are none or the user agrees.
    bool confirmDiscard(const QString &why);
    void save(); // as the Save button: preview, then one PUT
    QString bannerText() const;

private:
    void buildUi();
    void syncFromModel();
    void onKindChosen(int index);
    void showBanner(const QString &text, bool error);
    void onFailed(int operation, const ApiError &error);
    void loadHistory();
    void updateHistoryPager();

    ApiClient *m_client;
    ConfigFieldsModel *m_fields;
    ConfigAuditModel *m_history;
    ConfigurationService *m_service;
    bool m_canAdminister = true;

    QLabel *m_banner;
    QLabel *m_readOnlyNote;
    QComboBox *m_typeCombo;
    QFormLayout *m_form;
    QLineEdit *m_edits[ConfigFieldsModel::FieldCount] = {};
    QLabel *m_problems[ConfigFieldsModel::FieldCount] = {};
    QLabel *m_labels[ConfigFieldsModel::FieldCount] = {};
    QToolButton *m_reveal[ConfigFieldsModel::FieldCount] = {};
    QLabel *m_otherTypeNote;
    QPushButton *m_saveButton;
    QPushButton *m_revertButton;
    QPushButton *m_defaultsButton;
    QLabel *m_saveState;

    QLineEdit *m_historySearch;
    QTimer *m_historyDebounce;
    QTableView *m_historyView;
    QPushButton *m_historyPrev;
    QPushButton *m_historyNext;
    QLabel *m_historyPage;
    ConfigAuditQuery m_historyQuery;
};
