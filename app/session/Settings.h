#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QSslError>
#include <QStringList>
#include <optional>

class QSettings;

// A named connection: where and as whom. Never a password or a token.
struct ConnectionProfile
{
    QString name;
    QString server;
    QString userName;
    QString domain;
    bool useToken = false;
    bool rememberInKeychain = false;
    QDateTime lastUsedUtc;
    // "Always trust" decisions: the SHA-256 fingerprint (hex) of the accepted certificate and the
    // verification errors that were accepted for it.
    QString pinnedSha256;
    QList<QSslError::SslError> pinnedErrors;
};

// The console's settings behind one typed wrapper with defaults. Tests point QSettings at a
// temporary folder; nothing secret is ever written here.
class Settings : public QObject
{
    Q_OBJECT

public:
    explicit Settings(QObject *parent = nullptr);
    ~Settings() override;

    QList<ConnectionProfile> profiles() const; // most recently used first
    std::optional<ConnectionProfile> profile(const QString &name) const;
    void saveProfile(const ConnectionProfile &profile);
    void removeProfile(const QString &name);
    QString lastProfileName() const;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    int lastPage() const;
    void setLastPage(int page);

    QString fileName() const;
    void sync();

Q_SIGNALS:
    void changed();

private:
    QSettings *m_settings;
};
