#pragma once

#include "session/Settings.h"

#include <QDialog>

class ApiClient;
class ApiError;
class SecretStore;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QFormLayout;

// Signs in to a Secret Server: a saved profile or a new connection, with a password (and a
// one-time code when the server asks for one) or a pasted API token. Decides TLS trust with the
// user, remembers profiles (never secrets, unless the user asks for the system keychain), and
// says in plain words why a sign-in failed.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum Mode {
        FirstSignIn,
        Renew // the session ended: same server, the main window's work is kept
    };

    SignInDialog(ApiClient *client, Settings *settings, SecretStore *secrets, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setMode(Mode mode);
    void selectProfile(const QString &name);
    void prefill(const QString &server, const QString &userName, const QString &domain);
    void setPassword(const QString &password);
    void submit(); // as if Sign In was clicked; ignored while a sign-in is under way

    QString errorText() const;
    bool isBusy() const { return m_busy; }
    ConnectionProfile signedInProfile() const { return m_profile; }

Q_SIGNALS:
    void signedIn();

private:
    void buildUi();
    void onProfileChosen(int index);
    void updateMode();
    void setBusy(bool busy);
    void showError(const QString &text);
    void finishSignIn();
    void handleFailure(const ApiError &error);
    bool decideTrust(const ApiError &error); // true: trusted now, sign in again
    void applyTrust();
    void updateKeychainOption();

    ApiClient *m_client;
    Settings *m_settings;
    SecretStore *m_secrets;
    Mode m_mode = FirstSignIn;
    bool m_busy = false;
    ConnectionProfile m_profile;
    // "Trust once" decisions of this run: fingerprint and accepted errors.
    QList<QPair<QByteArray, QList<int>>> m_trustedOnce;

    QComboBox *m_profileCombo;
    QLineEdit *m_serverEdit;
    QRadioButton *m_passwordRadio;
    QRadioButton *m_tokenRadio;
    QLineEdit *m_userEdit;
    QLineEdit *m_domainEdit;
    QLineEdit *m_passwordEdit;
    QLineEdit *m_otpEdit;
    QLineEdit *m_tokenEdit;
    QLineEdit *m_profileNameEdit;
    QCheckBox *m_rememberCheck;
    QLabel *m_intro;
    QLabel *m_errorLabel;
    QPushButton *m_signInButton;
    QFormLayout *m_form;
};
