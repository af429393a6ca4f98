#include "cli/CliCommon.h"

#include "api/ServerUrl.h"
#include "services/SecretKeyMonitor.h"
#include "session/SecretStore.h"
#include "session/Settings.h"
#include "usecases/SignInProfile.h"
#include "usecases/UnattendedSignIn.h"

#include "models/SafeText.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTime>

#include <cstdio>
#ifdef Q_OS_WIN
#include <QMetaObject>
#include <QMutex>
#include <QPointer>
#include <io.h>
#include <windows.h>
#else
#include <unistd.h>
#endif

namespace km {

namespace {
// The command line never touches the keychain: a secret comes on standard input.
class NoSecretStore final : public SecretStore
{
public:
    void probe() override {}
    bool isProbed() const override { return true; }
    bool isAvailable() const override { return false; }
    QString unavailableReason() const override { return QString(); }
    void store(const QString &, const QString &, std::function<void(bool, const QString &)> done) override
    {
        if (done)
            done(false, QString());
    }
    void read(const QString &, std::function<void(std::optional<QString>)> done) override
    {
        if (done)
            done(std::nullopt);
    }
    void remove(const QString &, std::function<void(bool, const QString &)> done) override
    {
        if (done)
            done(true, QString());
    }
};
} // namespace

bool CliCommon::stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return ::_isatty(::_fileno(stderr)) != 0;
#else
    return ::isatty(STDERR_FILENO) != 0;
#endif
}

#ifdef Q_OS_WIN
namespace {
// The console's control handler runs on a thread of its own: it only posts to the main thread.
struct Interrupt
{
    QMutex mutex;
    QPointer<QObject> context;
    std::function<void()> handler;
    bool fired = false;
};
Interrupt &interrupt()
{
    static Interrupt i;
    return i;
}

BOOL WINAPI onConsoleControl(DWORD type)
{
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT && type != CTRL_CLOSE_EVENT)
        return FALSE;
    Interrupt &i = interrupt();
    QMutexLocker lock(&i.mutex);
    if (!i.context || i.fired)
        return FALSE; // a second Ctrl+C ends the process as usual
    i.fired = true;
    QMetaObject::invokeMethod(
        i.context.data(),
        [] {
        std::function<void()> handler;
        {
            QMutexLocker inner(&interrupt().mutex);
            handler = interrupt().handler;
        }
        if (handler)
            handler();
        },
        Qt::QueuedConnection);
    return TRUE;
}
} // namespace
#endif

std::shared_ptr<void> CliCommon::onInterrupt(QObject *context, const std::function<void()> &handler)
{
#ifdef Q_OS_WIN
    {
        Interrupt &i = interrupt();
        QMutexLocker lock(&i.mutex);
        i.context = context;
        i.handler = handler;
        i.fired = false;
    }
    ::SetConsoleCtrlHandler(onConsoleControl, TRUE);
    return std::shared_ptr<void>(nullptr, [](void *) {
        ::SetConsoleCtrlHandler(onConsoleControl, FALSE);
        Interrupt &i = interrupt();
        QMutexLocker lock(&i.mutex);
        i.context = nullptr;
        i.handler = nullptr;
    });
#else
    Q_UNUSED(context)
    Q_UNUSED(handler)
    return {};
#endif
}

void CliCommon::printError(const QString &message)
{
    std::fprintf(stderr, "kmconsole: %s\n", SafeText::oneLine(message).toLocal8Bit().constData());
    std::fflush(stderr);
}

void CliCommon::printWarning(const QString &message)
{
    printError(CliText::tr("warning: %1").arg(message));
}

void CliCommon::printProgress(const QString &line)
{
    std::fprintf(stderr, "[%s] %s\n", QTime::currentTime().toString(QStringLiteral("HH:mm:ss")).toLatin1().constData(),
                 SafeText::oneLine(line).toLocal8Bit().constData());
    std::fflush(stderr);
}

QString CliCommon::safe(const QString &serverText)
{
    return SafeText::oneLine(serverText);
}

int CliCommon::parse(QCommandLineParser &parser, const QStringList &arguments, int maxPositional)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return exitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // The usage line names the command too ("kmconsole config show [options]").
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().constFirst();
        const qsizetype at = help.indexOf(program);
        if (at >= 0)
            help.replace(at, program.size(), arguments.constFirst());
        std::fputs(help.toLocal8Bit().constData(), stdout);
        return -1;
    }
    if (parser.positionalArguments().size() > maxPositional) {
        printError(CliText::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().at(maxPositional)));
        return exitUsage;
    }
    return exitOk;
}

