#pragma once

#include "models/JsonFields.h"

#include <QJsonArray>
#include <QList>

namespace km {

// The paging envelope (PagingOf...) without its records.
struct PageInfo
{
    qint64 total = 0;
    bool totalGiven = false; // the reply had a total that was not null
    qint64 skip = 0;
    int take = 0;
    qint64 nextSkip = 0;
    qint64 prevSkip = 0;
    int currentPage = 0;
    int pageCount = 0;
    int batchCount = 0;
    bool hasNext = false;
    bool hasPrev = false;
    bool success = true;
    QString sortByName;      // sortBy[0].name as the server applied it
    QString sortByDirection; // sortBy[0].direction: None/Asc/Desc (any case)
    bool sortEchoed = false; // the reply carried a sortBy entry at all
    QString severity;

    void read(JsonFields &f);

    // Page labels come from skip, take and total, which mean the same on every server; the
    // server's own currentPage and pageCount have no published base. take is the one asked for
    // when the reply's is missing or zero.
    qint64 pageNumber(int requestedTake) const; // 1-based
    qint64 pageTotal(int requestedTake) const;  // at least 1
    // Whether the echoed sort is the one asked for (name case-insensitive, direction Asc/Desc).
    bool sortApplied(const QString &name, bool descending) const;

    // The one rule for every reader that walks pages (the export, the rotation history, the
    // report, the history page): a total that is missing or null, negative, or smaller than the
    // records already received (received counts this page's too) contradicts the pages, and
    // nothing exact can be made from them. Empty when the total is believable; otherwise one line
    // saying what the server claimed. (A total that is not a whole number is refused by both
    // decoders already, naming the field and the value.)
    QString totalContradiction(qint64 received) const;
};

template<class Record>
struct Page
{
    PageInfo info;
    QList<Record> records;

    static bool decode(const QJsonObject &json, Page &out, QString &error, const QString &path)
    {
        Page p;
        JsonFields f(json, path);
        p.info.read(f);
        // A null or missing records array is an empty page; the total says whether that is right.
        const QJsonArray array = f.readArray(QStringLiteral("records"));
        p.records.reserve(array.size());
        for (qsizetype i = 0; f.ok() && i < array.size(); ++i) {
            const QString itemPath = f.childPath(QStringLiteral("records[%1]").arg(i));
            if (!array.at(i).isObject()) {
                f.fail(itemPath + QStringLiteral(": expected an object"));
                break;
            }
            Record r;
            QString itemError;
            if (!Record::decode(array.at(i).toObject(), r, itemError, itemPath))
                f.fail(itemError);
            p.records.append(std::move(r));
        }
        if (!f.ok()) {
            error = f.error();
            return false;
        }
        out = std::move(p);
        return true;
    }
};

} // namespace km
