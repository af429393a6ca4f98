#pragma once

#include <QCoreApplication>
#include <QNetworkProxyFactory>
#include <QString>

namespace km {

// Which proxy a connection goes through. "" follows the system: the https_proxy, http_proxy,
// all_proxy and no_proxy variables first (either case), then the desktop's settings (Qt asks
// libproxy). "none" connects directly; a URL (http://host:port or socks5://host:port) names one.
// An https:// proxy is refused (problem() says so; from the environment it is passed over as if
// unset), since Qt cannot speak TLS to a proxy.
class ProxyPolicy : public QNetworkProxyFactory
{
    Q_DECLARE_TR_FUNCTIONS(ProxyPolicy)

public:
    explicit ProxyPolicy(const QString &setting);
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    // Empty when the setting is usable, otherwise why not (translated).
    static QString problem(const QString &setting);
    // The proxy for a query from environment variables alone; nullopt when they say nothing.
    static std::optional<QNetworkProxy> fromEnvironment(const QNetworkProxyQuery &query);

private:
    QString m_setting;
};

} // namespace km
