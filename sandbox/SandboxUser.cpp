#include "sandbox/SandboxUser.h"

namespace km {

namespace {
// The seeded users include names a CSV export or a spreadsheet must survive.
const QList<SandboxUser> &everyone()
{
    static const QList<SandboxUser> users = {
        {1, QStringLiteral("admin"), QStringLiteral("Sandbox Administrator"), true},
        {2, QStringLiteral("auditor"), QStringLiteral("Sandbox Auditor"), false},
        {3, QStringLiteral("jdoe"), QStringLiteral("Jane Doe"), true},
        {4, QStringLiteral("sobrien"), QStringLiteral("Siobhán O'Brien, Security"), true},
        {5, QStringLiteral("zmuller"), QStringLiteral("Zoë \"Z\" Müller"), true},
        {6, QStringLiteral("formula"), QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"click\")"), true},
        {7, QStringLiteral("svc-backup"), QStringLiteral("+Backup Service"), true},
        {8, QStringLiteral("nightops"), QStringLiteral("-Ops Night Shift"), true},
        {9, QStringLiteral("automation"), QStringLiteral("@Automation"), true},
        {10, QStringLiteral("li.wei"), QStringLiteral("李伟"), true},
        {11, QStringLiteral("platform-svc"), QStringLiteral("Platform Service Account"), true},
    };
    return users;
}
} // namespace

QList<SandboxUser> SandboxUser::passwordAccounts()
{
    return {byId(adminId), byId(auditorId)};
}

QList<SandboxUser> SandboxUser::seededAuditUsers()
{
    return everyone().mid(0, 10);
}

SandboxUser SandboxUser::byId(int id)
{
    for (const SandboxUser &u : everyone()) {
        if (u.id == id)
            return u;
    }
    return {};
}

} // namespace km
