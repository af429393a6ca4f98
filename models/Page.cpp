#include "Page.h"

void PageInfo::read(JsonFields &f)
{
    f.readInt64(QStringLiteral("total"), total);
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
    if (f.ok() && !sorts.isEmpty()) {
        if (!sorts.first().isObject()) {
            f.failAt(QStringLiteral("sortBy[0]"), QStringLiteral("expected an object"));
            return;
        }
        JsonFields s(sorts.first().toObject(), f.childPath(QStringLiteral("sortBy[0]")));
        s.readString(QStringLiteral("name"), sortByName);
        s.readString(QStringLiteral("direction"), sortByDirection);
        if (!s.ok())
            f.fail(s.error());
    }
}