QString CliCommon::StdinLines::next()
{
    static QTextStream in(stdin);
    if (in.atEnd())
        return QString();
    return in.readLine();
}

CliCommon::Connection::Connection()
    : server(QStringLiteral("server"), CliText::tr("Secret Server address."), QStringLiteral("URL")),
      user(QStringLiteral("user"), CliText::tr("User name."), QStringLiteral("NAME")),
      domain(QStringLiteral("domain"), CliText::tr("Domain of the user."), QStringLiteral("DOMAIN")),
      profile(QStringLiteral("profile"), CliText::tr("Use the server, user, trusted certificate, proxy and CA of a saved profile."),
              QStringLiteral("NAME")),
      passwordStdin(QStringLiteral("password-stdin"), CliText::tr("Read the password from the first line of standard input.")),
      tokenStdin(QStringLiteral("token-stdin"), CliText::tr("Read an API access token from the first line of standard input.")),
      otp(QStringLiteral("otp"), CliText::tr("A one-time code for a two-factor account, or \"push\" to approve a Duo push on the phone."),
          QStringLiteral("CODE|push")),
      platformUrl(QStringLiteral("platform-url"), CliText::tr("Sign in through a Delinea Platform tenant (instead of --server)."),
                  QStringLiteral("URL")),
      platformClientId(QStringLiteral("platform-client-id"), CliText::tr("The platform service account's client id."),
                       QStringLiteral("ID")),
      platformSecretStdin(QStringLiteral("platform-secret-stdin"),
                          CliText::tr("Read the platform service account's client secret from the first line of standard input.")),
      vault(QStringLiteral("vault"), CliText::tr("Which of the tenant's vaults, by name or address, when it has several."),
            QStringLiteral("NAME|URL")),
      caFile(QStringLiteral("ca-file"), CliText::tr("Also trust the certificate authority in this PEM file."), QStringLiteral("PEM")),
      proxy(QStringLiteral("proxy"), CliText::tr("Proxy: a URL, or \"none\"; by default the system's (https_proxy, no_proxy)."),
            QStringLiteral("URL|none"))
{}

QCommandLineOption CliCommon::languageOption()
{
    // Read before parsing (Localization::requestedLanguage); listed for --help and accepted.
    return QCommandLineOption(QStringLiteral("lang"), CliText::tr("Language of the messages (de, en, fr)."), QStringLiteral("CODE"));
}

void CliCommon::Connection::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({server, user, domain, profile, passwordStdin, tokenStdin, otp, platformUrl, platformClientId, platformSecretStdin,
                       vault, caFile, proxy, languageOption()});
}

