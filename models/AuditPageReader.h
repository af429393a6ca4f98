#pragma once

#include "models/Page.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <functional>

namespace km {

// One record of a rotation-audit page (MasterEncryptionKeyRotationInfoAuditViewModel) as views
// into the page: nothing is copied until a reader keeps something. Valid only during the visit.
struct AuditRecordView
{
    qint64 auditId = 0;
    qint64 rotationId = 0;
    bool hasRotationId = false;
    qint64 userId = 0;
    QByteArrayView date;  // as sent (ISO 8601); empty when null
    bool hasDate = false; // a string, not null (an empty string is a date that does not parse)
    QByteArrayView userName, displayName, action, status, notes;
};

// Reads a page of the rotation audit (PagingOf...AuditViewModel) straight from its JSON text,
// without building a tree or a QString per field: what lets an export or the rotation history
// walk a million records cheaply. As strict as RotationAuditRecord::decode (the same required id,
// the same type checks, the same field paths in errors); shared by AuditCsv and RotationHistory.
namespace AuditPageReader {
// Called for every record in order. Returns false to stop with an error: *field names the
// record's member at fault (".date"), *problem says what.
using Visitor = std::function<bool(const AuditRecordView &record, QString *field, QString *problem)>;

bool read(const QByteArray &json, PageInfo &info, QString &error, const QString &path, const Visitor &visit);
} // namespace AuditPageReader

} // namespace km
