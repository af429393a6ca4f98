#pragma once

#include "models/ConfigField.h"
#include "models/KeyManagementKind.h"

#include <QJsonObject>
#include <QString>
#include <array>
#include <optional>

namespace km {

// KeyManagementConfigModel: what GET /v1/key-management, /stub and the PUT reply return. The
// published model has the type and the AWS fields only; a server that also sends Azure fields is
// read, but none is expected. Secrets are never kept, whatever the server sends for them.
struct KeyManagementConfig
{
    int configId = 0;
    int typeId = 0;
    QString typeName;
    // What the server reported for each non-secret field; nullopt when it said nothing.
    std::array<std::optional<QString>, ConfigField::Count> reported;

    bool reports(ConfigField::Id id) const { return reported[id].has_value(); }
    QString value(ConfigField::Id id) const { return reported[id].value_or(QString()); }
    bool operator==(const KeyManagementConfig &other) const;
    // The configuration as the server reported it, for JSON output: the type and every non-secret
    // field it reported (terminal-safe text), never a secret; fields of the type it did not report
    // are listed under "notReported".
    QJsonObject publicJson(KeyManagementKind kind) const;

    // The type id is the one identity the console needs (to learn the server's ids): a reply
    // without it is an error naming it. Every other field may be missing or null.
    static bool decode(const QJsonObject &json, KeyManagementConfig &out, QString &error,
                       const QString &path = QStringLiteral("KeyManagementConfigModel"));
};

// KeyManagementConfigUpdateArgs: the body of PUT /v1/key-management. A save replaces the whole
// configuration on a real server, so an update carries every field of its type, secrets
// included, and never an empty value the administrator did not mean (only the Azure key version
// may be empty: "the latest version"). make() refuses anything else before a byte is sent.
struct KeyManagementConfigUpdate
{
    int typeId = 0;
    KeyManagementKind kind = KeyManagementKind::None;
    ConfigField::Values values;

    // nullopt, with the fields that are missing in *missing, when the update is not whole.
    static std::optional<KeyManagementConfigUpdate> make(KeyManagementKind kind, int typeId, const ConfigField::Values &values,
                                                         QList<ConfigField::Id> *missing = nullptr);
    QJsonObject toJson() const;
};

} // namespace km
