#include "ui/SignInDialog.h"

#include "ui/Accessibility.h"
#include "ui/Prompter.h"
#include "ui/Theme.h"

#include "api/ServerUrl.h"
#include "session/SecretStore.h"
#include "session/Session.h"
#include "usecases/SignInProfile.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QShowEvent>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace km {

namespace {
QLineEdit *lineEdit(const char *name, const QString &accessibleName, bool secret = false)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(QLatin1String(name));
    edit->setAccessibleName(accessibleName);
    if (secret)
        edit->setEchoMode(QLineEdit::Password);
    return edit;
}
} // namespace

SignInDialog::SignInDialog(Session *session, QWidget *parent) : QDialog(parent), m_session(session), m_settings(session->settings())
{
    buildUi();
    for (const ConnectionProfile &p : m_settings->profiles())
        m_profileCombo->addItem(p.name, p.name);
    m_profileCombo->addItem(tr("New connection…"), QString());
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &SignInDialog::onProfileChosen);
    const int last = m_profileCombo->findData(m_settings->lastProfileName());
    m_profileCombo->setCurrentIndex(last >= 0 ? last : 0);
    onProfileChosen(m_profileCombo->currentIndex());

    connect(m_session, &Session::signedIn, this, &SignInDialog::onSignedIn);
    connect(m_session, &Session::signInFailed, this, &SignInDialog::onFailed);
    connect(m_session, &Session::trustNeeded, this, &SignInDialog::onTrustNeeded);
    connect(m_session, &Session::vaultChoiceNeeded, this, &SignInDialog::onVaultChoice);
    connect(m_session, &Session::connectionTested, this, &SignInDialog::onTested);
    connect(m_session, &Session::waitingForPush, this, [this] {
        setBusy(true, tr("Approve the sign-in on your phone (Duo push); waiting up to %n seconds. Cancel stops waiting.", nullptr,
                         int(Session::pushTimeout.count())));
    });
    if (SecretStore *secrets = m_session->secrets()) {
        connect(secrets, &SecretStore::availabilityKnown, this, &SignInDialog::updateKeychainOption);
        secrets->probe();
    }
    updateKeychainOption();
    updateMode();
}

SignInDialog::~SignInDialog()
{
    clearSecrets();
}

void SignInDialog::clearSecrets()
{
    for (QLineEdit *e : {m_passwordEdit, m_otpEdit, m_tokenEdit, m_clientSecretEdit})
        e->clear();
}

