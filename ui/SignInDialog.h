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

    Session *m_session;
    Settings *m_settings;
    Mode m_mode = FirstSignIn;
    ConnectionProfile m_chosen; // the saved profile picked (empty for a new connection)
    ConnectionProfile m_signedIn;
    bool m_testing = false;

    QLabel *m_intro;
    QComboBox *m_profileCombo;
    QPushButton *m_removeProfileButton;
    QHBoxLayout *m_profileRow;
    QRadioButton *m_passwordRadio;
    QRadioButton *m_tokenRadio;
    QRadioButton *m_platformRadio;
    QLineEdit *m_serverEdit;
    QLineEdit *m_userEdit;
    QLineEdit *m_domainEdit;
    QLineEdit *m_passwordEdit;
    QComboBox *m_otpMode;
    QLineEdit *m_otpEdit;
    QLineEdit *m_tokenEdit;
    QLineEdit *m_platformUrlEdit;
    QLineEdit *m_clientIdEdit;
    QLineEdit *m_clientSecretEdit;
    QLineEdit *m_vaultEdit;
    QToolButton *m_networkToggle;
    QWidget *m_networkBox;
    QLineEdit *m_proxyEdit;
    QLineEdit *m_caFileEdit;
    QCheckBox *m_saveCheck;
    QLineEdit *m_profileNameEdit;
    QCheckBox *m_rememberCheck;
    QLabel *m_message;
    QPushButton *m_testButton;
    QPushButton *m_signInButton;
    QPushButton *m_cancelButton;
    QFormLayout *m_form;
    QHBoxLayout *m_otpRow;
    QHBoxLayout *m_saveRow;
};

} // namespace km
