#pragma once

#include <QDateTime>
#include <QString>

// Dates as the console shows them: the locale's order, a four-digit year and seconds, in local
// time (so the eleven events of one rotation can be told apart); the UTC form for tooltips.
namespace DateText {
QString local(const QDateTime &utc);   // empty for an invalid date
QString utc(const QDateTime &utc);     // "2026-11-28 14:33:05 UTC"
QString utcStamp(const QDateTime &utc); // "2026-11-28 14:33:05", where a heading already says UTC
QString localDate(const QDate &date);  // the locale's order, four-digit year
QString localTime(const QDateTime &utc); // the time of day with seconds, local
}
