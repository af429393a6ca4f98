#include "ui/Icons.h"

namespace km {

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
#ifdef KMCONSOLE_PNG_ICONS
    // A Windows build without QtSvg: the same pictures, drawn from the SVGs at build time
    // (resources/CMakeLists.txt) at the sizes a window asks for.
    QIcon bundled;
    const QString base = QString::fromLatin1(e.bundled).replace(QStringLiteral(":/icons/"), QStringLiteral(":/icons/png/")).chopped(4);
    for (const int size : {16, 24, 32, 48, 64, 128})
        bundled.addFile(QStringLiteral("%1-%2.png").arg(base).arg(size), QSize(size, size));
#else
    const QIcon bundled(QString::fromLatin1(e.bundled));
#endif
    return e.theme ? QIcon::fromTheme(QString::fromLatin1(e.theme), bundled) : bundled;
}

} // namespace km
