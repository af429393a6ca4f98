#include "models/JsonCursor.h"

#include <QStringDecoder>

#include <cmath>
#include <cstdlib>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace km {

namespace {
constexpr int maxDepth = 64;
constexpr char32_t replacementCharacter = 0xFFFD;
constexpr int keysScanned = 16; // names an object may have before they are kept in a set

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Length of a well-formed UTF-8 sequence starting at p, or 0.
// The first byte from p on that is a quote, a backslash, a control character or non-ASCII (or
// end): the bytes before it are a string's plain run. Sixteen at a time where SSE2 is there
// (every x86-64), eight at a time otherwise.
const char *skipPlain(const char *p, const char *end)
{
#if defined(__SSE2__)
    const __m128i quotes = _mm_set1_epi8('"'), backslashes = _mm_set1_epi8('\\'), spaces = _mm_set1_epi8(0x20);
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        // Signed: non-ASCII bytes are negative, so one comparison finds them and the controls.
        const __m128i special =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quotes), _mm_cmpeq_epi8(v, backslashes)), _mm_cmplt_epi8(v, spaces));
        const int mask = _mm_movemask_epi8(special);
        if (mask != 0)
            return p + __builtin_ctz(unsigned(mask));
        p += 16;
    }
#endif
    while (end - p >= 8) {
        std::uint64_t v;
        std::memcpy(&v, p, 8);
        constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
        const std::uint64_t quote = v ^ (ones * '"'), backslash = v ^ (ones * '\\');
        const std::uint64_t special = ((v - ones * 0x20) & ~v) | ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | v;
        if (special & highs)
            break;
        p += 8;
    }
    return p;
}

int utf8Length(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    int n = 0;
    char32_t cp = 0;
    if (c < 0x80)
        return 1;
    if ((c & 0xE0) == 0xC0) {
        n = 2;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        n = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (end - p < n)
        return 0;
    for (int i = 1; i < n; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    // No overlong forms, no surrogates, nothing beyond U+10FFFF.
    if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return n;
}
} // namespace

JsonCursor::JsonCursor(const QByteArray &text) : m_begin(text.constData()), m_p(text.constData()), m_end(text.constData() + text.size())
{
    // A UTF-8 byte order mark before the text is ignored, as QJsonDocument ignores it (RFC 8259 allows either).
    if (text.startsWith("\xEF\xBB\xBF"))
        m_p += 3;
}

void JsonCursor::fail(const char *what)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1 at byte %2").arg(QLatin1String(what)).arg(m_p - m_begin);
    m_p = m_end;
}

bool JsonCursor::expect(char c)
{
    skipSpace();
    if (m_p < m_end && *m_p == c) {
        ++m_p;
        return true;
    }
    fail("unexpected character");
    return false;
}

JsonCursor::Type JsonCursor::peek()
{
    skipSpace();
    if (!ok() || m_p >= m_end)
        return Invalid;
    switch (*m_p) {
    case 'n': return Null;
    case 't':
    case 'f': return Bool;
    case '"': return String;
    case '[': return Array;
    case '{': return Object;
    default: return (*m_p == '-' || (*m_p >= '0' && *m_p <= '9')) ? Number : Invalid;
    }
}

namespace {
// The owning forms: a view into the document becomes a copy in out (a decoded string is there
// already).
void keepIn(QByteArrayView view, QByteArray &out)
{
    if (view.data() != out.constData())
        out = view.toByteArray();
}
} // namespace

bool JsonCursor::enter(char open)
{
    if (!expect(open))
        return false;
    if (++m_depth > maxDepth) {
        fail("nested too deeply");
        return false;
    }
    Level &level = m_levels[m_depth];
    level.first = true;
    if (level.count > 0) {
        level.count = 0;
        level.names.resize(0); // keeps its capacity
        level.set.clear();
    }
    return true;
}

bool JsonCursor::remember(QByteArrayView name)
{
    Level &level = m_levels[m_depth];
    if (level.count < keysScanned) {
        // Few names, as in every object of the API: a scan of the ones before, each stored after its length.
        for (const char *p = level.names.constData(), *end = p + level.names.size(); p < end;) {
            qsizetype size = 0;
            std::memcpy(&size, p, sizeof size);
            p += sizeof size;
            if (size == name.size() && std::memcmp(p, name.data(), size_t(size)) == 0)
                return false;
            p += size;
        }
        const qsizetype size = name.size();
        level.names.append(reinterpret_cast<const char *>(&size), sizeof size);
        level.names.append(name.data(), size);
        if (++level.count == keysScanned) {
            for (const char *p = level.names.constData(), *end = p + level.names.size(); p < end;) {
                qsizetype n = 0;
                std::memcpy(&n, p, sizeof n);
                p += sizeof n;
                level.set.insert(QByteArray(p, n));
                p += n;
            }
        }
        return true;
    }
    const QByteArray key = name.toByteArray();
    if (level.set.contains(key))
        return false;
    level.set.insert(key);
    ++level.count;
    return true;
}

