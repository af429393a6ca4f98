#pragma once

#include "models/KeyManagementKind.h"

#include <QLatin1String>
#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace km {

// The one table of the key-management configuration's fields: what each is called on the wire,
// on screen and on the command line, which type needs it, whether it is a secret, whether the
// published GET model reports it, and how its value is checked. The editor, its validation, the
// change preview, `config show` and `config set` are all driven from here.
namespace ConfigField {
enum Id {
    AwsAccessKeyId,
    AwsSecretAccessKey,
    AwsKeyArn,
    AwsKeyId,
    AzureBaseUrl,
    AzureKeyName,
    AzureKeyVersion,
    AzurePrincipalId,
    AzurePrincipalSecret,
    Count
};

using Values = std::array<QString, Count>;

struct Spec
{
    Id id = Count;
    KeyManagementKind kind{};
    QLatin1String jsonName;           // KeyManagementConfigUpdateArgs
    QLatin1String key;                // stable short name: `config set --KEY`, widget names
    bool secret = false;              // write-only: never shown, never read back, never printed
    bool emptyMeansSomething = false; // Azure key version: empty is "the latest version"
    QString (*label)() = nullptr;
    QString (*hint)() = nullptr;
    // What is wrong with value (the others for cross-checks), or empty.
    QString (*check)(const QString &value, const Values &all) = nullptr;
};

const Spec &spec(Id id);
const std::array<Spec, Count> &all();
QList<Id> of(KeyManagementKind kind);
std::optional<Id> byJsonName(const QString &name); // case-insensitive, as modelState keys come
std::optional<Id> byKey(const QString &key);
} // namespace ConfigField

} // namespace km
