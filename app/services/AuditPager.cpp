#include "services/AuditPager.h"

#include "api/ApiCall.h"

std::chrono::milliseconds AuditPager::retryDelay(const ApiError &error, int attempt, std::chrono::milliseconds first)
{
    const auto delay = first * (1 << std::clamp(attempt - 1, 0, 16));
    return std::max<std::chrono::milliseconds>(delay, std::chrono::seconds(error.retryAfterSeconds()));
}

AuditPager::AuditPager(QObject *parent) : QObject(parent)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &AuditPager::requestPage);
}

AuditPager::~AuditPager()
{
    if (m_call)
        m_call->cancel();
}

void AuditPager::start(const Options &options, Fetch fetch)
{
    cancel();
    m_options = options;
    m_options.pageSize = std::max(1, m_options.pageSize);
    m_fetch = std::move(fetch);
    m_running = true;
    m_attempt = 0;
    m_skip = 0;
    m_total = 0;
    requestPage();
}

void AuditPager::cancel()
{
    m_replies.supersede();
    m_retryTimer.stop();
    if (m_call)
        m_call->cancel();
    m_call = nullptr;
    m_running = false;
}

void AuditPager::requestPage()
{
    if (!m_running)
        return;
    const ReplyGuard::Ticket ticket = m_replies.ticket();
    m_call = m_fetch(m_skip, m_options.pageSize, this, [this, ticket](const ApiResult<Reading> &r) {
        if (m_replies.isCurrent(ticket))
            onPage(r);
    });
}

void AuditPager::onPage(const ApiResult<Reading> &result)
{
    m_call = nullptr;
    if (!m_running)
        return;
    if (!result.ok()) {
        if (result.error.kind() == ApiError::Cancelled)
            return;
        if (result.error.isTransient() && ++m_attempt < m_options.attempts) {
            m_retryTimer.start(retryDelay(result.error, m_attempt, m_options.firstRetryDelay));
            return;
        }
        return finish(false, result.error);
    }
    m_attempt = 0;
    const Reading &page = result.value;
    if (!page.info.success)
        return finish(false, ApiError(ApiError::QueryFailed));
    // Every record the pages held exists: a total below that (or none) contradicts them.
    const QString contradiction = page.info.totalContradiction(m_skip + page.records);
    if (!contradiction.isEmpty())
        return finish(false, ApiError(ApiError::BadJson, contradiction), contradiction);
    m_total = std::max(m_total, page.info.total);
    m_skip += page.records;
    Q_EMIT pageRead(m_skip, m_total);
    if (!m_running)
        return; // a listener cancelled
    if (page.stop || page.records == 0 || m_skip >= page.info.total)
        return finish(true, ApiError());
    requestPage();
}

void AuditPager::finish(bool ok, const ApiError &error, const QString &reason)
{
    m_running = false;
    Q_EMIT finished(ok, error, ok || !reason.isEmpty() ? reason : error.message());
}
