#include "models/JsonFields.h"

#include <QJsonArray>
#include <QTimeZone>
#include <cmath>
#include <limits>

namespace km {

namespace {
const char *typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return "null";
    case QJsonValue::Bool: return "a boolean";
    case QJsonValue::Double: return "a number";
    case QJsonValue::String: return "a string";
    case QJsonValue::Array: return "an array";
    case QJsonValue::Object: return "an object";
    case QJsonValue::Undefined: break;
    }
    return "nothing";
}
} // namespace

JsonFields::JsonFields(const QJsonObject &object, const QString &path) : m_object(object), m_path(path)
{}

bool JsonFields::has(const QString &key) const
{
    const QJsonValue v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

QString JsonFields::childPath(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void JsonFields::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

void JsonFields::failAt(const QString &key, const QString &message)
{
    fail(childPath(key) + QStringLiteral(": ") + message);
}

bool JsonFields::present(const QString &key, Presence presence, QJsonValue &value)
{
    if (!ok())
        return false;
    value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (presence == Required)
            failAt(key, QStringLiteral("required field is missing"));
        return false;
    }
    return true;
}

void JsonFields::typeError(const QString &key, const char *expected, const QJsonValue &got)
{
    failAt(key, QStringLiteral("expected %1, got %2").arg(QLatin1String(expected), QLatin1String(typeName(got))));
}

void JsonFields::readString(const QString &key, QString &out, Presence presence)
{
    QJsonValue v;
    if (!present(key, presence, v))
        return;
    if (!v.isString())
        return typeError(key, "a string", v);
    out = wellFormed(v.toString());
}

QString JsonFields::wellFormed(QString text)
{
    // QJsonDocument keeps a lone surrogate escape (a high half with no low one, or a low half
    // alone) as a lone UTF-16 unit; the console reads it as U+FFFD, as JsonCursor does
    // (docs/api-decisions.md).
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            text[i] = QChar::ReplacementCharacter;
    }
    return text;
}

void JsonFields::readInt64(const QString &key, qint64 &out, Presence presence)
{
    QJsonValue v;
    if (!present(key, presence, v))
        return;
    if (!v.isDouble())
        return typeError(key, "an integer", v);
    const double d = v.toDouble();
    if (std::floor(d) != d)
        return failAt(key, QStringLiteral("expected an integer, got %1").arg(d));
    // Only the integers a double holds exactly: 2^53 may be a larger number rounded.
    if (std::fabs(d) >= 9007199254740992.0)
        return failAt(key, QStringLiteral("integer %1 is out of range").arg(d, 0, 'f', 0));
    out = static_cast<qint64>(d);
}

void JsonFields::readInt(const QString &key, int &out, Presence presence)
{
    qint64 wide = out;
    readInt64(key, wide, presence);
    if (!ok())
        return;
    if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max())
        return failAt(key, QStringLiteral("integer %1 is out of range").arg(wide));
    out = static_cast<int>(wide);
}

void JsonFields::readBool(const QString &key, bool &out, Presence presence)
{
    QJsonValue v;
    if (!present(key, presence, v))
        return;
    if (!v.isBool())
        return typeError(key, "a boolean", v);
    out = v.toBool();
}

QDateTime JsonFields::parseDateTime(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid())
        return {};
    // No offset in the text means local time to Qt; the API means UTC.
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc());
    return dt.toUTC();
}

void JsonFields::readDateTime(const QString &key, QDateTime &out, Presence presence)
{
    QJsonValue v;
    if (!present(key, presence, v))
        return;
    if (!v.isString())
        return typeError(key, "a date-time string", v);
    const QDateTime dt = parseDateTime(v.toString());
    if (!dt.isValid())
        return failAt(key, QStringLiteral("\"%1\" is not an ISO 8601 date-time").arg(v.toString().left(40)));
    out = dt;
}

QJsonObject JsonFields::readObject(const QString &key, Presence presence)
{
    QJsonValue v;
    if (!present(key, presence, v))
        return {};
    if (!v.isObject()) {
        typeError(key, "an object", v);
        return {};
    }
    return v.toObject();
}

QJsonArray JsonFields::readArray(const QString &key, Presence presence)
{
    QJsonValue v;
    if (!present(key, presence, v))
        return {};
    if (!v.isArray()) {
        typeError(key, "an array", v);
        return {};
    }
    return v.toArray();
}

} // namespace km
