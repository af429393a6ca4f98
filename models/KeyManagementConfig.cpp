#include "KeyManagementConfig.h"

#include "JsonFields.h"

KeyManagementKind KeyManagementTypes::kindOf(int typeId, const QString &typeName)
{
    const QString name = typeName.trimmed().toLower();
    if (!name.isEmpty()) {
        if (name == QLatin1String("none") || name == QLatin1String("disabled"))
            return KeyManagementKind::None;
        if (name.contains(QLatin1String("amazon")) || name.contains(QLatin1String("aws")))
            return KeyManagementKind::AwsKms;
        if (name.contains(QLatin1String("azure")))
            return KeyManagementKind::AzureKeyVault;
        return KeyManagementKind::Other;
    }
    switch (typeId) {
    case NoneId: return KeyManagementKind::None;
    case AwsKmsId: return KeyManagementKind::AwsKms;
    case AzureKeyVaultId: return KeyManagementKind::AzureKeyVault;
    default: return KeyManagementKind::Other;
    }
}

int KeyManagementTypes::idOf(KeyManagementKind kind)
{
    switch (kind) {
    case KeyManagementKind::None: return NoneId;
    case KeyManagementKind::AwsKms: return AwsKmsId;
    case KeyManagementKind::AzureKeyVault: return AzureKeyVaultId;
    case KeyManagementKind::Other: break;
    }
    return -1;
}

bool KeyManagementConfig::operator==(const KeyManagementConfig &o) const
{
    return configId == o.configId && typeId == o.typeId && typeName == o.typeName
        && awsAccessKeyId == o.awsAccessKeyId && awsKeyArn == o.awsKeyArn && awsKeyId == o.awsKeyId
        && awsSecretAccessKey == o.awsSecretAccessKey && azureBaseUrl == o.azureBaseUrl
        && azureKeyName == o.azureKeyName && azureKeyVersion == o.azureKeyVersion
        && azurePrincipalId == o.azurePrincipalId && azurePrincipalSecret == o.azurePrincipalSecret;
}

bool KeyManagementConfig::decode(const QJsonObject &json, KeyManagementConfig &out, QString &error,
                                 const QString &path)
{
    KeyManagementConfig c;
    JsonFields f(json, path);
    f.readInt(QStringLiteral("keyManagementConfigId"), c.configId);
    f.readInt(QStringLiteral("keyManagementTypeId"), c.typeId, JsonFields::Required);
    f.readString(QStringLiteral("keyManagementTypeName"), c.typeName);
    f.readString(QStringLiteral("awsKmsAccessKeyId"), c.awsAccessKeyId);
    f.readString(QStringLiteral("awsKmsKeyArn"), c.awsKeyArn);
    f.readString(QStringLiteral("awsKmsKeyId"), c.awsKeyId);
    f.readString(QStringLiteral("awsKmsSecretAccessKey"), c.awsSecretAccessKey);
    // Some releases say azureManagedHsm... for the same fields; read those first so the
    // azureKeyVault... names win when a server sends both.
    for (const QString &prefix : {QStringLiteral("azureManagedHsm"), QStringLiteral("azureKeyVault")}) {
        f.readString(prefix + QStringLiteral("BaseUrl"), c.azureBaseUrl);
        f.readString(prefix + QStringLiteral("KeyName"), c.azureKeyName);
        f.readString(prefix + QStringLiteral("KeyVersion"), c.azureKeyVersion);
        f.readString(prefix + QStringLiteral("PrincipalId"), c.azurePrincipalId);
        f.readString(prefix + QStringLiteral("PrincipalSecret"), c.azurePrincipalSecret);
    }
    if (!f.ok()) {
        error = f.error();
        return false;
    }
    out = c;
    return true;
}

KeyManagementConfigUpdate KeyManagementConfigUpdate::from(const KeyManagementConfig &current)
{
    KeyManagementConfigUpdate u;
    u.typeId = current.typeId;
    u.awsAccessKeyId = current.awsAccessKeyId;
    u.awsKeyArn = current.awsKeyArn;
    u.awsKeyId = current.awsKeyId;
    u.azureBaseUrl = current.azureBaseUrl;
    u.azureKeyName = current.azureKeyName;
    u.azureKeyVersion = current.azureKeyVersion;
    u.azurePrincipalId = current.azurePrincipalId;
    return u;
}

QJsonObject KeyManagementConfigUpdate::toJson() const
{
    QJsonObject o{
        {QStringLiteral("keyManagementTypeId"), typeId},
        {QStringLiteral("awsKmsAccessKeyId"), awsAccessKeyId},
        {QStringLiteral("awsKmsKeyArn"), awsKeyArn},
        {QStringLiteral("awsKmsKeyId"), awsKeyId},
        {QStringLiteral("azureKeyVaultBaseUrl"), azureBaseUrl},
        {QStringLiteral("azureKeyVaultKeyName"), azureKeyName},
        {QStringLiteral("azureKeyVaultKeyVersion"), azureKeyVersion},
        {QStringLiteral("azureKeyVaultPrincipalId"), azurePrincipalId},
    };
    if (awsSecretAccessKey)
        o.insert(QStringLiteral("awsKmsSecretAccessKey"), *awsSecretAccessKey);
    if (azurePrincipalSecret)
        o.insert(QStringLiteral("azureKeyVaultPrincipalSecret"), *azurePrincipalSecret);
    return o;
}
