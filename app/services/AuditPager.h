#pragma once

#include "models/ReplyGuard.h"

#include "api/ApiClient.h"
#include "api/ReadRetry.h"

#include "models/Page.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <chrono>
#include <functional>

namespace km {

class ApiCall;

// The one walk of a paged audit, page after page from skip 0 (the rotation history, the report's
// configuration changes, the History page's events of a rotation, `audit export` and `audit export
// --configuration`): each page's total is checked against the records received
// (PageInfo::totalContradiction) and a failed query is an error; transient failures are retried
// by the one read retry policy (ReadRetry: Backoff, honouring Retry-After, on the clock); the walk
// ends at the reported total, on an empty page, or when the caller's reading of a page says stop
// (its stop condition, e.g. "the last completed rotation is whole" or "older than the period").
// The caller fetches and reads each page (a tree or the raw reader, its own records) and hands
// back what the walk needs. The exporter asks several pages ahead (Options::window): replies are
// then taken in order, through the Reading's hooks; a page shorter than asked while more exist
// (a server that trims pages) makes the walk go on from there at that size.
class AuditPager : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int pageSize = 200;
        int attempts = 3; // per page, for transient failures
        std::chrono::milliseconds firstRetryDelay{1000};
        // Pages asked ahead, so that the server works while the caller writes. Above 1, pages are
        // asked for only below the larger of expectedTotal and the totals reported.
        int window = 1;
        qint64 expectedTotal = 0;
        // Go on past the reported total until an empty page or the stop (the total may grow while
        // the walk runs; the caller's stop says when it has all it wants).
        bool pastTheTotal = false;
    };
    // What the caller read of one page.
    struct Reading
    {
        PageInfo info;
        qint64 records = 0; // the records the page held
        bool stop = false;  // the stop condition is met: no page after this one
        // The records received so far, each counted once, when the caller counts them itself (by
        // id: a record pushed down onto the next page is one record); -1: every page's records.
        qint64 distinct = -1;
        // The server refused the page size: no page was taken; ask again from where the walk is,
        // at this size.
        int smallerPages = 0;
        // Taken in order (a windowed walk's replies come in any order): count runs when the
        // page's turn comes, before the checks (it fills distinct); accept runs once they passed
        // (the caller takes the page and fills stop). Either may cancel the walk.
        std::function<void(Reading &)> count = nullptr;
        std::function<void(Reading &)> accept = nullptr;
    };
    using Reply = std::function<void(const ApiResult<Reading> &)>;
    // Asks for one page; the reply (in context) says what it held, or the error.
    using Fetch = std::function<ApiCall *(qint64 skip, int take, QObject *context, Reply reply)>;

    explicit AuditPager(QObject *parent = nullptr);
    ~AuditPager() override;

    // The clock the retry waits run on (ReadRetry): the client's, so a test's ManualClock drives them.
    void setClock(Clock *clock) { m_retry.setClock(clock); }
    void start(const Options &options, Fetch fetch);
    void cancel();
    bool isRunning() const { return m_running; }
    qint64 received() const { return m_skip; }
    qint64 total() const { return m_total; }            // the largest total reported so far
    int failures() const { return m_retry.failures(); } // attempts that failed in a row, at the end
    int pageSize() const { return m_pageSize; }         // smaller than asked when the server said so

Q_SIGNALS:
    void pageRead(qint64 received, qint64 total);
    // ok: walked to the end or the stop. Otherwise error is the request's, or a BadJson one
    // carrying the contradiction, and reason says it in one line.
    void finished(bool ok, const ApiError &error, const QString &reason);

private:
    void pump();
    void request(qint64 skip);
    void onReply(qint64 skip, int take, const ApiResult<Reading> &result);
    void takePage(qint64 skip, int asked, Reading page);
    void forgetAhead(); // replies to pages asked so far are ignored
    void finish(bool ok, const ApiError &error, const QString &reason = QString());

    Options m_options;
    Fetch m_fetch;
    QMap<qint64, QPointer<ApiCall>> m_inFlight;    // skip -> call
    QMap<qint64, std::pair<int, Reading>> m_ready; // pages that came early: skip -> (take, page)
    ReadRetry m_retry;
    ReplyGuard m_replies;
    ReplyGuard m_walks; // start and cancel end a walk
    bool m_running = false;
    int m_pageSize = 200;
    qint64 m_nextSkip = 0; // the next page to ask for
    qint64 m_skip = 0;     // the next page to take: the records received
    qint64 m_total = 0;
};

} // namespace km
