#pragma once

#include "JsonFields.h"

#include <QJsonArray>
#include <QList>

// The paging envelope (PagingOf...) without its records.
struct PageInfo
{
    qint64 total = 0;
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
    QString severity;

    void read(JsonFields &f);
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
        const QJsonArray array = f.readArray(QStringLiteral("records"), JsonFields::Required);
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
