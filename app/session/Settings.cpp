#include "session/Settings.h"

#include "api/ServerUrl.h"

#include <QSettings>
#include <QUrl>
#include <algorithm>

namespace km {

namespace {
// User-chosen names and URLs are kept out of the key path ('/' and friends) by percent-encoding.
QString keyOf(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString groupOf(const QString &profileName)
{
    return QStringLiteral("profiles/") + keyOf(profileName);
}

} // namespace

const char *ConnectionProfile::methodName(Method m)
{
    switch (m) {
    case Method::Token: return "token";
    case Method::Platform: return "platform";
    case Method::Password: break;
    }
    return "password";
}

bool ConnectionProfile::sameConnection(const ConnectionProfile &o) const
{
    if (method != o.method || server.trimmed() != o.server.trimmed())
        return false;
    switch (method) {
    case Method::Password: return userName.trimmed() == o.userName.trimmed() && domain.trimmed() == o.domain.trimmed();
    case Method::Token: return true;
    case Method::Platform:
        return platformUrl.trimmed() == o.platformUrl.trimmed() && platformClientId.trimmed() == o.platformClientId.trimmed();
    }
    return false;
}

QString ConnectionProfile::hostPortOf(const QString &address)
{
    const QUrl url = ServerUrl::normalise(address);
    if (!url.isValid() || url.host().isEmpty())
        return QString();
    return QStringLiteral("%1:%2").arg(url.host().toLower()).arg(url.port(url.scheme() == QLatin1String("http") ? 80 : 443));
}

namespace {
QSettings *openSettings()
{
#ifdef Q_OS_WIN
    // The registry, unless KMCONSOLE_SETTINGS_FILE names an INI file instead: a copy of kmconsole
    // carried on a stick, and the tests, which keep each run's settings apart (docs/platforms.md).
    const QString file = qEnvironmentVariable("KMCONSOLE_SETTINGS_FILE");
    if (!file.isEmpty())
        return new QSettings(file, QSettings::IniFormat);
#endif
    return new QSettings;
}
} // namespace

Settings::Settings(QObject *parent) : QObject(parent), m_settings(openSettings())
{}

Settings::~Settings()
{
    delete m_settings;
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

void Settings::sync()
{
    m_settings->sync();
}

QList<ConnectionProfile> Settings::profiles() const
{
    QList<ConnectionProfile> list;
    m_settings->beginGroup(QStringLiteral("profiles"));
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &group : groups) {
        if (const auto p = profile(QUrl::fromPercentEncoding(group.toLatin1())))
            list.append(*p);
    }
    std::sort(list.begin(), list.end(),
              [](const ConnectionProfile &a, const ConnectionProfile &b) { return a.lastUsedUtc > b.lastUsedUtc; });
    return list;
}

std::optional<ConnectionProfile> Settings::profile(const QString &name) const
{
    if (name.isEmpty())
        return std::nullopt;
    m_settings->beginGroup(groupOf(name));
    const bool exists = m_settings->contains(QStringLiteral("server")) || m_settings->contains(QStringLiteral("platformUrl"));
    ConnectionProfile p;
    p.name = name;
    p.server = m_settings->value(QStringLiteral("server")).toString();
    const QString method = m_settings->value(QStringLiteral("method")).toString();
    if (method == QLatin1String("token") || (method.isEmpty() && m_settings->value(QStringLiteral("useToken"), false).toBool()))
        p.method = ConnectionProfile::Method::Token;
    else if (method == QLatin1String("platform"))
        p.method = ConnectionProfile::Method::Platform;
    p.userName = m_settings->value(QStringLiteral("user")).toString();
    p.domain = m_settings->value(QStringLiteral("domain")).toString();
    p.oneTimeCode = m_settings->value(QStringLiteral("oneTimeCode")).toString();
    p.platformUrl = m_settings->value(QStringLiteral("platformUrl")).toString();
    p.platformClientId = m_settings->value(QStringLiteral("platformClientId")).toString();
    p.vault = m_settings->value(QStringLiteral("vault")).toString();
    p.rememberInKeychain = m_settings->value(QStringLiteral("rememberInKeychain"), false).toBool();
    p.lastUsedUtc = m_settings->value(QStringLiteral("lastUsed")).toDateTime();
    p.pinnedSha256 = m_settings->value(QStringLiteral("pinnedSha256")).toString();
    for (const QString &e : m_settings->value(QStringLiteral("pinnedErrors")).toStringList())
        p.pinnedErrors << QSslError::SslError(e.toInt());
    // A pin saved before pins named their host was made for the server the profile had then.
    p.pinnedHost = m_settings->value(QStringLiteral("pinnedHost")).toString();
    if (p.pinnedHost.isEmpty() && !p.pinnedSha256.isEmpty() && !m_settings->contains(QStringLiteral("pinnedHost")))
        p.pinnedHost = ConnectionProfile::hostPortOf(p.server);
    p.proxy = m_settings->value(QStringLiteral("proxy")).toString();
    p.caFile = m_settings->value(QStringLiteral("caFile")).toString();
    p.rotationPolicyDays = std::max(1, m_settings->value(QStringLiteral("rotationPolicyDays"), 365).toInt());
    m_settings->endGroup();
    return exists ? std::optional<ConnectionProfile>(p) : std::nullopt;
}

void Settings::saveProfile(const ConnectionProfile &p)
{
    m_settings->remove(groupOf(p.name)); // no key of an older shape survives
    m_settings->beginGroup(groupOf(p.name));
    m_settings->setValue(QStringLiteral("server"), p.server);
    m_settings->setValue(QStringLiteral("method"), QLatin1String(ConnectionProfile::methodName(p.method)));
    m_settings->setValue(QStringLiteral("user"), p.userName);
    m_settings->setValue(QStringLiteral("domain"), p.domain);
    m_settings->setValue(QStringLiteral("oneTimeCode"), p.oneTimeCode);
    m_settings->setValue(QStringLiteral("platformUrl"), p.platformUrl);
    m_settings->setValue(QStringLiteral("platformClientId"), p.platformClientId);
    m_settings->setValue(QStringLiteral("vault"), p.vault);
    m_settings->setValue(QStringLiteral("rememberInKeychain"), p.rememberInKeychain);
    m_settings->setValue(QStringLiteral("lastUsed"), p.lastUsedUtc);
    m_settings->setValue(QStringLiteral("pinnedSha256"), p.pinnedSha256);
    QStringList errors;
    for (QSslError::SslError e : p.pinnedErrors)
        errors << QString::number(int(e));
    m_settings->setValue(QStringLiteral("pinnedErrors"), errors);
    m_settings->setValue(QStringLiteral("pinnedHost"), p.pinnedHost);
    m_settings->setValue(QStringLiteral("proxy"), p.proxy);
    m_settings->setValue(QStringLiteral("caFile"), p.caFile);
    m_settings->setValue(QStringLiteral("rotationPolicyDays"), p.rotationPolicyDays);
    m_settings->endGroup();
    m_settings->setValue(QStringLiteral("lastProfile"), p.name);
}

void Settings::removeProfile(const QString &name)
{
    m_settings->remove(groupOf(name));
}

QString Settings::lastProfileName() const
{
    return m_settings->value(QStringLiteral("lastProfile")).toString();
}

KeyManagementTypes Settings::types(const QUrl &server) const
{
    return KeyManagementTypes::fromStrings(
        m_settings->value(QStringLiteral("servers/%1/types").arg(keyOf(server.toString(QUrl::StripTrailingSlash)))).toStringList());
}

void Settings::setTypes(const QUrl &server, const KeyManagementTypes &types)
{
    m_settings->setValue(QStringLiteral("servers/%1/types").arg(keyOf(server.toString(QUrl::StripTrailingSlash))), types.toStrings());
}

int Settings::forgetTypes(const QUrl &server)
{
    const QString key = QStringLiteral("servers/%1/types").arg(keyOf(server.toString(QUrl::StripTrailingSlash)));
    const int count = int(m_settings->value(key).toStringList().size());
    m_settings->remove(key);
    return count;
}

int Settings::forgetAllTypes()
{
    int count = 0;
    m_settings->beginGroup(QStringLiteral("servers"));
    const QStringList servers = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &server : servers) {
        const QString key = QStringLiteral("servers/%1/types").arg(server);
        count += int(m_settings->value(key).toStringList().size());
        m_settings->remove(key);
    }
    return count;
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(QStringLiteral("window/geometry")).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(QStringLiteral("window/geometry"), geometry);
}

int Settings::lastPage() const
{
    return m_settings->value(QStringLiteral("window/lastPage"), 0).toInt();
}

void Settings::setLastPage(int page)
{
    m_settings->setValue(QStringLiteral("window/lastPage"), page);
}

} // namespace km
