#include "models/KeyManagementConfig.h"

#include "models/SafeText.h"

#include <QJsonArray>

#include "models/JsonFields.h"

namespace km {

bool KeyManagementConfig::operator==(const KeyManagementConfig &o) const
{
    return configId == o.configId && typeId == o.typeId && typeName == o.typeName && reported == o.reported;
}

bool KeyManagementConfig::decode(const QJsonObject &json, KeyManagementConfig &out, QString &error, const QString &path)
{
    KeyManagementConfig c;
    JsonFields f(json, path);
    f.readInt(QStringLiteral("keyManagementConfigId"), c.configId);
    f.readInt(QStringLiteral("keyManagementTypeId"), c.typeId, JsonFields::Required);
    f.readString(QStringLiteral("keyManagementTypeName"), c.typeName);
    for (const ConfigField::Spec &spec : ConfigField::all()) {
        if (spec.secret)
            continue; // may come back null, empty or masked: never kept, never shown, never sent back
        const QString name = spec.jsonName;
        if (!json.contains(name) || json.value(name).isNull())
            continue;
        QString value;
        f.readString(name, value);
        c.reported[spec.id] = value;
    }
    if (!f.ok()) {
        error = f.error();
        return false;
    }
    out = c;
    return true;
}

std::optional<KeyManagementConfigUpdate> KeyManagementConfigUpdate::make(KeyManagementKind kind, int typeId,
                                                                         const ConfigField::Values &values, QList<ConfigField::Id> *missing)
{
    if (kind == KeyManagementKind::Other)
        return std::nullopt;
    KeyManagementConfigUpdate u;
    u.typeId = typeId;
    u.kind = kind;
    QList<ConfigField::Id> gaps;
    for (ConfigField::Id id : ConfigField::of(kind)) {
        const ConfigField::Spec &spec = ConfigField::spec(id);
        // Secrets go exactly as typed; other values without the spaces around them.
        u.values[id] = spec.secret ? values[id] : values[id].trimmed();
        if (u.values[id].isEmpty() && !spec.emptyMeansSomething)
            gaps << id;
    }
    if (missing)
        *missing = gaps;
    if (!gaps.isEmpty())
        return std::nullopt;
    return u;
}

QJsonObject KeyManagementConfigUpdate::toJson() const
{
    QJsonObject o{{QStringLiteral("keyManagementTypeId"), typeId}};
    for (ConfigField::Id id : ConfigField::of(kind))
        o.insert(ConfigField::spec(id).jsonName, values[id]);
    return o;
}

QJsonObject KeyManagementConfig::publicJson(KeyManagementKind kind) const
{
    QJsonObject o{{QStringLiteral("keyManagementConfigId"), configId},
                  {QStringLiteral("keyManagementTypeId"), typeId},
                  {QStringLiteral("keyManagementTypeName"), SafeText::oneLine(typeName)},
                  {QStringLiteral("type"), kindKey(kind)}};
    QJsonArray notReported;
    for (const ConfigField::Spec &spec : ConfigField::all()) {
        if (spec.secret)
            continue;
        if (reports(spec.id))
            o.insert(spec.jsonName, SafeText::oneLine(value(spec.id)));
        else if (spec.kind == kind)
            notReported.append(QString(spec.jsonName));
    }
    o.insert(QStringLiteral("notReported"), notReported);
    return o;
}

} // namespace km
