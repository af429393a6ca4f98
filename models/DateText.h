#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace km {

// Dates as the console shows them: the locale's order, a four-digit year and seconds, in local
// time (so the eleven events of one rotation can be told apart); the UTC form for tooltips.
namespace DateText {
QString local(const QDateTime &utc);     // empty for an invalid date
QString utc(const QDateTime &utc);       // "2026-11-28 14:33:05 UTC"
QString utcStamp(const QDateTime &utc);  // "2026-11-28 14:33:05", where a heading already says UTC
QString localDate(const QDate &date);    // the locale's order, four-digit year
QString localTime(const QDateTime &utc); // the time of day with seconds, local
QDate localDateOf(const QDateTime &utc); // the calendar day it is, local

// "Local" is the system's time zone unless one is set here; an invalid zone means the system's
// again. The tests set zones through this, the same way on every platform (Windows' C runtime
// does not read TZ's IANA names).
void setLocalZone(const QTimeZone &zone);
} // namespace DateText

} // namespace km
