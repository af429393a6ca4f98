#include "models/Page.h"

#include <QCoreApplication>

namespace km {

namespace {
class PageText
{
    Q_DECLARE_TR_FUNCTIONS(PageText)
};
} // namespace

void PageInfo::read(JsonFields &f)
{
    f.readInt64(QStringLiteral("total"), total);
    totalGiven = f.has(QStringLiteral("total"));
    f.readInt64(QStringLiteral("skip"), skip);
    f.readInt(QStringLiteral("take"), take);
    f.readInt64(QStringLiteral("nextSkip"), nextSkip);
    f.readInt64(QStringLiteral("prevSkip"), prevSkip);
    f.readInt(QStringLiteral("currentPage"), currentPage);
    f.readInt(QStringLiteral("pageCount"), pageCount);
    f.readInt(QStringLiteral("batchCount"), batchCount);
    f.readBool(QStringLiteral("hasNext"), hasNext);
    f.readBool(QStringLiteral("hasPrev"), hasPrev);
    f.readBool(QStringLiteral("success"), success);
    f.readString(QStringLiteral("severity"), severity);
    const QJsonArray sorts = f.readArray(QStringLiteral("sortBy"));
    for (qsizetype i = 0; f.ok() && i < sorts.size(); ++i) {
        if (!sorts.at(i).isObject())
            return f.failAt(QStringLiteral("sortBy[%1]").arg(i), QStringLiteral("expected an object"));
    }
    if (f.ok() && !sorts.isEmpty()) {
        sortEchoed = true;
        JsonFields s(sorts.first().toObject(), f.childPath(QStringLiteral("sortBy[0]")));
        s.readString(QStringLiteral("name"), sortByName);
        s.readString(QStringLiteral("direction"), sortByDirection);
        if (!s.ok())
            f.fail(s.error());
    }
}

qint64 PageInfo::pageNumber(int requestedTake) const
{
    const qint64 size = take > 0 ? take : std::max(1, requestedTake);
    return skip / size + 1;
}

qint64 PageInfo::pageTotal(int requestedTake) const
{
    const qint64 size = take > 0 ? take : std::max(1, requestedTake);
    return std::max<qint64>(1, (total + size - 1) / size);
}

bool PageInfo::sortApplied(const QString &name, bool descending) const
{
    if (!sortEchoed || sortByName.compare(name, Qt::CaseInsensitive) != 0)
        return false;
    const QString direction = sortByDirection.toLower();
    return descending ? direction == QLatin1String("desc") : direction == QLatin1String("asc");
}

QString PageInfo::totalContradiction(qint64 received) const
{
    if (!totalGiven)
        return PageText::tr("the server did not say how many records match (its total was null or missing), so the pages cannot "
                            "be checked for completeness.");
    if (total < 0)
        return PageText::tr("the server reported %1 matching records, which cannot be.").arg(total);
    if (total < received)
        return PageText::tr("the server reported %1 matching records but had already sent %2.").arg(total).arg(received);
    return {};
}

} // namespace km
