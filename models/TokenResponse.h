#pragma once

#include <QJsonObject>
#include <QString>

namespace km {

// The answer of POST /oauth2/token. Holds secrets: never log or persist it.
struct TokenResponse
{
    QString accessToken;
    QString tokenType;
    int expiresInSeconds = 0;
    QString refreshToken; // empty when the server does not allow refresh

    static bool decode(const QJsonObject &json, TokenResponse &out, QString &error);
};

} // namespace km