void SignInDialog::buildUi()
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to Secret Server"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);

    m_intro = new QLabel;
    m_intro->setObjectName(QStringLiteral("signInIntro"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_profileCombo = new QComboBox;
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setAccessibleName(tr("Connection profile"));
    m_removeProfileButton = new QPushButton(tr("&Remove…"));
    m_removeProfileButton->setObjectName(QStringLiteral("removeProfileButton"));
    m_removeProfileButton->setAutoDefault(false); // Enter signs in, whatever has the focus
    m_profileRow = new QHBoxLayout;
    m_profileRow->addWidget(m_profileCombo, 1);
    m_profileRow->addWidget(m_removeProfileButton);
    auto *profileLabel = new QLabel(tr("&Profile:"));
    profileLabel->setBuddy(m_profileCombo); // a row of a layout gets no buddy of its own
    m_form->addRow(profileLabel, m_profileRow);
    connect(m_removeProfileButton, &QPushButton::clicked, this, &SignInDialog::removeChosenProfile);

    auto *methods = new QHBoxLayout;
    m_passwordRadio = new QRadioButton(tr("P&assword"));
    m_passwordRadio->setObjectName(QStringLiteral("passwordRadio"));
    m_tokenRadio = new QRadioButton(tr("API to&ken"));
    m_tokenRadio->setObjectName(QStringLiteral("tokenRadio"));
    m_platformRadio = new QRadioButton(tr("Delinea P&latform"));
    m_platformRadio->setObjectName(QStringLiteral("platformRadio"));
    auto *group = new QButtonGroup(this);
    for (QRadioButton *r : {m_passwordRadio, m_tokenRadio, m_platformRadio}) {
        group->addButton(r);
        methods->addWidget(r);
    }
    m_passwordRadio->setChecked(true);
    methods->addStretch();
    m_form->addRow(tr("Sign in with:"), methods);

    m_serverEdit = lineEdit("serverEdit", tr("Server address"));
    m_serverEdit->setPlaceholderText(tr("https://secretserver.example.com/SecretServer"));
    m_form->addRow(tr("S&erver:"), m_serverEdit);
    m_userEdit = lineEdit("userEdit", tr("User name"));
    m_form->addRow(tr("&User name:"), m_userEdit);
    m_domainEdit = lineEdit("domainEdit", tr("Domain"));
    m_domainEdit->setPlaceholderText(tr("optional"));
    m_form->addRow(tr("&Domain:"), m_domainEdit);
    m_passwordEdit = lineEdit("passwordEdit", tr("Password"), true);
    m_form->addRow(tr("Pass&word:"), m_passwordEdit);

    // A one-time code can always be given: it never depends on how a server words a refusal.
    m_otpRow = new QHBoxLayout;
    auto *otpRow = m_otpRow;
    m_otpMode = new QComboBox;
    m_otpMode->setObjectName(QStringLiteral("otpMode"));
    m_otpMode->setAccessibleName(tr("Two-factor authentication"));
    m_otpMode->addItem(tr("No one-time code"), NoCode);
    m_otpMode->addItem(tr("One-time code:"), Code);
    m_otpMode->addItem(tr("Duo push to my phone"), Push);
    m_otpEdit = lineEdit("otpEdit", tr("One-time code"));
    m_otpEdit->setPlaceholderText(tr("the code from your authenticator"));
    otpRow->addWidget(m_otpMode);
    otpRow->addWidget(m_otpEdit, 1);
    auto *otpLabel = new QLabel(tr("Tw&o-factor:"));
    otpLabel->setBuddy(m_otpMode); // a row of a layout gets no buddy of its own
    m_form->addRow(otpLabel, otpRow);
    connect(m_otpMode, &QComboBox::currentIndexChanged, this, [this] {
        const bool code = m_otpMode->currentData().toInt() == Code;
        m_otpEdit->setVisible(code);
        if (code && isVisible())
            m_otpEdit->setFocus();
    });

    m_tokenEdit = lineEdit("tokenEdit", tr("API access token"), true);
    m_form->addRow(tr("&Token:"), m_tokenEdit);
    m_platformUrlEdit = lineEdit("platformUrlEdit", tr("Delinea Platform address"));
    m_platformUrlEdit->setPlaceholderText(tr("https://TENANT.delinea.app"));
    m_form->addRow(tr("Platfor&m address:"), m_platformUrlEdit);
    m_clientIdEdit = lineEdit("clientIdEdit", tr("Client id"));
    m_form->addRow(tr("Client i&d:"), m_clientIdEdit);
    m_clientSecretEdit = lineEdit("clientSecretEdit", tr("Client secret"), true);
    m_form->addRow(tr("Client s&ecret:"), m_clientSecretEdit);
    m_vaultEdit = lineEdit("vaultEdit", tr("Vault"));
    m_vaultEdit->setPlaceholderText(tr("optional: a vault's name or address"));
    m_form->addRow(tr("&Vault:"), m_vaultEdit);

    m_networkToggle = new QToolButton;
    m_networkToggle->setObjectName(QStringLiteral("networkToggle"));
    m_networkToggle->setText(tr("Proxy and certificate aut&hority"));
    m_networkToggle->setCheckable(true);
    m_networkToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_networkToggle->setArrowType(Qt::RightArrow);
    m_networkBox = new QWidget;
    auto *networkForm = new QFormLayout(m_networkBox);
    networkForm->setContentsMargins(0, 0, 0, 0);
    m_proxyEdit = lineEdit("proxyEdit", tr("Proxy"));
    m_proxyEdit->setPlaceholderText(tr("the system's (https_proxy); \"none\", or http://HOST:PORT"));
    networkForm->addRow(tr("Pro&xy:"), m_proxyEdit);
    auto *caRow = new QHBoxLayout;
    m_caFileEdit = lineEdit("caFileEdit", tr("Private certificate authority"));
    m_caFileEdit->setPlaceholderText(tr("optional: a PEM file to trust as well"));
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("caBrowse"));
    describe(browse, tr("Chooses a PEM file of certificate authorities to trust for this server as well as the system's."));
    caRow->addWidget(m_caFileEdit, 1);
    caRow->addWidget(browse);
    auto *caLabel = new QLabel(tr("CA &file:"));
    caLabel->setBuddy(m_caFileEdit);
    networkForm->addRow(caLabel, caRow);
    m_networkBox->setVisible(false);
    connect(m_networkToggle, &QToolButton::toggled, this, [this](bool on) {
        m_networkBox->setVisible(on);
        m_networkToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Certificate authority"), QString(), tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFileEdit->setText(file);
    });
    m_form->addRow(m_networkToggle);
    m_form->addRow(m_networkBox);

    m_saveRow = new QHBoxLayout;
    auto *saveRow = m_saveRow;
    m_saveCheck = new QCheckBox(tr("Save as a &new profile:"));
    m_saveCheck->setObjectName(QStringLiteral("saveProfileCheck"));
    m_profileNameEdit = lineEdit("profileNameEdit", tr("Name of the new profile"));
    m_profileNameEdit->setPlaceholderText(tr("user@host"));
    saveRow->addWidget(m_saveCheck);
    saveRow->addWidget(m_profileNameEdit, 1);
    m_form->addRow(saveRow);
    connect(m_saveCheck, &QCheckBox::toggled, m_profileNameEdit, &QLineEdit::setEnabled);
    connect(m_saveCheck, &QCheckBox::clicked, this, [this] { m_saveCheck->setProperty("touched", true); });
    m_rememberCheck = new QCheckBox(tr("Remember the password in the s&ystem keychain"));
    m_rememberCheck->setObjectName(QStringLiteral("rememberCheck"));
    m_form->addRow(QString(), m_rememberCheck);
    layout->addLayout(m_form);

    for (QLineEdit *e : {m_serverEdit, m_userEdit, m_domainEdit, m_platformUrlEdit, m_clientIdEdit})
        connect(e, &QLineEdit::textEdited, this, &SignInDialog::updateSaveOffer);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("signInError"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setTextFormat(Qt::PlainText);
    // Read as it is, and announced when it appears or changes: no fixed name hides it.
    Accessibility::setRole(m_message, QAccessible::AlertMessage);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox;
    m_testButton = buttons->addButton(tr("Test connect&ion"), QDialogButtonBox::ActionRole);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setAutoDefault(false);
    m_signInButton = buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAutoDefault(false);
    layout->addWidget(buttons);
    // Only once the button is in the dialog does the dialog know its default: Enter in the user,
    // password or code field signs in on a freshly opened dialog too.
    m_signInButton->setDefault(true);
    connect(m_signInButton, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_testButton, &QPushButton::clicked, this, &SignInDialog::testConnection);
    // Cancel while signing in stops the attempt (a push can take a minute); otherwise it closes.
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_session->isSigningIn())
            m_session->cancelSignIn();
        else
            reject();
    });

    // Only now that every row exists may a change of method show and hide rows.
    for (QRadioButton *r : {m_passwordRadio, m_tokenRadio, m_platformRadio})
        connect(r, &QRadioButton::toggled, this, &SignInDialog::updateMode);

    describe(m_profileCombo, tr("Choose a saved connection, or a new one."));
    describe(m_removeProfileButton, tr("Removes the chosen profile and the secret kept for it in the keychain, after asking."));
    describe(m_serverEdit, tr("The address of the Secret Server, as you use it in a browser."));
    describe(m_passwordRadio, tr("Sign in with your user name and password."));
    describe(m_tokenRadio, tr("Sign in with an API access token you already have."));
    describe(m_platformRadio, tr("Sign in through a Delinea Platform tenant with a service account's client id and secret."));
    describe(m_userEdit, tr("Your Secret Server user name."));
    describe(m_domainEdit, tr("The domain of your account, if it has one."));
    describe(m_passwordEdit, tr("Your password: sent only to the server, and never stored unless you choose the keychain."), false);
    describe(m_otpMode, tr("For an account with two-factor authentication: a one-time code, or a Duo push approved on your phone."));
    describe(m_otpEdit, tr("The one-time code from your authenticator."));
    describe(m_tokenEdit, tr("A bearer token for the Secret Server REST API."), false);
    describe(m_platformUrlEdit, tr("The address of your Delinea Platform tenant."));
    describe(m_clientIdEdit, tr("The client id of the platform service account."));
    describe(m_clientSecretEdit, tr("The service account's client secret: kept only in the keychain, if at all."), false);
    describe(m_vaultEdit, tr("Which Secret Server vault of the tenant, when it has several; found from the tenant otherwise."));
    describe(m_networkToggle, tr("Shows the proxy and private certificate authority settings of this connection."));
    describe(m_proxyEdit, tr("Empty follows the system's proxy settings; \"none\" connects directly; or a proxy address."));
    describe(m_caFileEdit, tr("A PEM file with your organisation's certificate authority, trusted in addition to the system's."));
    describe(m_saveCheck, tr("Saves these connection details under a new name; the profile you chose stays as it is."));
    describe(m_profileNameEdit, tr("The name under which this connection is offered next time."));
    describe(m_testButton,
             tr("Reaches the server without signing in and says what it found: reachable, certificate trusted, the API answering."));
    describe(m_signInButton, tr("Signs in with these details."));
    describe(m_cancelButton, tr("Stops a sign-in under way, or closes this dialog."));
    describe(m_rememberCheck, tr("Keeps the password, token or client secret in your desktop's keychain, not in kmconsole's settings."),
             false);
}

