#pragma once

#include <QString>

// Checks of the configuration fields as the user types. Each returns an empty string when the
// value is acceptable, or a translated reason to show next to the field.
namespace ConfigValidation {
QString awsAccessKeyId(const QString &value);
QString awsKeyId(const QString &value);
// Checks the form, and that the ARN names the key of the separate key-id field.
QString awsKeyArn(const QString &arn, const QString &keyId);
QString azureVaultUrl(const QString &value);
QString azureKeyName(const QString &value);
QString azureKeyVersion(const QString &value); // empty means "the latest version"
QString azurePrincipalId(const QString &value);
QString required();
QString requiredSecret();
}
