#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// RFC 4180 CSV for spreadsheets: comma separated, CRLF line ends, a field quoted when it holds
// a comma, quote, CR or LF, quotes doubled, UTF-8. A text field that starts with = + - @, a tab
// or a carriage return gets a leading apostrophe so that no spreadsheet evaluates it as a
// formula (CSV injection).
namespace CsvWriter {
QByteArray field(const QString &value, bool guardFormula = true);
QByteArray row(const QStringList &fields, bool guardFormulas = true);
QByteArray byteOrderMark();
bool needsFormulaGuard(const QString &value);
}
