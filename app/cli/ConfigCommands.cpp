#include "cli/Cli.h"
#include "cli/CliCommon.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

using namespace CliCommon;

namespace {
QString typeLine(const KeyManagementConfig &c)
{
    return CliText::tr("%1 (id %2)").arg(c.typeName.isEmpty() ? CliText::tr("unnamed") : c.typeName).arg(c.typeId);
}

} // namespace

int Cli::configShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Prints the key management configuration. Secrets are never printed."));
    Connection connection;
    connection.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print JSON instead of text."));
    parser.addOption(json);
    if (const int code = parse(parser, arguments))
        return code < 0 ? 0 : code;
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
    out << CliText::tr("Server:    %1").arg(client.baseUrl().toDisplayString()) << '\n';
    out << CliText::tr("Type:      %1").arg(typeLine(c)) << '\n';
    switch (c.kind()) {
    case KeyManagementKind::AwsKms:
        out << CliText::tr("Access key id:      %1").arg(c.awsAccessKeyId) << '\n'
            << CliText::tr("Key ARN:            %1").arg(c.awsKeyArn) << '\n'
            << CliText::tr("Key id:             %1").arg(c.awsKeyId) << '\n'
            << CliText::tr("Secret access key:  (never shown)") << '\n';
        break;
    case KeyManagementKind::AzureKeyVault:
        out << CliText::tr("Vault URL:          %1").arg(c.azureBaseUrl) << '\n'
            << CliText::tr("Key name:           %1").arg(c.azureKeyName) << '\n'
            << CliText::tr("Key version:        %1").arg(c.azureKeyVersion.isEmpty() ? CliText::tr("(latest)") : c.azureKeyVersion) << '\n'
            << CliText::tr("Principal id:       %1").arg(c.azurePrincipalId) << '\n'
            << CliText::tr("Principal secret:   (never shown)") << '\n';
        break;
    case KeyManagementKind::None:
        out << CliText::tr("External key management is off.") << '\n';
        break;
    case KeyManagementKind::Other:
        out << CliText::tr("This console does not know the fields of this type.") << '\n';
        break;
    }
    return 0;
}
