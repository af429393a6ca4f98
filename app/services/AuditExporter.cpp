#include "services/AuditExporter.h"

#include "models/AuditField.h"
#include "models/Page.h"
#include "models/CsvWriter.h"

#include <QDateTime>
#include <QSaveFile>
#include <QThread>
#include <memory>

namespace km {

namespace {
constexpr int stalledPagesAllowed = 3;             // pages in a row that add nothing before giving up
constexpr qint64 bitmapLimit = 64LL * 1024 * 1024; // ids up to this are tracked in a bitmap (8 MB)
const QString idSort = AuditField::spec(AuditField::AuditId).sortName;
} // namespace

const QByteArray &AuditExporter::header()
{
    return AuditCsv::header();
}

AuditExporter::AuditExporter(ApiClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    connect(&m_pager, &AuditPager::finished, this, &AuditExporter::walked);
}

AuditExporter::~AuditExporter()
{
    m_pager.cancel();
    // A QSaveFile that was never committed removes its temporary file; one being committed is
    // waited for, so that the file is whole or absent.
    if (m_commitThread)
        m_commitThread->wait();
}

bool AuditExporter::exportToFile(const QString &fileName, const Options &options)
{
    if (m_running)
        return false;
    m_fileName = fileName;
    m_file = std::make_unique<QSaveFile>(fileName);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString reason = m_file->errorString();
        m_file.reset();
        Q_EMIT finished(Failed, tr("Cannot write %1: %2").arg(fileName, reason));
        return false;
    }
    m_device = m_file.get();
    begin(options);
    return true;
}

void AuditExporter::exportToDevice(QIODevice *device, const Options &options)
{
    if (m_running)
        return;
    m_file.reset();
    m_fileName.clear();
    m_device = device;
    begin(options);
}

void AuditExporter::begin(const Options &options)
{
    m_options = options;
    m_running = true;
    m_written = 0;
    m_expected = 0;
    m_pager.setClock(m_client->clock()); // its retries wait on the client's clock (ReadRetry)
    m_notice.clear();
    m_lastId = m_options.afterId.value_or(-1);
    m_lastDateMs = m_options.resumeDateMs;
    m_idsAtLastDate = m_options.resumeIdsAtDate;
    if (m_options.afterId) {
        // The audit has no id filter: newest first by id, stopping at afterId. One segment only.
        m_options.query.sort = {idSort, true};
        m_options.fromDay = m_options.toDay = QDate();
    }
    if (m_options.format != AuditFormat::Csv)
        m_options.byteOrderMark = false;
    m_pageSize = std::clamp(m_options.pageSize, 1, 1000);
    m_options.window = std::clamp(m_options.window, 1, 4);
    m_seenBits.clear();
    m_seenSet.clear();
    m_segments.clear();
    if (m_options.fromDay.isValid() && m_options.toDay.isValid()) {
        // The server filters one day at a time: one segment per day, in the direction of a date sort.
        const QDate first = std::min(m_options.fromDay, m_options.toDay);
        const QDate last = std::max(m_options.fromDay, m_options.toDay);
        if (first.daysTo(last) >= maxDays)
            return fail(tr("A range of more than %n day(s) is too long to export at once.", nullptr, maxDays));
        // Days follow a date sort's direction; with no sort given, newest first, as servers list audits.
        const SortOrder &sort = m_options.query.sort;
        const bool newestFirst =
            sort.field.isEmpty() || (sort.field.compare(QLatin1String("date"), Qt::CaseInsensitive) == 0 && sort.descending);
        for (qint64 i = 0; i <= first.daysTo(last); ++i) {
            Segment s;
            s.query = m_options.query;
            s.query.date = newestFirst ? last.addDays(-i) : first.addDays(i);
            m_segments << s;
        }
    } else {
        Segment s;
        s.query = m_options.query;
        m_segments << s;
    }
    if ((m_options.byteOrderMark && !write(CsvWriter::byteOrderMark())) || (m_options.format == AuditFormat::Csv && !write(header())))
        return;
    m_segment = 0;
    snapshotNext();
}

bool AuditExporter::write(const QByteArray &bytes)
{
    if (m_device->write(bytes) == bytes.size())
        return true;
    fail(tr("Writing the file failed: %1").arg(m_device->errorString()));
    return false;
}

AuditPager::Options AuditExporter::paging() const
{
    AuditPager::Options options;
    options.attempts = m_options.attempts;
    options.firstRetryDelay = m_options.firstRetryDelay;
    return options;
}

