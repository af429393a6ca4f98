#include "AuditCsv.h"

#include "CsvWriter.h"
#include "JsonCursor.h"
#include "JsonFields.h"

#include <QDate>
#include <QTime>
#include <cstring>

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

// Reads one member's value with the same rules as JsonFields, naming path.key on error.
class Reader
{
public:
    Reader(JsonCursor &json, QString &error) : m_json(json), m_error(error) {}

    bool fail(const QString &path, const QString &message)
    {
        if (m_error.isEmpty())
            m_error = path + QStringLiteral(": ") + message;
        m_json.fail("stop");
        return false;
    }
    bool typeError(const QString &path, const char *expected, JsonCursor::Type got)
    {
        return fail(path, QStringLiteral("expected %1, got %2").arg(QLatin1String(expected), QLatin1String(typeName(got))));
    }
    // false on error; *present false for null.
    bool integer(const QString &path, qint64 &out, bool *present = nullptr, qint64 min = -9007199254740992LL,
                 qint64 max = 9007199254740992LL)
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
    bool boolean(const QString &path, bool &out)
    {
        const JsonCursor::Type t = m_json.peek();
        if (t == JsonCursor::Null)
            return m_json.readNull();
        if (t != JsonCursor::Bool)
            return typeError(path, "a boolean", t);
        return m_json.readBool(out) || fail(path, m_json.error());
    }
    // A string (UTF-8) or null (empty).
    bool string(const QString &path, QByteArray &out, const char *expected = "a string")
    {
        const JsonCursor::Type t = m_json.peek();
        out.clear();
        if (t == JsonCursor::Null)
            return m_json.readNull();
        if (t != JsonCursor::String)
            return typeError(path, expected, t);
        return m_json.readString(out) || fail(path, m_json.error());
    }

private:
    JsonCursor &m_json;
    QString &m_error;
};

int digits(const char *p, int n)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return -1;
        v = v * 10 + (p[i] - '0');
    }
    return v;
}

// The date as the CSV writes it: ISO 8601 in UTC, whole seconds ("2024-05-01T10:00:00Z").
// The canonical form is copied as it is; anything else is parsed the slow way.
bool writeDate(QByteArray &out, const QByteArray &text, QString &problem)
{
    if (text.isEmpty())
        return true; // no date: an empty cell, as before
    const char *p = text.constData();
    if (text.size() == 20 && p[4] == '-' && p[7] == '-' && p[10] == 'T' && p[13] == ':' && p[16] == ':' && p[19] == 'Z') {
        const int y = digits(p, 4), mo = digits(p + 5, 2), d = digits(p + 8, 2);
        const int h = digits(p + 11, 2), mi = digits(p + 14, 2), s = digits(p + 17, 2);
        if (QDate::isValid(y, mo, d) && QTime::isValid(h, mi, s)) {
            out += text;
            return true;
        }
    }
    const QDateTime dt = JsonFields::parseDateTime(QString::fromUtf8(text));
    if (!dt.isValid()) {
        problem = QStringLiteral("\"%1\" is not an ISO 8601 date-time").arg(QString::fromUtf8(text).left(40));
        return false;
    }
    out += dt.toString(Qt::ISODate).toUtf8();
    return true;
}

void appendNumber(QByteArray &out, qint64 v)
{
    char buffer[24];
    const int n = std::snprintf(buffer, sizeof buffer, "%lld", static_cast<long long>(v));
    CsvWriter::appendField(out, buffer, n); // through the guard, as CsvWriter::row does ("-5")
}

