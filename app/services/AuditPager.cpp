#include "services/AuditPager.h"

#include "api/ApiCall.h"

namespace km {

AuditPager::AuditPager(QObject *parent) : QObject(parent)
{}

AuditPager::~AuditPager()
{
    cancel();
}

void AuditPager::start(const Options &options, Fetch fetch)
{
    cancel();
    m_options = options;
    m_options.pageSize = std::max(1, m_options.pageSize);
    m_options.window = std::max(1, m_options.window);
    m_fetch = std::move(fetch);
    m_running = true;
    ReadRetry::Policy retry;
    retry.attempts = m_options.attempts;
    retry.first = m_options.firstRetryDelay;
    m_retry.setPolicy(retry);
    m_pageSize = m_options.pageSize;
    m_nextSkip = 0;
    m_skip = 0;
    m_total = 0;
    pump();
}

void AuditPager::cancel()
{
    m_walks.supersede();
    m_replies.supersede();
    m_retry.stop();
    const auto calls = std::exchange(m_inFlight, {});
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->cancel();
    }
    m_ready.clear();
    m_running = false;
}

void AuditPager::forgetAhead()
{
    // Pages asked ahead are let finish and ignored: aborting a reply the network thread has
    // already finished only makes Qt complain, and the bytes are on their way anyway.
    m_replies.supersede();
    m_inFlight.clear();
    m_ready.clear();
    m_nextSkip = m_skip;
}

void AuditPager::pump()
{
    if (!m_running || m_retry.isWaiting())
        return;
    // Ask ahead only for pages the reported total says exist (it may grow while the walk runs).
    const qint64 known = std::max(m_total, m_options.expectedTotal);
    // (A reply may come at once and end the walk or make it wait: each request checks again.)
    const auto mayAsk = [this] { return m_running && !m_retry.isWaiting(); };
    while (mayAsk() && m_options.window > 1 && m_inFlight.size() + m_ready.size() < m_options.window && m_nextSkip < known)
        request(m_nextSkip);
    // Nothing asked: the next page (past the reported total, to see the end for itself).
    if (mayAsk() && m_inFlight.isEmpty() && m_ready.isEmpty())
        request(m_nextSkip);
}

void AuditPager::request(qint64 skip)
{
    const int take = m_pageSize;
    m_nextSkip = skip + take;
    const ReplyGuard::Ticket ticket = m_replies.ticket();
    // Marked in flight before the fetch, whose reply may come at once.
    m_inFlight.insert(skip, nullptr);
    ApiCall *call = m_fetch(skip, take, this, [this, skip, take, ticket](const ApiResult<Reading> &r) {
        if (m_replies.isCurrent(ticket))
            onReply(skip, take, r);
    });
    if (m_replies.isCurrent(ticket) && m_inFlight.contains(skip))
        m_inFlight[skip] = call;
}

void AuditPager::onReply(qint64 skip, int take, const ApiResult<Reading> &result)
{
    if (!m_running || !m_inFlight.contains(skip))
        return;
    m_inFlight.remove(skip);
    if (!result.ok()) {
        if (result.error.kind() == ApiError::Cancelled)
            return;
        forgetAhead();
        if (m_retry.retry(result.error, [this] { pump(); }))
            return;
        return finish(false, result.error);
    }
    if (result.value.smallerPages > 0) {
        forgetAhead();
        m_pageSize = std::min(m_pageSize, result.value.smallerPages);
        return pump();
    }
    m_retry.succeeded();
    m_ready.insert(skip, {take, result.value});
    // The next page is asked for before this one is taken, so the server is never left idle
    // while the caller works (the window still bounds what is held).
    pump();
    const ReplyGuard::Ticket walk = m_walks.ticket(); // a listener may end this walk and start another
    while (m_walks.isCurrent(walk) && m_running && m_ready.contains(m_skip)) {
        auto [pageTake, page] = m_ready.take(m_skip);
        takePage(m_skip, pageTake, std::move(page));
    }
    if (m_walks.isCurrent(walk) && m_running)
        pump();
}

void AuditPager::takePage(qint64 skip, int asked, Reading page)
{
    if (page.count) {
        page.count(page);
        if (!m_running)
            return; // the caller stopped the walk
    }
    if (!page.info.success)
        return finish(false, ApiError(ApiError::QueryFailed));
    // Every record the pages held exists: a total below that (or none) contradicts them.
    const QString contradiction = page.info.totalContradiction(page.distinct >= 0 ? page.distinct : skip + page.records);
    if (!contradiction.isEmpty())
        return finish(false, ApiError(ApiError::BadJson, contradiction), contradiction);
    m_total = std::max(m_total, page.info.total);
    m_skip = skip + page.records;
    if (page.accept) {
        page.accept(page);
        if (!m_running)
            return;
    }
    Q_EMIT pageRead(m_skip, m_total);
    if (!m_running)
        return; // a listener cancelled
    if (page.stop || page.records == 0 || (!m_options.pastTheTotal && m_skip >= page.info.total))
        return finish(true, ApiError());
    if (page.records != asked) {
        // Pages asked ahead start elsewhere; a server that trims pages is followed at its size.
        forgetAhead();
        if (page.records < asked && m_skip < page.info.total)
            m_pageSize = int(page.records);
    }
}

void AuditPager::finish(bool ok, const ApiError &error, const QString &reason)
{
    forgetAhead();
    m_retry.stop();
    m_running = false;
    Q_EMIT finished(ok, error, ok || !reason.isEmpty() ? reason : error.message());
}

} // namespace km