ConnectionProfile::Method SignInDialog::method() const
{
    if (m_tokenRadio->isChecked())
        return ConnectionProfile::Method::Token;
    if (m_platformRadio->isChecked())
        return ConnectionProfile::Method::Platform;
    return ConnectionProfile::Method::Password;
}

void SignInDialog::setMode(Mode mode)
{
    m_mode = mode;
    updateMode();
}

void SignInDialog::updateMode()
{
    const auto m = method();
    const bool password = m == ConnectionProfile::Method::Password;
    const bool token = m == ConnectionProfile::Method::Token;
    const bool platform = m == ConnectionProfile::Method::Platform;
    m_form->setRowVisible(m_serverEdit, !platform);
    for (QWidget *w : {static_cast<QWidget *>(m_userEdit), static_cast<QWidget *>(m_domainEdit), static_cast<QWidget *>(m_passwordEdit)})
        m_form->setRowVisible(w, password);
    m_form->setRowVisible(m_otpRow, password);
    m_form->setRowVisible(m_tokenEdit, token);
    for (QLineEdit *e : {m_platformUrlEdit, m_clientIdEdit, m_clientSecretEdit, m_vaultEdit})
        m_form->setRowVisible(e, platform);
    m_otpEdit->setVisible(password && m_otpMode->currentData().toInt() == Code);
    m_rememberCheck->setText(token      ? tr("Remember the token in the s&ystem keychain")
                             : platform ? tr("Remember the client secret in the s&ystem keychain")
                                        : tr("Remember the password in the s&ystem keychain"));
    const bool renew = m_mode == Renew;
    m_profileCombo->setEnabled(!renew && !isBusy());
    m_serverEdit->setReadOnly(renew);
    m_form->setRowVisible(m_profileRow, !renew);
    m_removeProfileButton->setEnabled(!renew && !isBusy() && !m_chosen.name.isEmpty());
    if (renew) {
        setWindowTitle(tr("Sign in again"));
        m_intro->setText(tr("Your session on %1 has ended. Sign in again to go on; what you were editing is kept.")
                             .arg(m_serverEdit->text().isEmpty() ? m_session->host() : m_serverEdit->text()));
    } else {
        m_intro->setText(tr("Sign in to the Secret Server whose key management you want to administer."));
    }
    updateSaveOffer();
}

