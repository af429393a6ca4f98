#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUrlQuery>
#include <optional>

namespace km {

// Sort of a paged query: sortBy[0].name and direction.
struct SortOrder
{
    QString field;
    bool descending = false;
};

// The parameters of GET /v1/key-management/audit.
struct RotationAuditQuery
{
    QString action;
    QDate date;
    QString searchTerm;
    std::optional<int> userId;
    qint64 skip = 0;
    int take = 50;
    SortOrder sort;
    bool isExporting = false;

    // filter.date is published as a date-time: the day is sent as its UTC midnight with an
    // explicit offset ("2026-01-02T00:00:00Z"), and a record belongs to it when its date falls in
    // [that midnight, the next). True for every date when no day is asked.
    QDateTime dayStartUtc() const;
    bool withinDay(const QDateTime &utc) const;
    bool withinDayMs(qint64 msSinceEpoch) const;

    QUrlQuery toUrlQuery() const;
};

// The parameters of GET /v1/key-management/config/audit.
struct ConfigAuditQuery
{
    QString searchText;
    qint64 skip = 0;
    int take = 50;
    SortOrder sort;

    QUrlQuery toUrlQuery() const;
};

} // namespace km