bool readRecord(JsonCursor &json, Reader &read, const QString &path, AuditCsv::Page &page)
{
    qint64 auditId = 0, userId = 0;
    bool hasId = false;
    QByteArray key, date, userName, displayName, action, status, notes;
    if (!json.beginObject())
        return read.fail(path, json.error());
    while (json.nextMember(key)) {
        const auto is = [&](const char *name) { return key.size() == qsizetype(std::strlen(name)) && std::memcmp(key.constData(), name, size_t(key.size())) == 0; };
        const QString at = path + QLatin1Char('.') + QString::fromUtf8(key);
        bool ok = true;
        if (is("masterEncryptionKeyRotationInfoAuditId")) {
            ok = read.integer(at, auditId, &hasId);
        } else if (is("masterEncryptionKeyRotationInfoId")) {
            qint64 ignored = 0;
            ok = read.integer(at, ignored);
        } else if (is("userId")) {
            ok = read.integer(at, userId, nullptr, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
        } else if (is("date")) {
            ok = read.string(at, date, "a date-time string");
        } else if (is("userName")) {
            ok = read.string(at, userName);
        } else if (is("displayName")) {
            ok = read.string(at, displayName);
        } else if (is("action")) {
            ok = read.string(at, action);
        } else if (is("currentStatus")) {
            ok = read.string(at, status);
        } else if (is("notes")) {
            ok = read.string(at, notes);
        } else if (is("formattedDate")) {
            QByteArray ignored;
            ok = read.string(at, ignored);
        } else {
            ok = json.skipValue() || read.fail(at, json.error());
        }
        if (!ok)
            return false;
    }
    if (!json.ok())
        return read.fail(path, json.error());
    if (!hasId)
        return read.fail(path + QStringLiteral(".masterEncryptionKeyRotationInfoAuditId"), QStringLiteral("required field is missing"));

    QByteArray &rows = page.rows;
    appendNumber(rows, auditId);
    rows += ',';
    QString problem;
    if (!writeDate(rows, date, problem))
        return read.fail(path + QStringLiteral(".date"), problem);
    rows += ',';
    appendNumber(rows, userId);
    for (const QByteArray *text : {&userName, &displayName, &action, &status, &notes}) {
        rows += ',';
        CsvWriter::appendField(rows, text->constData(), text->size());
    }
    rows += "\r\n";
    page.ids << auditId;
    page.ends << rows.size();
    return true;
}

bool readSortBy(JsonCursor &json, Reader &read, const QString &path, PageInfo &info)
{
    if (json.peek() == JsonCursor::Null)
        return json.readNull();
    if (json.peek() != JsonCursor::Array)
        return read.typeError(path, "an array", json.peek());
    json.beginArray();
    int index = 0;
    QByteArray key, text;
    while (json.nextElement()) {
        const QString at = QStringLiteral("%1[%2]").arg(path).arg(index);
        if (json.peek() != JsonCursor::Object)
            return read.fail(at, QStringLiteral("expected an object"));
        json.beginObject();
        while (json.nextMember(key)) {
            const QString member = at + QLatin1Char('.') + QString::fromUtf8(key);
            if (index == 0 && (key == "name" || key == "direction")) {
                if (!read.string(member, text))
                    return false;
                (key == "name" ? info.sortByName : info.sortByDirection) = QString::fromUtf8(text);
            } else if (!json.skipValue()) {
                return read.fail(member, json.error());
            }
        }
        if (index == 0)
            info.sortEchoed = true;
        ++index;
    }
    return json.ok() || read.fail(path, json.error());
}
} // namespace

const QByteArray &AuditCsv::header()
{
    static const QByteArray h = "AuditId,Date,UserId,UserName,DisplayName,Action,Status,Notes\r\n";
    return h;
}

bool AuditCsv::decodePage(const QByteArray &text, Page &out, QString &error, const QString &path)
{
    Page page;
    page.rows.reserve(text.size() / 2);
    JsonCursor json(text);
    Reader read(json, error);
    error.clear();
    if (json.peek() != JsonCursor::Object) {
        error = QStringLiteral("Expected a JSON object.");
        return false;
    }
    json.beginObject();
    QByteArray key, scratch;
    while (json.nextMember(key)) {
        const QString at = path + QLatin1Char('.') + QString::fromUtf8(key);
        PageInfo &i = page.info;
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
                    const QString item = QStringLiteral("%1.records[%2]").arg(path).arg(index++);
                    if (json.peek() != JsonCursor::Object)
                        ok = read.fail(item, QStringLiteral("expected an object"));
                    else
                        ok = readRecord(json, read, item, page);
                }
                ok = ok && json.ok();
            }
        } else if (key == "total" || key == "skip" || key == "nextSkip" || key == "prevSkip") {
            ok = read.integer(at, n, &present);
            if (ok && present)
                (key == "total" ? i.total : key == "skip" ? i.skip : key == "nextSkip" ? i.nextSkip : i.prevSkip) = n;
        } else if (key == "take" || key == "currentPage" || key == "pageCount" || key == "batchCount") {
            ok = read.integer(at, n, &present, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
            if (ok && present)
                (key == "take" ? i.take : key == "currentPage" ? i.currentPage : key == "pageCount" ? i.pageCount : i.batchCount) = int(n);
        } else if (key == "hasNext" || key == "hasPrev" || key == "success") {
            ok = read.boolean(at, key == "hasNext" ? i.hasNext : key == "hasPrev" ? i.hasPrev : i.success);
        } else if (key == "severity") {
            ok = read.string(at, scratch);
            i.severity = QString::fromUtf8(scratch);
        } else if (key == "sortBy") {
            ok = readSortBy(json, read, at, i);
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
    out = std::move(page);
    return true;
}
