#include "SignInDialog.h"

#include "Accessibility.h"
#include "Theme.h"
#include "api/ApiClient.h"
#include "Prompter.h"
#include "session/SecretStore.h"
#include "api/ServerUrl.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSslCertificate>
#include <QVBoxLayout>

namespace {
QString fingerprintText(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':')).toUpper();
}

bool asksForOneTimeCode(const ApiError &error)
{
    const QString text = error.detail() + QLatin1Char(' ') + error.serverErrorCode();
    return text.contains(QLatin1String("one-time"), Qt::CaseInsensitive) || text.contains(QLatin1String("OTP"))
        || text.contains(QLatin1String("two-factor"), Qt::CaseInsensitive);
}
} // namespace

SignInDialog::SignInDialog(ApiClient *client, Settings *settings, SecretStore *secrets, QWidget *parent)
    : QDialog(parent), m_client(client), m_settings(settings), m_secrets(secrets)
{
    buildUi();
    for (const ConnectionProfile &p : m_settings->profiles())
        m_profileCombo->addItem(p.name, p.name);
    m_profileCombo->addItem(tr("New connection…"), QString());
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &SignInDialog::onProfileChosen);
    const int last = m_profileCombo->findData(m_settings->lastProfileName());
    m_profileCombo->setCurrentIndex(last >= 0 ? last : 0);
    onProfileChosen(m_profileCombo->currentIndex());

    connect(m_secrets, &SecretStore::availabilityKnown, this, &SignInDialog::updateKeychainOption);
    m_secrets->probe();
    updateKeychainOption();
    updateMode();
}

SignInDialog::~SignInDialog()
{
    m_passwordEdit->clear();
    m_tokenEdit->clear();
}

