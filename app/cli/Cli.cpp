#include "cli/Cli.h"

#include "cli/CliCommon.h"
#include "cli/ConsoleOptions.h"
#include "i18n/Localization.h"

#include "SafeText.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

bool Cli::isCommand(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    const QByteArray first(argv[1]);
    return first == "config" || first == "rotation" || first == "audit";
}

namespace {
// A command's stderr carries only its own lines (progress and the one-line reason): Qt's own
// warnings (a missing XDG_RUNTIME_DIR under cron or ssh, say) are dropped unless asked for.
void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const bool verbose = !qEnvironmentVariableIsEmpty("KMCONSOLE_DEBUG");
    if (!verbose)
        return;
    std::fprintf(stderr, "%s: %s\n", context.category ? context.category : "qt",
                 SafeText::oneLine(message).toLocal8Bit().constData());
    if (type == QtFatalMsg)
        std::abort();
}
} // namespace

int Cli::run(int argc, char *argv[])
{
    qInstallMessageHandler(quietMessages);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kmconsole"));
    QCoreApplication::setOrganizationName(QStringLiteral("kmconsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KMCONSOLE_VERSION));
    Localization::install(app, Localization::requestedLanguage(argc, argv));
    QStringList args = app.arguments();
    const QString command = args.value(1) + QLatin1Char(' ') + args.value(2);
    // The parser sees "kmconsole config show --json" as a program name and options.
    const QString program = args.mid(0, 3).join(QLatin1Char(' '));
    args = args.mid(3);
    args.prepend(program);
    if (command == QLatin1String("config show"))
        return configShow(args);
    if (command == QLatin1String("config set"))
        return configSet(args);
    if (command == QLatin1String("rotation status"))
        return rotationStatus(args);
    if (command == QLatin1String("rotation start"))
        return rotationStart(args);
    if (command == QLatin1String("rotation retry"))
        return rotationRetry(args);
    if (command == QLatin1String("audit export"))
        return auditExport(args);
    CliCommon::printError(CliText::tr("Unknown command \"%1\". Commands: config show, config set, rotation status, rotation start, rotation retry, audit export.")
                              .arg(command.trimmed()));
    return 2;
}

int Cli::printConsoleHelpOrVersion(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kmconsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KMCONSOLE_VERSION));
    Localization::install(app, Localization::requestedLanguage(argc, argv));
    QCommandLineParser parser;
    const ConsoleOptions options;
    options.addTo(parser);
    parser.process(app); // prints the help or the version and exits
    return 0;
}