ConnectionProfile SignInDialog::formProfile() const
{
    ConnectionProfile p = m_chosen;
    p.method = method();
    p.server = m_serverEdit->text().trimmed();
    p.userName = m_userEdit->text().trimmed();
    p.domain = m_domainEdit->text().trimmed();
    p.platformUrl = m_platformUrlEdit->text().trimmed();
    p.platformClientId = m_clientIdEdit->text().trimmed();
    p.vault = m_vaultEdit->text().trimmed();
    p.proxy = m_proxyEdit->text().trimmed();
    p.caFile = m_caFileEdit->text().trimmed();
    return p;
}

void SignInDialog::updateSaveOffer()
{
    // A profile changes only when the administrator saves it: a different combination than the
    // chosen profile's is offered as a new profile instead.
    const bool isNew = m_chosen.name.isEmpty();
    const bool offer = SignInProfile::offersNewProfile(m_chosen, formProfile(), m_mode == Renew);
    m_form->setRowVisible(m_saveRow, offer);
    if (!offer)
        return;
    const bool differs = !isNew;
    const ConnectionProfile p = formProfile();
    const QString host = p.method == ConnectionProfile::Method::Platform ? ServerUrl::normalise(p.platformUrl).host()
                                                                         : ServerUrl::normalise(p.server).host();
    const QString who = p.method == ConnectionProfile::Method::Password   ? p.userName
                        : p.method == ConnectionProfile::Method::Platform ? p.platformClientId
                                                                          : QString();
    const QString suggestion = who.isEmpty() ? host : QStringLiteral("%1@%2").arg(who, host);
    if (!m_profileNameEdit->isModified())
        m_profileNameEdit->setText(suggestion);
    if (isNew && !m_saveCheck->property("touched").toBool())
        m_saveCheck->setChecked(true);
    else if (differs && !m_saveCheck->property("touched").toBool())
        m_saveCheck->setChecked(false);
    m_saveCheck->setText(isNew ? tr("Save as a profile &named:") : tr("Save as a &new profile:"));
    m_profileNameEdit->setEnabled(m_saveCheck->isChecked());
}