bool JsonCursor::another(char close, const char *unterminated)
{
    skipSpace();
    if (!ok() || m_p >= m_end) {
        fail(unterminated);
        return false;
    }
    if (*m_p == close) {
        ++m_p;
        --m_depth;
        return false;
    }
    if (!m_levels[m_depth].first && !expect(','))
        return false;
    m_levels[m_depth].first = false;
    return true;
}

bool JsonCursor::beginObject()
{
    return enter('{');
}

bool JsonCursor::nextMember(QByteArray &key)
{
    QByteArrayView view;
    if (!nextMember(view, key))
        return false;
    keepIn(view, key);
    return true;
}

bool JsonCursor::beginArray()
{
    return enter('[');
}

bool JsonCursor::nextElement()
{
    return another(']', "unterminated array");
}

bool JsonCursor::readString(QByteArray &out)
{
    QByteArrayView view;
    if (!readString(view, out))
        return false;
    keepIn(view, out);
    return true;
}

bool JsonCursor::nextMember(QByteArrayView &key, QByteArray &scratch)
{
    if (!another('}', "unterminated object"))
        return false;
    skipSpace();
    if (!readText(key, scratch, true))
        return false;
    // A name given twice: which value the server meant is a guess (QJsonDocument would keep the
    // last, a reader going forward the first), so the text is refused (docs/api-decisions.md).
    if (!remember(key)) {
        fail("a member name given twice");
        return false;
    }
    return expect(':');
}

bool JsonCursor::readString(QByteArrayView &view, QByteArray &out)
{
    return readText(view, out, false);
}

bool JsonCursor::readText(QByteArrayView &view, QByteArray &out, bool name)
{
    view = QByteArrayView();
    if (!expect('"'))
        return false;
    // A raw byte order mark (U+FEFF) first in a string value with no escape is dropped, as
    // QJsonDocument drops it (it keeps such a string as UTF-8, and QString::fromUtf8 takes the
    // mark for one). In a name, in a string with an escape, escaped (\ufeff) or later in the
    // string, Qt keeps it as text, and so does this.
    const bool leadingMark = !name && m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0;
    const char *runStart = m_p;
    bool escaped = false; // once an escape was met, the string is built in out
    while (m_p < m_end) {
        m_p = skipPlain(m_p, m_end);
        if (m_p >= m_end)
            break;
        const unsigned char c = static_cast<unsigned char>(*m_p);
        if (c == '"') {
            if (!escaped) {
                const char *start = leadingMark ? runStart + 3 : runStart;
                view = QByteArrayView(start, m_p - start);
                ++m_p;
                return true;
            }
            out.append(runStart, m_p - runStart);
            ++m_p;
            view = QByteArrayView(out);
            return true;
        }
        if (c < 0x20) {
            fail("control character in a string");
            return false;
        }
        if (c >= 0x80) {
            const int n = utf8Length(reinterpret_cast<const unsigned char *>(m_p), reinterpret_cast<const unsigned char *>(m_end));
            if (n == 0) {
                fail("invalid UTF-8");
                return false;
            }
            m_p += n;
            continue;
        }
        if (c != '\\') {
            ++m_p;
            continue;
        }
        if (!escaped) {
            out.resize(0); // keeps its capacity
            escaped = true;
        }
        out.append(runStart, m_p - runStart);
        if (m_end - m_p < 2) {
            fail("unterminated escape");
            return false;
        }
        const char e = m_p[1];
        m_p += 2;
        switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
            auto hex4 = [this](char32_t &v) {
                if (m_end - m_p < 4)
                    return false;
                v = 0;
                for (int i = 0; i < 4; ++i) {
                    const int h = hexValue(m_p[i]);
                    if (h < 0)
                        return false;
                    v = (v << 4) | char32_t(h);
                }
                m_p += 4;
                return true;
            };
            char32_t cp = 0;
            if (!hex4(cp)) {
                fail("bad \\u escape");
                return false;
            }
            // A surrogate escape without its other half is U+FFFD, and what follows it is read on
            // its own (docs/api-decisions.md); JsonFields does the same to the tree's strings.
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                const char *next = m_p;
                char32_t low = 0;
                if (m_end - m_p >= 2 && m_p[0] == '\\' && m_p[1] == 'u') {
                    m_p += 2;
                    if (hex4(low) && low >= 0xDC00 && low <= 0xDFFF) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    } else {
                        m_p = next;
                        cp = replacementCharacter;
                    }
                } else {
                    cp = replacementCharacter;
                }
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                cp = replacementCharacter;
            }
            appendUtf8(out, cp);
            break;
        }
        default: fail("bad escape"); return false;
        }
        runStart = m_p;
    }
    fail("unterminated string");
    return false;
}

