#include "models/SafeText.h"

namespace km {

namespace {
bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

// Length of an escape sequence starting at text[i] == ESC (or a C1 CSI/OSC introducer).
qsizetype escapeLength(const QString &text, qsizetype i)
{
    const qsizetype n = text.size();
    qsizetype j = i + 1;
    char16_t kind = text.at(i).unicode();
    if (kind == 0x1B) {
        if (j >= n)
            return 1;
        kind = text.at(j).unicode();
        if (kind == u'[')
            kind = 0x9B;
        else if (kind == u']' || kind == u'P' || kind == u'_' || kind == u'^' || kind == u'X')
            kind = 0x9D;
        else
            return 2; // a two-character sequence such as ESC c
        ++j;
    } else {
        j = i + 1;
    }
    if (kind == 0x9B) { // CSI: parameters and intermediates, then one final byte
        while (j < n && text.at(j).unicode() >= 0x20 && text.at(j).unicode() <= 0x3F)
            ++j;
        while (j < n && text.at(j).unicode() >= 0x20 && text.at(j).unicode() <= 0x2F)
            ++j;
        return (j < n ? j + 1 : j) - i;
    }
    if (kind == 0x9D || kind == 0x90 || kind == 0x9E || kind == 0x9F || kind == 0x98) {
        // A string sequence (OSC, DCS, …) runs to BEL or ST (ESC \ or 0x9C).
        while (j < n) {
            const char16_t c = text.at(j).unicode();
            if (c == 0x07 || c == 0x9C)
                return j + 1 - i;
            if (c == 0x1B && j + 1 < n && text.at(j + 1) == QLatin1Char('\\'))
                return j + 2 - i;
            ++j;
        }
        return n - i;
    }
    return 1;
}

QString clean(const QString &text, bool keepLineBreaks)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const char16_t c = text.at(i).unicode();
        if (c == 0x1B || c == 0x9B || c == 0x9D || c == 0x90 || c == 0x9E || c == 0x9F || c == 0x98) {
            i += escapeLength(text, i);
            continue;
        }
        if (c == u'\r' && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
            ++i; // CRLF is one line break
            continue;
        }
        if (c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029 || c == 0x0B || c == 0x0C || c == 0x85) {
            if (keepLineBreaks)
                out += QLatin1Char('\n');
            else
                out += QStringLiteral(" ⏎ ");
        } else if (c == u'\t') {
            out += QLatin1Char(' ');
        } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || isBidiControl(c)) {
            // dropped
        } else {
            out += text.at(i);
        }
        ++i;
    }
    return out;
}
} // namespace

QString SafeText::oneLine(const QString &text)
{
    return clean(text, false);
}

QString SafeText::multiLine(const QString &text)
{
    return clean(text, true);
}

} // namespace km
