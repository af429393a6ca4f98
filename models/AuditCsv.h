#pragma once

#include "models/Page.h"

#include <QByteArray>
#include <QList>
#include <limits>

// A page of the rotation audit (PagingOfMasterEncryptionKeyRotationInfoAuditViewModel) turned
// straight into CSV rows (AuditId,Date,UserId,UserName,DisplayName,Action,Status,Notes), without
// building a JSON tree or a QString per field: what makes an export cheap. It decodes as strictly
// as RotationAuditRecord::decode (the same required id, the same type checks, the same field
// names in errors) and writes exactly the bytes CsvWriter::row writes for the same record.
namespace AuditCsv {
const QByteArray &header(); // "AuditId,Date,...,Notes\r\n"

struct Page
{
    PageInfo info;
    QList<qint64> ids;      // each record's audit id, in order
    QList<qsizetype> ends;  // where each record's row ends in rows
    QByteArray rows;        // the CSV rows, one after another, each ending in CRLF
    // The earliest and latest record date (ms since the epoch, UTC); earliest > latest: none dated.
    qint64 earliestMs = std::numeric_limits<qint64>::max();
    qint64 latestMs = std::numeric_limits<qint64>::min();
    qsizetype rowStart(qsizetype i) const { return i == 0 ? 0 : ends.at(i - 1); }
};

bool decodePage(const QByteArray &json, Page &out, QString &error,
                const QString &path = QStringLiteral("PagingOfMasterEncryptionKeyRotationInfoAuditViewModel"));
}
