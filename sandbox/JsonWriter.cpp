#include "sandbox/JsonWriter.h"

namespace km {

void JsonWriter::key(QLatin1String name)
{
    separate();
    m_out->append('"');
    m_out->append(name.data(), name.size());
    m_out->append("\":", 2);
    m_first = true; // the value that follows takes no comma
}

void JsonWriter::value(const QString &text)
{
    separate();
    appendString(m_out, text);
}

void JsonWriter::value(QLatin1String text)
{
    value(QString(text));
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_out->append(QByteArray::number(number));
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out->append(flag ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
}

void JsonWriter::null()
{
    separate();
    m_out->append("null", 4);
}

void JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_out->append(json);
}

void JsonWriter::appendString(QByteArray *out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    const qsizetype start = out->size();
    // At most 6 bytes per UTF-16 unit (\u00XX), plus the quotes.
    out->resize(start + text.size() * 6 + 2);
    char *p = out->data() + start;
    *p++ = '"';
    const char16_t *s = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *end = s + text.size();
    while (s < end) {
        const char16_t c = *s++;
        if (c < 0x80) {
            if (c >= 0x20 && c != '"' && c != '\\') {
                *p++ = char(c);
                continue;
            }
            *p++ = '\\';
            switch (c) {
            case '"': *p++ = '"'; break;
            case '\\': *p++ = '\\'; break;
            case '\n': *p++ = 'n'; break;
            case '\r': *p++ = 'r'; break;
            case '\t': *p++ = 't'; break;
            case '\b': *p++ = 'b'; break;
            case '\f': *p++ = 'f'; break;
            default:
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = hex[c >> 4];
                *p++ = hex[c & 0xf];
            }
        } else if (c < 0x800) {
            *p++ = char(0xc0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && s < end && QChar::isLowSurrogate(*s)) {
            const char32_t u = QChar::surrogateToUcs4(c, *s++);
            *p++ = char(0xf0 | (u >> 18));
            *p++ = char(0x80 | ((u >> 12) & 0x3f));
            *p++ = char(0x80 | ((u >> 6) & 0x3f));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isSurrogate(c)) {
            // A lone surrogate is not text: write U+FFFD, as Qt's own encoder does.
            *p++ = char(0xef);
            *p++ = char(0xbf);
            *p++ = char(0xbd);
        } else {
            *p++ = char(0xe0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3f));
            *p++ = char(0x80 | (c & 0x3f));
        }
    }
    *p++ = '"';
    out->resize(p - out->data());
}

} // namespace km
