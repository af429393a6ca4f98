#include "services/AuditBrowser.h"

#include "services/AuditExporter.h"

AuditBrowser::AuditBrowser(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_model(new RotationAuditModel(this))
{
    m_query.take = 50;
    m_query.sort = {QStringLiteral("date"), true}; // newest first
}

void AuditBrowser::setFilters(const QString &action, std::optional<int> userId, const QDate &date, const QString &searchTerm)
{
    m_query.action = action;
    m_query.userId = userId;
    m_query.date = date;
    m_query.searchTerm = searchTerm;
    m_query.skip = 0;
    load();
}

AuditExporter *AuditBrowser::newExporter(QObject *parent) const
{
    return new AuditExporter(m_client, parent);
}

void AuditBrowser::setQuery(const RotationAuditQuery &query)
{
    m_query = query;
    m_query.skip = 0;
    m_query.take = std::clamp(query.take, 1, 1000);
    load();
}

void AuditBrowser::setSort(const SortOrder &sort)
{
    m_query.sort = sort;
    m_query.skip = 0;
    load();
}

void AuditBrowser::setPageSize(int take)
{
    // Keep the first record on screen in view.
    m_query.skip = (m_query.skip / take) * take;
    m_query.take = take;
    load();
}

void AuditBrowser::firstPage()
{
    m_query.skip = 0;
    load();
}

void AuditBrowser::previousPage()
{
    if (m_query.skip == 0)
        return;
    m_query.skip = std::max<qint64>(0, m_query.skip - m_query.take);
    load();
}

void AuditBrowser::nextPage()
{
    if (!m_model->hasNext())
        return;
    m_query.skip += m_query.take;
    load();
}

void AuditBrowser::lastPage()
{
    const qint64 total = m_model->pageInfo().total;
    if (total <= 0)
        return;
    m_query.skip = ((total - 1) / m_query.take) * m_query.take;
    load();
}

void AuditBrowser::reload()
{
    load();
}

void AuditBrowser::load()
{
    const int request = ++m_request;
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
    m_client->searchRotationAudit(m_query, this, [this, request](const ApiResult<Page<RotationAuditRecord>> &r) {
        if (request != m_request)
            return; // the user has moved on: this page is stale
        m_loading = false;
        Q_EMIT loadingChanged(false);
        if (!r.ok()) {
            m_lastError = r.error;
            Q_EMIT failed(r.error);
            return;
        }
        m_lastError = ApiError();
        m_hasLoaded = true;
        m_outsideDay = std::any_of(r.value.records.cbegin(), r.value.records.cend(),
                                   [this](const RotationAuditRecord &record) { return !m_query.withinDay(record.dateUtc); });
        m_model->setPage(r.value, m_query.take);
        Q_EMIT pageLoaded();
    });
}

void AuditBrowser::loadUsers()
{
    m_client->getRotationAuditUsers(this, [this](const ApiResult<QList<AuditUser>> &r) {
        if (!r.ok())
            return; // the user filter stays "all users"; the grid reports its own errors
        m_users = r.value;
        Q_EMIT usersLoaded();
    });
}