int CliCommon::Connection::open(const QCommandLineParser &parser, Session &session, bool keepSignedIn) const
{
    ConnectionProfile p;
    SignInProfile::Request request;
    request.front = SignInProfile::FrontEnd::CommandLine;
    if (parser.isSet(profile)) {
        const auto saved = session.settings()->profile(parser.value(profile));
        if (!saved) {
            printError(CliText::tr("There is no saved profile named \"%1\".").arg(parser.value(profile)));
            return exitUsage;
        }
        p = *saved;
        request.chosen = *saved;
    }
    const int sources = int(parser.isSet(passwordStdin)) + int(parser.isSet(tokenStdin)) + int(parser.isSet(platformSecretStdin));
    if (sources != 1) {
        printError(CliText::tr("Give exactly one of --password-stdin, --token-stdin and --platform-secret-stdin; a secret is never "
                               "taken from the command line."));
        return exitUsage;
    }
    Credentials c;
    if (parser.isSet(platformSecretStdin)) {
        c.method = ConnectionProfile::Method::Platform;
        c.platformUrl = parser.isSet(platformUrl) ? parser.value(platformUrl) : p.platformUrl;
        c.clientId = parser.isSet(platformClientId) ? parser.value(platformClientId) : p.platformClientId;
        c.vault = parser.isSet(vault) ? parser.value(vault) : p.vault;
        if (c.platformUrl.isEmpty() || c.clientId.isEmpty()) {
            printError(
                CliText::tr("Signing in through the Delinea Platform needs --platform-url and --platform-client-id (or --profile)."));
            return exitUsage;
        }
    } else {
        c.method = parser.isSet(tokenStdin) ? ConnectionProfile::Method::Token : ConnectionProfile::Method::Password;
        c.server = parser.isSet(server) ? parser.value(server) : p.server;
        c.userName = parser.isSet(user) ? parser.value(user) : p.userName;
        c.domain = parser.isSet(domain) ? parser.value(domain) : p.domain;
        c.oneTimeCode = parser.value(otp);
        if (c.server.isEmpty()) {
            printError(CliText::tr("Give the server with --server URL (or --profile)."));
            return exitUsage;
        }
        if (c.method == ConnectionProfile::Method::Password && c.userName.isEmpty()) {
            printError(CliText::tr("Give the user name with --user (or --profile)."));
            return exitUsage;
        }
    }
    if (parser.isSet(caFile))
        p.caFile = parser.value(caFile);
    if (parser.isSet(proxy))
        p.proxy = parser.value(proxy);
    session.setProfile(SignInProfile::startFrom(request.front, request.chosen, p));

    const QString secret = StdinLines::next();
    (c.method == ConnectionProfile::Method::Password ? c.password
     : c.method == ConnectionProfile::Method::Token  ? c.token
                                                     : c.clientSecret) = secret;
    session.keepSignedIn(keepSignedIn);

    QEventLoop loop;
    const auto push = QObject::connect(&session, &Session::waitingForPush, &loop, [] {
        printProgress(
            CliText::tr("Waiting for the Duo push to be approved (up to %n seconds)…", nullptr, int(ApiClient::pushTimeout.count())));
    });
    std::optional<UnattendedSignIn::Result> result;
    UnattendedSignIn::start(&session, c, &loop, [&](const UnattendedSignIn::Result &r) {
        result = r;
        loop.quit();
    });
    c.wipe();
    if (!result)
        loop.exec();
    QObject::disconnect(push);
    switch (result->outcome) {
    case UnattendedSignIn::SignedIn:
        // Nothing is saved and no secret kept from the command line (SignInProfile decides it).
        session.setProfile(SignInProfile::afterSignIn(request, session.profile()).session);
        return exitOk;
    case UnattendedSignIn::Refused: printError(result->problem); return exitUsage;
    case UnattendedSignIn::Untrusted: {
        const CertificateReview &review = *result->review;
        printError(CliText::tr("The certificate of %1 is not trusted (%2; SHA-256 %3). Nothing was sent. Trust it in the window's "
                               "sign-in (\"Always trust\" pins it in the profile, used with --profile), or give its CA with --ca-file.")
                       .arg(review.host, review.problems.join(QStringLiteral("; ")), review.fingerprintText()));
        return exitError;
    }
    case UnattendedSignIn::VaultToChoose: {
        QStringList names;
        for (const PlatformVault &v : result->vaults)
            names << QStringLiteral("%1 (%2)").arg(safe(v.name), v.url.toString());
        printError(CliText::tr("The tenant has several vaults; choose one with --vault: %1").arg(names.join(QStringLiteral(", "))));
        return exitUsage;
    }
    case UnattendedSignIn::Failed: break;
    }
    printError(CliText::tr("Sign-in failed: %1").arg(result->error.message()));
    if (result->error.kind() == ApiError::AuthFailed && c.method == ConnectionProfile::Method::Password && c.oneTimeCode.isEmpty())
        printError(CliText::tr("If this account uses two-factor authentication, add --otp CODE or --otp push."));
    return exitError;
}

CliCommon::CommandSession::CommandSession()
    : settings(std::make_unique<Settings>()), secrets(std::make_unique<NoSecretStore>()),
      session(std::make_unique<Session>(settings.get(), secrets.get()))
{}

CliCommon::CommandSession::~CommandSession() = default;

void CliCommon::printRefusalExplained(Session &session, const ApiError &refusal)
{
    SecretKeyMonitor monitor(&session);
    QEventLoop loop;
    QString explained;
    bool answered = false;
    monitor.explainRefusal(refusal, &loop, [&](const QString &text) {
        explained = text;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    if (!explained.isEmpty())
        printError(explained);
}

void CliCommon::printSecretKeyRotationIfRunning(Session &session)
{
    printRefusalExplained(session, ApiError(ApiError::BadRequest));
}

bool CliCommon::hostConfirmed(const QString &typed, const QString &host)
{
    if (typed.trimmed().compare(host, Qt::CaseInsensitive) == 0)
        return true;
    printError(CliText::tr("--confirm-host \"%1\" does not match the server's host name \"%2\"; nothing was sent.").arg(typed, host));
    return false;
}

} // namespace km
