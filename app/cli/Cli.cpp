#include "cli/Cli.h"

#include "cli/CliCommon.h"
#include "cli/ConsoleOptions.h"
#include "i18n/Localization.h"

#include "models/SafeText.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

#include <cstdio>
#include <cstdlib>
#ifdef Q_OS_WIN
#include <QFileInfo>
#include <QScopeGuard>
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#endif

namespace km {

namespace {
// Every command, one line each: its words and what runs it. A command that draws (the report's
// PDF needs fonts) gets an offscreen QGuiApplication.
struct Command
{
    const char *words = nullptr;
    int (*handler)(const QStringList &arguments) = nullptr;
    bool drawsPages = false;
};

const Command commands[] = {
    {"config show", &Cli::configShow},
    {"config set", &Cli::configSet},
    {"config forget-types", &Cli::configForgetTypes},
    {"rotation status", &Cli::rotationStatus},
    {"rotation preflight", &Cli::rotationPreflight},
    {"rotation start", &Cli::rotationStart},
    {"rotation retry", &Cli::rotationRetry},
    {"secret-keys status", &Cli::secretKeysStatus},
    {"secret-keys rotate", &Cli::secretKeysRotate},
    {"secret-keys cancel", &Cli::secretKeysCancel},
    {"audit export", &Cli::auditExport},
    {"check", &Cli::check},
    {"report", &Cli::report, true},
    {"profile list", &Cli::profileList},
    {"profile remove", &Cli::profileRemove},
};

// Options of the window and of Qt that take a value, and Qt's that take none: skipped with their
// value when telling a command from the window ("kmconsole --lang de config show").
const char *const windowValueOptions[] = {"server", "user", "domain", "profile", "lang"};
const char *const qtValueOptions[] = {"platform",    "style",   "stylesheet", "qwindowgeometry", "qwindowtitle",
                                      "qwindowicon", "display", "session",    "platformtheme",   "platformpluginpath"};
const char *const qtFlagOptions[] = {"reverse", "nograb", "dograb", "widgetcount"};

template<std::size_t N>
bool among(const QByteArray &name, const char *const (&names)[N])
{
    for (const char *n : names) {
        if (name == n)
            return true;
    }
    return false;
}

// An option's name without its dashes and without "=value"; empty for a word.
QByteArray optionName(const QByteArray &arg, bool *inlineValue)
{
    *inlineValue = false;
    if (arg.size() < 2 || !arg.startsWith('-'))
        return QByteArray();
    QByteArray name = arg.mid(arg.startsWith("--") ? 2 : 1);
    const qsizetype eq = name.indexOf('=');
    if (eq >= 0) {
        *inlineValue = true;
        name.truncate(eq);
    }
    return name;
}

// What the command line holds once every option of the window and of Qt is set aside.
struct Reading
{
    QList<int> wordPositions; // argv indices of the words that remain
    QList<int> qtPositions;   // argv indices of Qt's window options and their values
};

Reading read(int argc, char *argv[])
{
    Reading r;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--") { // the rest are words
            for (int j = i + 1; j < argc; ++j)
                r.wordPositions << j;
            break;
        }
        bool inlineValue = false;
        const QByteArray name = optionName(arg, &inlineValue);
        if (name.isEmpty()) {
            r.wordPositions << i;
            continue;
        }
        const bool qtValue = among(name, qtValueOptions);
        const bool takesValue = qtValue || (arg.startsWith("--") && among(name, windowValueOptions));
        if (qtValue || among(name, qtFlagOptions))
            r.qtPositions << i;
        if (takesValue && !inlineValue && i + 1 < argc) {
            ++i;
            if (qtValue)
                r.qtPositions << i;
        }
    }
    return r;
}

const Command *commandAt(const QStringList &words, int *wordCount)
{
    for (const Command &c : commands) {
        const QStringList parts = QString::fromLatin1(c.words).split(QLatin1Char(' '));
        if (words.mid(0, parts.size()) == parts) {
            *wordCount = int(parts.size());
            return &c;
        }
    }
    return nullptr;
}

QString commandList()
{
    QStringList names;
    for (const Command &c : commands)
        names << QString::fromLatin1(c.words);
    return names.join(QStringLiteral(", "));
}

