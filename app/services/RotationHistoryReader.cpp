#include "services/RotationHistoryReader.h"

#include <algorithm>

#include "api/ApiClient.h"

#include "models/AuditField.h"
#include "models/AuditPageReader.h"
#include "models/AuditQuery.h"
#include "models/MekStatus.h"

namespace km {

namespace {
const QString idSort = AuditField::spec(AuditField::AuditId).sortName;
}

RotationHistoryReader::RotationHistoryReader(ApiClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    connect(&m_pager, &AuditPager::finished, this, [this](bool ok, const ApiError &error, const QString &reason) {
        if (!ok) {
            m_error = error;
            return finish(false, tr("The rotation history could not be read: %1").arg(reason));
        }
        m_complete = true;
        Q_EMIT updated();
        finish(true,
               tr("Read %n event(s) of %1 rotation(s).", nullptr, int(std::min<qint64>(m_read, INT_MAX))).arg(m_history.rotationCount()));
    });
    // A page the pager took (its checks passed): how far, and the history so far now and then.
    connect(&m_pager, &AuditPager::pageRead, this, [this](qint64, qint64 total) {
        m_total = total;
        Q_EMIT progress(m_read, m_total);
        if (m_sinceUpdate.elapsed() >= 250) {
            m_sinceUpdate.restart();
            Q_EMIT updated();
        }
    });
}

void RotationHistoryReader::start(const Options &options)
{
    cancel();
    m_options = options;
    m_history.clear();
    m_running = true;
    m_complete = false;
    m_sortHonoured = true;
    m_read = 0;
    m_total = 0;
    m_lowestId = -1;
    m_completedRotation = -1;
    m_notice.clear();
    m_error = ApiError();
    m_sinceUpdate.start();
    AuditPager::Options paging;
    paging.pageSize = m_options.pageSize;
    paging.attempts = m_options.attempts;
    paging.firstRetryDelay = m_options.firstRetryDelay;
    m_pager.setClock(m_client->clock());
    m_pager.start(paging, [this](qint64 skip, int take, QObject *context, const AuditPager::Reply &reply) {
        RotationAuditQuery q;
        q.skip = skip;
        q.take = take;
        q.sort = {idSort, true};
        q.isExporting = true;
        return m_client->searchRotationAuditRaw(q, context, [this, skip, reply](const ApiResult<QByteArray> &r) {
            if (!r.ok())
                return reply({{}, r.error});
            reply(readPage(skip, r.value));
        });
    });
}

void RotationHistoryReader::cancel()
{
    m_pager.cancel();
    m_running = false;
}

ApiResult<AuditPager::Reading> RotationHistoryReader::readPage(qint64 skip, const QByteArray &json)
{
    ApiResult<AuditPager::Reading> out;
    AuditPager::Reading &page = out.value;
    QString error;
    qint64 pageLowest = -1;
    bool lastCompletedWhole = false;
    const bool ok = AuditPageReader::read(json, page.info, error, QStringLiteral("PagingOfMasterEncryptionKeyRotationInfoAuditViewModel"),
                                          [&](const AuditRecordView &r, QString *field, QString *problem) {
        ++page.records;
        if (m_sortHonoured) {
            // Ids come newest first: one on a later page not below the lowest of the pages before
            // was added after the start (or was seen on the page before, pushed down by one that
            // was). Within a page nothing is skipped: the first page's order is not known to be
            // the one asked for until its echoed sort is read, after its records.
            if (m_lowestId >= 0 && r.auditId >= m_lowestId)
                return true;
            pageLowest = pageLowest < 0 ? r.auditId : std::min(pageLowest, r.auditId);
        }
        if (m_options.untilLastCompleted) {
            if (m_completedRotation >= 0 && r.hasRotationId && r.rotationId < m_completedRotation) {
                lastCompletedWhole = true; // every event of that rotation has been read
                return true;
            }
            if (m_completedRotation < 0 && r.hasRotationId
                && MekStatus::fromName(QString::fromLatin1(r.status)) == MekStatus::SessionDataRotationCompleted)
                m_completedRotation = r.rotationId;
        }
        if (lastCompletedWhole)
            return true;
        ++m_read;
        if (!m_history.add(r, problem)) {
            *field = QLatin1Char('.') + AuditField::spec(AuditField::Date).wireName;
            return false;
        }
        return true;
    });
    if (!ok) {
        out.error = ApiError(ApiError::BadJson, error);
        return out;
    }
    if (skip == 0 && page.records > 0 && page.info.success && !page.info.sortApplied(idSort, true)) {
        m_sortHonoured = false;
        m_notice = tr("The server did not sort the audit by id when asked; events added while the history was read may be "
                      "counted twice.");
    }
    if (pageLowest >= 0)
        m_lowestId = m_lowestId < 0 ? pageLowest : std::min(m_lowestId, pageLowest);
    page.stop = lastCompletedWhole;
    return out;
}

void RotationHistoryReader::finish(bool ok, const QString &message)
{
    m_running = false;
    Q_EMIT finished(ok, message);
}

} // namespace km