void SignInDialog::updateKeychainOption()
{
    SecretStore *secrets = m_session->secrets();
    const bool available = secrets && secrets->isAvailable();
    m_rememberCheck->setEnabled(available);
    if (!available)
        m_rememberCheck->setChecked(false);
    m_rememberCheck->setToolTip(available ? tr("Kept by your desktop's keychain, never in kmconsole's settings.")
                                : secrets ? secrets->unavailableReason()
                                          : QString());
}

void SignInDialog::onProfileChosen(int index)
{
    const QString name = m_profileCombo->itemData(index).toString();
    m_chosen = m_settings->profile(name).value_or(ConnectionProfile{});
    const ConnectionProfile &p = m_chosen;
    m_serverEdit->setText(p.method == ConnectionProfile::Method::Platform ? QString() : p.server);
    m_userEdit->setText(p.userName);
    m_domainEdit->setText(p.domain);
    m_platformUrlEdit->setText(p.platformUrl);
    m_clientIdEdit->setText(p.platformClientId);
    m_vaultEdit->setText(p.vault);
    m_proxyEdit->setText(p.proxy);
    m_caFileEdit->setText(p.caFile);
    m_networkToggle->setChecked(!p.proxy.isEmpty() || !p.caFile.isEmpty());
    clearSecrets();
    m_profileNameEdit->clear();
    m_profileNameEdit->setModified(false);
    m_saveCheck->setProperty("touched", false);
    (p.method == ConnectionProfile::Method::Token      ? m_tokenRadio
     : p.method == ConnectionProfile::Method::Platform ? m_platformRadio
                                                       : m_passwordRadio)
        ->setChecked(true);
    // An account that needed a code (or a push) last time is asked for it up front.
    m_otpMode->setCurrentIndex(m_otpMode->findData(p.oneTimeCode == QLatin1String("push")   ? Push
                                                   : p.oneTimeCode == QLatin1String("code") ? Code
                                                                                            : NoCode));
    SecretStore *secrets = m_session->secrets();
    const bool kept = SignInProfile::secretKept(p, secrets && secrets->isAvailable());
    m_rememberCheck->setChecked(kept);
    if (!p.name.isEmpty() && kept) {
        secrets->read(Session::keychainKey(p), [this, name](std::optional<QString> secret) {
            if (!secret || m_chosen.name != name)
                return;
            (m_chosen.method == ConnectionProfile::Method::Token      ? m_tokenEdit
             : m_chosen.method == ConnectionProfile::Method::Platform ? m_clientSecretEdit
                                                                      : m_passwordEdit)
                ->setText(*secret);
        });
    }
    showMessage(QString(), false);
    updateMode();
}

void SignInDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The first field still to fill has the focus, so that a saved profile (or signing in again
    // after signing out) takes the password and Enter, never an empty one from the profile list.
    const auto m = method();
    QList<QLineEdit *> order;
    if (m == ConnectionProfile::Method::Platform)
        order = {m_platformUrlEdit, m_clientIdEdit, m_clientSecretEdit};
    else if (m == ConnectionProfile::Method::Token)
        order = {m_serverEdit, m_tokenEdit};
    else
        order = {m_serverEdit, m_userEdit, m_passwordEdit};
    for (QLineEdit *edit : std::as_const(order)) {
        if (edit->isVisible() && edit->isEnabled() && edit->text().trimmed().isEmpty()) {
            edit->setFocus();
            return;
        }
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
    return m_message->property("isError").toBool() ? m_message->text() : QString();
}

QString SignInDialog::statusText() const
{
    return m_message->text();
}

bool SignInDialog::isBusy() const
{
    return m_session->isSigningIn() || m_testing;
}

void SignInDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("isError", error && !text.isEmpty());
    m_message->setStyleSheet(text.isEmpty() ? QString() : Theme::banner(error ? Theme::Error : Theme::Neutral, this));
    m_message->setVisible(!text.isEmpty());
}

void SignInDialog::setBusy(bool busy, const QString &status)
{
    m_signInButton->setEnabled(!busy);
    m_testButton->setEnabled(!busy);
    m_signInButton->setText(busy && m_session->isSigningIn() ? tr("Signing in…") : tr("&Sign In"));
    // A disabled button stops being the default one; Enter must sign in again after a failure.
    if (!busy)
        m_signInButton->setDefault(true);
    for (QWidget *w : findChildren<QLineEdit *>())
        w->setEnabled(!busy);
    for (QWidget *w : {static_cast<QWidget *>(m_passwordRadio), static_cast<QWidget *>(m_tokenRadio),
                       static_cast<QWidget *>(m_platformRadio), static_cast<QWidget *>(m_otpMode)})
        w->setEnabled(!busy);
    m_profileCombo->setEnabled(!busy && m_mode != Renew);
    m_removeProfileButton->setEnabled(!busy && m_mode != Renew && !m_chosen.name.isEmpty());
    m_profileNameEdit->setEnabled(!busy && m_saveCheck->isChecked());
    if (busy)
        showMessage(status, false);
}

