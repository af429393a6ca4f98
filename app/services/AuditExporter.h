#pragma once

#include "services/AuditPager.h"

#include "api/ApiClient.h"

#include "models/AuditCsv.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QSet>
#include <memory>
#include <optional>
#include <vector>

class QIODevice;
class QSaveFile;

namespace km {

// Exports every rotation-audit record that matches a query, in its sort, to CSV
// (AuditId,Date,UserId,UserName,DisplayName,Action,Status,Notes), streaming page by page so that
// memory stays flat for any size, with the next page requested while the current one is written.
//
// Exact or failed. When it starts it asks how many records match (the total) and, sorted by audit
// id, which is the newest; records newer than that are left out, and every audit id is written
// once, so events that arrive during the export cause neither duplicates nor gaps. At the end the
// rows written must equal the total reported at the start; a shortfall is an error naming both
// numbers. A page whose total is null, negative or below the records already received is a
// contradiction (PageInfo::totalContradiction) that stops the export. A server that does not
// apply the sort it was asked for is noticed and said; a server whose paging does not advance, or
// whose total keeps growing, is stopped with the reason.
//
// In JSON Lines or CEF (Options::format) the same walk writes one record a line, and no header.
//
// Incremental (Options::afterId): only records newer than that id, walking newest first by audit
// id and stopping at the first page that reaches it. The audit has no id filter, so this rests on
// ids growing with time (unpublished; docs/api-decisions.md): a walk in which a lower id carries a
// later date, or a record at or below the id that the previous export did not write (Resume), is
// refused with the reason rather than skipped silently. lastId(), lastDateMs() and
// idsAtLastDate() are what the next run resumes from.
//
// To a file, it writes through QSaveFile: a cancelled or failed export leaves nothing at the
// destination, and an existing file there is untouched. Transient failures (5xx, 429, time-outs,
// connections lost before or during a body) are retried by ReadRetry (back-off, Retry-After); a
// server that refuses or trims the page size gets smaller pages. The pages are walked by the
// AuditPager (a window of pages asked ahead, taken in order), which also checks each total.
class AuditExporter : public QObject
{
    Q_OBJECT

public:
    enum Outcome { Completed, Cancelled, Failed };
    Q_ENUM(Outcome)

    struct Options
    {
        RotationAuditQuery query; // filters and sort; paging is the exporter's
        // A range of days (UTC), walked one day at a time as the server filters by one day;
        // when set, query.date is ignored.
        QDate fromDay;
        QDate toDay;
        bool byteOrderMark = false; // CSV only
        AuditFormat::Format format = AuditFormat::Csv;
        // Incremental: only records with an audit id above this (the sort is then the id's, newest first).
        std::optional<qint64> afterId;
        // What the export that ended at afterId wrote last: its newest date and the ids dated so.
        qint64 resumeDateMs = AuditCsv::Page::noDate;
        QList<qint64> resumeIdsAtDate;
        int pageSize = 1000;
        int attempts = 4; // per request, for transient failures
        std::chrono::milliseconds firstRetryDelay{1000};
        int window = 2; // pages requested ahead: the server works while the console writes
    };

    static const QByteArray &header();
    static constexpr int maxDays = 3700;

    explicit AuditExporter(ApiClient *client, QObject *parent = nullptr);
    ~AuditExporter() override;

    bool exportToFile(const QString &fileName, const Options &options); // false: could not open it (see finished)
    void exportToDevice(QIODevice *device, const Options &options);     // e.g. stdout: not atomic
    void cancel();

    bool isRunning() const { return m_running; }
    qint64 rowsWritten() const { return m_written; }
    qint64 expectedRows() const { return m_expected; }
    QString fileName() const { return m_fileName; }
    // Something the user should know about a finished export, e.g. the server ignored the sort.
    QString notice() const { return m_notice; }
    // Where the next incremental export goes on from: the highest audit id written (afterId, or
    // -1, when none was), the newest date written and the ids of that date (carried over from
    // the Options when nothing newer was written).
    qint64 lastId() const { return m_lastId; }
    qint64 lastDateMs() const { return m_lastDateMs; }
    QList<qint64> idsAtLastDate() const { return m_idsAtLastDate; }

Q_SIGNALS:
    void progress(qint64 written, qint64 expected);
    // Completed: the file is whole and in place. Otherwise message says why, and that nothing was written.
    void finished(AuditExporter::Outcome outcome, const QString &message);

private:
    void announceCompleted();
    // Running and still asking for pages: not once the finished file is being put in place.
    bool isWorking() const { return m_running && !m_commitThread; }
    struct Segment
    {
        RotationAuditQuery query;
        qint64 expected = 0;
        qint64 maxId = -1; // -1: unknown (the server did not sort by id), nothing is left out by id
        qint64 written = 0;
        qint64 received = 0; // distinct records the pages held, newer ones included
        qint64 latestTotal = 0;
        qint64 oldestDateMs = AuditCsv::Page::noDate; // incremental: the oldest date walked so far (ids falling)
        bool reachedAfterId = false;
    };

    // What one page adds to the file (counted in the page's turn, written once the pager's checks passed).
    struct Kept
    {
        qint64 added = 0;
        bool all = true; // every row of the page; otherwise chunk holds those kept
        QByteArray chunk;
    };

    void begin(const Options &options);
    AuditPager::Options paging() const;
    void walked(bool ok, const ApiError &error, const QString &reason);
    void snapshotNext();
    void tookSnapshot(const PageInfo &info, std::optional<qint64> newest);
    void startSegment();
    void count(const AuditCsv::Page &page, Kept &kept);
    bool accept(qint64 skip, int take, const AuditCsv::Page &page, const Kept &kept);
    void finishSegment();
    void fail(const QString &message);
    void stop(Outcome outcome, const QString &message);
    void complete();
    bool write(const QByteArray &bytes);
    bool markSeen(qint64 id); // false when already written
    void noticeOnce(const QString &text);
    QString checkIdOrder(Segment &s, qint64 id, qint64 dateMs) const; // incremental: why ids cannot be trusted
    void noteWritten(qint64 id, qint64 dateMs);

    ApiClient *m_client;
    Options m_options;
    QString m_fileName;
    std::unique_ptr<QSaveFile> m_file;
    QPointer<QThread> m_commitThread; // while the finished file is synced and put in place
    QIODevice *m_device = nullptr;
    bool m_running = false;
    int m_pageSize = 1000;

    QList<Segment> m_segments;
    qsizetype m_segment = 0;
    // Every page goes through the pager: the snapshots (one record each), then each segment's rows
    // in a window, with its retries (ReadRetry) and the exactness check.
    AuditPager m_pager;
    enum Walk { Snapshot, Rows } m_walk = Snapshot;
    int m_pagesWithoutProgress = 0;

    qint64 m_written = 0;
    qint64 m_expected = 0;
    std::vector<quint64> m_seenBits; // audit ids written, when the newest id is known and small
    QSet<qint64> m_seenSet;          // otherwise
    QString m_notice;
    qint64 m_lastId = -1;
    qint64 m_lastDateMs = AuditCsv::Page::noDate;
    QList<qint64> m_idsAtLastDate;
};

} // namespace km
