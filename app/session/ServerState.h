#pragma once

#include "models/KeyManagementTypes.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <optional>

namespace km {

class ServerVersionProbe;
class Settings;

// What is known about the one server a session is signed in to, shared by everything that works
// with it (the window's Workspace and its services, the Servers page's ServerFleet, the commands):
// the key-management type ids it has shown (kept per address in the settings), whether it is in
// maintenance after a configuration save, the sentence of a secret-key rotation that runs, its
// version, whether this account may administer it, and the rotation policy the key's age is
// judged against. Session owns one (Session::server()) and has it take the ids remembered for the
// address each sign-in reaches; sign-in and trust stay in Session. Qt Core only: it sends nothing.
class ServerState : public QObject
{
    Q_OBJECT

public:
    // address: where the session reaches now (the ids are kept in the settings under it). Takes
    // the version probe over (its parent becomes this object).
    ServerState(Settings *settings, std::function<QUrl()> address, ServerVersionProbe *version, QObject *parent = nullptr);

    // A sign-in chose the address: the type ids remembered for it are taken from the settings.
    void loadTypes();

    // The server's version (GET /v1/version, asked once per sign-in) and what it allows.
    ServerVersionProbe *version() const { return m_version; }

    // --- what the server has shown about key-management types
    KeyManagementTypes types() const { return m_types; }
    // What a reply's type taught; Contradicted when it dropped every id remembered for this server.
    KeyManagementTypes::Learned learnType(int id, const QString &name);
    // The administrator's id, unless the server's replies rule it out (the reason, else empty).
    QString setTypeFromAdministrator(KeyManagementKind kind, int id);
    // Forgets every id this server has shown or the administrator gave; returns how many went.
    int forgetTypes();

    // After a configuration save the server re-encrypts its secret keys and refuses changes
    // until it has finished; the configuration service sets this, the rotation poll clears it
    // when the server allows a rotation again.
    bool inMaintenance() const { return m_maintenance; }
    void setMaintenance(bool on);

    // One rule for "a secret-key rotation runs", whoever started it (a save here, the command line,
    // another console): SecretKeyMonitor sets the sentence that says so, with its progress, from
    // every status it reads; empty while none is known to run. Save and the MEK rotation hold back
    // while it is set, with this sentence as their reason.
    QString secretKeyRotationRunning() const { return m_secretKeyRun; }
    void setSecretKeyRotationRunning(const QString &why);

    // Whether this account may administer key management (the rotation endpoint's hasPermission),
    // once a reply has said; the configuration is read-only without it.
    std::optional<bool> mayAdminister() const { return m_mayAdminister; }
    void setMayAdminister(bool may);

    // How old the key may get before it is overdue (1 to 36500 days). Session keeps it in its
    // profile (saved, when the profile is).
    int rotationPolicyDays() const { return m_policyDays; }
    void setRotationPolicyDays(int days);

Q_SIGNALS:
    void typesChanged();
    // A reply contradicted the ids remembered for this server, and all of them were dropped.
    void typesContradicted();
    void maintenanceChanged(bool on);
    void secretKeyRotationChanged();
    void permissionChanged();
    void policyChanged(int days);

private:
    Settings *m_settings;
    std::function<QUrl()> m_address;
    ServerVersionProbe *m_version;
    KeyManagementTypes m_types;
    bool m_maintenance = false;
    QString m_secretKeyRun;
    std::optional<bool> m_mayAdminister;
    int m_policyDays = 365;
};

} // namespace km
