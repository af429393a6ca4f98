#include "session/ProxyPolicy.h"

#include <QHostAddress>
#include <QUrl>

namespace km {

namespace {
QString environment(const char *lower)
{
    QByteArray value = qgetenv(lower);
    if (value.isEmpty())
        value = qgetenv(QByteArray(lower).toUpper().constData());
    return QString::fromLocal8Bit(value).trimmed();
}

std::optional<QNetworkProxy> proxyFromUrl(const QString &text)
{
    QUrl url(text.contains(QLatin1String("://")) ? text : QStringLiteral("http://") + text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h"))
        return QNetworkProxy(QNetworkProxy::Socks5Proxy, url.host(), quint16(url.port(1080)));
    // Qt 6.4 speaks plain HTTP to an HTTP proxy: an https:// proxy (TLS to the proxy itself) is
    // not something it can reach, so it is refused rather than sent plain text on port 443.
    if (scheme == QLatin1String("http"))
        return QNetworkProxy(QNetworkProxy::HttpProxy, url.host(), quint16(url.port(8080)));
    return std::nullopt;
}

// no_proxy: comma separated host names (a leading dot or not: the domain and its subdomains),
// IP addresses (an IPv6 one bare or in brackets), networks in CIDR form (10.0.0.0/8, fd00::/8),
// or * for everything; a :port suffix is ignored.
bool bypassed(const QString &host)
{
    const QString list = environment("no_proxy");
    if (list.isEmpty() || host.isEmpty())
        return false;
    const QString h = host.toLower();
    const QHostAddress address(h);
    for (QString entry : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        entry = entry.trimmed().toLower();
        if (entry == QLatin1String("*"))
            return true;
        if (entry.startsWith(QLatin1Char('['))) // [v6] or [v6]:port
            entry = entry.mid(1, entry.indexOf(QLatin1Char(']')) - 1);
        else if (entry.count(QLatin1Char(':')) == 1)
            entry = entry.section(QLatin1Char(':'), 0, 0);
        while (entry.startsWith(QLatin1Char('.')) || entry.startsWith(QLatin1Char('*')))
            entry.remove(0, 1);
        if (entry.isEmpty())
            continue;
        if (h == entry || h.endsWith(QLatin1Char('.') + entry))
            return true;
        if (address.isNull())
            continue;
        if (entry.contains(QLatin1Char('/'))) {
            const QPair<QHostAddress, int> network = QHostAddress::parseSubnet(entry);
            if (!network.first.isNull() && address.isInSubnet(network))
                return true;
        } else if (address == QHostAddress(entry)) {
            return true;
        }
    }
    return false;
}
} // namespace

ProxyPolicy::ProxyPolicy(const QString &setting) : m_setting(setting.trimmed())
{}

QString ProxyPolicy::problem(const QString &setting)
{
    const QString s = setting.trimmed();
    if (s.isEmpty() || s.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return QString();
    if (s.contains(QLatin1Char('@')))
        return tr("Leave the user name and password out of the proxy address; proxies that ask for a password are not supported.");
    if (s.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return tr("An https:// proxy (TLS to the proxy) is not supported; use http://HOST:PORT or socks5://HOST:PORT.");
    if (!proxyFromUrl(s))
        return tr("\"%1\" is not a proxy address; use http://HOST:PORT or socks5://HOST:PORT.").arg(s.left(100));
    return QString();
}

std::optional<QNetworkProxy> ProxyPolicy::fromEnvironment(const QNetworkProxyQuery &query)
{
    const QString scheme = query.protocolTag().toLower();
    QString setting = environment(scheme == QLatin1String("https") ? "https_proxy" : "http_proxy");
    if (setting.isEmpty())
        setting = environment("all_proxy");
    if (setting.isEmpty())
        return std::nullopt;
    if (bypassed(query.peerHostName()))
        return QNetworkProxy(QNetworkProxy::NoProxy);
    return proxyFromUrl(setting);
}

QList<QNetworkProxy> ProxyPolicy::queryProxy(const QNetworkProxyQuery &query)
{
    if (m_setting.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    if (!m_setting.isEmpty()) {
        if (const auto proxy = proxyFromUrl(m_setting))
            return {*proxy};
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    }
    if (const auto proxy = fromEnvironment(query))
        return {*proxy};
    return QNetworkProxyFactory::systemProxyForQuery(query);
}

} // namespace km