void SignInDialog::submit()
{
    if (isBusy())
        return; // a second click or Enter does not send a second sign-in
    Credentials c;
    c.method = method();
    c.server = m_serverEdit->text();
    c.userName = m_userEdit->text();
    c.domain = m_domainEdit->text();
    c.password = m_passwordEdit->text();
    switch (m_otpMode->currentData().toInt()) {
    case Code:
        c.oneTimeCode = m_otpEdit->text().trimmed();
        if (c.oneTimeCode.isEmpty() && c.method == ConnectionProfile::Method::Password) {
            showMessage(tr("Enter the one-time code, or choose \"No one-time code\"."), true);
            m_otpEdit->setFocus();
            return;
        }
        break;
    case Push: c.oneTimeCode = QStringLiteral("push"); break;
    default: break;
    }
    c.token = m_tokenEdit->text();
    c.platformUrl = m_platformUrlEdit->text();
    c.clientId = m_clientIdEdit->text();
    c.clientSecret = m_clientSecretEdit->text();
    c.vault = m_vaultEdit->text();
    // The session starts from the chosen profile's trust decisions only where SignInProfile carries them.
    m_session->setProfile(SignInProfile::startFrom(SignInProfile::FrontEnd::Window, m_chosen, formProfile()));
    // Busy first: the session may say at once that it waits for a push.
    setBusy(true, tr("Signing in…"));
    QString problem;
    if (!m_session->signIn(c, &problem)) {
        c.wipe();
        setBusy(false);
        showMessage(problem, true);
        return;
    }
    c.wipe();
}

void SignInDialog::onFailed(const ApiError &error)
{
    setBusy(false);
    if (error.kind() == ApiError::Cancelled) {
        showMessage(tr("Not signed in: you stopped the sign-in."), true);
        return;
    }
    QString text = error.message();
    if (error.kind() == ApiError::NotFound && method() != ConnectionProfile::Method::Platform)
        text = tr("No Secret Server answered at this address (HTTP 404). Check the address, including the path such as /SecretServer.");
    const auto m = method();
    // At sign-in there is no session yet: a refusal is of the user name or password.
    const QString generic = ApiError(ApiError::AuthFailed).message();
    if (m == ConnectionProfile::Method::Password && text.startsWith(generic))
        text = tr("The server refused the user name or password.") + text.mid(generic.size());
    if (error.kind() == ApiError::AuthFailed && m == ConnectionProfile::Method::Password && m_otpMode->currentData().toInt() == NoCode)
        text += QLatin1Char('\n') + tr("If your account uses two-factor authentication, choose a one-time code or a Duo push above.");
    showMessage(text, true);
    // After a refusal the secret is what to retype: focus it, selected, never another field.
    QLineEdit *secret = m == ConnectionProfile::Method::Token      ? m_tokenEdit
                        : m == ConnectionProfile::Method::Platform ? m_clientSecretEdit
                                                                   : m_passwordEdit;
    if (error.kind() == ApiError::AuthFailed || error.kind() == ApiError::PermissionDenied) {
        if (m == ConnectionProfile::Method::Password && m_otpMode->currentData().toInt() == Code && !m_otpEdit->text().isEmpty()
            && !m_passwordEdit->text().isEmpty())
            secret = m_otpEdit;
        secret->setFocus();
        secret->selectAll();
    }
}

void SignInDialog::onTrustNeeded(const CertificateReview &review)
{
    Prompter::Question q;
    q.title = tr("Untrusted certificate");
    q.answers = {Prompter::TrustOnce, Prompter::TrustAlways, Prompter::Cancel};
    q.defaultAnswer = Prompter::Cancel;
    q.warning = true;
    q.text =
        review.changedSincePinned
            ? tr("WARNING: the certificate of %1 has changed since you chose to always trust it. The server may have been given a new "
                 "certificate, or someone may be intercepting the connection. Trust the new certificate only if you know why it changed.")
                  .arg(review.host)
            : tr("The certificate of %1 could not be verified. Connect only if you recognise its fingerprint.").arg(review.host);
    q.details = review.details();
    const Prompter::Answer answer = Prompter::ask(this, q);
    m_session->answerTrust(answer == Prompter::TrustAlways ? Session::TrustAlways
                           : answer == Prompter::TrustOnce ? Session::TrustOnce
                                                           : Session::Refuse);
}

