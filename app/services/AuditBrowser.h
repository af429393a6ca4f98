#pragma once

#include "api/ApiClient.h"

#include "models/RotationAuditModel.h"

#include <QObject>

namespace km {

// Pages through the rotation audit on the server: filters and sort go to the server and reset to
// the first page; a reply that arrives after the user has moved on is dropped, so an older page
// never replaces a newer one; a failed request leaves the last good page in the model.
class AuditExporter;

class AuditBrowser : public QObject
{
    Q_OBJECT

public:
    explicit AuditBrowser(ApiClient *client, QObject *parent = nullptr);

    RotationAuditModel *model() const { return m_model; }
    // An exporter for this server, owned by parent: for "Export…" with the query on screen.
    AuditExporter *newExporter(QObject *parent) const;
    const RotationAuditQuery &query() const { return m_query; }

    void setFilters(const QString &action, std::optional<int> userId, const QDate &date, const QString &searchTerm);
    void setQuery(const RotationAuditQuery &query); // filters, sort and page size at once; first page
    void setSort(const SortOrder &sort);
    void setPageSize(int take);
    void firstPage();
    void previousPage();
    void nextPage();
    void lastPage();
    void reload();
    void loadUsers();

    // One rotation's records: the server cannot filter on the rotation, so the browser reads every
    // page of the day it started (the other filters cleared) and keeps that rotation's records,
    // shown as one page. Started at a time: the rotation is the one whose record is nearest to it.
    void showRotationStartedAt(const QDateTime &startedUtc);
    void setRotationFilter(std::optional<qint64> rotationId); // nullopt: every rotation again
    std::optional<qint64> rotationFilter() const { return m_rotation; }

    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_hasLoaded; }
    ApiError lastError() const { return m_lastError; }
    // The page holds records dated outside the day asked for (a server that reads filter.date
    // in its own time zone): said, never hidden or guessed around.
    bool pageOutsideDay() const { return m_outsideDay; }
    const QList<AuditUser> &users() const { return m_users; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded();
    void failed(const ApiError &error);
    void usersLoaded();

private:
    void load();
    void loadRotation(int request, qint64 skip, QList<RotationAuditRecord> kept);

    ApiClient *m_client;
    RotationAuditModel *m_model;
    RotationAuditQuery m_query;
    QList<AuditUser> m_users;
    ApiError m_lastError;
    int m_request = 0;
    bool m_loading = false;
    bool m_hasLoaded = false;
    bool m_outsideDay = false;
    std::optional<qint64> m_rotation;
    QDateTime m_rotationStartedUtc; // the rotation is still to be found from its start
};

} // namespace km
