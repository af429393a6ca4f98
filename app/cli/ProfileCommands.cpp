// kmconsole profile list | profile remove NAME: the saved connection profiles, without signing in.
#include "cli/Cli.h"

#include "cli/CliCommon.h"
#include "session/KeychainSecretStore.h"
#include "session/Session.h"
#include "session/Settings.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>

namespace km {

int Cli::profileList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Lists the saved connection profiles, most recently used first: name, "
                                                 "method, server and user, separated by tabs."));
    parser.addOption(CliCommon::languageOption());
    if (const int code = CliCommon::parse(parser, arguments); code != CliCommon::exitOk)
        return code < 0 ? CliCommon::exitOk : code;
    const Settings settings;
    for (const ConnectionProfile &p : settings.profiles()) {
        const bool platform = p.method == ConnectionProfile::Method::Platform;
        const QString who = platform ? p.platformClientId : p.method == ConnectionProfile::Method::Token ? QString() : p.userName;
        const QString line = QStringList{CliCommon::safe(p.name), QString::fromLatin1(ConnectionProfile::methodName(p.method)),
                                         CliCommon::safe(platform ? p.platformUrl : p.server), CliCommon::safe(who)}
                                 .join(QLatin1Char('\t'));
        std::fprintf(stdout, "%s\n", line.toLocal8Bit().constData());
    }
    std::fflush(stdout);
    return CliCommon::exitOk;
}

int Cli::profileRemove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Removes a saved connection profile and the secret kept for it in the system keychain."));
    parser.addPositionalArgument(QStringLiteral("NAME"), CliText::tr("The profile to remove (kmconsole profile list shows them)."));
    parser.addOption(CliCommon::languageOption());
    if (const int code = CliCommon::parse(parser, arguments, 1); code != CliCommon::exitOk)
        return code < 0 ? CliCommon::exitOk : code;
    if (parser.positionalArguments().isEmpty()) {
        CliCommon::printError(CliText::tr("Give the name of the profile to remove (kmconsole profile list shows them)."));
        return CliCommon::exitUsage;
    }
    Settings settings;
    KeychainSecretStore keychain;
    std::optional<QString> problem;
    QEventLoop loop;
    Session::removeProfile(&settings, &keychain, parser.positionalArguments().constFirst(), [&](const QString &p) {
        problem = p;
        loop.quit();
    });
    if (!problem) {
        // The keychain answers within seconds, or never (a locked desktop session): not forever.
        QTimer::singleShot(15000, &loop, [&] {
            problem = CliText::tr("The profile was removed, but the system keychain did not answer; its secret may still be kept there.");
            loop.quit();
        });
        loop.exec();
    }
    settings.sync();
    if (!problem->isEmpty()) {
        CliCommon::printError(*problem);
        return CliCommon::exitError;
    }
    return CliCommon::exitOk;
}

} // namespace km
