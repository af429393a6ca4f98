#include "models/AuditQuery.h"

#include <QUrl>

namespace km {

namespace {
void addPaging(QUrlQuery &q, qint64 skip, int take, const SortOrder &sort)
{
    q.addQueryItem(QStringLiteral("skip"), QString::number(skip));
    q.addQueryItem(QStringLiteral("take"), QString::number(take));
    if (!sort.field.isEmpty()) {
        q.addQueryItem(QStringLiteral("sortBy[0].name"), sort.field);
        q.addQueryItem(QStringLiteral("sortBy[0].direction"), sort.descending ? QStringLiteral("Desc") : QStringLiteral("Asc"));
        q.addQueryItem(QStringLiteral("sortBy[0].priority"), QStringLiteral("0"));
    }
}

// QUrlQuery would leave '+' (a space to most servers) and '%XX' in user text as they are, so
// every value is percent-encoded here and handed over already encoded.
QString queryValue(const QString &v)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(v));
}
} // namespace

QDateTime RotationAuditQuery::dayStartUtc() const
{
    return date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC) : QDateTime();
}

bool RotationAuditQuery::withinDayMs(qint64 ms) const
{
    if (!date.isValid())
        return true;
    const qint64 start = dayStartUtc().toMSecsSinceEpoch();
    return ms >= start && ms < start + 24LL * 3600 * 1000;
}

bool RotationAuditQuery::withinDay(const QDateTime &utc) const
{
    return !date.isValid() || !utc.isValid() || withinDayMs(utc.toMSecsSinceEpoch());
}

QUrlQuery RotationAuditQuery::toUrlQuery() const
{
    QUrlQuery q;
    if (isExporting)
        q.addQueryItem(QStringLiteral("isExporting"), QStringLiteral("true"));
    if (!action.isEmpty())
        q.addQueryItem(QStringLiteral("filter.action"), queryValue(action));
    if (date.isValid())
        q.addQueryItem(QStringLiteral("filter.date"), dayStartUtc().toString(Qt::ISODate));
    if (!searchTerm.isEmpty())
        q.addQueryItem(QStringLiteral("filter.searchTerm"), queryValue(searchTerm));
    if (userId)
        q.addQueryItem(QStringLiteral("filter.userId"), QString::number(*userId));
    addPaging(q, skip, take, sort);
    return q;
}

QUrlQuery ConfigAuditQuery::toUrlQuery() const
{
    QUrlQuery q;
    if (!searchText.isEmpty())
        q.addQueryItem(QStringLiteral("filter.searchText"), queryValue(searchText));
    addPaging(q, skip, take, sort);
    return q;
}

} // namespace km
