#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace km {

// The base URL of a Secret Server as users type or paste it: "host", "https://host/SecretServer/",
// "https://tenant.secretservercloud.com//api", ".../api/v1/key-management", ".../oauth2/token".
// normalise() turns any of these into the base the API lives under ({base}/api/v1, {base}/oauth2).
class ServerUrl
{
    Q_DECLARE_TR_FUNCTIONS(ServerUrl)

public:
    // Returns an invalid QUrl and sets *error (translated) when the text cannot be a server URL.
    static QUrl normalise(const QString &text, QString *error = nullptr);

    static QUrl apiUrl(const QUrl &base, const QString &pathUnderApi); // "/v1/key-management"
    static QUrl tokenUrl(const QUrl &base);
};

} // namespace km
