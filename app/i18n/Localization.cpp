#include "i18n/Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace km {

QString Localization::requestedLanguage(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--lang" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith("--lang="))
            return QString::fromLocal8Bit(arg.mid(7));
    }
    return QString();
}

QString Localization::install(QCoreApplication &app, const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    auto *own = new QTranslator(&app);
    if (!own->load(locale, QStringLiteral("kmconsole"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // No translation for this language: English, with its plural forms ("1 record", "2 records").
        if (own->load(QStringLiteral(":/i18n/kmconsole_en.qm")))
            app.installTranslator(own);
        else
            delete own;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return QStringLiteral("en");
    }
    app.installTranslator(own);
    // Qt's own strings (wizard buttons, file dialogs), where the system has them.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    const QString language = own->language().section(QLatin1Char('_'), 0, 0);
    return language.isEmpty() ? locale.name().section(QLatin1Char('_'), 0, 0) : language;
}

QString Localization::describe(const QString &code)
{
    const QLocale locale(code);
    const QString name = locale.nativeLanguageName();
    return QStringLiteral("%1 (%2)").arg(name.isEmpty() ? code : name, code);
}

} // namespace km
