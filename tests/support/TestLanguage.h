#pragma once

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QString>
#include <QTranslator>
#include <memory>
#include <vector>

namespace km {

// Installs the console's compiled translation for a language (from the build's .qm folder) and
// Qt's own, as the application does; "en" needs none. The translators stay in `installed`.
inline bool installTestLanguage(const QString &qmDir, const QString &language, std::vector<std::unique_ptr<QTranslator>> &installed)
{
    if (language == QLatin1String("en"))
        return true;
    auto own = std::make_unique<QTranslator>();
    if (!own->load(QStringLiteral("%1/kmconsole_%2.qm").arg(qmDir, language)))
        return false;
    QCoreApplication::installTranslator(own.get());
    installed.push_back(std::move(own));
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed.push_back(std::move(qt));
    }
    return true;
}

} // namespace km
