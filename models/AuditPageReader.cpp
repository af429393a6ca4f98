#include "models/AuditPageReader.h"

#include "models/AuditField.h"

#include "models/JsonCursor.h"

#include <limits>

namespace km {

namespace {
const char *typeName(JsonCursor::Type t)
{
    switch (t) {
    case JsonCursor::Null: return "null";
    case JsonCursor::Bool: return "a boolean";
    case JsonCursor::Number: return "a number";
    case JsonCursor::String: return "a string";
    case JsonCursor::Array: return "an array";
    case JsonCursor::Object: return "an object";
    case JsonCursor::Invalid: break;
    }
    return "nothing";
}

// Reads one member's value with the same rules as JsonFields, naming the member on error. The
// member's path is a callable, built only when something is wrong: a record read without error
// costs no string.
class Reader
{
public:
    Reader(JsonCursor &json, QString &error) : m_json(json), m_error(error) {}

    template<class Path>
    bool fail(const Path &path, const QString &message)
    {
        if (m_error.isEmpty())
            m_error = path() + QStringLiteral(": ") + message;
        m_json.fail("stop");
        return false;
    }
    template<class Path>
    bool typeError(const Path &path, const char *expected, JsonCursor::Type got)
    {
        return fail(path, QStringLiteral("expected %1, got %2").arg(QLatin1String(expected), QLatin1String(typeName(got))));
    }
    // false on error; *present false for null.
    template<class Path>
    // The integers a double holds exactly, as JsonFields reads them from the tree (2^53 itself
    // could be a larger number rounded there, so it is out).
    bool integer(const Path &path, qint64 &out, bool *present = nullptr, qint64 min = -9007199254740991LL, qint64 max = 9007199254740991LL)
    {
        const JsonCursor::Type t = m_json.peek();
        if (t == JsonCursor::Null) {
            if (present)
                *present = false;
            return m_json.readNull();
        }
        if (t != JsonCursor::Number)
            return typeError(path, "an integer", t);
        double d = 0;
        bool isInteger = false;
        qint64 v = 0;
        if (!m_json.readNumber(d, isInteger, v))
            return fail(path, m_json.error());
        if (!isInteger)
            return fail(path, QStringLiteral("expected an integer, got %1").arg(d));
        if (v < min || v > max)
            return fail(path, QStringLiteral("integer %1 is out of range").arg(v));
        out = v;
        if (present)
            *present = true;
        return true;
    }
    template<class Path>
    bool boolean(const Path &path, bool &out)
    {
        const JsonCursor::Type t = m_json.peek();
        if (t == JsonCursor::Null)
            return m_json.readNull();
        if (t != JsonCursor::Bool)
            return typeError(path, "a boolean", t);
        return m_json.readBool(out) || fail(path, m_json.error());
    }
    // A string (UTF-8) or null (empty), as a view into the page or into scratch.
    template<class Path>
    bool string(const Path &path, QByteArrayView &out, QByteArray &scratch, const char *expected = "a string")
    {
        const JsonCursor::Type t = m_json.peek();
        out = QByteArrayView();
        if (t == JsonCursor::Null)
            return m_json.readNull();
        if (t != JsonCursor::String)
            return typeError(path, expected, t);
        return m_json.readString(out, scratch) || fail(path, m_json.error());
    }
    template<class Path>
    bool string(const Path &path, QByteArray &out, const char *expected = "a string")
    {
        QByteArrayView view;
        if (!string(path, view, out, expected))
            return false;
        if (view.data() != out.constData())
            out = view.toByteArray();
        return true;
    }

private:
    JsonCursor &m_json;
    QString &m_error;
};

// A fixed path, for the few members of the envelope.
struct At
{
    QString text;
    QString operator()() const { return text; }
};

// The fields of a record, each a view into the page (or into its own scratch buffer when the
// JSON string had escapes).
struct RecordScratch
{
    QByteArray date, userName, displayName, action, status, notes, key, ignored;
};

bool is(QByteArrayView key, AuditField::Id field)
{
    const QLatin1String name = AuditField::spec(field).wireName;
    return key == QByteArrayView(name.data(), name.size());
}

bool readRecord(JsonCursor &json, Reader &read, const QString &pagePath, qsizetype index, AuditRecordView &r, RecordScratch &s)
{
    r = AuditRecordView();
    bool hasId = false;
    QByteArrayView key;
    const auto recordPath = [&] { return QStringLiteral("%1.records[%2]").arg(pagePath).arg(index); };
    const auto memberPath = [&] { return recordPath() + QLatin1Char('.') + QString::fromUtf8(key); };
    if (!json.beginObject())
        return read.fail(recordPath, json.error());
    while (json.nextMember(key, s.key)) {
        bool ok = true;
        if (is(key, AuditField::AuditId)) {
            ok = read.integer(memberPath, r.auditId, &hasId);
        } else if (is(key, AuditField::RotationId)) {
            ok = read.integer(memberPath, r.rotationId, &r.hasRotationId);
        } else if (is(key, AuditField::UserId)) {
            ok = read.integer(memberPath, r.userId, nullptr, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
        } else if (is(key, AuditField::Date)) {
            r.hasDate = json.peek() == JsonCursor::String; // "" is a date that does not parse, null is none
            ok = read.string(memberPath, r.date, s.date, "a date-time string");
        } else if (is(key, AuditField::UserName)) {
            ok = read.string(memberPath, r.userName, s.userName);
        } else if (is(key, AuditField::DisplayName)) {
            ok = read.string(memberPath, r.displayName, s.displayName);
        } else if (is(key, AuditField::Action)) {
            ok = read.string(memberPath, r.action, s.action);
        } else if (is(key, AuditField::Status)) {
            ok = read.string(memberPath, r.status, s.status);
        } else if (is(key, AuditField::Notes)) {
            ok = read.string(memberPath, r.notes, s.notes);
        } else if (key == "formattedDate") {
            QByteArrayView ignored;
            ok = read.string(memberPath, ignored, s.ignored);
        } else {
            ok = json.skipValue() || read.fail(memberPath, json.error());
        }
        if (!ok)
            return false;
    }
    if (!json.ok())
        return read.fail(recordPath, json.error());
    if (!hasId)
        return read.fail([&] { return recordPath() + QLatin1Char('.') + AuditField::spec(AuditField::AuditId).wireName; },
                         QStringLiteral("required field is missing"));
    return true;
}

bool readSortBy(JsonCursor &json, Reader &read, const QString &path, PageInfo &info)
{
    const At here{path};
    if (json.peek() == JsonCursor::Null)
        return json.readNull();
    if (json.peek() != JsonCursor::Array)
        return read.typeError(here, "an array", json.peek());
    json.beginArray();
    int index = 0;
    QByteArray key, text;
    while (json.nextElement()) {
        const QString at = QStringLiteral("%1[%2]").arg(path).arg(index);
        if (json.peek() != JsonCursor::Object)
            return read.fail(At{at}, QStringLiteral("expected an object"));
        json.beginObject();
        while (json.nextMember(key)) {
            const At member{at + QLatin1Char('.') + QString::fromUtf8(key)};
            if (index == 0 && (key == "name" || key == "direction")) {
                if (!read.string(member, text))
                    return false;
                (key == "name" ? info.sortByName : info.sortByDirection) = JsonCursor::text(text);
            } else if (!json.skipValue()) {
                return read.fail(member, json.error());
            }
        }
        if (index == 0)
            info.sortEchoed = true;
        ++index;
    }
    return json.ok() || read.fail(here, json.error());
}
} // namespace

bool AuditPageReader::read(const QByteArray &text, PageInfo &info, QString &error, const QString &path, const Visitor &visit)
{
    PageInfo pageInfo;
    JsonCursor json(text);
    Reader read(json, error);
    error.clear();
    if (json.peek() != JsonCursor::Object) {
        error = QStringLiteral("Expected a JSON object.");
        return false;
    }
    json.beginObject();
    QByteArray key, scratch;
    RecordScratch fields;
    AuditRecordView record;
    while (json.nextMember(key)) {
        const At at{path + QLatin1Char('.') + QString::fromUtf8(key)};
        PageInfo &i = pageInfo;
        bool ok = true;
        qint64 n = 0;
        bool present = false;
        if (key == "records") {
            if (json.peek() == JsonCursor::Null) {
                ok = json.readNull();
            } else if (json.peek() != JsonCursor::Array) {
                ok = read.typeError(at, "an array", json.peek());
            } else {
                json.beginArray();
                qsizetype index = 0;
                while (ok && json.nextElement()) {
                    if (json.peek() != JsonCursor::Object)
                        ok = read.fail(At{QStringLiteral("%1.records[%2]").arg(path).arg(index)}, QStringLiteral("expected an object"));
                    else if (readRecord(json, read, path, index, record, fields)) {
                        QString field, problem;
                        if (!visit(record, &field, &problem)) {
                            const qsizetype failed = index;
                            ok = read.fail([&] { return QStringLiteral("%1.records[%2]%3").arg(path).arg(failed).arg(field); }, problem);
                        }
                    } else {
                        ok = false;
                    }
                    ++index;
                }
                ok = ok && json.ok();
            }
        } else if (key == "total" || key == "skip" || key == "nextSkip" || key == "prevSkip") {
            ok = read.integer(at, n, &present);
            if (ok && present)
                (key == "total" ? i.total : key == "skip" ? i.skip : key == "nextSkip" ? i.nextSkip : i.prevSkip) = n;
            if (ok && key == "total")
                i.totalGiven = present; // the last one counts, as in the tree (duplicates are refused anyway)
        } else if (key == "take" || key == "currentPage" || key == "pageCount" || key == "batchCount") {
            ok = read.integer(at, n, &present, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
            if (ok && present)
                (key == "take" ? i.take : key == "currentPage" ? i.currentPage : key == "pageCount" ? i.pageCount : i.batchCount) = int(n);
        } else if (key == "hasNext" || key == "hasPrev" || key == "success") {
            ok = read.boolean(at, key == "hasNext" ? i.hasNext : key == "hasPrev" ? i.hasPrev : i.success);
        } else if (key == "severity") {
            ok = read.string(at, scratch);
            i.severity = JsonCursor::text(scratch);
        } else if (key == "sortBy") {
            ok = readSortBy(json, read, at.text, i);
        } else {
            ok = json.skipValue() || read.fail(at, json.error());
        }
        if (!ok)
            return false;
    }
    if (!json.ok() || !json.atEnd()) {
        if (error.isEmpty())
            error = QStringLiteral("It is not JSON (%1).").arg(json.ok() ? QStringLiteral("text after the end") : json.error());
        return false;
    }
    info = pageInfo;
    return true;
}

} // namespace km
