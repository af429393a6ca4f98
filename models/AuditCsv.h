#pragma once

#include "models/AuditFormat.h"
#include "models/Page.h"

#include <QByteArray>
#include <QList>
#include <limits>

namespace km {

// A page of the rotation audit (PagingOfMasterEncryptionKeyRotationInfoAuditViewModel) turned
// straight into export rows without building a JSON tree or a QString per field: what makes an
// export cheap. CSV by default (AuditId,Date,UserId,UserName,DisplayName,Action,Status,Notes,
// exactly the bytes CsvWriter::row writes for the same record), or JSON Lines or CEF lines
// (AuditFormat). It decodes as strictly as RotationAuditRecord::decode (the same required id,
// the same type checks, the same field names in errors).
namespace AuditCsv {
const QByteArray &header(); // AuditField::csvHeader()

struct Page
{
    PageInfo info;
    static constexpr qint64 noDate = std::numeric_limits<qint64>::min();
    QList<qint64> ids;     // each record's audit id, in order
    QList<qint64> dates;   // each record's date (ms since the epoch, UTC), noDate when null
    QList<qsizetype> ends; // where each record's row ends in rows
    QByteArray rows;       // the CSV rows, one after another, each ending in CRLF
    // The earliest and latest record date (ms since the epoch, UTC); earliest > latest: none dated.
    qint64 earliestMs = std::numeric_limits<qint64>::max();
    qint64 latestMs = std::numeric_limits<qint64>::min();
    qsizetype rowStart(qsizetype i) const { return i == 0 ? 0 : ends.at(i - 1); }
};

bool decodePage(const QByteArray &json, Page &out, QString &error,
                const QString &path = QStringLiteral("PagingOfMasterEncryptionKeyRotationInfoAuditViewModel"),
                AuditFormat::Format format = AuditFormat::Csv);
} // namespace AuditCsv

} // namespace km
