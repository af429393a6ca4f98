#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <limits>

namespace km {

// What `audit export --state FILE` keeps between runs: the last audit id exported, the newest
// date exported and the ids of that date (how the next run tells ids that do not grow with time),
// and the filters the export was made with (name -> value; a filter not given is absent). A run
// with other filters is refused: its records would not follow on from these.
struct AuditExportState
{
    static constexpr qint64 noDate = std::numeric_limits<qint64>::min();
    static constexpr int version = 1;

    QMap<QString, QString> filters;
    qint64 lastId = -1;
    qint64 lastDateMs = noDate;
    QList<qint64> idsAtLastDate;

    QByteArray toJson() const;
    // false with *error saying why (the file is not one of ours, or damaged).
    static bool fromJson(const QByteArray &json, AuditExportState *out, QString *error);
    // The names of the filters that differ (empty: the same).
    static QStringList differences(const QMap<QString, QString> &saved, const QMap<QString, QString> &now);
};

} // namespace km
