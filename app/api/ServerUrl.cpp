#include "api/ServerUrl.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace km {

QUrl ServerUrl::normalise(const QString &text, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QUrl();
    };
    QString input = text.trimmed();
    if (input.isEmpty())
        return fail(tr("Enter the address of the Secret Server."));
    if (!input.contains(QLatin1String("://")))
        input.prepend(QLatin1String("https://"));

    QUrl url(input, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("\"%1\" is not a valid server address.").arg(text.trimmed().left(200)));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return fail(tr("The server address must start with https:// or http://, not %1://.").arg(scheme));
    if (!url.userInfo().isEmpty())
        return fail(tr("Leave the user name and password out of the server address."));

    // Collapse doubled slashes, then drop what users paste from the API's own URLs.
    QString path = url.path();
    path.replace(QRegularExpression(QStringLiteral("/{2,}")), QStringLiteral("/"));
    // Pasted twice ("…/api/api", "…/oauth2/token/oauth2/token") is still the same server: strip
    // tails until none is left, so that normalising a normalised address changes nothing.
    static const QRegularExpression apiTail(QStringLiteral("(/oauth2/token|/api(/v1(/.*)?)?)/?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    for (;;) {
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        const QString before = path;
        path.remove(apiTail);
        if (path == before)
            break;
    }

    QUrl base;
    base.setScheme(scheme);
    base.setHost(url.host());
    base.setPort(url.port());
    base.setPath(path);
    if (error)
        error->clear();
    return base;
}

QUrl ServerUrl::apiUrl(const QUrl &base, const QString &pathUnderApi)
{
    QUrl url = base;
    url.setPath(base.path() + QStringLiteral("/api") + pathUnderApi);
    return url;
}

QUrl ServerUrl::tokenUrl(const QUrl &base)
{
    QUrl url = base;
    url.setPath(base.path() + QStringLiteral("/oauth2/token"));
    return url;
}

} // namespace km
