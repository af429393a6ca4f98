#include "Icons.h"

QIcon Icons::get(Name name)
{
    struct Entry
    {
        const char *theme;
        const char *bundled;
    };
    static const Entry entries[] = {
        {"kmconsole", ":/icons/kmconsole.svg"},
        {"preferences-system", ":/icons/page-configuration.svg"},
        {nullptr, ":/icons/page-rotation.svg"},
        {nullptr, ":/icons/page-audit.svg"},
        {"view-refresh", ":/icons/reload.svg"},
        {nullptr, ":/icons/retry.svg"},
        {"document-export", ":/icons/export.svg"},
        {"system-log-out", ":/icons/sign-out.svg"},
        {nullptr, ":/icons/rotate-key.svg"},
        {nullptr, ":/icons/page-history.svg"},
        {"network-server", ":/icons/page-servers.svg"},
    };
    const Entry &e = entries[name];
    const QIcon bundled(QString::fromLatin1(e.bundled));
    return e.theme ? QIcon::fromTheme(QString::fromLatin1(e.theme), bundled) : bundled;
}
