#pragma once

#include <QList>
#include <QString>

namespace km {

// An account of the sandbox: the two that sign in with a password, the platform service account
// that a Delinea Platform token stands for, and the people of the seeded audit history.
struct SandboxUser
{
    int id = 0;
    QString userName;
    QString displayName;
    bool administers = false;

    static constexpr int adminId = 1;
    static constexpr int auditorId = 2;
    static constexpr int platformServiceId = 11;

    static QList<SandboxUser> passwordAccounts(); // admin and auditor
    static QList<SandboxUser> seededAuditUsers(); // who appears in the seeded history
    static SandboxUser byId(int id);              // id 0 when there is none
};

} // namespace km
