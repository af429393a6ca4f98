#pragma once

#include "models/ReplyGuard.h"

#include "api/ApiClient.h"

#include "models/Page.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <functional>

class ApiCall;

// The one walk of a paged audit, page after page from skip 0 (the rotation history, the report's
// configuration changes, the History page's events of a rotation, `audit export
// --configuration`): each page's total is checked against the records received
// (PageInfo::totalContradiction) and a failed query is an error; transient failures are retried
// with back-off, honouring Retry-After; the walk ends at the reported total, on an empty page, or
// when the caller's reading of a page says stop (its stop condition, e.g. "the last completed
// rotation is whole" or "older than the period"). The caller fetches and reads each page (a tree
// or the raw reader, its own records) and hands back what the walk needs. AuditExporter asks
// ahead in a window and keeps its own walk, with the same checks.
class AuditPager : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int pageSize = 200;
        int attempts = 3; // per page, for transient failures
        std::chrono::milliseconds firstRetryDelay{1000};
    };
    // What the caller read of one page.
    struct Reading
    {
        PageInfo info;
        qint64 records = 0; // the records the page held
        bool stop = false;  // the stop condition is met: no page after this one
    };
    using Reply = std::function<void(const ApiResult<Reading> &)>;
    // Asks for one page; the reply (in context) says what it held, or the error.
    using Fetch = std::function<ApiCall *(qint64 skip, int take, QObject *context, Reply reply)>;

    // The wait before attempt number `attempt` (1 for the first retry): first, doubled each time,
    // at least what Retry-After asked for. AuditExporter's retries wait the same.
    static std::chrono::milliseconds retryDelay(const ApiError &error, int attempt, std::chrono::milliseconds first);

    explicit AuditPager(QObject *parent = nullptr);
    ~AuditPager() override;

    void start(const Options &options, Fetch fetch);
    void cancel();
    bool isRunning() const { return m_running; }
    qint64 received() const { return m_skip; }
    qint64 total() const { return m_total; } // the largest total reported so far

Q_SIGNALS:
    void pageRead(qint64 received, qint64 total);
    // ok: walked to the end or the stop. Otherwise error is the request's, or a BadJson one
    // carrying the contradiction, and reason says it in one line.
    void finished(bool ok, const ApiError &error, const QString &reason);

private:
    void requestPage();
    void onPage(const ApiResult<Reading> &result);
    void finish(bool ok, const ApiError &error, const QString &reason = QString());

    Options m_options;
    Fetch m_fetch;
    QPointer<ApiCall> m_call;
    QTimer m_retryTimer;
    ReplyGuard m_replies;
    bool m_running = false;
    int m_attempt = 0;
    qint64 m_skip = 0;
    qint64 m_total = 0;
};