void AuditExporter::walked(bool ok, const ApiError &error, const QString &reason)
{
    if (!isWorking())
        return;
    if (!ok) {
        // No attempt failed: the pages themselves were refused (a contradicted total, a failed query).
        if (m_pager.failures() == 0 && error.kind() == ApiError::QueryFailed)
            return fail(tr("The export stopped: the server reported that the query failed."));
        if (m_pager.failures() == 0)
            return fail(tr("The export stopped: %1").arg(reason));
        return fail(tr("The export stopped after %n attempt(s): %1", nullptr, std::max(1, m_pager.failures())).arg(error.message()));
    }
    if (m_walk == Snapshot) {
        ++m_segment;
        return snapshotNext();
    }
    m_pageSize = m_pager.pageSize();
    finishSegment();
}

// The snapshot of each segment, all taken before the first row is written: how many records match
// now, and the newest of them by audit id (a walk of one page of one record).
void AuditExporter::snapshotNext()
{
    if (!isWorking())
        return;
    if (m_segment >= m_segments.size()) {
        m_segment = 0;
        Q_EMIT progress(0, m_expected);
        return startSegment();
    }
    m_walk = Snapshot;
    AuditPager::Options options = paging();
    options.pageSize = 1;
    m_pager.start(options, [this](qint64, int, QObject *context, const AuditPager::Reply &reply) {
        RotationAuditQuery q = m_segments.at(m_segment).query;
        q.sort = {idSort, true};
        q.skip = 0;
        q.take = 1;
        q.isExporting = true;
        return m_client->searchRotationAudit(q, context, [this, reply](const ApiResult<Page<RotationAuditRecord>> &r) {
            if (!r.ok())
                return reply({{}, r.error});
            AuditPager::Reading page;
            page.info = r.value.info;
            page.records = r.value.records.size();
            page.stop = true;
            const std::optional<qint64> newest = r.value.records.isEmpty() ? std::nullopt : std::optional(r.value.records.first().auditId);
            page.accept = [this, newest](AuditPager::Reading &read) { tookSnapshot(read.info, newest); };
            reply({page, {}});
        });
    });
}

void AuditExporter::tookSnapshot(const PageInfo &info, std::optional<qint64> newest)
{
    Segment &s = m_segments[m_segment];
    s.expected = info.total;
    s.latestTotal = s.expected;
    m_expected += s.expected;
    if (newest && info.sortApplied(idSort, true))
        s.maxId = *newest;
    else if (newest && m_options.afterId)
        return fail(tr("The export stopped: the server did not sort the audit by id when asked, so the records after "
                       "audit id %1 cannot be found. Export without --after-id or --state.")
                        .arg(*m_options.afterId));
    else if (newest)
        noticeOnce(tr("The server did not sort by audit id when asked, so records added during the export cannot be told "
                      "apart by id; the export fails rather than guess if the total changes."));
}

void AuditExporter::startSegment()
{
    while (m_segment < m_segments.size() && m_segments.at(m_segment).expected == 0)
        ++m_segment;
    if (m_segment >= m_segments.size())
        return complete();
    const Segment &s = m_segments.at(m_segment);
    m_seenBits.clear();
    m_seenSet.clear();
    if (s.maxId >= 0 && s.maxId < bitmapLimit)
        m_seenBits.assign(size_t(s.maxId / 64 + 1), 0);
    m_pagesWithoutProgress = 0;
    m_walk = Rows;
    AuditPager::Options options = paging();
    options.pageSize = m_pageSize;
    options.window = m_options.window;
    options.expectedTotal = s.expected;
    options.pastTheTotal = true; // the snapshot's records are all there is to write: the stop says when
    m_pager.start(options, [this](qint64 skip, int take, QObject *context, const AuditPager::Reply &reply) {
        RotationAuditQuery q = m_segments.at(m_segment).query;
        q.skip = skip;
        q.take = take;
        q.isExporting = true;
        return m_client->searchRotationAuditRaw(q, context, [this, skip, take, reply](const ApiResult<QByteArray> &r) {
            if (!r.ok()) {
                // A server with a smaller bound on take says so with a 400 on it: use smaller pages.
                if (r.error.kind() == ApiError::BadRequest && r.error.fieldErrors().contains(QStringLiteral("take")) && take > 50) {
                    AuditPager::Reading smaller;
                    smaller.smallerPages = std::max(50, take / 2);
                    return reply({smaller, {}});
                }
                return reply({{}, r.error});
            }
            auto page = std::make_shared<AuditCsv::Page>();
            QString error;
            if (!AuditCsv::decodePage(r.value, *page, error, QStringLiteral("PagingOfMasterEncryptionKeyRotationInfoAuditViewModel"),
                                      m_options.format))
                return fail(tr("The export stopped: the server's answer could not be read: %1").arg(error));
            AuditPager::Reading reading;
            reading.info = page->info;
            reading.records = page->ids.size();
            auto kept = std::make_shared<Kept>();
            reading.count = [this, page, kept](AuditPager::Reading &read) {
                count(*page, *kept);
                read.distinct = m_segments.at(m_segment).received;
            };
            reading.accept = [this, skip, take, page, kept](AuditPager::Reading &read) { read.stop = accept(skip, take, *page, *kept); };
            reply({reading, {}});
        });
    });
}

