#pragma once

#include <QString>

namespace km {

// Checks of the configuration fields as the user types. Each returns an empty string when the
// value is acceptable, or a translated reason to show next to the field.
namespace ConfigValidation {
QString awsAccessKeyId(const QString &value);
QString awsSecretAccessKey(const QString &value); // 40 of the base64 alphabet
QString awsKeyId(const QString &value);
// Checks the form, and that the ARN names the key of the separate key-id field.
QString awsKeyArn(const QString &arn, const QString &keyId);
// A key vault or managed HSM of any Azure cloud: https://NAME.vault.azure.net/,
// NAME.vault.usgovcloudapi.net, NAME.vault.azure.cn, NAME.managedhsm.azure.net, ...
QString azureVaultUrl(const QString &value);
QString azureKeyName(const QString &value);
QString azureKeyVersion(const QString &value); // empty means "the latest version"
QString azurePrincipalId(const QString &value);
QString azurePrincipalSecret(const QString &value);
QString required();
// Why a secret must be typed for every save: the server never returns it, and a save replaces
// the whole configuration.
QString requiredSecret();
// Why a value the server does not report must be typed for a save.
QString requiredUnreported();
} // namespace ConfigValidation

} // namespace km
