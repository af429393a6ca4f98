#include "models/CsvWriter.h"

#include <cstring>

namespace km {

namespace {
// The first code point of UTF-8 text and its length in bytes (valid UTF-8 assumed; a stray byte
// counts as itself).
char32_t decodeOne(const unsigned char *p, qsizetype size, int &length)
{
    const unsigned char c = p[0];
    if (c < 0x80 || size < 2) {
        length = 1;
        return c;
    }
    if ((c & 0xE0) == 0xC0) {
        length = 2;
        return (char32_t(c & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if ((c & 0xF0) == 0xE0 && size >= 3) {
        length = 3;
        return (char32_t(c & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    if ((c & 0xF8) == 0xF0 && size >= 4) {
        length = 4;
        return (char32_t(c & 0x07) << 18) | (char32_t(p[1] & 0x3F) << 12) | (char32_t(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    }
    length = 1;
    return c;
}

// What spreadsheets start a formula with, including the fullwidth forms some of them fold to
// ASCII.
bool startsFormula(char32_t c)
{
    switch (c) {
    case U'=':
    case U'+':
    case U'-':
    case U'@':
    case 0xFF1D:
    case 0xFF0B:
    case 0xFF0D:
    case 0xFF20: return true;
    default: return false;
    }
}
} // namespace

bool CsvWriter::needsFormulaGuard(const char *utf8, qsizetype size)
{
    // Spreadsheets strip leading blanks and line breaks before they look for a formula, so the
    // first character after them decides; a cell that starts with a tab or CR is guarded anyway.
    const auto *p = reinterpret_cast<const unsigned char *>(utf8);
    for (qsizetype i = 0; i < size;) {
        int length = 1;
        const char32_t c = decodeOne(p + i, size - i, length);
        if (c == U'\t' || c == U'\r')
            return true;
        if (c == U' ' || c == U'\n' || c == 0x3000 || c == 0x00A0) {
            i += length;
            continue;
        }
        return startsFormula(c);
    }
    return false;
}

bool CsvWriter::needsFormulaGuard(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    return needsFormulaGuard(utf8.constData(), utf8.size());
}

void CsvWriter::appendField(QByteArray &out, const char *utf8, qsizetype size, bool guardFormula)
{
    const bool guard = guardFormula && size > 0 && needsFormulaGuard(utf8, size);
    bool quote = false;
    for (qsizetype i = 0; i < size && !quote; ++i) {
        const char c = utf8[i];
        quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    if (!quote) {
        if (guard)
            out += '\'';
        out.append(utf8, size);
        return;
    }
    out += '"';
    if (guard)
        out += '\'';
    const char *run = utf8;
    const char *end = utf8 + size;
    for (const char *q = utf8; q < end; ++q) {
        if (*q == '"') {
            out.append(run, q - run + 1);
            out += '"'; // doubled
            run = q + 1;
        }
    }
    out.append(run, end - run);
    out += '"';
}

QByteArray CsvWriter::field(const QString &value, bool guardFormula)
{
    const QByteArray utf8 = value.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 4);
    appendField(out, utf8.constData(), utf8.size(), guardFormula);
    return out;
}

QByteArray CsvWriter::row(const QStringList &fields, bool guardFormulas)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            out += ',';
        const QByteArray utf8 = fields.at(i).toUtf8();
        appendField(out, utf8.constData(), utf8.size(), guardFormulas);
    }
    out += "\r\n";
    return out;
}

QByteArray CsvWriter::byteOrderMark()
{
    return QByteArray("\xEF\xBB\xBF", 3);
}

} // namespace km
