// kmconsole: desktop console for the Secret Server Key Management API. Thin: the headless
// commands live in cli/, the window in ui/.
#include "cli/Cli.h"
#include "cli/ConsoleOptions.h"
#include "i18n/Localization.h"
#include "ui/Icons.h"
#include "ui/MainWindow.h"
#include "services/ServerFleet.h"
#include "session/KeychainSecretStore.h"
#include "session/Session.h"
#include "session/Settings.h"
#include "ui/SignInDialog.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

using namespace km;

int main(int argc, char *argv[])
{
    if (Cli::isCommand(argc, argv))
        return Cli::run(argc, argv);
    // --version and --help need no display: answer them without starting the GUI.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" || arg == "--help-all")
            return Cli::printConsoleHelpOrVersion(argc, argv);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kmconsole"));
    QApplication::setOrganizationName(QStringLiteral("kmconsole"));
    QApplication::setApplicationVersion(QStringLiteral(KMCONSOLE_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("kmconsole"));
#ifdef KMCONSOLE_PNG_ICONS
    QApplication::setWindowIcon(Icons::get(Icons::Application));
#else
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kmconsole.svg")));
#endif
    QApplication::setDesktopFileName(QStringLiteral("org.kmconsole.kmconsole"));
    // The desktop's style and colours, with a focus frame 2 px wide and every text readable (4.5:1).
    QApplication::setStyle(Theme::withFocusFrame());
    QApplication::setPalette(Theme::readable(QApplication::palette()));
    const QString language = Localization::install(app, Localization::requestedLanguage(argc, argv));
    app.setProperty("kmconsoleLanguage", language);

    QCommandLineParser parser;
    const ConsoleOptions options;
    options.addTo(parser);
    parser.process(app);

    Settings settings;
    KeychainSecretStore secrets;
    Session session(&settings, &secrets);

    SignInDialog signIn(&session);
    if (parser.isSet(options.profile))
        signIn.selectProfile(parser.value(options.profile));
    signIn.prefill(parser.value(options.server), parser.value(options.user), parser.value(options.domain));
    if (parser.isSet(options.passwordStdin)) {
        QTextStream in(stdin);
        QString password = in.readLine();
        signIn.setPassword(password);
        password.fill(QLatin1Char('0'));
        QMetaObject::invokeMethod(&signIn, &SignInDialog::submit, Qt::QueuedConnection);
    }
    if (signIn.exec() != QDialog::Accepted)
        return 1;

    // Every saved server, each on its own session; the windows opened from the Servers page share it.
    ServerFleet fleet(&settings, &secrets);
    fleet.adopt(&session);
    MainWindow window(&session, &fleet);
    window.show();
    const int code = app.exec();
    // Windows opened on the fleet's sessions go before the fleet does.
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (w != &window && qobject_cast<MainWindow *>(w))
            delete w;
    }
    return code;
}