// A command's stderr carries only its own lines (progress and the one-line reason): Qt's own
// warnings (a missing XDG_RUNTIME_DIR under cron or ssh, say) are dropped unless asked for.
void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const bool verbose = !qEnvironmentVariableIsEmpty("KMCONSOLE_DEBUG");
    if (!verbose)
        return;
    std::fprintf(stderr, "%s: %s\n", context.category ? context.category : "qt", SafeText::oneLine(message).toLocal8Bit().constData());
    if (type == QtFatalMsg)
        std::abort();
}
} // namespace

bool Cli::isCommand(int argc, char *argv[])
{
    // Any word left once the window's and Qt's options are set aside: a command, or a mistake
    // that gets exit 2 and the list of commands. Never a window.
    return !read(argc, argv).wordPositions.isEmpty();
}

QString Cli::commandNames()
{
    return commandList();
}

int Cli::run(int argc, char *argv[])
{
    qInstallMessageHandler(quietMessages);
#ifdef Q_OS_WIN
    // cmd.exe and PowerShell show the output as UTF-8 (the manifest makes UTF-8 the process's
    // code page, so the text is UTF-8), and get their own code page back afterwards.
    const UINT consoleCodePage = ::GetConsoleOutputCP();
    if (consoleCodePage != 0)
        ::SetConsoleOutputCP(CP_UTF8);
    const auto restoreCodePage = qScopeGuard([consoleCodePage] {
        if (consoleCodePage != 0)
            ::SetConsoleOutputCP(consoleCodePage);
    });
    // Standard output carries exactly the bytes written: a CSV's CRLF or a PDF must not become
    // CR CR LF through the C runtime's text mode, and lines end in LF as on Linux.
    ::_setmode(::_fileno(stdout), _O_BINARY);
#endif
    const Reading reading = read(argc, argv);
    QStringList words;
    for (int i : reading.wordPositions)
        words << QString::fromLocal8Bit(argv[i]);
    int wordCount = 0;
    const Command *command = commandAt(words, &wordCount);
    // The report's PDF needs fonts, so a QGuiApplication; offscreen, as no command needs a display.
    const bool drawsPages = command && command->drawsPages;
    if (drawsPages)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt's window options mean nothing to a command: set aside, so no parser trips on them.
    std::vector<char *> kept;
    for (int i = 0; i < argc; ++i) {
        if (!reading.qtPositions.contains(i))
            kept.push_back(argv[i]);
    }
    int keptCount = int(kept.size());
    kept.push_back(nullptr);
    std::unique_ptr<QCoreApplication> application(drawsPages ? new QGuiApplication(keptCount, kept.data())
                                                             : new QCoreApplication(keptCount, kept.data()));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("kmconsole"));
    QCoreApplication::setOrganizationName(QStringLiteral("kmconsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KMCONSOLE_VERSION));
    Localization::install(app, Localization::requestedLanguage(argc, argv));
    if (!command) {
        CliCommon::printError(
            CliText::tr("Unknown command \"%1\". Commands: %2.").arg(words.mid(0, 2).join(QLatin1Char(' ')), commandList()));
        return CliCommon::exitUsage;
    }
    // The parser sees "kmconsole config show --json" as a program name and options, wherever the
    // command's words stood among them ("kmconsole --lang de config show").
    const QList<int> commandPositions = reading.wordPositions.mid(0, wordCount);
#ifdef Q_OS_WIN
    // cmd.exe hands over the name as typed, PowerShell the whole path of kmconsole.com: the usage
    // line names what one types in either ("kmconsole config show").
    const QString program = QFileInfo(app.arguments().constFirst()).completeBaseName();
#else
    const QString program = app.arguments().constFirst();
#endif
    QStringList rest{program + QLatin1Char(' ') + words.mid(0, wordCount).join(QLatin1Char(' '))};
    for (int i = 1; i < argc; ++i) {
        if (!commandPositions.contains(i) && !reading.qtPositions.contains(i))
            rest << QString::fromLocal8Bit(argv[i]);
    }
    return command->handler(rest);
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

} // namespace km
