#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSet>
#include <QString>

namespace km {

// A strict, allocation-light reader of one JSON text (RFC 8259), for the few places where
// QJsonDocument's tree costs more than the work itself (an export of a million audit records).
// It reads forward only; strings are decoded into a caller's buffer as UTF-8. Any malformed
// input is an error with its byte offset; the caller names the field. It is also the grammar of
// every reply the console reads as a tree (JsonText::parse), so that the window and the export
// take and refuse the same texts: no raw control character in a string, no unknown escape, no
// name twice in one object, a lone surrogate escape read as U+FFFD (docs/api-decisions.md).
class JsonCursor
{
public:
    enum Type { Null, Bool, Number, String, Array, Object, Invalid };

    explicit JsonCursor(const QByteArray &text);
    JsonCursor(QByteArray &&) = delete; // it reads the text in place: the text must outlive it

    Type peek();        // the type of the next value, after white space
    bool beginObject(); // consumes '{'
    // The next member's name (into key); false at the closing '}' (consumed) or on error.
    bool nextMember(QByteArray &key);
    bool beginArray();                 // consumes '['
    bool nextElement();                // true when another element follows; false at ']' (consumed)
    bool readString(QByteArray &utf8); // decodes escapes; surrogate pairs become one code point, a lone half U+FFFD
    // The same, without a copy when the string has no escape: the view points into the text, or
    // else into scratch (valid until scratch is used again).
    bool readString(QByteArrayView &utf8, QByteArray &scratch);
    bool nextMember(QByteArrayView &key, QByteArray &scratch);
    bool readNumber(double &value, bool &isInteger, qint64 &integer);
    bool readBool(bool &value);
    bool readNull();
    bool skipValue();
    bool atEnd(); // only white space is left

    // A decoded string as text. Unlike QString::fromUtf8 it keeps a U+FEFF first (what was left
    // of one, readString already dropped as QJsonDocument drops it).
    static QString text(QByteArrayView utf8);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const char *what);

private:
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool expect(char c);
    bool enter(char open);                              // '{' or '[', one level deeper
    bool another(char close, const char *unterminated); // false at close (consumed)

    bool readText(QByteArrayView &utf8, QByteArray &scratch, bool name);
    bool remember(QByteArrayView name); // false: the object has that name already

    // Per nesting level: whether no member or element was read yet, and an object's names so far.
    struct Level
    {
        bool first = true;
        int count = 0;
        QByteArray names;     // the first few, each after its length
        QSet<QByteArray> set; // all of them, once there are many
    };

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    QString m_error;
    int m_depth = 0;
    Level m_levels[65];
};

} // namespace km
