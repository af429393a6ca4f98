#pragma once

#include "session/Settings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QToolButton;

namespace km {

class ApiError;
class Session;
struct CertificateReview;
struct ConnectionReport;
struct PlatformVault;

// Signs in to a Secret Server through a Session: a saved profile or a new connection, by
// password (a one-time code or a Duo push can always be given), a pasted API token, or a Delinea
// Platform service account. It shows what the session asks (a certificate to trust, a vault to
// choose), says in plain words why a sign-in failed, tests a connection without signing in, and
// changes a profile only when the administrator saves it.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum Mode {
        FirstSignIn,
        Renew // the session ended: same server, the main window's work is kept
    };
    enum OneTimeMode { NoCode, Code, Push };

    SignInDialog(Session *session, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setMode(Mode mode);
    void selectProfile(const QString &name);
    void prefill(const QString &server, const QString &userName, const QString &domain);
    void setPassword(const QString &password);
    void submit(); // as if Sign In was clicked; ignored while a sign-in is under way
    void testConnection();

    QString errorText() const;
    QString statusText() const;
    bool isBusy() const;
    ConnectionProfile signedInProfile() const { return m_signedIn; }

Q_SIGNALS:
    void signedIn();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void onProfileChosen(int index);
    void updateMode();
    void updateSaveOffer();
    void setBusy(bool busy, const QString &status = QString());
    void showMessage(const QString &text, bool error);
    ConnectionProfile::Method method() const;
    ConnectionProfile formProfile() const;
    void onSignedIn();
    void onFailed(const ApiError &error);
    void onTrustNeeded(const CertificateReview &review);
    void onVaultChoice(const QList<PlatformVault> &vaults);
    void onTested(const ConnectionReport &report);
    void updateKeychainOption();
    void clearSecrets();
    void removeChosenProfile();

    Session *m_session = nullptr;
    Settings *m_settings = nullptr;
    Mode m_mode = FirstSignIn;
    ConnectionProfile m_chosen; // the saved profile picked (empty for a new connection)
    ConnectionProfile m_signedIn;
    bool m_testing = false;

    QLabel *m_intro = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QPushButton *m_removeProfileButton = nullptr;
    QHBoxLayout *m_profileRow = nullptr;
    QRadioButton *m_passwordRadio = nullptr;
    QRadioButton *m_tokenRadio = nullptr;
    QRadioButton *m_platformRadio = nullptr;
    QLineEdit *m_serverEdit = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QLineEdit *m_domainEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QComboBox *m_otpMode = nullptr;
    QLineEdit *m_otpEdit = nullptr;
    QLineEdit *m_tokenEdit = nullptr;
    QLineEdit *m_platformUrlEdit = nullptr;
    QLineEdit *m_clientIdEdit = nullptr;
    QLineEdit *m_clientSecretEdit = nullptr;
    QLineEdit *m_vaultEdit = nullptr;
    QToolButton *m_networkToggle = nullptr;
    QWidget *m_networkBox = nullptr;
    QLineEdit *m_proxyEdit = nullptr;
    QLineEdit *m_caFileEdit = nullptr;
    QCheckBox *m_saveCheck = nullptr;
    QLineEdit *m_profileNameEdit = nullptr;
    QCheckBox *m_rememberCheck = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QFormLayout *m_form = nullptr;
    QHBoxLayout *m_otpRow = nullptr;
    QHBoxLayout *m_saveRow = nullptr;
};

} // namespace km