void SignInDialog::onVaultChoice(const QList<PlatformVault> &vaults)
{
    QStringList items;
    for (const PlatformVault &v : vaults)
        items << tr("%1 — %2%3").arg(v.name, v.url.toString(), v.isDefault ? tr(" (default)") : QString());
    const auto chosen = Prompter::choose(this, tr("Choose a vault"), tr("The tenant has several Secret Server vaults. Which one?"), items);
    if (chosen)
        m_session->chooseVault(vaults.at(*chosen));
    else
        m_session->cancelSignIn();
}

void SignInDialog::onSignedIn()
{
    setBusy(false);
    const ConnectionProfile used = m_session->profile();
    SignInProfile::Request request;
    request.front = SignInProfile::FrontEnd::Window;
    request.chosen = m_chosen;
    request.saveAsked = m_saveCheck->isChecked();
    request.newName = m_profileNameEdit->text();
    request.renewing = m_mode == Renew;
    request.keepSecretAsked = m_rememberCheck->isChecked();
    request.keychainAvailable = m_rememberCheck->isEnabled(); // enabled only while the keychain can be used
    const SignInProfile::Decision decision = SignInProfile::afterSignIn(request, used);
    if (decision.save) {
        const QString secret = used.method == ConnectionProfile::Method::Token      ? m_tokenEdit->text()
                               : used.method == ConnectionProfile::Method::Platform ? m_clientSecretEdit->text()
                                                                                    : m_passwordEdit->text();
        if (decision.secret == SignInProfile::Secret::Keep)
            m_session->rememberSecret(*decision.save, secret);
        else if (decision.secret == SignInProfile::Secret::Forget)
            m_session->forgetSecret(*decision.save);
        m_settings->saveProfile(*decision.save);
    }
    m_session->setProfile(decision.session);
    m_signedIn = m_session->profile();
    clearSecrets();
    Q_EMIT signedIn();
    accept();
}

void SignInDialog::removeChosenProfile()
{
    const QString name = m_chosen.name;
    if (name.isEmpty() || isBusy())
        return;
    Prompter::Question q;
    q.title = tr("Remove profile");
    q.text = tr("Remove the profile \"%1\"?").arg(name);
    q.details = SignInProfile::secretKept(m_chosen, true) ? tr("The secret kept for it in the system keychain is removed too.") : QString();
    q.answers = {Prompter::Yes, Prompter::Cancel};
    q.defaultAnswer = Prompter::Cancel;
    q.warning = true;
    if (Prompter::ask(this, q) != Prompter::Yes)
        return;
    const int index = m_profileCombo->findData(name);
    if (index >= 0)
        m_profileCombo->removeItem(index); // the next profile (or a new connection) is chosen
    Session::removeProfile(m_settings, m_session->secrets(), name, [self = QPointer<SignInDialog>(this)](const QString &problem) {
        if (self && !problem.isEmpty())
            self->showMessage(problem, true);
    });
    m_settings->sync();
}

void SignInDialog::testConnection()
{
    if (isBusy())
        return;
    const bool platform = method() == ConnectionProfile::Method::Platform;
    const QString address = platform ? m_platformUrlEdit->text() : m_serverEdit->text();
    m_testing = true;
    setBusy(true, tr("Testing the connection to %1…").arg(address.trimmed()));
    m_session->testConnection(address, m_proxyEdit->text(), m_caFileEdit->text(), platform);
}

void SignInDialog::onTested(const ConnectionReport &report)
{
    m_testing = false;
    setBusy(false);
    ConnectionReport r = report;
    const bool good = r.reachable && (!r.usesTls || r.tlsTrusted) && r.apiAnswers;
    showMessage(r.lines().join(QLatin1Char('\n')), !good);
}

} // namespace km
