#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace km {

// RFC 4180 CSV for spreadsheets: comma separated, CRLF line ends, a field quoted when it holds
// a comma, quote, CR or LF, quotes doubled, UTF-8. A text field that starts with = + - @, a tab
// or a carriage return gets a leading apostrophe so that no spreadsheet evaluates it as a
// formula (CSV injection); so does one whose first character after leading spaces and line feeds
// is one of those, or its fullwidth form (＝ ＋ － ＠). One implementation on UTF-8 bytes serves
// both the QString callers and the export's fast path, so both write the same bytes.
namespace CsvWriter {
QByteArray field(const QString &value, bool guardFormula = true);
QByteArray row(const QStringList &fields, bool guardFormulas = true);
QByteArray byteOrderMark();
bool needsFormulaGuard(const QString &value);

// The same on UTF-8 text, appended to out.
void appendField(QByteArray &out, const char *utf8, qsizetype size, bool guardFormula = true);
bool needsFormulaGuard(const char *utf8, qsizetype size);
} // namespace CsvWriter

} // namespace km