bool AuditExporter::markSeen(qint64 id)
{
    if (!m_seenBits.empty() && id >= 0 && size_t(id / 64) < m_seenBits.size()) {
        quint64 &word = m_seenBits[size_t(id / 64)];
        const quint64 bit = quint64(1) << (id % 64);
        if (word & bit)
            return false;
        word |= bit;
        return true;
    }
    if (m_seenSet.contains(id))
        return false;
    m_seenSet.insert(id);
    return true;
}

// A page's turn, before the pager checks its total against the distinct records received: which
// of its records are written.
void AuditExporter::count(const AuditCsv::Page &page, Kept &kept)
{
    Segment &s = m_segments[m_segment];
    if (!page.info.sortApplied(s.query.sort.field, s.query.sort.descending) && !s.query.sort.field.isEmpty())
        noticeOnce(tr("The server did not apply the sort it was asked for; the rows are in the order it sent them."));
    if (page.earliestMs <= page.latestMs && (!s.query.withinDayMs(page.earliestMs) || !s.query.withinDayMs(page.latestMs)))
        return fail(tr("The export stopped: the server sent records dated outside %1 (UTC), the day asked for; it may read "
                       "the day in its own time zone, so an exact file cannot be made.")
                        .arg(s.query.date.toString(Qt::ISODate)));
    if (page.info.total > s.latestTotal)
        s.latestTotal = page.info.total;

    // Newer than the snapshot, or already written (pushed down from an earlier page): left out.
    const std::optional<qint64> afterId = m_options.afterId;
    for (qsizetype i = 0; i < page.ids.size(); ++i) {
        const qint64 id = page.ids.at(i);
        const bool fresh = markSeen(id);
        s.received += fresh ? 1 : 0;
        if (afterId && fresh && id <= s.maxId) {
            const QString why = checkIdOrder(s, id, page.dates.at(i));
            if (!why.isEmpty())
                return fail(tr("The export stopped: %1 Export without --after-id or --state.").arg(why));
            s.reachedAfterId = s.reachedAfterId || id <= *afterId;
        }
        const bool keep = fresh && (s.maxId < 0 || id <= s.maxId) && s.written + kept.added < s.expected && (!afterId || id > *afterId);
        if (keep) {
            ++kept.added;
            noteWritten(id, page.dates.at(i));
            if (!kept.all)
                kept.chunk.append(page.rows.constData() + page.rowStart(i), page.ends.at(i) - page.rowStart(i));
        } else if (kept.all) {
            kept.all = false;
            kept.chunk = page.rows.left(page.rowStart(i));
        }
    }
}

// The page passed the pager's checks: it is written, and the export's stop rules say whether the
// segment is whole (true) or fail it.
bool AuditExporter::accept(qint64 skip, int take, const AuditCsv::Page &page, const Kept &kept)
{
    Segment &s = m_segments[m_segment];
    if (!write(kept.all ? page.rows : kept.chunk))
        return true;
    s.written += kept.added;
    m_written += kept.added;
    Q_EMIT progress(m_written, m_expected);

    const qsizetype received = page.ids.size();
    if (s.maxId < 0 && s.latestTotal != s.expected) {
        fail(tr("The export stopped: the number of matching records changed from %1 to %2 while it ran, and this "
                "server does not sort by audit id, so an exact file cannot be made. Try again.")
                 .arg(s.expected)
                 .arg(s.latestTotal));
        return true;
    }
    if (s.written == s.expected || s.reachedAfterId)
        return true;
    if (received == 0) {
        fail(tr("The export stopped: the server reported %1 matching records when the export began, but its pages "
                "held %2 of them.")
                 .arg(s.expected)
                 .arg(s.written));
        return true;
    }
    m_pagesWithoutProgress = kept.added == 0 ? m_pagesWithoutProgress + 1 : 0;
    if (m_pagesWithoutProgress >= stalledPagesAllowed) {
        fail(tr("The export stopped: the server sent records already written %n time(s) in a row; its paging does "
                "not advance (%1 of %2 records written).",
                nullptr, m_pagesWithoutProgress)
                 .arg(s.written)
                 .arg(s.expected));
        return true;
    }
    // A server may add records while we read; one that keeps growing far past the snapshot is not paging.
    if (skip > 2 * s.expected + 10 * qint64(take)) {
        fail(tr("The export stopped: the server keeps reporting more records (%1, %2 when the export began); its "
                "paging does not end.")
                 .arg(s.latestTotal)
                 .arg(s.expected));
        return true;
    }
    return false; // a server that trims pages is followed by the pager, at its size
}

