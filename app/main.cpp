// kmconsole: desktop console for the Secret Server Key Management API. Thin: the headless
// commands live in cli/, the window in ui/.
#include "ApiClient.h"
#include "Cli.h"
#include "Localization.h"
#include "MainWindow.h"
#include "SecretStore.h"
#include "Settings.h"
#include "SignInDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QTextStream>

int main(int argc, char *argv[])
{
    if (Cli::isCommand(argc, argv))
        return Cli::run(argc, argv);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kmconsole"));
    QApplication::setOrganizationName(QStringLiteral("kmconsole"));
    QApplication::setApplicationVersion(QStringLiteral(KMCONSOLE_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("kmconsole"));
    const QString language = Localization::install(app, Localization::requestedLanguage(argc, argv));
    app.setProperty("kmconsoleLanguage", language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
        "Console for the Secret Server Key Management API.\n"
        "Commands without a window (add --help to any): config show, rotation status, rotation start, "
        "rotation retry, audit export."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"), QApplication::translate("main", "Secret Server address to prefill."), QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"), QApplication::translate("main", "User name to prefill."), QStringLiteral("NAME"));
    const QCommandLineOption domain(QStringLiteral("domain"), QApplication::translate("main", "Domain to prefill."), QStringLiteral("DOMAIN"));
    const QCommandLineOption profile(QStringLiteral("profile"), QApplication::translate("main", "Saved connection profile to choose."), QStringLiteral("NAME"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
        QApplication::translate("main", "Read the password from the first line of standard input and sign in at once."));
    const QCommandLineOption lang(QStringLiteral("lang"), QApplication::translate("main", "Language of the console (de, en, fr); the system's by default."),
                                  QStringLiteral("CODE"));
    parser.addOptions({server, user, domain, profile, passwordStdin, lang});
    parser.process(app);

    QNetworkAccessManager network;
    ApiClient client(&network);
    Settings settings;
    SecretStore secrets;

    SignInDialog signIn(&client, &settings, &secrets);
    if (parser.isSet(profile))
        signIn.selectProfile(parser.value(profile));
    signIn.prefill(parser.value(server), parser.value(user), parser.value(domain));
    if (parser.isSet(passwordStdin)) {
        QTextStream in(stdin);
        QString password = in.readLine();
        signIn.setPassword(password);
        password.fill(QLatin1Char('0'));
        QMetaObject::invokeMethod(&signIn, &SignInDialog::submit, Qt::QueuedConnection);
    }
    if (signIn.exec() != QDialog::Accepted)
        return 1;

    MainWindow window(&client, &settings, &secrets);
    window.show();
    return app.exec();
}
