#pragma once

#include <QRegularExpression>
#include <QString>

namespace km {

// Checks on the words a test protects (a wording fix, a message that must say one thing), in any
// language: the test passes the translated template, obtained as the code gets it
// (Class::tr("source") or QCoreApplication::translate), and the text must be that template with
// each %1 … %99 filled in by any text. "%n" is already filled in by tr() when given its count.
namespace TrText {
inline QRegularExpression pattern(const QString &translatedTemplate, bool whole)
{
    static const QRegularExpression place(QStringLiteral("%L?[1-9][0-9]?"));
    QString rx;
    qsizetype at = 0;
    for (auto it = place.globalMatch(translatedTemplate); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        rx += QRegularExpression::escape(translatedTemplate.mid(at, m.capturedStart() - at)) + QStringLiteral("(.*)");
        at = m.capturedEnd();
    }
    rx += QRegularExpression::escape(translatedTemplate.mid(at));
    if (whole)
        rx = QStringLiteral("\\A") + rx + QStringLiteral("\\z");
    return QRegularExpression(rx, QRegularExpression::DotMatchesEverythingOption);
}

// The whole text is the template, filled in.
inline bool is(const QString &text, const QString &translatedTemplate)
{
    return pattern(translatedTemplate, true).match(text).hasMatch();
}

// The template, filled in, is somewhere in the text (a line among others).
inline bool has(const QString &text, const QString &translatedTemplate)
{
    return pattern(translatedTemplate, false).match(text).hasMatch();
}
} // namespace TrText

} // namespace km
