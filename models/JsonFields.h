#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace km {

// Reads the fields of one JSON object strictly: a field of the wrong type, or a required field
// that is missing, is an error that names the field (with its path, e.g.
// "PagingOf...records[3].userId"). Unknown fields are ignored so newer servers still load.
// After the first error every further read is a no-op, so decoders can read straight through
// and check ok() once.
class JsonFields
{
public:
    enum Presence { Optional, Required };

    JsonFields(const QJsonObject &object, const QString &path);

    void readString(const QString &key, QString &out, Presence presence = Optional);
    void readInt(const QString &key, int &out, Presence presence = Optional);
    void readInt64(const QString &key, qint64 &out, Presence presence = Optional);
    void readBool(const QString &key, bool &out, Presence presence = Optional);
    // ISO 8601; a time without an offset is taken as UTC (the API's dates are UTC).
    void readDateTime(const QString &key, QDateTime &out, Presence presence = Optional);
    // Returns the object at key, or an empty object (and an error if required or not an object).
    QJsonObject readObject(const QString &key, Presence presence = Optional);
    QJsonArray readArray(const QString &key, Presence presence = Optional);

    // The member is there and not null.
    bool has(const QString &key) const;

    QString childPath(const QString &key) const;
    void fail(const QString &message);
    void failAt(const QString &key, const QString &message);
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    static QDateTime parseDateTime(const QString &text);
    // The text with every lone surrogate replaced by U+FFFD.
    static QString wellFormed(QString text);

private:
    // Returns the value when present and not null; sets an error when required and absent.
    bool present(const QString &key, Presence presence, QJsonValue &value);
    void typeError(const QString &key, const char *expected, const QJsonValue &got);

    QJsonObject m_object;
    QString m_path;
    QString m_error;
};

} // namespace km
