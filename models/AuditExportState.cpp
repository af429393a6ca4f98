#include "models/AuditExportState.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace km {

namespace {
const QLatin1String kind("kmconsole audit export state");

QString translated(const char *text)
{
    return QCoreApplication::translate("AuditExportState", text);
}
} // namespace

QByteArray AuditExportState::toJson() const
{
    QJsonObject f;
    for (auto it = filters.begin(); it != filters.end(); ++it)
        f.insert(it.key(), it.value());
    QJsonArray ids;
    for (qint64 id : idsAtLastDate)
        ids.append(id);
    QJsonObject o{{QStringLiteral("kind"), kind},
                  {QStringLiteral("version"), version},
                  {QStringLiteral("filters"), f},
                  {QStringLiteral("lastId"), lastId},
                  {QStringLiteral("idsAtLastDate"), ids}};
    o.insert(QStringLiteral("lastDate"), lastDateMs == noDate
                                             ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(QDateTime::fromMSecsSinceEpoch(lastDateMs, Qt::UTC).toString(Qt::ISODateWithMs)));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool AuditExportState::fromJson(const QByteArray &json, AuditExportState *out, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    const QJsonObject o = doc.object();
    if (parse.error != QJsonParseError::NoError || !doc.isObject() || o.value(QLatin1String("kind")).toString() != kind) {
        *error = translated(QT_TRANSLATE_NOOP("AuditExportState", "not a state file of kmconsole audit export"));
        return false;
    }
    if (o.value(QLatin1String("version")).toInt() != version) {
        *error = translated(QT_TRANSLATE_NOOP("AuditExportState", "a state file of another version (%1)"))
                     .arg(o.value(QLatin1String("version")).toInt());
        return false;
    }
    AuditExportState s;
    const QJsonValue last = o.value(QLatin1String("lastId"));
    if (!last.isDouble() || last.toDouble() != double(last.toInteger()) || last.toInteger() < -1) {
        *error = translated(QT_TRANSLATE_NOOP("AuditExportState", "lastId is not a whole number"));
        return false;
    }
    s.lastId = last.toInteger();
    const QJsonObject f = o.value(QLatin1String("filters")).toObject();
    for (auto it = f.begin(); it != f.end(); ++it)
        s.filters.insert(it.key(), it.value().toString());
    const QJsonValue date = o.value(QLatin1String("lastDate"));
    if (date.isString()) {
        const QDateTime d = QDateTime::fromString(date.toString(), Qt::ISODateWithMs);
        if (!d.isValid()) {
            *error = translated(QT_TRANSLATE_NOOP("AuditExportState", "lastDate is not an ISO 8601 date-time"));
            return false;
        }
        s.lastDateMs = d.toMSecsSinceEpoch();
    }
    for (const auto &id : o.value(QLatin1String("idsAtLastDate")).toArray())
        s.idsAtLastDate << id.toInteger();
    *out = s;
    return true;
}

QStringList AuditExportState::differences(const QMap<QString, QString> &saved, const QMap<QString, QString> &now)
{
    QStringList names = saved.keys() + now.keys();
    names.removeDuplicates();
    names.sort();
    QStringList out;
    for (const QString &name : names) {
        if (saved.value(name) != now.value(name) || saved.contains(name) != now.contains(name))
            out << name;
    }
    return out;
}

} // namespace km
