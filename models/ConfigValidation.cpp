#include "models/ConfigValidation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace km {

namespace {
// lupdate sees ConfigValidationText::tr with the context the runtime uses.
struct ConfigValidationText
{
    Q_DECLARE_TR_FUNCTIONS(ConfigValidation)
};

bool whole(const QString &pattern, const QString &value, QRegularExpression::PatternOptions options = {})
{
    return QRegularExpression(QStringLiteral("\\A(?:%1)\\z").arg(pattern), options).match(value).hasMatch();
}

const QString guid = QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
const QString kmsKeyId = QStringLiteral("(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})");
} // namespace

QString ConfigValidation::required()
{
    return ConfigValidationText::tr("Required.");
}

QString ConfigValidation::requiredSecret()
{
    return ConfigValidationText::tr(
        "Required for every save: the server never sends the stored secret back, and a save replaces the whole configuration.");
}

QString ConfigValidation::awsAccessKeyId(const QString &v)
{
    if (v.isEmpty())
        return required();
    if (v.size() != 20)
        return ConfigValidationText::tr("An access key id is exactly 20 characters (this one has %n).", nullptr, int(v.size()));
    if (!v.startsWith(QLatin1String("AKIA")) && !v.startsWith(QLatin1String("ASIA")))
        return ConfigValidationText::tr("An access key id starts with AKIA (long-term) or ASIA (temporary).");
    if (!whole(QStringLiteral("[A-Z0-9]{20}"), v))
        return ConfigValidationText::tr("An access key id has only upper-case letters and digits.");
    return QString();
}

QString ConfigValidation::requiredUnreported()
{
    return ConfigValidationText::tr(
        "Required for every save: the server does not report this value, and a save replaces the whole configuration.");
}

QString ConfigValidation::awsSecretAccessKey(const QString &v)
{
    if (v.isEmpty())
        return requiredSecret();
    if (v.size() != 40)
        return ConfigValidationText::tr("A secret access key is exactly 40 characters (this one has %n).", nullptr, int(v.size()));
    if (!whole(QStringLiteral("[A-Za-z0-9/+=]{40}"), v))
        return ConfigValidationText::tr("A secret access key has only letters, digits, /, + and =.");
    return QString();
}

QString ConfigValidation::azurePrincipalSecret(const QString &v)
{
    return v.isEmpty() ? requiredSecret() : QString();
}

QString ConfigValidation::awsKeyId(const QString &v)
{
    if (v.isEmpty())
        return required();
    if (!whole(kmsKeyId, v))
        return ConfigValidationText::tr("A key id is a UUID such as 1234abcd-12ab-34cd-56ef-1234567890ab, or a multi-Region id mrk- "
                                        "followed by 32 hex digits, in lower case.");
    return QString();
}

QString ConfigValidation::awsKeyArn(const QString &arn, const QString &keyId)
{
    if (arn.isEmpty())
        return required();
    static const QRegularExpression form(QStringLiteral("\\Aarn:aws(?:-cn|-us-gov)?:kms:([a-z]{2}(?:-[a-z]+)+-\\d):(\\d{12}):key/(.+)\\z"));
    const auto m = form.match(arn);
    if (!m.hasMatch())
        return ConfigValidationText::tr("A key ARN has the form arn:aws:kms:REGION:ACCOUNT:key/KEY-ID, with a 12-digit account.");
    const QString arnKey = m.captured(3);
    if (!whole(kmsKeyId, arnKey))
        return ConfigValidationText::tr("The ARN's key id \"%1\" is not a key id.").arg(arnKey.left(60));
    if (!keyId.isEmpty() && arnKey != keyId)
        return ConfigValidationText::tr("The ARN names key %1, but the key id field says %2.").arg(arnKey, keyId.left(60));
    return QString();
}

QString ConfigValidation::azureVaultUrl(const QString &v)
{
    if (v.isEmpty())
        return required();
    if (!v.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return ConfigValidationText::tr("The vault URL starts with https://.");
    // Every Azure cloud names vaults NAME.vault.<cloud domain> and managed HSMs
    // NAME.managedhsm.<cloud domain>; the list of clouds grows, so the domain is not fixed here.
    if (!whole(QStringLiteral("https://[a-z0-9-]{3,24}\\.(?:vault|managedhsm)(?:\\.[a-z0-9-]+)+(?::\\d+)?/?"), v,
               QRegularExpression::CaseInsensitiveOption))
        return ConfigValidationText::tr(
            "The vault URL has the form https://NAME.vault.azure.net/ (in other Azure clouds NAME.vault.usgovcloudapi.net, "
            "NAME.vault.azure.cn, …; for a managed HSM NAME.managedhsm.azure.net).");
    return QString();
}

QString ConfigValidation::azureKeyName(const QString &v)
{
    if (v.isEmpty())
        return required();
    if (!whole(QStringLiteral("[A-Za-z0-9-]{1,127}"), v))
        return ConfigValidationText::tr("A key name is 1 to 127 letters, digits and dashes.");
    return QString();
}

QString ConfigValidation::azureKeyVersion(const QString &v)
{
    if (!v.isEmpty() && !whole(QStringLiteral("[0-9a-fA-F]{32}"), v))
        return ConfigValidationText::tr("A key version is 32 hex digits; leave it empty to use the latest version.");
    return QString();
}

QString ConfigValidation::azurePrincipalId(const QString &v)
{
    if (v.isEmpty())
        return required();
    if (!whole(guid, v))
        return ConfigValidationText::tr("The principal (client) id is a GUID such as 5f1c4b3a-2e1d-4c5b-9a8f-7e6d5c4b3a21.");
    return QString();
}

} // namespace km
