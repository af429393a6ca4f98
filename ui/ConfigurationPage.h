#pragma once

#include "models/ConfigField.h"

#include <QWidget>

class QComboBox;
class QDataWidgetMapper;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace km {

class ApiError;
class ConfigurationService;
class SecretKeyMonitor;
class SecretKeyPanel;
struct SaveOutcome;

// The key management configuration editor, a view of ConfigurationService: the type (named as
// the server names it), exactly the fields that type needs, bound to the service's field model,
// with what is wrong with each in space kept for it; Save (with a preview of the whole
// configuration that will be sent), Revert, Load defaults, the maintenance that follows a save,
// and the change history under it. Edits survive failed saves and ended sessions.
class ConfigurationPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConfigurationPage(ConfigurationService *service, QWidget *parent = nullptr);

    ConfigurationService *service() const { return m_service; }
    void reload(); // server state; asks first when there are unsaved edits
    bool hasUnsavedChanges() const;
    // Asks whether to discard unsaved edits; true when there are none or the user agrees.
    bool confirmDiscard(const QString &why);
    void save(); // as the Save button: preview, then one PUT
    // After a save, the page follows the secret-key rotation it started (and says a refused save
    // was refused because one runs); "The AWS KMS key was rotated…" offers one.
    void followSecretKeys(SecretKeyMonitor *monitor);
    SecretKeyPanel *secretKeyPanel() const { return m_secretKeyPanel; }
    bool offerSecretKeyRotationAfterKmsRotation(); // as the button: explains, then asks for the host name
    void chooseKind(int kind);                     // as picking a type in the list (a KeyManagementKind)
    QString bannerText() const;
    // What the banner says, in a word that stays in every language (empty when none is shown):
    // "saved", "notSaved", "differentType", "loadFailed", "defaultsFailed", "defaultsLoaded",
    // "typesContradicted", "typeIdsForgotten", "idRefused". Also the banner's "kind" property.
    QString bannerKind() const;
    QString serverCopyText() const; // the notice that the server's copy changed while editing; empty when none
    QString typeNoteText() const;

Q_SIGNALS:
    void maintenanceCheckRequested(); // "Check now" while the server re-encrypts

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void syncState();
    void syncRows(int first, int last);
    void syncTypes();
    void showBanner(const QString &text, int tone, const char *kind = "");
    void onFailed(int operation, const ApiError &error);
    void onSaved(const SaveOutcome &outcome);
    void askTypeId();
    void forgetTypeIds();
    void updateHistoryPager();

    ConfigurationService *m_service = nullptr;
    QDataWidgetMapper *m_valueMapper = nullptr;
    QDataWidgetMapper *m_problemMapper = nullptr;
    bool m_typesContradicted = false; // said in the banner; the load that follows keeps it
    bool m_savedBanner = false;
    bool m_refusedWhileRunning = false; // the banner is a save refused while a secret-key rotation ran

    QLabel *m_banner = nullptr;
    SecretKeyMonitor *m_secretKeys = nullptr;
    SecretKeyPanel *m_secretKeyPanel = nullptr;
    bool m_savedThisSession = false; // a save started a secret-key rotation: its end stays shown
    QWidget *m_kmsRotatedButton = nullptr;
    QWidget *m_serverCopyNote = nullptr;
    QLabel *m_serverCopyText = nullptr;
    QWidget *m_maintenance = nullptr;
    QLabel *m_readOnlyNote = nullptr;
    QComboBox *m_typeCombo = nullptr;
    QLabel *m_typeNote = nullptr;
    QPushButton *m_typeIdButton = nullptr;
    QLabel *m_unreportedNote = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_edits[ConfigField::Count] = {};
    QLabel *m_problems[ConfigField::Count] = {};
    QLabel *m_labels[ConfigField::Count] = {};
    QLabel *m_markers[ConfigField::Count] = {};
    QToolButton *m_reveal[ConfigField::Count] = {};
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QPushButton *m_defaultsButton = nullptr;
    QLabel *m_saveState = nullptr;

    QLineEdit *m_historySearch = nullptr;
    QTimer *m_historyDebounce = nullptr;
    QTableView *m_historyView = nullptr;
    QPushButton *m_historyPrev = nullptr;
    QPushButton *m_historyNext = nullptr;
    QLabel *m_historyPage = nullptr;
};

} // namespace km
