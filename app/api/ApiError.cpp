#include "api/ApiError.h"

#include "models/SafeText.h"

#include <QCoreApplication>

namespace km {

ApiError::ApiError(Kind kind, const QString &detail, int httpStatus)
    : m_kind(kind), m_detail(SafeText::oneLine(detail)), m_httpStatus(httpStatus)
{}

void ApiError::setFieldErrors(const QMap<QString, QStringList> &errors)
{
    m_fieldErrors.clear();
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        QStringList clean;
        for (const QString &m : it.value())
            clean << SafeText::oneLine(m);
        m_fieldErrors.insert(SafeText::oneLine(it.key()), clean);
    }
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case ServerError:
    case Timeout:
    case Network:
    case ConnectionRefused:
    case TooManyRequests: return true;
    default: return false;
    }
}

QString ApiError::message() const
{
    QString base;
    switch (m_kind) {
    case NoError: return QString();
    case HostNotFound: base = tr("The server's host name could not be found. Check the server address."); break;
    case ConnectionRefused:
        base = tr("The server refused the connection. Check the address and port, and that the server is running.");
        break;
    case Network: base = tr("The connection to the server failed."); break;
    case Timeout: base = tr("The server did not answer in time."); break;
    case Tls: base = tr("The server's certificate is not trusted."); break;
    case Cancelled: return tr("The request was cancelled.");
    case BadRequest: base = tr("The server refused the request."); break;
    case AuthFailed: base = tr("The server refused the credentials or the session."); break;
    case PermissionDenied: base = tr("Your account lacks the permission for this (View or Administer Key Management)."); break;
    case NotFound:
        base = tr("The server does not offer this API at that address. Is it a Secret Server, and is the base path right?");
        break;
    case ServerError: base = tr("The server failed while handling the request (HTTP %1).").arg(m_httpStatus); break;
    case TooManyRequests: base = tr("The server is receiving too many requests (HTTP 429)."); break;
    case HttpError: base = tr("The server answered with HTTP status %1.").arg(m_httpStatus); break;
    case NotJson: base = tr("The server answered with a web page instead of API data. Is the address that of a Secret Server?"); break;
    case BadJson: base = tr("The server's answer could not be read."); break;
    case TooLarge: base = tr("The server's answer is larger than this request can need, so it was not read."); break;
    case QueryFailed: base = tr("The server reported that the query failed."); break;
    }
    if (m_detail.isEmpty())
        return base;
    return tr("%1 %2").arg(base, m_detail);
}

QString ApiError::kindName() const
{
    switch (m_kind) {
    case NoError: return QStringLiteral("none");
    case HostNotFound: return QStringLiteral("host-not-found");
    case ConnectionRefused: return QStringLiteral("connection-refused");
    case Network: return QStringLiteral("network");
    case Timeout: return QStringLiteral("timeout");
    case Tls: return QStringLiteral("tls");
    case Cancelled: return QStringLiteral("cancelled");
    case BadRequest: return QStringLiteral("bad-request");
    case AuthFailed: return QStringLiteral("auth-failed");
    case PermissionDenied: return QStringLiteral("permission-denied");
    case NotFound: return QStringLiteral("not-found");
    case ServerError: return QStringLiteral("server-error");
    case TooManyRequests: return QStringLiteral("too-many-requests");
    case HttpError: return QStringLiteral("http-error");
    case NotJson: return QStringLiteral("not-json");
    case BadJson: return QStringLiteral("bad-json");
    case TooLarge: return QStringLiteral("too-large");
    case QueryFailed: return QStringLiteral("query-failed");
    }
    return QStringLiteral("unknown");
}

} // namespace km
