#include "models/AuditCsv.h"

#include "models/AuditField.h"
#include "models/AuditPageReader.h"
#include "models/CsvWriter.h"
#include "models/RotationHistory.h"

#include <QDateTime>

namespace km {

namespace {
// "2024-05-01T10:00:00Z" exactly: what QDateTime writes for a valid date of that text (which
// parsed already). Anything else is written the way the tree decoder writes it.
bool isCanonical(QByteArrayView t)
{
    if (t.size() != 20)
        return false;
    for (qsizetype i = 0; i < 20; ++i) {
        const char c = t[i];
        const char expected = i == 4 || i == 7 ? '-' : i == 10 ? 'T' : i == 13 || i == 16 ? ':' : i == 19 ? 'Z' : '0';
        if (expected == '0' ? (c < '0' || c > '9') : c != expected)
            return false;
    }
    // Qt reads 24:00:00 as the next midnight, and a leap second as the next minute: not canonical.
    const auto two = [&](int at) { return (t[at] - '0') * 10 + (t[at + 1] - '0'); };
    return two(11) < 24 && two(14) < 60 && two(17) < 60;
}

// The date as every format writes it: ISO 8601 in UTC, whole seconds ("2024-05-01T10:00:00Z").
// The canonical form is copied as it is; anything else is parsed the slow way. *ms is
// AuditCsv::Page::noDate for a null date (an empty cell, as before).
bool canonicalDate(bool given, QByteArrayView text, QByteArrayView &canonical, QByteArray &scratch, qint64 *ms, QString &problem,
                   AuditCsv::Page &page)
{
    *ms = AuditCsv::Page::noDate;
    canonical = {};
    if (!given)
        return true;
    if (!parseUtcMs(text, ms)) {
        problem = QStringLiteral("\"%1\" is not an ISO 8601 date-time").arg(QString::fromUtf8(text).left(40));
        return false;
    }
    page.earliestMs = std::min(page.earliestMs, *ms);
    page.latestMs = std::max(page.latestMs, *ms);
    if (isCanonical(text)) {
        canonical = text; // already the canonical form: copied as it is
    } else {
        scratch = QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODate).toUtf8();
        canonical = scratch;
    }
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

} // namespace

const QByteArray &AuditCsv::header()
{
    return AuditField::csvHeader();
}

bool AuditCsv::decodePage(const QByteArray &text, Page &out, QString &error, const QString &path, AuditFormat::Format format)
{
    Page page;
    page.rows.reserve(text.size()); // the rows are never longer than the JSON they come from
    QByteArray &rows = page.rows;
    QByteArray scratch;
    const bool ok = AuditPageReader::read(text, page.info, error, path, [&](const AuditRecordView &r, QString *field, QString *problem) {
        QByteArrayView date;
        qint64 ms = 0;
        if (!canonicalDate(r.hasDate, r.date, date, scratch, &ms, *problem, page)) {
            *field = QLatin1Char('.') + AuditField::spec(AuditField::Date).wireName;
            return false;
        }
        if (format == AuditFormat::Csv) {
            appendNumber(rows, r.auditId);
            rows += ',';
            rows += date;
            rows += ',';
            appendNumber(rows, r.userId);
            for (const QByteArrayView *cell : {&r.userName, &r.displayName, &r.action, &r.status, &r.notes}) {
                rows += ',';
                CsvWriter::appendField(rows, cell->data(), cell->size());
            }
            rows += "\r\n";
        } else {
            AuditFormat::appendRotationRecord(rows, format, r, date, ms);
        }
        page.ids << r.auditId;
        page.dates << ms;
        page.ends << rows.size();
        return true;
    });
    if (!ok)
        return false;
    out = std::move(page);
    return true;
}

} // namespace km
