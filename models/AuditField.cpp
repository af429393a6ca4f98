#include "models/AuditField.h"

#include <QCoreApplication>

namespace km {

namespace AuditField {
namespace {
constexpr QLatin1String L(const char *s)
{
    return QLatin1String(s);
}
} // namespace

const std::array<Spec, Count> &all()
{
    // CEF keys: the dictionary's own where one fits (rt receipt time, suid/suser source user,
    // act action, outcome, msg), custom numbers (cn1, with its label) and strings otherwise
    // (docs/operations.md, "Audit to a SIEM", lists them).
    static const std::array<Spec, Count> table = {{
        {AuditId, L("masterEncryptionKeyRotationInfoAuditId"), L("AuditId"), L("masterEncryptionKeyRotationInfoAuditId"), L("externalId"),
         QT_TRANSLATE_NOOP("km::RotationAuditModel", "Audit id")},
        {RotationId, L("masterEncryptionKeyRotationInfoId"), L("RotationId"), L("masterEncryptionKeyRotationInfoId"), L("cn1"),
         QT_TRANSLATE_NOOP("km::RotationAuditModel", "Rotation")},
        {Date, L("date"), L("Date"), L("date"), L("rt"), QT_TRANSLATE_NOOP("km::RotationAuditModel", "Date")},
        {UserId, L("userId"), L("UserId"), L("userId"), L("suid"), QT_TRANSLATE_NOOP("km::RotationAuditModel", "User id")},
        {UserName, L("userName"), L("UserName"), L("userName"), L("suser"), QT_TRANSLATE_NOOP("km::RotationAuditModel", "User name")},
        {DisplayName, L("displayName"), L("DisplayName"), L("displayName"), L("cs1"), QT_TRANSLATE_NOOP("km::RotationAuditModel", "User")},
        {Action, L("action"), L("Action"), L("action"), L("act"), QT_TRANSLATE_NOOP("km::RotationAuditModel", "Action")},
        {Status, L("currentStatus"), L("Status"), L("currentStatus"), L("outcome"), QT_TRANSLATE_NOOP("km::RotationAuditModel", "Status")},
        {Notes, L("notes"), L("Notes"), L("notes"), L("msg"), QT_TRANSLATE_NOOP("km::RotationAuditModel", "Notes")},
    }};
    return table;
}

const Spec &spec(Id id)
{
    return all()[size_t(id)];
}

QString label(Id id)
{
    return QCoreApplication::translate("km::RotationAuditModel", spec(id).label);
}

const QList<Id> &csvColumns()
{
    static const QList<Id> columns = {AuditId, Date, UserId, UserName, DisplayName, Action, Status, Notes};
    return columns;
}

const QByteArray &csvHeader()
{
    static const QByteArray header = [] {
        QByteArray h;
        for (Id id : csvColumns())
            h += (h.isEmpty() ? "" : ",") + QByteArray(spec(id).csvColumn.data(), spec(id).csvColumn.size());
        return h + "\r\n";
    }();
    return header;
}

std::optional<Id> byName(const QString &name)
{
    for (const Spec &s : all()) {
        if (name.compare(s.csvColumn, Qt::CaseInsensitive) == 0 || name.compare(s.wireName, Qt::CaseInsensitive) == 0
            || name.compare(s.sortName, Qt::CaseInsensitive) == 0)
            return s.id;
    }
    return std::nullopt;
}

QStringList csvColumnNames()
{
    QStringList names;
    for (const Spec &s : all())
        names << QString(s.csvColumn);
    return names;
}
} // namespace AuditField

} // namespace km
