#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace km {

struct AuditRecordView;

// The formats an audit export writes, one record a line, from the field table (AuditField):
// - Csv: RFC 4180 (CsvWriter), CRLF, a header line, the formula guard;
// - JsonLines: one JSON object a line with the published member names, dates ISO 8601 UTC;
// - Cef: ArcSight Common Event Format version 0, vendor Delinea, product Secret Server, the
//   header escaped (\ and |) and the extension escaped (\, = and line breaks as \n / \r).
namespace AuditFormat {
enum Format { Csv, JsonLines, Cef };

std::optional<Format> byName(const QString &name);         // "csv", "jsonl", "cef" (any case)
std::optional<Format> byFileName(const QString &fileName); // from .csv, .jsonl, .cef
QString name(Format format);

// Escaping as the CEF specification demands: a header field escapes \ and |; an extension value
// escapes \ and =, and writes CR and LF as \r and \n. (A header field holds no line break: each
// becomes a space.)
QByteArray cefHeaderField(QByteArrayView utf8);
QByteArray cefExtensionValue(QByteArrayView utf8);
// A JSON string literal, quotes included.
void appendJsonString(QByteArray &out, QByteArrayView utf8);

// One rotation-audit record, its line end included. isoDate is the record's date already in
// the canonical ISO 8601 UTC form ("2024-05-01T10:00:00Z"), dateMs the same in ms since the
// epoch; both unused when the record has no date.
void appendRotationRecord(QByteArray &out, Format format, const AuditRecordView &record, QByteArrayView isoDate, qint64 dateMs);

// One configuration-audit record (KeyManagementConfigAuditViewModel: action, dateRecorded,
// displayName, notes), its line end included; dateIso empty for none. The CSV's header for it:
const QByteArray &configCsvHeader(); // "Date,DisplayName,Action,Notes\r\n"
void appendConfigRecord(QByteArray &out, Format format, const QString &action, const QString &dateIso, qint64 dateMs,
                        const QString &displayName, const QString &notes);
} // namespace AuditFormat

} // namespace km