void SignInDialog::buildUi()
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to Secret Server"));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);

    m_intro = new QLabel;
    m_intro->setObjectName(QStringLiteral("signInIntro"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_form = new QFormLayout;
    m_profileCombo = new QComboBox;
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setAccessibleName(tr("Connection profile"));
    m_form->addRow(tr("&Profile:"), m_profileCombo);

    m_serverEdit = new QLineEdit;
    m_serverEdit->setObjectName(QStringLiteral("serverEdit"));
    m_serverEdit->setAccessibleName(tr("Server address"));
    m_serverEdit->setPlaceholderText(tr("https://secretserver.example.com/SecretServer"));
    m_form->addRow(tr("&Server:"), m_serverEdit);

    auto *authRow = new QHBoxLayout;
    m_passwordRadio = new QRadioButton(tr("Pass&word"));
    m_passwordRadio->setObjectName(QStringLiteral("passwordRadio"));
    m_tokenRadio = new QRadioButton(tr("API &token"));
    m_tokenRadio->setObjectName(QStringLiteral("tokenRadio"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_passwordRadio);
    group->addButton(m_tokenRadio);
    m_passwordRadio->setChecked(true);
    authRow->addWidget(m_passwordRadio);
    authRow->addWidget(m_tokenRadio);
    authRow->addStretch();
    m_form->addRow(tr("Sign in with:"), authRow);
    connect(m_tokenRadio, &QRadioButton::toggled, this, &SignInDialog::updateMode);

    m_userEdit = new QLineEdit;
    m_userEdit->setObjectName(QStringLiteral("userEdit"));
    m_userEdit->setAccessibleName(tr("User name"));
    m_form->addRow(tr("&User name:"), m_userEdit);
    m_domainEdit = new QLineEdit;
    m_domainEdit->setObjectName(QStringLiteral("domainEdit"));
    m_domainEdit->setAccessibleName(tr("Domain"));
    m_domainEdit->setPlaceholderText(tr("optional"));
    m_form->addRow(tr("&Domain:"), m_domainEdit);
    m_passwordEdit = new QLineEdit;
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setAccessibleName(tr("Password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_form->addRow(tr("Pass&word:"), m_passwordEdit);
    m_otpEdit = new QLineEdit;
    m_otpEdit->setObjectName(QStringLiteral("otpEdit"));
    m_otpEdit->setAccessibleName(tr("One-time code"));
    m_form->addRow(tr("&One-time code:"), m_otpEdit);
    m_tokenEdit = new QLineEdit;
    m_tokenEdit->setObjectName(QStringLiteral("tokenEdit"));
    m_tokenEdit->setAccessibleName(tr("API access token"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_form->addRow(tr("&Token:"), m_tokenEdit);
    m_profileNameEdit = new QLineEdit;
    m_profileNameEdit->setObjectName(QStringLiteral("profileNameEdit"));
    m_profileNameEdit->setAccessibleName(tr("Save as profile"));
    m_profileNameEdit->setPlaceholderText(tr("user@host"));
    m_form->addRow(tr("Save as p&rofile:"), m_profileNameEdit);
    m_rememberCheck = new QCheckBox(tr("Remember the password in the system &keychain"));
    m_rememberCheck->setObjectName(QStringLiteral("rememberCheck"));
    m_form->addRow(QString(), m_rememberCheck);
    layout->addLayout(m_form);

    m_errorLabel = new QLabel;
    m_errorLabel->setObjectName(QStringLiteral("signInError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(Theme::banner(Theme::Error, this));
    m_errorLabel->setAccessibleName(tr("Sign-in problem"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *buttons = new QDialogButtonBox;
    m_signInButton = buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);
    connect(m_signInButton, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_form->setRowVisible(m_otpEdit, false);

    describe(m_profileCombo, tr("Choose a saved connection, or a new one."));
    describe(m_serverEdit, tr("The address of the Secret Server, as you use it in a browser."));
    describe(m_passwordRadio, tr("Sign in with your user name and password."));
    describe(m_tokenRadio, tr("Sign in with an API access token you already have."));
    describe(m_userEdit, tr("Your Secret Server user name."));
    describe(m_domainEdit, tr("The domain of your account, if it has one."));
    describe(m_passwordEdit, tr("Your password: sent only to the server, and never stored unless you choose the keychain."), false);
    describe(m_otpEdit, tr("The one-time code from your authenticator, when the server asks for one."));
    describe(m_tokenEdit, tr("A bearer token for the Secret Server REST API."), false);
    describe(m_profileNameEdit, tr("The name under which this connection is offered next time."));
    describe(m_signInButton, tr("Signs in with these details."));
    describe(cancel, tr("Closes this dialog without signing in."));
    describe(m_rememberCheck, tr("Keeps the password or token in your desktop's keychain, not in kmconsole's settings."), false);
}

void SignInDialog::setMode(Mode mode)
{
    m_mode = mode;
    updateMode();
}

void SignInDialog::updateMode()
{
    const bool token = m_tokenRadio->isChecked();
    m_form->setRowVisible(m_userEdit, !token);
    m_form->setRowVisible(m_domainEdit, !token);
    m_form->setRowVisible(m_passwordEdit, !token);
    m_form->setRowVisible(m_tokenEdit, token);
    m_rememberCheck->setText(token ? tr("Remember the token in the system &keychain")
                                   : tr("Remember the password in the system &keychain"));
    const bool renew = m_mode == Renew;
    m_profileCombo->setEnabled(!renew);
    m_serverEdit->setReadOnly(renew);
    m_form->setRowVisible(m_profileNameEdit, !renew);
    if (renew) {
        setWindowTitle(tr("Sign in again"));
        m_intro->setText(tr("Your session on %1 has ended. Sign in again to go on; what you were editing is kept.")
                             .arg(m_serverEdit->text()));
    } else {
        m_intro->setText(tr("Sign in to the Secret Server whose key management you want to administer."));
    }
}

void SignInDialog::updateKeychainOption()
{
    const bool available = m_secrets->isAvailable();
    m_rememberCheck->setEnabled(available);
    if (!available)
        m_rememberCheck->setChecked(false);
    m_rememberCheck->setToolTip(available ? tr("Kept by your desktop's keychain, never in kmconsole's settings.")
                                          : m_secrets->unavailableReason());
}

void SignInDialog::onProfileChosen(int index)
{
    const QString name = m_profileCombo->itemData(index).toString();
    const auto profile = m_settings->profile(name);
    m_profile = profile.value_or(ConnectionProfile{});
    m_serverEdit->setText(m_profile.server);
    m_userEdit->setText(m_profile.userName);
    m_domainEdit->setText(m_profile.domain);
    m_profileNameEdit->setText(m_profile.name);
    m_passwordEdit->clear();
    m_tokenEdit->clear();
    (m_profile.useToken ? m_tokenRadio : m_passwordRadio)->setChecked(true);
    m_rememberCheck->setChecked(m_profile.rememberInKeychain && m_secrets->isAvailable());
    if (profile && m_profile.rememberInKeychain && m_secrets->isAvailable()) {
        m_secrets->read(m_profile.name, [this, name](std::optional<QString> secret) {
            if (!secret || m_profile.name != name)
                return;
            (m_profile.useToken ? m_tokenEdit : m_passwordEdit)->setText(*secret);
        });
    }
}

void SignInDialog::selectProfile(const QString &name)
{
    const int index = m_profileCombo->findData(name);
    if (index >= 0)
        m_profileCombo->setCurrentIndex(index);
}

void SignInDialog::prefill(const QString &server, const QString &userName, const QString &domain)
{
    if (!server.isEmpty())
        m_serverEdit->setText(server);
    if (!userName.isEmpty())
        m_userEdit->setText(userName);
    if (!domain.isEmpty())
        m_domainEdit->setText(domain);
    updateMode();
}

void SignInDialog::setPassword(const QString &password)
{
    m_passwordRadio->setChecked(true);
    m_passwordEdit->setText(password);
}

QString SignInDialog::errorText() const
{
    return m_errorLabel->isVisible() || !m_errorLabel->text().isEmpty() ? m_errorLabel->text() : QString();
}

void SignInDialog::showError(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_signInButton->setEnabled(!busy);
    m_signInButton->setText(busy ? tr("Signing in…") : tr("&Sign In"));
    // A disabled button stops being the default one; Enter must sign in again after a failure.
    if (!busy)
        m_signInButton->setDefault(true);
    for (QWidget *w : {static_cast<QWidget *>(m_serverEdit), static_cast<QWidget *>(m_userEdit), static_cast<QWidget *>(m_domainEdit),
                       static_cast<QWidget *>(m_passwordEdit), static_cast<QWidget *>(m_otpEdit), static_cast<QWidget *>(m_tokenEdit),
                       static_cast<QWidget *>(m_profileCombo)})
        w->setEnabled(!busy && !(w == m_profileCombo && m_mode == Renew));
}

void SignInDialog::applyTrust()
{
    m_client->clearTrustedCertificates();
    if (!m_profile.pinnedSha256.isEmpty() && m_profile.server == m_serverEdit->text().trimmed())
        m_client->trustCertificate(QByteArray::fromHex(m_profile.pinnedSha256.toLatin1()), m_profile.pinnedErrors);
    for (const auto &[sha, errors] : std::as_const(m_trustedOnce)) {
        QList<QSslError::SslError> kinds;
        for (int e : errors)
            kinds << QSslError::SslError(e);
        m_client->trustCertificate(sha, kinds);
    }
}

void SignInDialog::submit()
{
    if (m_busy)
        return; // a second click or Enter does not send a second sign-in
    QString error;
    const QUrl base = ServerUrl::normalise(m_serverEdit->text(), &error);
    if (!base.isValid())
        return showError(error);
    const bool token = m_tokenRadio->isChecked();
    if (!token && m_userEdit->text().trimmed().isEmpty())
        return showError(tr("Enter your user name."));
    if (token && m_tokenEdit->text().trimmed().isEmpty())
        return showError(tr("Paste an API access token."));
    showError(QString());
    m_client->setBaseUrl(base);
    applyTrust();
    setBusy(true);

    if (token) {
        // A pasted token is checked with one harmless read.
        m_client->useBearerToken(m_tokenEdit->text());
        m_client->getRotationInfo(this, [this](const ApiResult<RotationInfo> &r) {
            if (r.ok())
                return finishSignIn();
            m_client->forgetSession();
            handleFailure(r.error);
        });
        return;
    }
    const SignInRequest request{m_userEdit->text().trimmed(), m_passwordEdit->text(), m_domainEdit->text().trimmed(),
                                m_otpEdit->isVisible() ? m_otpEdit->text().trimmed() : QString()};
    m_client->signIn(request, this, [this](const ApiResult<NoContent> &r) {
        if (r.ok())
            return finishSignIn();
        handleFailure(r.error);
    });
}

void SignInDialog::handleFailure(const ApiError &error)
{
    setBusy(false);
    if (error.kind() == ApiError::Tls) {
        if (decideTrust(error))
            return submit();
        return showError(tr("Not signed in: the server's certificate was not trusted."));
    }
    if (error.kind() == ApiError::AuthFailed && asksForOneTimeCode(error)) {
        m_form->setRowVisible(m_otpEdit, true);
        m_otpEdit->setFocus();
        return showError(tr("The server asks for a one-time code. Enter it and sign in again. (%1)").arg(error.detail()));
    }
    QString text = error.message();
    if (error.kind() == ApiError::NotFound)
        text = tr("No Secret Server answered at this address (HTTP 404). Check the address, including the path such as /SecretServer.");
    showError(text);
    if (error.kind() == ApiError::AuthFailed)
        m_passwordEdit->selectAll();
}

bool SignInDialog::decideTrust(const ApiError &error)
{
    const QList<QSslError> errors = error.sslErrors();
    QSslCertificate certificate;
    for (const QSslError &e : errors) {
        if (!e.certificate().isNull()) {
            certificate = e.certificate();
            break;
        }
    }
    if (certificate.isNull())
        return false; // nothing the user could decide about
    const QByteArray sha = certificate.digest(QCryptographicHash::Sha256);
    QStringList reasons;
    QList<int> kinds;
    for (const QSslError &e : errors) {
        reasons << QStringLiteral("• ") + e.errorString();
        kinds << int(e.error());
    }
    const QString host = QUrl(ServerUrl::normalise(m_serverEdit->text())).host();
    const QLocale locale;
    QString details = tr("Host: %1\nProblems:\n%2\n\nSHA-256 fingerprint:\n%3\nSubject: %4\nIssuer: %5\nValid from %6 to %7")
                          .arg(host, reasons.join(QLatin1Char('\n')), fingerprintText(sha),
                               certificate.subjectDisplayName(), certificate.issuerDisplayName(),
                               locale.toString(certificate.effectiveDate().toLocalTime(), QLocale::ShortFormat),
                               locale.toString(certificate.expiryDate().toLocalTime(), QLocale::ShortFormat));
    Prompter::Question q;
    q.title = tr("Untrusted certificate");
    q.answers = {Prompter::TrustOnce, Prompter::TrustAlways, Prompter::Cancel};
    q.defaultAnswer = Prompter::Cancel;
    q.warning = true;
    const bool pinnedOther = !m_profile.pinnedSha256.isEmpty() && m_profile.server == m_serverEdit->text().trimmed()
                          && QByteArray::fromHex(m_profile.pinnedSha256.toLatin1()) != sha;
    if (pinnedOther) {
        q.text = tr("WARNING: the certificate of %1 has changed since you chose to always trust it. "
                    "The server may have been given a new certificate, or someone may be intercepting the connection. "
                    "Trust the new certificate only if you know why it changed.").arg(host);
        details = tr("%1\n\nThe certificate you trusted had the fingerprint:\n%2")
                      .arg(details, fingerprintText(QByteArray::fromHex(m_profile.pinnedSha256.toLatin1())));
    } else {
        q.text = tr("The certificate of %1 could not be verified. Connect only if you recognise its fingerprint.").arg(host);
    }
    q.details = details;
    const Prompter::Answer answer = Prompter::ask(this, q);
    if (answer == Prompter::Cancel)
        return false;
    m_trustedOnce.append({sha, kinds});
    if (answer == Prompter::TrustAlways) {
        m_profile.pinnedSha256 = QString::fromLatin1(sha.toHex());
        m_profile.pinnedErrors.clear();
        for (int k : kinds)
            m_profile.pinnedErrors << QSslError::SslError(k);
        m_profile.server = m_serverEdit->text().trimmed();
    }
    return true;
}

void SignInDialog::finishSignIn()
{
    setBusy(false);
    const bool token = m_tokenRadio->isChecked();
    const QString host = ServerUrl::normalise(m_serverEdit->text()).host();
    QString name = m_mode == Renew ? m_profile.name : m_profileNameEdit->text().trimmed();
    if (name.isEmpty())
        name = token ? host : QStringLiteral("%1@%2").arg(m_userEdit->text().trimmed(), host);
    const QString server = m_serverEdit->text().trimmed();
    if (name != m_profile.name || server != m_profile.server) {
        // A different profile: its trust decisions start from what was decided here.
        const ConnectionProfile previous = m_profile;
        m_profile = m_settings->profile(name).value_or(ConnectionProfile{});
        if (previous.server == server) {
            m_profile.pinnedSha256 = previous.pinnedSha256;
            m_profile.pinnedErrors = previous.pinnedErrors;
        }
    }
    m_profile.name = name;
    m_profile.server = server;
    m_profile.userName = token ? QString() : m_userEdit->text().trimmed();
    m_profile.domain = token ? QString() : m_domainEdit->text().trimmed();
    m_profile.useToken = token;
    m_profile.lastUsedUtc = QDateTime::currentDateTimeUtc();
    const bool remember = m_rememberCheck->isEnabled() && m_rememberCheck->isChecked();
    if (remember)
        m_secrets->store(name, token ? m_tokenEdit->text() : m_passwordEdit->text(), nullptr);
    else if (m_profile.rememberInKeychain)
        m_secrets->remove(name);
    m_profile.rememberInKeychain = remember;
    m_settings->saveProfile(m_profile);
    m_passwordEdit->clear();
    m_otpEdit->clear();
    m_tokenEdit->clear();
    m_form->setRowVisible(m_otpEdit, false);
    Q_EMIT signedIn();
    accept();
}
