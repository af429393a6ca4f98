#include "services/AuditBrowser.h"

#include "services/AuditExporter.h"

#include "models/AuditField.h"

namespace km {

AuditBrowser::AuditBrowser(ApiClient *client, QObject *parent) : QObject(parent), m_client(client), m_model(new RotationAuditModel(this))
{
    m_query.take = 50;
    m_query.sort = {AuditField::spec(AuditField::Date).sortName, true}; // newest first
}

void AuditBrowser::setFilters(const QString &action, std::optional<int> userId, const QDate &date, const QString &searchTerm)
{
    if (action != m_query.action || userId != m_query.userId || date != m_query.date || searchTerm != m_query.searchTerm) {
        m_rotation.reset(); // another question: the rotation filter goes with the day it was read from
        m_rotationStartedUtc = QDateTime();
    }
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

void AuditBrowser::showRotationStartedAt(const QDateTime &startedUtc)
{
    m_query.action.clear();
    m_query.userId.reset();
    m_query.searchTerm.clear();
    m_query.date = startedUtc.toUTC().date();
    m_query.skip = 0;
    m_rotation.reset();
    m_rotationStartedUtc = startedUtc.toUTC();
    load();
}

void AuditBrowser::setRotationFilter(std::optional<qint64> rotationId)
{
    m_rotation = rotationId;
    m_rotationStartedUtc = QDateTime();
    m_query.skip = 0;
    load();
}

void AuditBrowser::load()
{
    const int request = ++m_request;
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
    if (m_rotation || m_rotationStartedUtc.isValid())
        return loadRotation(request, 0, {});
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

void AuditBrowser::loadRotation(int request, qint64 skip, QList<RotationAuditRecord> kept)
{
    constexpr int take = 500;
    constexpr qint64 most = 20LL * take; // a day holds a few rotations, not thousands of records
    RotationAuditQuery query = m_query;
    query.skip = skip;
    query.take = take;
    m_client->searchRotationAudit(query, this, [this, request, skip, kept](const ApiResult<Page<RotationAuditRecord>> &r) mutable {
        if (request != m_request)
            return;
        if (!r.ok()) {
            m_loading = false;
            Q_EMIT loadingChanged(false);
            m_lastError = r.error;
            Q_EMIT failed(r.error);
            return;
        }
        kept += r.value.records;
        const qint64 next = skip + r.value.records.size();
        if (!r.value.records.isEmpty() && next < r.value.info.total && next < most)
            return loadRotation(request, next, std::move(kept));
        if (m_rotationStartedUtc.isValid()) {
            // The rotation that started then: the record nearest to its start names it.
            qint64 best = -1;
            for (const RotationAuditRecord &record : std::as_const(kept)) {
                const qint64 distance = qAbs(record.dateUtc.secsTo(m_rotationStartedUtc));
                if (record.rotationInfoId > 0 && (best < 0 || distance < best)) {
                    best = distance;
                    m_rotation = record.rotationInfoId;
                }
            }
            m_rotationStartedUtc = QDateTime();
        }
        Page<RotationAuditRecord> page;
        for (const RotationAuditRecord &record : std::as_const(kept)) {
            if (m_rotation && record.rotationInfoId == *m_rotation)
                page.records.append(record);
        }
        page.info = r.value.info;
        page.info.total = page.records.size();
        page.info.totalGiven = true;
        page.info.skip = 0;
        page.info.take = int(std::max<qsizetype>(1, page.records.size()));
        page.info.hasNext = page.info.hasPrev = false;
        m_loading = false;
        Q_EMIT loadingChanged(false);
        m_lastError = ApiError();
        m_hasLoaded = true;
        m_outsideDay = false;
        m_model->setPage(page, page.info.take);
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

} // namespace km
