#include "Cli.h"

#include "ApiClient.h"
#include "Settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>
#include <optional>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

void printError(const QString &message)
{
    std::fprintf(stderr, "kmconsole: %s\n", qPrintable(message));
}

// Runs one asynchronous client call to completion.
template<class T, class Start>
ApiResult<T> wait(Start start)
{
    std::optional<ApiResult<T>> out;
    QEventLoop loop;
    start([&](const ApiResult<T> &r) {
        out = r;
        loop.quit();
    });
    if (!out)
        loop.exec();
    return *out;
}

struct Connection
{
    QCommandLineOption server{QStringLiteral("server"), tr("Secret Server address."), QStringLiteral("URL")};
    QCommandLineOption user{QStringLiteral("user"), tr("User name."), QStringLiteral("NAME")};
    QCommandLineOption domain{QStringLiteral("domain"), tr("Domain of the user."), QStringLiteral("DOMAIN")};
    QCommandLineOption profile{QStringLiteral("profile"), tr("Use the server, user and trusted certificate of a saved profile."), QStringLiteral("NAME")};
    QCommandLineOption passwordStdin{QStringLiteral("password-stdin"), tr("Read the password from the first line of standard input.")};
    QCommandLineOption tokenStdin{QStringLiteral("token-stdin"), tr("Read an API access token from the first line of standard input.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({server, user, domain, profile, passwordStdin, tokenStdin});
    }

    // Signs in as the options say; returns false after printing why.
    bool open(const QCommandLineParser &parser, ApiClient &client) const
    {
        ConnectionProfile p;
        if (parser.isSet(profile)) {
            Settings settings;
            const auto saved = settings.profile(parser.value(profile));
            if (!saved) {
                printError(tr("There is no saved profile named \"%1\".").arg(parser.value(profile)));
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
            printError(tr("Give exactly one of --password-stdin and --token-stdin; a password is never taken from the command line."));
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
            printError(tr("Give the user name with --user (or --profile)."));
            return false;
        }
        const auto signedIn = wait<NoContent>([&](auto done) {
            return client.signIn({p.userName, secret, p.domain, {}}, nullptr, done);
        });
        secret.fill(QLatin1Char('0'));
        if (!signedIn.ok()) {
            printError(tr("Sign-in failed: %1").arg(signedIn.error.message()));
            return false;
        }
        return true;
    }
};

QString typeLine(const KeyManagementConfig &c)
{
    return tr("%1 (id %2)").arg(c.typeName.isEmpty() ? tr("unnamed") : c.typeName).arg(c.typeId);
}

int configShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints the key management configuration. Secrets are never printed."));
    parser.addHelpOption();
    Connection connection;
    connection.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of text."));
    parser.addOption(json);
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    QNetworkAccessManager network;
    ApiClient client(&network);
    if (!connection.open(parser, client))
        return 1;
    const auto r = wait<KeyManagementConfig>([&](auto done) { return client.getConfig(nullptr, done); });
    if (!r.ok()) {
        printError(r.error.message());
        return 1;
    }
    const KeyManagementConfig &c = r.value;
    QTextStream out(stdout);
    if (parser.isSet(json)) {
        // The secret fields are left out altogether rather than printed empty.
        const QJsonObject o{
            {QStringLiteral("keyManagementConfigId"), c.configId},
            {QStringLiteral("keyManagementTypeId"), c.typeId},
            {QStringLiteral("keyManagementTypeName"), c.typeName},
            {QStringLiteral("awsKmsAccessKeyId"), c.awsAccessKeyId},
            {QStringLiteral("awsKmsKeyArn"), c.awsKeyArn},
            {QStringLiteral("awsKmsKeyId"), c.awsKeyId},
            {QStringLiteral("azureKeyVaultBaseUrl"), c.azureBaseUrl},
            {QStringLiteral("azureKeyVaultKeyName"), c.azureKeyName},
            {QStringLiteral("azureKeyVaultKeyVersion"), c.azureKeyVersion},
            {QStringLiteral("azureKeyVaultPrincipalId"), c.azurePrincipalId},
        };
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << tr("Server:    %1").arg(client.baseUrl().toDisplayString()) << '\n';
    out << tr("Type:      %1").arg(typeLine(c)) << '\n';
    switch (c.kind()) {
    case KeyManagementKind::AwsKms:
        out << tr("Access key id:      %1").arg(c.awsAccessKeyId) << '\n'
            << tr("Key ARN:            %1").arg(c.awsKeyArn) << '\n'
            << tr("Key id:             %1").arg(c.awsKeyId) << '\n'
            << tr("Secret access key:  (never shown)") << '\n';
        break;
    case KeyManagementKind::AzureKeyVault:
        out << tr("Vault URL:          %1").arg(c.azureBaseUrl) << '\n'
            << tr("Key name:           %1").arg(c.azureKeyName) << '\n'
            << tr("Key version:        %1").arg(c.azureKeyVersion.isEmpty() ? tr("(latest)") : c.azureKeyVersion) << '\n'
            << tr("Principal id:       %1").arg(c.azurePrincipalId) << '\n'
            << tr("Principal secret:   (never shown)") << '\n';
        break;
    case KeyManagementKind::None:
        out << tr("External key management is off.") << '\n';
        break;
    case KeyManagementKind::Other:
        out << tr("This console does not know the fields of this type.") << '\n';
        break;
    }
    return 0;
}
} // namespace

bool Cli::isCommand(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    const QByteArray first(argv[1]);
    return first == "config" || first == "rotation" || first == "audit";
}

int Cli::run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kmconsole"));
    QCoreApplication::setOrganizationName(QStringLiteral("kmconsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KMCONSOLE_VERSION));
    QStringList args = app.arguments();
    const QString command = args.value(1) + QLatin1Char(' ') + args.value(2);
    // The parser sees "kmconsole config show --json" as program + options.
    const QString program = args.takeFirst() + QLatin1Char(' ') + args.takeFirst() + QLatin1Char(' ') + (args.isEmpty() ? QString() : args.takeFirst());
    args.prepend(program);
    if (command == QLatin1String("config show"))
        return configShow(args);
    printError(tr("Unknown command \"%1\". Commands: config show.").arg(command.trimmed()));
    return 2;
}
