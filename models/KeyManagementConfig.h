#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

// Which fields a key management type needs. The API publishes type names, not ids, so the kind
// is resolved from keyManagementTypeName first and from the well-known ids only as a fallback.
enum class KeyManagementKind { None, AwsKms, AzureKeyVault, Other };

namespace KeyManagementTypes {
// Ids the console sends when the user switches to a type the server has not named yet. These are
// the ids kmsandbox uses; docs/api-decisions.md explains why they are an assumption.
constexpr int NoneId = 0;
constexpr int AwsKmsId = 1;
constexpr int AzureKeyVaultId = 2;
KeyManagementKind kindOf(int typeId, const QString &typeName);
int idOf(KeyManagementKind kind);
}

// KeyManagementConfigModel: what GET /v1/key-management and /stub return.
struct KeyManagementConfig
{
    int configId = 0;
    int typeId = 0;
    QString typeName;
    QString awsAccessKeyId;
    QString awsKeyArn;
    QString awsKeyId;
    QString awsSecretAccessKey; // servers never echo it: expected empty or masked
    QString azureBaseUrl;
    QString azureKeyName;
    QString azureKeyVersion;
    QString azurePrincipalId;
    QString azurePrincipalSecret; // likewise never echoed

    KeyManagementKind kind() const { return KeyManagementTypes::kindOf(typeId, typeName); }
    bool operator==(const KeyManagementConfig &other) const;

    static bool decode(const QJsonObject &json, KeyManagementConfig &out, QString &error,
                       const QString &path = QStringLiteral("KeyManagementConfigModel"));
};

// KeyManagementConfigUpdateArgs: the body of PUT /v1/key-management. A secret left unset is
// omitted from the body, which the server reads as "keep the stored secret".
struct KeyManagementConfigUpdate
{
    int typeId = 0;
    QString awsAccessKeyId;
    QString awsKeyArn;
    QString awsKeyId;
    std::optional<QString> awsSecretAccessKey;
    QString azureBaseUrl;
    QString azureKeyName;
    QString azureKeyVersion;
    QString azurePrincipalId;
    std::optional<QString> azurePrincipalSecret;

    // Starts from what the server has, so a replace-all PUT clears nothing by accident.
    static KeyManagementConfigUpdate from(const KeyManagementConfig &current);
    QJsonObject toJson() const;
};
