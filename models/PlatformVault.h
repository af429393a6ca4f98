#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>

namespace km {

// One Secret Server vault of a Delinea Platform tenant, from GET /vaultbroker/api/vaults. The
// shape is not published; this reads what the platform's public SDKs read: vaults[].name,
// connection.url, isDefault, isActive.
struct PlatformVault
{
    QString id;
    QString name;
    QUrl url;
    bool isDefault = false;
    bool isActive = true;

    // The vault list: {"vaults": [...]} (a bare array is read too). A vault without a usable
    // https or http URL is an error naming it.
    static bool decodeList(const QJsonValue &json, QList<PlatformVault> &out, QString &error);
};

} // namespace km
