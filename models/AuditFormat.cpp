#include "models/AuditFormat.h"

#include "models/AuditField.h"
#include "models/AuditPageReader.h"
#include "models/CsvWriter.h"
#include "models/MekStatus.h"

namespace km {

namespace AuditFormat {
namespace {
QByteArrayView bytes(QLatin1String s)
{
    return QByteArrayView(s.data(), s.size());
}

void appendNumber(QByteArray &out, qint64 v)
{
    out += QByteArray::number(v);
}

// CEF severities: 3 (low) for every event, 7 (high) for one whose status is a published failure.
int cefSeverity(QByteArrayView status)
{
    return MekStatus::isFailure(MekStatus::fromName(QString::fromUtf8(status))) ? 7 : 3;
}

const QByteArray cefPrefix = "CEF:0|Delinea|Secret Server||";

void appendCefPair(QByteArray &out, QLatin1String key, QByteArrayView value)
{
    out += ' ';
    out += bytes(key);
    out += '=';
    out += cefExtensionValue(value);
}

void appendJsonMember(QByteArray &out, QLatin1String name, bool first = false)
{
    if (!first)
        out += ',';
    out += '"';
    out += bytes(name);
    out += "\":";
}
} // namespace

std::optional<Format> byName(const QString &name)
{
    for (Format f : {Csv, JsonLines, Cef}) {
        if (name.compare(AuditFormat::name(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

std::optional<Format> byFileName(const QString &fileName)
{
    const QString suffix = fileName.section(QLatin1Char('.'), -1);
    if (!fileName.contains(QLatin1Char('.')))
        return std::nullopt;
    return byName(suffix);
}

QString name(Format format)
{
    switch (format) {
    case Csv: return QStringLiteral("csv");
    case JsonLines: return QStringLiteral("jsonl");
    case Cef: return QStringLiteral("cef");
    }
    return QString();
}

QByteArray cefHeaderField(QByteArrayView utf8)
{
    QByteArray out;
    out.reserve(utf8.size());
    for (char c : utf8) {
        if (c == '\\' || c == '|')
            out += '\\';
        out += (c == '\r' || c == '\n') ? ' ' : c;
    }
    return out;
}

QByteArray cefExtensionValue(QByteArrayView utf8)
{
    QByteArray out;
    out.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (c == '\\' || c == '=') {
            out += '\\';
            out += c;
        } else if (c == '\r' && i + 1 < utf8.size() && utf8[i + 1] == '\n') {
            out += "\\n"; // one line break, written once
            ++i;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else {
            out += c;
        }
    }
    return out;
}

void appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (u < 0x20 || u == 0x7f) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 15];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendRotationRecord(QByteArray &out, Format format, const AuditRecordView &r, QByteArrayView isoDate, qint64 dateMs)
{
    using namespace AuditField;
    switch (format) {
    case Csv:
        // Written by AuditCsv's fast path, byte for byte as CsvWriter::row.
        break;
    case JsonLines: {
        out += '{';
        appendJsonMember(out, spec(AuditId).wireName, true);
        appendNumber(out, r.auditId);
        appendJsonMember(out, spec(RotationId).wireName);
        if (r.hasRotationId)
            appendNumber(out, r.rotationId);
        else
            out += "null";
        appendJsonMember(out, spec(Date).wireName);
        if (r.hasDate) {
            out += '"';
            out += isoDate;
            out += '"';
        } else {
            out += "null";
        }
        appendJsonMember(out, spec(UserId).wireName);
        appendNumber(out, r.userId);
        const std::pair<Id, QByteArrayView> texts[] = {
            {UserName, r.userName}, {DisplayName, r.displayName}, {Action, r.action}, {Status, r.status}, {Notes, r.notes}};
        for (const auto &[id, text] : texts) {
            appendJsonMember(out, spec(id).wireName);
            appendJsonString(out, text);
        }
        out += "}\n";
        break;
    }
    case Cef: {
        out += cefPrefix;
        out += "rotation-audit|";
        out += cefHeaderField(r.action.isEmpty() ? QByteArrayView("Key rotation audit") : r.action);
        out += '|';
        out += QByteArray::number(cefSeverity(r.status));
        out += '|';
        out += bytes(spec(AuditId).cefKey);
        out += '=';
        appendNumber(out, r.auditId);
        if (r.hasRotationId) {
            appendCefPair(out, spec(RotationId).cefKey, QByteArray::number(r.rotationId));
            appendCefPair(out, QLatin1String("cn1Label"), bytes(spec(RotationId).csvColumn));
        }
        if (r.hasDate)
            appendCefPair(out, spec(Date).cefKey, QByteArray::number(dateMs));
        appendCefPair(out, spec(UserId).cefKey, QByteArray::number(r.userId));
        appendCefPair(out, spec(UserName).cefKey, r.userName);
        appendCefPair(out, spec(DisplayName).cefKey, r.displayName);
        appendCefPair(out, QLatin1String("cs1Label"), bytes(spec(DisplayName).csvColumn));
        appendCefPair(out, spec(Action).cefKey, r.action);
        appendCefPair(out, spec(Status).cefKey, r.status);
        appendCefPair(out, spec(Notes).cefKey, r.notes);
        out += '\n';
        break;
    }
    }
}

const QByteArray &configCsvHeader()
{
    static const QByteArray header = "Date,DisplayName,Action,Notes\r\n";
    return header;
}

void appendConfigRecord(QByteArray &out, Format format, const QString &action, const QString &dateIso, qint64 dateMs,
                        const QString &displayName, const QString &notes)
{
    const QByteArray a = action.toUtf8(), d = dateIso.toUtf8(), n = displayName.toUtf8(), t = notes.toUtf8();
    switch (format) {
    case Csv:
        CsvWriter::appendField(out, d.constData(), d.size());
        for (const QByteArray *cell : {&n, &a, &t}) {
            out += ',';
            CsvWriter::appendField(out, cell->constData(), cell->size());
        }
        out += "\r\n";
        break;
    case JsonLines:
        out += "{\"dateRecorded\":";
        if (d.isEmpty())
            out += "null";
        else
            appendJsonString(out, d);
        out += ",\"displayName\":";
        appendJsonString(out, n);
        out += ",\"action\":";
        appendJsonString(out, a);
        out += ",\"notes\":";
        appendJsonString(out, t);
        out += "}\n";
        break;
    case Cef:
        out += cefPrefix;
        out += "configuration-audit|";
        out += cefHeaderField(a.isEmpty() ? QByteArrayView("Key management configuration audit") : QByteArrayView(a));
        out += "|3|";
        out += "act=";
        out += cefExtensionValue(a);
        if (!d.isEmpty())
            appendCefPair(out, QLatin1String("rt"), QByteArray::number(dateMs));
        appendCefPair(out, QLatin1String("cs1"), n);
        appendCefPair(out, QLatin1String("cs1Label"), "DisplayName");
        appendCefPair(out, QLatin1String("msg"), t);
        out += '\n';
        break;
    }
}
} // namespace AuditFormat

} // namespace km
