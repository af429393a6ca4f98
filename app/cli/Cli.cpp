#include "cli/Cli.h"

#include "cli/CliCommon.h"
#include "cli/ConsoleOptions.h"
#include "i18n/Localization.h"

#include "SafeText.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

#include <cstdio>
#include <cstdlib>

bool Cli::isCommand(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    const QByteArray first(argv[1]);
    return first == "config" || first == "rotation" || first == "audit" || first == "report";
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
    // The report's PDF needs fonts, so a QGuiApplication; offscreen, as no command needs a display.
    const bool report = QByteArray(argv[1]) == "report";
    if (report)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(report ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("kmconsole"));
    QCoreApplication::setOrganizationName(QStringLiteral("kmconsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KMCONSOLE_VERSION));
    Localization::install(app, Localization::requestedLanguage(argc, argv));
    QStringList args = app.arguments();
    const int words = report ? 2 : 3; // "kmconsole report", "kmconsole config show"
    const QString command = report ? args.value(1) : args.value(1) + QLatin1Char(' ') + args.value(2);
    // The parser sees "kmconsole config show --json" as a program name and options.
    const QString program = args.mid(0, words).join(QLatin1Char(' '));
    args = args.mid(words);
    args.prepend(program);
    if (report)
        return Cli::report(args);
    if (command == QLatin1String("config show"))
        return configShow(args);
    if (command == QLatin1String("config set"))
        return configSet(args);
    if (command == QLatin1String("config forget-types"))
        return configForgetTypes(args);
    if (command == QLatin1String("rotation status"))
        return rotationStatus(args);
    if (command == QLatin1String("rotation start"))
        return rotationStart(args);
    if (command == QLatin1String("rotation retry"))
        return rotationRetry(args);
    if (command == QLatin1String("audit export"))
        return auditExport(args);
    CliCommon::printError(CliText::tr("Unknown command \"%1\". Commands: config show, config set, config forget-types, rotation status, rotation start, rotation retry, audit export, report.")
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
