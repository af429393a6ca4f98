#include "models/JsonText.h"

#include "models/JsonCursor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace km {

bool JsonText::parse(const QByteArray &text, QJsonValue &out, QString *error)
{
    JsonCursor gate(text);
    const JsonCursor::Type top = gate.peek();
    if (!gate.skipValue() || !gate.atEnd()) {
        if (error)
            *error = gate.ok() ? QStringLiteral("text after the end") : gate.error();
        return false;
    }
    // QJsonDocument reads objects and arrays; a scalar is read as the one element of an array.
    const QByteArray body = text.startsWith("\xEF\xBB\xBF") ? text.mid(3) : text;
    const bool container = top == JsonCursor::Object || top == JsonCursor::Array;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(container ? body : '[' + body + ']', &parseError);
    if (parseError.error != QJsonParseError::NoError || (!container && doc.array().size() != 1)) {
        if (error)
            *error = parseError.errorString();
        return false;
    }
    out = container ? (doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array())) : doc.array().first();
    return true;
}

} // namespace km
