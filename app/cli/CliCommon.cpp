#include "cli/CliCommon.h"

#include "session/Settings.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTime>

#include <cstdio>

void CliCommon::printError(const QString &message)
{
    std::fprintf(stderr, "kmconsole: %s\n", qPrintable(message));
}

void CliCommon::printProgress(const QString &line)
{
    std::fprintf(stderr, "[%s] %s\n", qPrintable(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))), qPrintable(line));
    std::fflush(stderr);
}

int CliCommon::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // The usage line names the command too ("kmconsole config show [options]").
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().constFirst();
        const qsizetype at = help.indexOf(program);
        if (at >= 0)
            help.replace(at, program.size(), arguments.constFirst());
        std::fputs(qPrintable(help), stdout);
        return -1;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(CliText::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
        return 2;
    }
    return 0;
}

CliCommon::Connection::Connection()
    : server(QStringLiteral("server"), CliText::tr("Secret Server address."), QStringLiteral("URL")),
      user(QStringLiteral("user"), CliText::tr("User name."), QStringLiteral("NAME")),
      domain(QStringLiteral("domain"), CliText::tr("Domain of the user."), QStringLiteral("DOMAIN")),
      profile(QStringLiteral("profile"), CliText::tr("Use the server, user and trusted certificate of a saved profile."), QStringLiteral("NAME")),
      passwordStdin(QStringLiteral("password-stdin"), CliText::tr("Read the password from the first line of standard input.")),
      tokenStdin(QStringLiteral("token-stdin"), CliText::tr("Read an API access token from the first line of standard input."))
{
}

void CliCommon::Connection::addTo(QCommandLineParser &parser) const
{
    // --lang is read before parsing (Localization::requestedLanguage); listed here for --help.
    parser.addOptions({server, user, domain, profile, passwordStdin, tokenStdin,
                       QCommandLineOption(QStringLiteral("lang"), CliText::tr("Language of the messages (de, en, fr)."), QStringLiteral("CODE"))});
}

bool CliCommon::Connection::open(const QCommandLineParser &parser, ApiClient &client) const
{
    ConnectionProfile p;
    if (parser.isSet(profile)) {
        Settings settings;
        const auto saved = settings.profile(parser.value(profile));
        if (!saved) {
            printError(CliText::tr("There is no saved profile named \"%1\".").arg(parser.value(profile)));
            return false;
        }
        p = *saved;
    }
    if (parser.isSet(server))
        p.server = parser.value(server);
    if (parser.isSet(user))
        p.userName = parser.value(user);
    if (parser.isSet(domain))
        p.domain = parser.value(domain);
    QString error;
    if (!client.setServer(p.server, &error)) {
        printError(error);
        return false;
    }
    if (!p.pinnedSha256.isEmpty())
        client.trustCertificate(QByteArray::fromHex(p.pinnedSha256.toLatin1()), p.pinnedErrors);

    if (parser.isSet(passwordStdin) == parser.isSet(tokenStdin)) {
        printError(CliText::tr("Give exactly one of --password-stdin and --token-stdin; a password is never taken from the command line."));
        return false;
    }
    QTextStream in(stdin);
    QString secret = in.readLine();
    if (parser.isSet(tokenStdin)) {
        client.useBearerToken(secret);
        secret.fill(QLatin1Char('0'));
        return true;
    }
    if (p.userName.isEmpty()) {
        printError(CliText::tr("Give the user name with --user (or --profile)."));
        return false;
    }
    const auto signedIn = wait<NoContent>([&](auto done) {
        return client.signIn({p.userName, secret, p.domain, {}}, nullptr, done);
    });
    secret.fill(QLatin1Char('0'));
    if (!signedIn.ok()) {
        printError(CliText::tr("Sign-in failed: %1").arg(signedIn.error.message()));
        return false;
    }
    return true;
}
