#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace km {

// The one reading of a reply's JSON text as a tree, for every reply the console decodes with
// JsonFields. JsonCursor's grammar decides what is JSON, the same grammar the export and the
// rotation history read pages with in place, and QJsonDocument then builds the tree; so the
// window and the export take and refuse the same texts (docs/api-decisions.md). Any value at the
// top: an object, an array or a bare scalar such as sign-out's `true`.
namespace JsonText {
bool parse(const QByteArray &text, QJsonValue &out, QString *error = nullptr);
}

} // namespace km