bool JsonCursor::readNumber(double &value, bool &isInteger, qint64 &integer)
{
    skipSpace();
    const char *start = m_p;
    if (m_p < m_end && *m_p == '-')
        ++m_p;
    if (m_p >= m_end || *m_p < '0' || *m_p > '9') {
        fail("bad number");
        return false;
    }
    if (*m_p == '0' && m_p + 1 < m_end && m_p[1] >= '0' && m_p[1] <= '9') {
        fail("leading zero in a number");
        return false;
    }
    while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
        ++m_p;
    isInteger = true;
    if (m_p < m_end && *m_p == '.') {
        isInteger = false;
        ++m_p;
        if (m_p >= m_end || *m_p < '0' || *m_p > '9') {
            fail("bad number");
            return false;
        }
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        isInteger = false;
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (m_p >= m_end || *m_p < '0' || *m_p > '9') {
            fail("bad number");
            return false;
        }
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
    }
    const qsizetype length = m_p - start;
    if (isInteger && length <= 18) {
        qint64 v = 0;
        const char *d = start + (*start == '-' ? 1 : 0);
        for (; d < m_p; ++d)
            v = v * 10 + (*d - '0');
        integer = *start == '-' ? -v : v;
        value = double(integer);
        return true;
    }
    char buffer[64];
    if (length >= qsizetype(sizeof buffer)) {
        fail("number too long");
        return false;
    }
    std::memcpy(buffer, start, size_t(length));
    buffer[length] = '\0';
    value = std::strtod(buffer, nullptr);
    if (!std::isfinite(value)) {
        fail("number out of range"); // as QJsonDocument refuses it
        return false;
    }
    // A whole number written with a fraction or exponent ("5.0", "1e3") still counts as one.
    isInteger = std::floor(value) == value && std::fabs(value) < 9007199254740992.0;
    integer = isInteger ? qint64(value) : 0;
    return true;
}

bool JsonCursor::readBool(bool &value)
{
    skipSpace();
    if (m_end - m_p >= 4 && std::memcmp(m_p, "true", 4) == 0) {
        m_p += 4;
        value = true;
        return true;
    }
    if (m_end - m_p >= 5 && std::memcmp(m_p, "false", 5) == 0) {
        m_p += 5;
        value = false;
        return true;
    }
    fail("bad literal");
    return false;
}

bool JsonCursor::readNull()
{
    skipSpace();
    if (m_end - m_p >= 4 && std::memcmp(m_p, "null", 4) == 0) {
        m_p += 4;
        return true;
    }
    fail("bad literal");
    return false;
}

bool JsonCursor::skipValue()
{
    QByteArray scratch;
    switch (peek()) {
    case Null: return readNull();
    case Bool: {
        bool b = false;
        return readBool(b);
    }
    case Number: {
        double d = 0;
        bool isInt = false;
        qint64 i = 0;
        return readNumber(d, isInt, i);
    }
    case String: {
        QByteArrayView ignored;
        return readString(ignored, scratch);
    }
    case Array:
        if (!beginArray())
            return false;
        while (nextElement()) {
            if (!skipValue())
                return false;
        }
        return ok();
    case Object: {
        if (!beginObject())
            return false;
        QByteArrayView key;
        while (nextMember(key, scratch)) {
            if (!skipValue())
                return false;
        }
        return ok();
    }
    case Invalid: break;
    }
    fail("expected a value");
    return false;
}

QString JsonCursor::text(QByteArrayView utf8)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return decoder(utf8);
}

bool JsonCursor::atEnd()
{
    skipSpace();
    return ok() && m_p == m_end;
}

} // namespace km
