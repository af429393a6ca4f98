#include "models/TokenResponse.h"

#include "models/JsonFields.h"

namespace km {

bool TokenResponse::decode(const QJsonObject &json, TokenResponse &out, QString &error)
{
    TokenResponse t;
    JsonFields f(json, QStringLiteral("token response"));
    f.readString(QStringLiteral("access_token"), t.accessToken, JsonFields::Required);
    f.readString(QStringLiteral("token_type"), t.tokenType);
    f.readInt(QStringLiteral("expires_in"), t.expiresInSeconds);
    f.readString(QStringLiteral("refresh_token"), t.refreshToken);
    if (f.ok() && t.accessToken.isEmpty())
        f.failAt(QStringLiteral("access_token"), QStringLiteral("is empty"));
    if (f.ok() && !t.tokenType.isEmpty() && t.tokenType.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0)
        f.failAt(QStringLiteral("token_type"), QStringLiteral("\"%1\" is not a bearer token").arg(t.tokenType.left(20)));
    if (!f.ok()) {
        error = f.error();
        return false;
    }
    out = t;
    return true;
}

} // namespace km
