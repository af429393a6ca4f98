#include "AuditCsv.h"

#include "AuditPageReader.h"
#include "CsvWriter.h"
#include "RotationHistory.h"

#include <QDateTime>

namespace {
// The date as the CSV writes it: ISO 8601 in UTC, whole seconds ("2024-05-01T10:00:00Z").
// The canonical form is copied as it is; anything else is parsed the slow way.
bool writeDate(QByteArray &out, QByteArrayView text, QString &problem, AuditCsv::Page &page)
{
    if (text.isEmpty())
        return true; // no date: an empty cell, as before
    qint64 ms = 0;
    if (!parseUtcMs(text, &ms)) {
        problem = QStringLiteral("\"%1\" is not an ISO 8601 date-time").arg(QString::fromUtf8(text).left(40));
        return false;
    }
    page.earliestMs = std::min(page.earliestMs, ms);
    page.latestMs = std::max(page.latestMs, ms);
    if (text.size() == 20 && text[4] == '-' && text[10] == 'T' && text[13] == ':' && text.back() == 'Z')
        out += text; // already the canonical form: copied as it is
    else
        out += QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate).toUtf8();
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
    static const QByteArray h = "AuditId,Date,UserId,UserName,DisplayName,Action,Status,Notes\r\n";
    return h;
}

bool AuditCsv::decodePage(const QByteArray &text, Page &out, QString &error, const QString &path)
{
    Page page;
    page.rows.reserve(text.size()); // the rows are never longer than the JSON they come from
    QByteArray &rows = page.rows;
    const bool ok = AuditPageReader::read(text, page.info, error, path, [&](const AuditRecordView &r, QString *field, QString *problem) {
        appendNumber(rows, r.auditId);
        rows += ',';
        if (!writeDate(rows, r.date, *problem, page)) {
            *field = QStringLiteral(".date");
            return false;
        }
        rows += ',';
        appendNumber(rows, r.userId);
        for (const QByteArrayView *cell : {&r.userName, &r.displayName, &r.action, &r.status, &r.notes}) {
            rows += ',';
            CsvWriter::appendField(rows, cell->data(), cell->size());
        }
        rows += "\r\n";
        page.ids << r.auditId;
        page.ends << rows.size();
        return true;
    });
    if (!ok)
        return false;
    out = std::move(page);
    return true;
}
