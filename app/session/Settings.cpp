#include "session/Settings.h"

#include <QSettings>
#include <QUrl>
#include <algorithm>

namespace {
QString groupOf(const QString &profileName)
{
    // Profile names are the user's: keep '/' and friends out of the key path.
    return QStringLiteral("profiles/") + QString::fromLatin1(QUrl::toPercentEncoding(profileName));
}
} // namespace

Settings::Settings(QObject *parent) : QObject(parent), m_settings(new QSettings)
{
}

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
    std::sort(list.begin(), list.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        return a.lastUsedUtc > b.lastUsedUtc;
    });
    return list;
}

std::optional<ConnectionProfile> Settings::profile(const QString &name) const
{
    if (name.isEmpty())
        return std::nullopt;
    m_settings->beginGroup(groupOf(name));
    const bool exists = m_settings->contains(QStringLiteral("server"));
    ConnectionProfile p;
    p.name = name;
    p.server = m_settings->value(QStringLiteral("server")).toString();
    p.userName = m_settings->value(QStringLiteral("user")).toString();
    p.domain = m_settings->value(QStringLiteral("domain")).toString();
    p.useToken = m_settings->value(QStringLiteral("useToken"), false).toBool();
    p.rememberInKeychain = m_settings->value(QStringLiteral("rememberInKeychain"), false).toBool();
    p.lastUsedUtc = m_settings->value(QStringLiteral("lastUsed")).toDateTime();
    p.pinnedSha256 = m_settings->value(QStringLiteral("pinnedSha256")).toString();
    for (const QString &e : m_settings->value(QStringLiteral("pinnedErrors")).toStringList())
        p.pinnedErrors << QSslError::SslError(e.toInt());
    m_settings->endGroup();
    return exists ? std::optional<ConnectionProfile>(p) : std::nullopt;
}

void Settings::saveProfile(const ConnectionProfile &p)
{
    m_settings->beginGroup(groupOf(p.name));
    m_settings->setValue(QStringLiteral("server"), p.server);
    m_settings->setValue(QStringLiteral("user"), p.userName);
    m_settings->setValue(QStringLiteral("domain"), p.domain);
    m_settings->setValue(QStringLiteral("useToken"), p.useToken);
    m_settings->setValue(QStringLiteral("rememberInKeychain"), p.rememberInKeychain);
    m_settings->setValue(QStringLiteral("lastUsed"), p.lastUsedUtc);
    m_settings->setValue(QStringLiteral("pinnedSha256"), p.pinnedSha256);
    QStringList errors;
    for (QSslError::SslError e : p.pinnedErrors)
        errors << QString::number(int(e));
    m_settings->setValue(QStringLiteral("pinnedErrors"), errors);
    m_settings->endGroup();
    m_settings->setValue(QStringLiteral("lastProfile"), p.name);
    Q_EMIT changed();
}

void Settings::removeProfile(const QString &name)
{
    m_settings->remove(groupOf(name));
    Q_EMIT changed();
}

QString Settings::lastProfileName() const
{
    return m_settings->value(QStringLiteral("lastProfile")).toString();
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(QStringLiteral("window/geometry")).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(QStringLiteral("window/state")).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("window/state"), state);
}

int Settings::lastPage() const
{
    return m_settings->value(QStringLiteral("window/lastPage"), 0).toInt();
}

void Settings::setLastPage(int page)
{
    m_settings->setValue(QStringLiteral("window/lastPage"), page);
}
