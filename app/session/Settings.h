#pragma once

#include "models/KeyManagementTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QSslError>
#include <QStringList>
#include <QUrl>
#include <optional>

class QSettings;

namespace km {

// A named connection: where, as whom and how. Never a password, token or client secret.
struct ConnectionProfile
{
    enum class Method { Password, Token, Platform };

    QString name;
    QString server; // the Secret Server address (for the platform: the vault chosen last)
    Method method = Method::Password;
    QString userName;
    QString domain;
    // What the account needed to sign in last time: "" nothing, "code" a one-time code, "push"
    // a Duo push. The dialog asks for it up front next time.
    QString oneTimeCode;
    // Delinea Platform: the tenant, the service account's client id, and the vault (name or URL).
    QString platformUrl;
    QString platformClientId;
    QString vault;
    bool rememberInKeychain = false;
    QDateTime lastUsedUtc;
    // "Always trust" decisions: the SHA-256 fingerprint (hex) of the accepted certificate and the
    // verification errors that were accepted for it.
    QString pinnedSha256;
    QList<QSslError::SslError> pinnedErrors;
    // The host and port the pin was made for ("host:port"): a pin is used for that address only,
    // so another --server, or a profile whose server changed, does not carry it.
    QString pinnedHost;
    // Network: proxy "" (the system's), "none" (direct) or a URL; a PEM file of a private CA.
    QString proxy;
    QString caFile;
    // How old the master encryption key may get, in days, before this server is overdue.
    int rotationPolicyDays = 365;

    // "password", "token" or "platform": the settings file's word, and `profile list`'s.
    static const char *methodName(Method method);

    // Same server, method and identity: what decides whether a sign-in used this profile as it is.
    bool sameConnection(const ConnectionProfile &other) const;
    // "host:port" of an address as typed (the scheme's port when none is given); empty if unusable.
    static QString hostPortOf(const QString &address);
};

// The console's settings behind one typed wrapper with defaults, shared by the window and the
// command line. Tests point QSettings at a temporary folder; nothing secret is ever written here.
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

    // The key-management type ids a server has shown (or the administrator gave), per server.
    KeyManagementTypes types(const QUrl &server) const;
    void setTypes(const QUrl &server, const KeyManagementTypes &types);
    // Forgets the ids remembered for one server (or every server); returns how many ids went.
    int forgetTypes(const QUrl &server);
    int forgetAllTypes();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    int lastPage() const;
    void setLastPage(int page);

    QString fileName() const;
    void sync();

private:
    class QSettings *m_settings;
};

} // namespace km
