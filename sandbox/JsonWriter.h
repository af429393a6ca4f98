#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QString>

namespace km {

// Writes compact JSON straight into a byte array. The audit serves up to a thousand records a
// page and a million in an export; building QJsonObjects for them cost more than the query.
// Callers keep the structure right: keys only inside objects, every begin ended.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray *out) : m_out(out) {}

    void beginObject()
    {
        separate();
        m_out->append('{');
        m_first = true;
    }
    void endObject()
    {
        m_out->append('}');
        m_first = false;
    }
    void beginArray()
    {
        separate();
        m_out->append('[');
        m_first = true;
    }
    void endArray()
    {
        m_out->append(']');
        m_first = false;
    }
    // "name": — the names are ours and need no escaping.
    void key(QLatin1String name);

    void value(const QString &text);
    void value(QLatin1String text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool flag);
    void null();
    void raw(const QByteArray &json); // an already-written value

    // Appends text as a JSON string, quotes included: UTF-16 to UTF-8 and escaping in one pass.
    static void appendString(QByteArray *out, const QString &text);

private:
    void separate()
    {
        if (!m_first)
            m_out->append(',');
        m_first = false;
    }

    QByteArray *m_out;
    bool m_first = true;
};

} // namespace km