// Walking newest first by id, a record with a lower id must not be dated later than one with a
// higher id; and one at or below afterId must have been written by the export that ended there
// (its newest date, and the ids of that date). Either failing means that ids do not grow with time
// here, and that an export after an id would skip records.
QString AuditExporter::checkIdOrder(Segment &s, qint64 id, qint64 dateMs) const
{
    if (dateMs == AuditCsv::Page::noDate)
        return QString();
    const auto when = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate); };
    if (s.oldestDateMs != AuditCsv::Page::noDate && dateMs > s.oldestDateMs)
        return tr("audit id %1 is dated %2, after a record with a higher id (dated %3): on this server ids do not grow "
                  "with time, so records after an id cannot be told apart.")
            .arg(id)
            .arg(when(dateMs), when(s.oldestDateMs));
    s.oldestDateMs = dateMs;
    if (id <= *m_options.afterId && m_options.resumeDateMs != AuditCsv::Page::noDate
        && (dateMs > m_options.resumeDateMs || (dateMs == m_options.resumeDateMs && !m_options.resumeIdsAtDate.contains(id))))
        return tr("audit id %1 (dated %2) is not above %3, the last id exported, yet the export that ended there did not "
                  "write it: on this server ids do not grow with time, and an export after an id would skip it.")
            .arg(id)
            .arg(when(dateMs))
            .arg(*m_options.afterId);
    return QString();
}

void AuditExporter::noteWritten(qint64 id, qint64 dateMs)
{
    m_lastId = std::max(m_lastId, id);
    if (dateMs == AuditCsv::Page::noDate)
        return;
    if (m_lastDateMs == AuditCsv::Page::noDate || dateMs > m_lastDateMs) {
        m_lastDateMs = dateMs;
        m_idsAtLastDate = {id};
    } else if (dateMs == m_lastDateMs && !m_idsAtLastDate.contains(id)) {
        m_idsAtLastDate << id;
    }
}

void AuditExporter::finishSegment()
{
    ++m_segment;
    startSegment();
}

void AuditExporter::noticeOnce(const QString &text)
{
    if (!m_notice.contains(text))
        m_notice = m_notice.isEmpty() ? text : m_notice + QLatin1Char(' ') + text;
}

void AuditExporter::cancel()
{
    if (m_running)
        stop(Cancelled, tr("The export was cancelled."));
}

void AuditExporter::fail(const QString &message)
{
    stop(Failed, message);
}

void AuditExporter::stop(Outcome outcome, const QString &message)
{
    if (!m_running || m_commitThread)
        return; // the file is whole and being put in place: too late to call it off
    m_running = false;
    m_pager.cancel();
    QString text = message;
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset(); // the temporary file goes; the destination is as it was
        text += QLatin1Char(' ') + tr("No file was written.");
    }
    Q_EMIT finished(outcome, text);
}

void AuditExporter::complete()
{
    // Every record is written: a page asked for past the end is not needed any more.
    m_pager.cancel();
    if (m_file) {
        // Committing syncs the whole file to disk: a good part of a second for a large export.
        // It runs on a thread of its own, so that the window never stalls on it; the export is
        // running until the file is in place.
        struct Result
        {
            bool committed = false;
            QString reason;
        };
        auto result = std::make_shared<Result>();
        QSaveFile *file = m_file.release();
        QThread *thread = QThread::create([file, result] {
            result->committed = file->commit();
            result->reason = file->errorString();
            delete file;
        });
        file->moveToThread(thread);
        m_commitThread = thread;
        connect(thread, &QThread::finished, this, [this, thread, result] {
            thread->deleteLater();
            m_running = false;
            if (!result->committed) {
                Q_EMIT finished(Failed, tr("The file could not be saved: %1").arg(result->reason));
                return;
            }
            announceCompleted();
        });
        thread->start();
        return;
    }
    m_running = false;
    announceCompleted();
}

void AuditExporter::announceCompleted()
{
    Q_EMIT progress(m_written, m_expected);
    QString text = m_fileName.isEmpty()
                       ? tr("Exported %n record(s).", nullptr, int(std::min<qint64>(m_written, INT_MAX)))
                       : tr("Exported %n record(s) to %1.", nullptr, int(std::min<qint64>(m_written, INT_MAX))).arg(m_fileName);
    if (!m_notice.isEmpty())
        text += QLatin1Char(' ') + m_notice;
    Q_EMIT finished(Completed, text);
}

} // namespace km
