// kmconsole: desktop console for the Secret Server Key Management API.
#include "ApiClient.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kmconsole"));
    QApplication::setOrganizationName(QStringLiteral("kmconsole"));
    QApplication::setApplicationVersion(QStringLiteral(KMCONSOLE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Console for the Secret Server Key Management API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"), QApplication::translate("main", "Secret Server address."), QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"), QApplication::translate("main", "User name."), QStringLiteral("NAME"));
    const QCommandLineOption domain(QStringLiteral("domain"), QApplication::translate("main", "Domain of the user."), QStringLiteral("DOMAIN"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"), QApplication::translate("main", "Read the password from the first line of standard input."));
    parser.addOptions({server, user, domain, passwordStdin});
    parser.process(app);

    QNetworkAccessManager network;
    ApiClient client(&network);
    QString error;
    if (!client.setServer(parser.value(server), &error)) {
        std::fprintf(stderr, "kmconsole: %s\n", qPrintable(error));
        return 1;
    }
    SignInRequest request;
    request.userName = parser.value(user);
    request.domain = parser.value(domain);
    if (parser.isSet(passwordStdin)) {
        QTextStream in(stdin);
        request.password = in.readLine();
    }

    MainWindow *window = nullptr;
    client.signIn(request, nullptr, [&](const ApiResult<NoContent> &result) {
        if (!result.ok()) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Sign-in failed"), result.error.message());
            QApplication::exit(1);
            return;
        }
        window = new MainWindow(&client);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
    });
    request.password.fill(QLatin1Char('0'));
    return app.exec();
}
