#include "models/PlatformVault.h"

#include "models/JsonFields.h"

#include <QJsonArray>

namespace km {

bool PlatformVault::decodeList(const QJsonValue &json, QList<PlatformVault> &out, QString &error)
{
    QJsonArray vaults;
    if (json.isArray()) {
        vaults = json.toArray();
    } else if (json.isObject()) {
        JsonFields f(json.toObject(), QStringLiteral("vault list"));
        vaults = f.readArray(QStringLiteral("vaults"), JsonFields::Required);
        if (!f.ok()) {
            error = f.error();
            return false;
        }
    } else {
        error = QStringLiteral("vault list: expected an object with \"vaults\"");
        return false;
    }
    QList<PlatformVault> list;
    for (qsizetype i = 0; i < vaults.size(); ++i) {
        const QString path = QStringLiteral("vaults[%1]").arg(i);
        if (!vaults.at(i).isObject()) {
            error = path + QStringLiteral(": expected an object");
            return false;
        }
        PlatformVault v;
        JsonFields f(vaults.at(i).toObject(), path);
        f.readString(QStringLiteral("vaultId"), v.id);
        f.readString(QStringLiteral("name"), v.name);
        f.readBool(QStringLiteral("isDefault"), v.isDefault);
        f.readBool(QStringLiteral("isActive"), v.isActive);
        const QJsonObject connection = f.readObject(QStringLiteral("connection"), JsonFields::Required);
        QString url;
        if (f.ok()) {
            JsonFields c(connection, f.childPath(QStringLiteral("connection")));
            c.readString(QStringLiteral("url"), url, JsonFields::Required);
            if (!c.ok())
                f.fail(c.error());
        }
        v.url = QUrl(url, QUrl::StrictMode);
        if (f.ok()
            && (!v.url.isValid() || v.url.host().isEmpty()
                || (v.url.scheme() != QLatin1String("https") && v.url.scheme() != QLatin1String("http"))))
            f.failAt(QStringLiteral("connection.url"), QStringLiteral("\"%1\" is not a server address").arg(url.left(100)));
        if (!f.ok()) {
            error = f.error();
            return false;
        }
        if (v.name.isEmpty())
            v.name = v.url.host();
        list << v;
    }
    out = list;
    return true;
}

} // namespace km
