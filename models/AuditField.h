#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace km {

// The one table of the rotation audit's fields (MasterEncryptionKeyRotationInfoAuditViewModel):
// what each is called on the wire (and so in JSON Lines), in the CSV's header, by the API's
// sortBy[0].name, on screen, and which CEF key carries it. The decoders, the CSV, JSON Lines and
// CEF writers, the audit table's columns and sort, and `audit export --sort` all read it.
namespace AuditField {
enum Id { AuditId, RotationId, Date, UserId, UserName, DisplayName, Action, Status, Notes, Count };

struct Spec
{
    Id id = Count;
    QLatin1String wireName;      // the published JSON member, also the JSON Lines member
    QLatin1String csvColumn;     // the CSV header's name (and `audit export --sort`'s)
    QLatin1String sortName;      // sortBy[0].name
    QLatin1String cefKey;        // the CEF extension key that carries it (empty: not carried)
    const char *label = nullptr; // on screen, translated in the context "km::RotationAuditModel"
};

const Spec &spec(Id id);
const std::array<Spec, Count> &all();
QString label(Id id); // translated

// The CSV's columns, in order (the rotation id is not one of them: a CSV made before it stays the same).
const QList<Id> &csvColumns();
const QByteArray &csvHeader(); // the CSV columns, comma separated, CRLF

// A CSV column, wire or sort name (case-insensitive).
std::optional<Id> byName(const QString &name);
QStringList csvColumnNames();
} // namespace AuditField

} // namespace km
