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
    bool integer(const Path &path, qint64 &out, bool *present = nullptr, qint64 min = -9007199254740992LL,
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
bool writeDate(QByteArray &out, QByteArrayView text, QString &problem)
{
    if (text.isEmpty())
        return true; // no date: an empty cell, as before
    const char *p = text.data();
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
    char *end = buffer + sizeof buffer;
    char *p = end;
    const bool negative = v < 0;
    quint64 u = negative ? 0 - quint64(v) : quint64(v);
    do {
        *--p = char('0' + u % 10);
        u /= 10;
    } while (u);
    if (negative)
        *--p = '-';
    CsvWriter::appendField(out, p, end - p); // through the guard, as CsvWriter::row does ("-5")
}

// The eight fields of a record, each a view into the page (or into its own scratch buffer when
// the JSON string had escapes), so that reading a record copies nothing before the CSV row.
struct RecordFields
{
    QByteArrayView date, userName, displayName, action, status, notes;
    QByteArray dateScratch, userNameScratch, displayNameScratch, actionScratch, statusScratch, notesScratch, keyScratch, ignored;
};

bool readRecord(JsonCursor &json, Reader &read, const QString &pagePath, qsizetype index, AuditCsv::Page &page, RecordFields &f)
{
    qint64 auditId = 0, userId = 0;
    bool hasId = false;
    QByteArrayView key;
    const auto recordPath = [&] { return QStringLiteral("%1.records[%2]").arg(pagePath).arg(index); };
    const auto memberPath = [&] { return recordPath() + QLatin1Char('.') + QString::fromUtf8(key); };
    f.date = f.userName = f.displayName = f.action = f.status = f.notes = QByteArrayView();
    if (!json.beginObject())
        return read.fail(recordPath, json.error());
    while (json.nextMember(key, f.keyScratch)) {
        bool ok = true;
        if (key == "masterEncryptionKeyRotationInfoAuditId") {
            ok = read.integer(memberPath, auditId, &hasId);
        } else if (key == "masterEncryptionKeyRotationInfoId") {
            qint64 ignored = 0;
            ok = read.integer(memberPath, ignored);
        } else if (key == "userId") {
            ok = read.integer(memberPath, userId, nullptr, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
        } else if (key == "date") {
            ok = read.string(memberPath, f.date, f.dateScratch, "a date-time string");
        } else if (key == "userName") {
            ok = read.string(memberPath, f.userName, f.userNameScratch);
        } else if (key == "displayName") {
            ok = read.string(memberPath, f.displayName, f.displayNameScratch);
        } else if (key == "action") {
            ok = read.string(memberPath, f.action, f.actionScratch);
        } else if (key == "currentStatus") {
            ok = read.string(memberPath, f.status, f.statusScratch);
        } else if (key == "notes") {
            ok = read.string(memberPath, f.notes, f.notesScratch);
        } else if (key == "formattedDate") {
            QByteArrayView ignored;
            ok = read.string(memberPath, ignored, f.ignored);
        } else {
            ok = json.skipValue() || read.fail(memberPath, json.error());
        }
        if (!ok)
            return false;
    }
    if (!json.ok())
        return read.fail(recordPath, json.error());
    if (!hasId)
        return read.fail([&] { return recordPath() + QStringLiteral(".masterEncryptionKeyRotationInfoAuditId"); },
                         QStringLiteral("required field is missing"));

    QByteArray &rows = page.rows;
    appendNumber(rows, auditId);
    rows += ',';
    QString problem;
    if (!writeDate(rows, f.date, problem))
        return read.fail([&] { return recordPath() + QStringLiteral(".date"); }, problem);
    rows += ',';
    appendNumber(rows, userId);
    for (const QByteArrayView *text : {&f.userName, &f.displayName, &f.action, &f.status, &f.notes}) {
        rows += ',';
        CsvWriter::appendField(rows, text->data(), text->size());
    }
    rows += "\r\n";
    page.ids << auditId;
    page.ends << rows.size();
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
                (key == "name" ? info.sortByName : info.sortByDirection) = QString::fromUtf8(text);
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

const QByteArray &AuditCsv::header()
{
    static const QByteArray h = "AuditId,Date,UserId,UserName,DisplayName,Action,Status,Notes\r\n";
    return h;
}

bool AuditCsv::decodePage(const QByteArray &text, Page &out, QString &error, const QString &path)
{
    Page page;
    page.rows.reserve(text.size()); // the rows are never longer than the JSON they come from
    JsonCursor json(text);
    Reader read(json, error);
    error.clear();
    if (json.peek() != JsonCursor::Object) {
        error = QStringLiteral("Expected a JSON object.");
        return false;
    }
    json.beginObject();
    QByteArray key, scratch;
    RecordFields fields;
    while (json.nextMember(key)) {
        const At at{path + QLatin1Char('.') + QString::fromUtf8(key)};
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
                    if (json.peek() != JsonCursor::Object)
                        ok = read.fail(At{QStringLiteral("%1.records[%2]").arg(path).arg(index)}, QStringLiteral("expected an object"));
                    else
                        ok = readRecord(json, read, path, index, page, fields);
                    ++index;
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
    out = std::move(page);
    return true;
}
