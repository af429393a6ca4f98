#include "models/ConfigField.h"

#include "models/ConfigValidation.h"

#include <QCoreApplication>

namespace km {

namespace {
struct FieldText
{
    Q_DECLARE_TR_FUNCTIONS(ConfigField)
};

using namespace ConfigField;

QString checkArn(const QString &v, const Values &all)
{
    return ConfigValidation::awsKeyArn(v, all[AwsKeyId].trimmed());
}
QString checkAccessKeyId(const QString &v, const Values &)
{
    return ConfigValidation::awsAccessKeyId(v);
}
QString checkSecretAccessKey(const QString &v, const Values &)
{
    return ConfigValidation::awsSecretAccessKey(v);
}
QString checkKeyId(const QString &v, const Values &)
{
    return ConfigValidation::awsKeyId(v);
}
QString checkVaultUrl(const QString &v, const Values &)
{
    return ConfigValidation::azureVaultUrl(v);
}
QString checkKeyName(const QString &v, const Values &)
{
    return ConfigValidation::azureKeyName(v);
}
QString checkKeyVersion(const QString &v, const Values &)
{
    return ConfigValidation::azureKeyVersion(v);
}
QString checkPrincipalId(const QString &v, const Values &)
{
    return ConfigValidation::azurePrincipalId(v);
}
QString checkPrincipalSecret(const QString &v, const Values &)
{
    return ConfigValidation::azurePrincipalSecret(v);
}

constexpr auto Aws = KeyManagementKind::AwsKms;
constexpr auto Azure = KeyManagementKind::AzureKeyVault;

const std::array<Spec, Count> table = {{
    {AwsAccessKeyId, Aws, QLatin1String("awsKmsAccessKeyId"), QLatin1String("access-key-id"), false, false,
     [] { return FieldText::tr("Access key id"); },
     [] { return FieldText::tr("20 upper-case letters and digits, starting with AKIA or ASIA."); }, checkAccessKeyId},
    {AwsSecretAccessKey, Aws, QLatin1String("awsKmsSecretAccessKey"), QLatin1String("secret-access-key"), true, false,
     [] { return FieldText::tr("Secret access key"); },
     [] { return FieldText::tr("40 letters, digits, /, + and =. The server never sends it back, so type it to save."); },
     checkSecretAccessKey},
    {AwsKeyArn, Aws, QLatin1String("awsKmsKeyArn"), QLatin1String("key-arn"), false, false, [] { return FieldText::tr("Key ARN"); },
     [] { return FieldText::tr("arn:aws:kms:REGION:ACCOUNT:key/KEY-ID, naming the same key as the key id."); }, checkArn},
    {AwsKeyId, Aws, QLatin1String("awsKmsKeyId"), QLatin1String("key-id"), false, false, [] { return FieldText::tr("Key id"); },
     [] { return FieldText::tr("A UUID, or mrk- and 32 hex digits for a multi-Region key."); }, checkKeyId},
    {AzureBaseUrl, Azure, QLatin1String("azureKeyVaultBaseUrl"), QLatin1String("vault-url"), false, false,
     [] { return FieldText::tr("Vault URL"); },
     [] { return FieldText::tr("https://NAME.vault.azure.net/, or the vault or managed HSM address of another Azure cloud."); },
     checkVaultUrl},
    {AzureKeyName, Azure, QLatin1String("azureKeyVaultKeyName"), QLatin1String("key-name"), false, false,
     [] { return FieldText::tr("Key name"); }, [] { return FieldText::tr("1 to 127 letters, digits and dashes."); }, checkKeyName},
    {AzureKeyVersion, Azure, QLatin1String("azureKeyVaultKeyVersion"), QLatin1String("key-version"), false, true,
     [] { return FieldText::tr("Key version"); }, [] { return FieldText::tr("32 hex digits, or empty for the latest version."); },
     checkKeyVersion},
    {AzurePrincipalId, Azure, QLatin1String("azureKeyVaultPrincipalId"), QLatin1String("principal-id"), false, false,
     [] { return FieldText::tr("Principal (client) id"); }, [] { return FieldText::tr("The application (client) id, a GUID."); },
     checkPrincipalId},
    {AzurePrincipalSecret, Azure, QLatin1String("azureKeyVaultPrincipalSecret"), QLatin1String("principal-secret"), true, false,
     [] { return FieldText::tr("Principal secret"); },
     [] { return FieldText::tr("The client secret. The server never sends it back, so type it to save."); }, checkPrincipalSecret},
}};
} // namespace

const ConfigField::Spec &ConfigField::spec(Id id)
{
    return table.at(size_t(id));
}

const std::array<ConfigField::Spec, ConfigField::Count> &ConfigField::all()
{
    return table;
}

QList<ConfigField::Id> ConfigField::of(KeyManagementKind kind)
{
    QList<Id> ids;
    for (const Spec &s : table) {
        if (s.kind == kind)
            ids << s.id;
    }
    return ids;
}

std::optional<ConfigField::Id> ConfigField::byJsonName(const QString &name)
{
    for (const Spec &s : table) {
        if (name.compare(s.jsonName, Qt::CaseInsensitive) == 0)
            return s.id;
    }
    return std::nullopt;
}

std::optional<ConfigField::Id> ConfigField::byKey(const QString &key)
{
    for (const Spec &s : table) {
        if (key == s.key)
            return s.id;
    }
    return std::nullopt;
}

} // namespace km
