#include "cli/ConsoleOptions.h"

#include "cli/Cli.h"

#include <QCommandLineParser>

namespace km {

ConsoleOptions::ConsoleOptions()
    : server(QStringLiteral("server"), tr("Secret Server address to prefill."), QStringLiteral("URL")),
      user(QStringLiteral("user"), tr("User name to prefill."), QStringLiteral("NAME")),
      domain(QStringLiteral("domain"), tr("Domain to prefill."), QStringLiteral("DOMAIN")),
      profile(QStringLiteral("profile"), tr("Saved connection profile to choose."), QStringLiteral("NAME")),
      passwordStdin(QStringLiteral("password-stdin"), tr("Read the password from the first line of standard input and sign in at once.")),
      lang(QStringLiteral("lang"), tr("Language of the console (de, en, fr); the system's by default."), QStringLiteral("CODE"))
{}

void ConsoleOptions::addTo(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({server, user, domain, profile, passwordStdin, lang});
}

QString ConsoleOptions::description()
{
    return tr("Console for the Secret Server Key Management API.\n"
              "Commands without a window (add --help to any): %1.")
        .arg(Cli::commandNames());
}

} // namespace km
