#pragma once

#include <QDate>
#include <QString>
#include <QUrlQuery>
#include <optional>

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
