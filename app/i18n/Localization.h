#pragma once

#include <QString>

class QCoreApplication;

namespace km {

// The console's language: kmconsole's own translations (embedded under :/i18n) and Qt's for the
// standard dialogs. The system locale decides unless --lang CODE says otherwise.
namespace Localization {
// The value of --lang CODE or --lang=CODE among the raw arguments; empty when not given.
QString requestedLanguage(int argc, char *argv[]);
// Installs the translators; returns the language now in use ("de", "fr" or "en").
QString install(QCoreApplication &app, const QString &code);
// "Deutsch (de)", for the About box.
QString describe(const QString &code);
} // namespace Localization

} // namespace km
