#pragma once

// Which external key management a configuration uses, as far as this console understands it.
// Servers name their types; the numeric ids are published nowhere (see KeyManagementTypes).
#include <QString>
#include <optional>

namespace km {

enum class KeyManagementKind { None, AwsKms, AzureKeyVault, Other };

// The kind's word on the command line and in JSON: "none", "aws", "azure" ("other" otherwise).
inline QString kindKey(KeyManagementKind kind)
{
    switch (kind) {
    case KeyManagementKind::None: return QStringLiteral("none");
    case KeyManagementKind::AwsKms: return QStringLiteral("aws");
    case KeyManagementKind::AzureKeyVault: return QStringLiteral("azure");
    case KeyManagementKind::Other: break;
    }
    return QStringLiteral("other");
}

inline std::optional<KeyManagementKind> kindOfKey(const QString &key)
{
    for (auto kind : {KeyManagementKind::None, KeyManagementKind::AwsKms, KeyManagementKind::AzureKeyVault}) {
        if (key.compare(kindKey(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

} // namespace km
