#include "services/RotationHistoryReader.h"

#include "api/ApiClient.h"

#include "AuditPageReader.h"
#include "AuditQuery.h"
#include <algorithm>

namespace {
const QString idSort = QStringLiteral("masterEncryptionKeyRotationInfoAuditId");
}

RotationHistoryReader::RotationHistoryReader(ApiClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &RotationHistoryReader::requestPage);
}

void RotationHistoryReader::start(const Options &options)
{
    cancel();
    m_options = options;
    m_history.clear();
    m_running = true;
    m_complete = false;
    m_sortHonoured = true;
    m_attempt = 0;
    m_skip = 0;
    m_read = 0;
    m_total = 0;
    m_lowestId = -1;
    m_completedRotation = -1;
    m_notice.clear();
    m_error = ApiError();
    m_sinceUpdate.start();
    requestPage();
}

void RotationHistoryReader::cancel()
{
    m_replies.supersede();
    m_retryTimer.stop();
    if (m_call)
        m_call->cancel();
    m_call = nullptr;
    m_running = false;
}

void RotationHistoryReader::requestPage()
{
    if (!m_running)
        return;
    RotationAuditQuery q;
    q.skip = m_skip;
    q.take = m_options.pageSize;
    q.sort = {idSort, true};
    q.isExporting = true;
    const ReplyGuard::Ticket ticket = m_replies.ticket();
    m_call = m_client->searchRotationAuditRaw(q, this, [this, ticket](const ApiResult<QByteArray> &r) {
        if (m_replies.isCurrent(ticket))
            onPage(r);
    });
}

void RotationHistoryReader::onPage(const ApiResult<QByteArray> &result)
{
    m_call = nullptr;
    if (!result.ok()) {
        if (result.error.kind() == ApiError::Cancelled)
            return;
        if (result.error.isTransient() && ++m_attempt < m_options.attempts) {
            auto delay = m_options.firstRetryDelay * (1 << (m_attempt - 1));
            delay = std::max<std::chrono::milliseconds>(delay, std::chrono::seconds(result.error.retryAfterSeconds()));
            m_retryTimer.start(delay);
            return;
        }
        m_error = result.error;
        return finish(false, tr("The rotation history could not be read: %1").arg(result.error.message()));
    }
    m_attempt = 0;
    PageInfo info;
    QString error;
    qint64 records = 0;
    qint64 pageLowest = -1;
    bool lastCompletedWhole = false;
    const bool ok = AuditPageReader::read(result.value, info, error, QStringLiteral("PagingOfMasterEncryptionKeyRotationInfoAuditViewModel"),
                                          [&](const AuditRecordView &r, QString *field, QString *problem) {
        ++records;
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
            *field = QStringLiteral(".date");
            return false;
        }
        return true;
    });
    if (!ok) {
        m_error = ApiError(ApiError::BadJson, error);
        return finish(false, tr("The rotation history could not be read: %1").arg(m_error.message()));
    }
    if (!info.success) {
        m_error = ApiError(ApiError::QueryFailed);
        return finish(false, tr("The rotation history could not be read: %1").arg(m_error.message()));
    }
    const QString contradiction = info.totalContradiction(m_skip + records);
    if (!contradiction.isEmpty()) {
        m_error = ApiError(ApiError::BadJson, contradiction);
        return finish(false, tr("The rotation history could not be read: %1").arg(contradiction));
    }
    if (m_skip == 0 && records > 0 && !info.sortApplied(idSort, true)) {
        m_sortHonoured = false;
        m_notice = tr("The server did not sort the audit by id when asked; events added while the history was read may be "
                      "counted twice.");
    }
    if (pageLowest >= 0)
        m_lowestId = m_lowestId < 0 ? pageLowest : std::min(m_lowestId, pageLowest);
    m_total = std::max(m_total, info.total);
    m_skip += records;
    Q_EMIT progress(m_read, m_total);
    const bool atEnd = records == 0 || m_skip >= info.total || lastCompletedWhole;
    if (atEnd || m_sinceUpdate.elapsed() >= 250) {
        m_sinceUpdate.restart();
        Q_EMIT updated();
    }
    if (atEnd) {
        m_complete = true;
        return finish(true, tr("Read %n event(s) of %1 rotation(s).", nullptr, int(std::min<qint64>(m_read, INT_MAX)))
                                .arg(m_history.rotationCount()));
    }
    requestPage();
}

void RotationHistoryReader::finish(bool ok, const QString &message)
{
    m_running = false;
    Q_EMIT finished(ok, message);
}
