// The services behind the pages, against real kmsandbox instances: the rotation monitor's pacing,
// its refusal to overlap polls, its back-off while the server is gone and its return, and the
// exactly-once start and retry.
#include "api/ApiClient.h"
#include "services/AuditBrowser.h"
#include "services/AuditExporter.h"
#include "CsvReader.h"
#include "services/RotationMonitor.h"
#include "SandboxProcess.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QTest>

using namespace std::chrono_literals;

class TestServices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void monitor_slowServer_neverOverlapsPolls();
    void monitor_followsARotationToCompletion_startSentOnce();
    void monitor_failureThenRetry_completes();
    void monitor_serverGone_backsOffThenResumes();
    void monitor_idle_pollsSlowlyOrNotAtAll();

    void browser_everySortBothWays_matchesApi_data();
    void browser_everySortBothWays_matchesApi();
    void browser_eachFilter_matchesApi();
    void browser_pagingEdges();
    void browser_staleReply_isDiscarded();
    void exporter_csvEqualsApiFieldForField();
    void exporter_cancel_leavesNoFile();
    void exporter_failureMidExport_leavesExistingFileUntouched();
    void exporter_transientFailures_areRetried();
    void exporter_serverWithSmallerPages_isHonoured();
    void exporter_recordsArrivingDuringExport_noDuplicatesNoGaps_data();
    void exporter_recordsArrivingDuringExport_noDuplicatesNoGaps();

private:
    std::unique_ptr<ApiClient> client(SandboxProcess &sandbox);
    // Every record matching an encoded query (filters and sort), over raw HTTP, in order.
    QList<QJsonObject> apiRecords(SandboxProcess &sandbox, const QString &query);
    bool waitForPage(AuditBrowser &browser, int pagesBefore, QSignalSpy &spy);
    struct ExportResult
    {
        bool ok = false;
        QString message;
        QList<QStringList> rows;
    };
    ExportResult runExport(ApiClient *api, const QString &file, const AuditExporter::Options &options,
                           const std::function<void(AuditExporter &, qint64)> &onProgress = {});
    SandboxProcess m_audit; // 1200 seeded records, shared by the read-only audit tests
    QNetworkAccessManager m_network;
};

std::unique_ptr<ApiClient> TestServices::client(SandboxProcess &sandbox)
{
    auto c = std::make_unique<ApiClient>(&m_network);
    c->setBaseUrl(sandbox.url());
    c->useBearerToken(QString::fromLatin1(sandboxToken(sandbox.url())));
    return c;
}

QList<QJsonObject> TestServices::apiRecords(SandboxProcess &sandbox, const QString &query)
{
    const QByteArray token = sandboxToken(sandbox.url());
    QList<QJsonObject> all;
    for (int skip = 0;; skip += 1000) {
        QUrl url = sandbox.url();
        url.setPath(url.path() + QStringLiteral("/api/v1/key-management/audit"));
        url.setQuery(query + QStringLiteral("&take=1000&skip=%1").arg(skip));
        const QJsonObject page = httpRequest("GET", url, {}, {}, token).object();
        for (const QJsonValue &v : page.value(QStringLiteral("records")).toArray())
            all << v.toObject();
        if (!page.value(QStringLiteral("hasNext")).toBool())
            break;
    }
    return all;
}

bool TestServices::waitForPage(AuditBrowser &browser, int pagesBefore, QSignalSpy &spy)
{
    QElapsedTimer clock;
    clock.start();
    while (spy.count() <= pagesBefore && clock.elapsed() < 10000)
        QTest::qWait(5);
    return spy.count() > pagesBefore && !browser.isLoading();
}

TestServices::ExportResult TestServices::runExport(ApiClient *api, const QString &file, const AuditExporter::Options &options,
                                                   const std::function<void(AuditExporter &, qint64)> &onProgress)
{
    AuditExporter exporter(api);
    ExportResult result;
    bool done = false;
    connect(&exporter, &AuditExporter::finished, this, [&](bool ok, const QString &message) {
        result.ok = ok;
        result.message = message;
        done = true;
    });
    if (onProgress)
        connect(&exporter, &AuditExporter::progress, this, [&](qint64 written, qint64) { onProgress(exporter, written); });
    exporter.exportToFile(file, options);
    QElapsedTimer clock;
    clock.start();
    while (!done && clock.elapsed() < 60000)
        QTest::qWait(5);
    if (result.ok) {
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        QByteArray data = f.readAll();
        if (data.startsWith("\xEF\xBB\xBF"))
            data = data.mid(3);
        QString error;
        if (!readCsv(data, &result.rows, &error)) {
            result.ok = false;
            result.message = QStringLiteral("not RFC 4180: ") + error;
        }
    }
    return result;
}

void TestServices::monitor_slowServer_neverOverlapsPolls()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--latency-ms"), QStringLiteral("300"), QStringLiteral("--step-ms"), QStringLiteral("60000")}));
    auto api = client(sandbox);
    RotationMonitor monitor(api.get());
    monitor.setActiveInterval(50ms); // far shorter than the server's answer takes
    QVERIFY(monitor.requestStart());
    QTRY_VERIFY_WITH_TIMEOUT(monitor.hasInfo() && monitor.info().isActive(), 5000);
    QVERIFY(sandbox.setFaults(QJsonObject{{QStringLiteral("resetCounts"), true}}));
    QElapsedTimer clock;
    clock.start();
    monitor.start();
    for (int i = 0; i < 20; ++i) {
        monitor.pollNow(); // impatient users and timers: still one request at a time
        QTest::qWait(100);
    }
    monitor.stop();
    const qint64 elapsed = clock.elapsed();
    QTest::qWait(400);
    const QJsonObject stats = sandbox.stats();
    const QString key = QStringLiteral("GET /api/v1/key-management/mekrotationinfo");
    QCOMPARE(stats.value(QStringLiteral("maxOpen")).toObject().value(key).toInt(), 1);
    const int polls = stats.value(QStringLiteral("requests")).toObject().value(key).toInt();
    qInfo("%d polls in %lld ms with 300 ms latency", polls, elapsed);
    QVERIFY(polls >= 3);
    QVERIFY(polls <= elapsed / 300 + 2); // each waited for the one before
}

void TestServices::monitor_followsARotationToCompletion_startSentOnce()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--step-ms"), QStringLiteral("60")}));
    auto api = client(sandbox);
    RotationMonitor monitor(api.get());
    monitor.setActiveInterval(40ms);
    QSignalSpy ended(&monitor, &RotationMonitor::rotationEnded);
    QSignalSpy acted(&monitor, &RotationMonitor::actionFinished);
    monitor.start();
    QTRY_VERIFY(monitor.hasInfo());
    QVERIFY(monitor.requestStart());
    QVERIFY(!monitor.requestStart()); // a second request while the first is out sends nothing
    QTRY_COMPARE(acted.count(), 1);
    QVERIFY(!acted.first().at(1).value<ApiError>().isError());
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 15000);
    QCOMPARE(ended.first().at(0).toBool(), true);
    QCOMPARE(monitor.info().processState, ProcessState::Completed);
    QCOMPARE(sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management/startmekrotation")), 1);
    // It saw the rotation walk in order (polls may skip a short step, never reorder).
    QList<int> order;
    for (const auto &seen : monitor.history())
        order << int(seen.status);
    QVERIFY(std::is_sorted(order.begin(), order.end()));
    QCOMPARE(order.last(), int(MekStatus::SessionDataRotationCompleted));
    QVERIFY(order.size() >= 5);
    QCOMPARE(monitor.timeline()->stateOf(MekStatus::DataRotationStarted), RotationTimelineModel::Done);
}

void TestServices::monitor_failureThenRetry_completes()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--step-ms"), QStringLiteral("60"), QStringLiteral("--fail-at"), QStringLiteral("DataRotationStarted")}));
    auto api = client(sandbox);
    RotationMonitor monitor(api.get());
    monitor.setActiveInterval(40ms);
    QSignalSpy ended(&monitor, &RotationMonitor::rotationEnded);
    monitor.start();
    QVERIFY(monitor.requestStart());
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 15000);
    QCOMPARE(ended.first().at(0).toBool(), false);
    QCOMPARE(monitor.info().status, MekStatus::ProcessFailedAfterRotation);
    QVERIFY(monitor.info().canRetryStatus);
    QCOMPARE(monitor.timeline()->stateOf(MekStatus::DataRotationStarted), RotationTimelineModel::Failed);
    QVERIFY(monitor.requestRetry());
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 2, 15000);
    QCOMPARE(ended.last().at(0).toBool(), true);
    QCOMPARE(sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management/retrymekstatus")), 1);
}

void TestServices::monitor_serverGone_backsOffThenResumes()
{
    QTemporaryDir dir;
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--data"), dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("--step-ms"), QStringLiteral("60000")}));
    auto api = client(sandbox);
    api->setTimeout(2000ms);
    RotationMonitor monitor(api.get());
    monitor.setActiveInterval(100ms);
    monitor.setBackoff(100ms, 800ms);
    QVERIFY(monitor.requestStart()); // a running rotation keeps the monitor at the active pace
    QTRY_VERIFY(monitor.hasInfo() && monitor.info().isActive());
    monitor.start();
    QTest::qWait(300);

    QList<qint64> failures;
    QElapsedTimer clock;
    clock.start();
    connect(&monitor, &RotationMonitor::connectionLost, this, [&] { failures << clock.elapsed(); });
    sandbox.stop();
    QTRY_VERIFY_WITH_TIMEOUT(failures.size() >= 6, 15000);
    QVERIFY(monitor.isConnectionLost());
    QCOMPARE(monitor.lastError().kind(), ApiError::ConnectionRefused);
    // Gaps between failed polls: 100, 200, 400, 800, 800 ms, give or take the poll itself and
    // the 5% that Qt's coarse timers may fire early.
    QList<qint64> gaps;
    for (int i = 1; i < failures.size(); ++i)
        gaps << failures.at(i) - failures.at(i - 1);
    qInfo("back-off gaps: %s", qPrintable([&] { QStringList s; for (qint64 g : gaps) s << QString::number(g); return s.join(QLatin1Char(' ')); }()));
    const QList<qint64> expected{100, 200, 400, 800, 800};
    for (int i = 0; i < expected.size(); ++i)
        QVERIFY2(gaps.at(i) >= expected.at(i) * 93 / 100 && gaps.at(i) < expected.at(i) + 400, qPrintable(QString::number(gaps.at(i))));
    QCOMPARE(monitor.currentBackoff(), 800ms);

    QSignalSpy restored(&monitor, &RotationMonitor::connectionRestored);
    QString error;
    QVERIFY2(sandbox.restart(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 5000);
    QVERIFY(!monitor.isConnectionLost());
    QVERIFY(monitor.info().isActive()); // the rotation, and its timeline, carry on
    QVERIFY(monitor.history().size() >= 1);
}

void TestServices::monitor_idle_pollsSlowlyOrNotAtAll()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start());
    auto api = client(sandbox);
    RotationMonitor monitor(api.get());
    monitor.setIdleInterval(0ms);
    monitor.start();
    QTRY_VERIFY(monitor.hasInfo());
    QTest::qWait(500);
    QCOMPARE(sandbox.requestCount(QStringLiteral("GET /api/v1/key-management/mekrotationinfo")), 1);
    monitor.setIdleInterval(150ms);
    monitor.pollNow();
    QTest::qWait(700);
    const int polls = sandbox.requestCount(QStringLiteral("GET /api/v1/key-management/mekrotationinfo"));
    QVERIFY2(polls >= 3 && polls <= 8, qPrintable(QString::number(polls))); // about 1 + 700/150
}

void TestServices::browser_everySortBothWays_matchesApi_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    for (int c = 0; c < RotationAuditModel::ColumnCount; ++c) {
        QTest::newRow(qPrintable(RotationAuditModel::sortName(c) + QStringLiteral(" asc"))) << c << false;
        QTest::newRow(qPrintable(RotationAuditModel::sortName(c) + QStringLiteral(" desc"))) << c << true;
    }
}

void TestServices::browser_everySortBothWays_matchesApi()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    if (!m_audit.isRunning())
        QVERIFY(m_audit.start({QStringLiteral("--seed"), QStringLiteral("1200")}));
    auto api = client(m_audit);
    AuditBrowser browser(api.get());
    QSignalSpy pages(&browser, &AuditBrowser::pageLoaded);
    browser.setPageSize(100);
    QVERIFY(waitForPage(browser, 0, pages));
    browser.nextPage(); // a page other than the first, so skip is checked too
    QVERIFY(waitForPage(browser, 1, pages));
    browser.setSort({RotationAuditModel::sortName(column), descending});
    QVERIFY(waitForPage(browser, 2, pages));
    QCOMPARE(browser.query().skip, 0); // a new sort starts at page 1
    const QList<QJsonObject> expected = apiRecords(m_audit, QStringLiteral("sortBy%5B0%5D.name=%1&sortBy%5B0%5D.direction=%2")
                                                                .arg(RotationAuditModel::sortName(column), descending ? QStringLiteral("desc") : QStringLiteral("asc")));
    RotationAuditModel *model = browser.model();
    QCOMPARE(model->rowCount(), 100);
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(model->record(r).auditId, expected.at(r).value(QStringLiteral("masterEncryptionKeyRotationInfoAuditId")).toInteger());
    QCOMPARE(model->pageInfo().sortByName, RotationAuditModel::sortName(column));
    QCOMPARE(model->pageInfo().sortByDirection, descending ? QStringLiteral("Desc") : QStringLiteral("Asc"));
}

void TestServices::browser_eachFilter_matchesApi()
{
    if (!m_audit.isRunning())
        QVERIFY(m_audit.start({QStringLiteral("--seed"), QStringLiteral("1200")}));
    auto api = client(m_audit);
    AuditBrowser browser(api.get());
    QSignalSpy pages(&browser, &AuditBrowser::pageLoaded);
    browser.setPageSize(500);
    QVERIFY(waitForPage(browser, 0, pages));
    struct Case { QString action; std::optional<int> user; QDate day; QString search; QString query; };
    const QList<Case> cases = {
        {QStringLiteral("Rotation Failed"), std::nullopt, {}, {}, QStringLiteral("filter.action=Rotation%20Failed")},
        {{}, 4, {}, {}, QStringLiteral("filter.userId=4")},
        {{}, std::nullopt, QDate(2020, 1, 3), {}, QStringLiteral("filter.date=2020-01-03")},
        {{}, std::nullopt, {}, QStringLiteral("+1 555"), QStringLiteral("filter.searchTerm=%2B1%20555")},
        {QStringLiteral("Status Changed"), 1, {}, QStringLiteral("maintenance"), QStringLiteral("filter.action=Status%20Changed&filter.userId=1&filter.searchTerm=maintenance")},
    };
    for (const Case &c : cases) {
        const int before = int(pages.count());
        browser.setFilters(c.action, c.user, c.day, c.search);
        QVERIFY(waitForPage(browser, before, pages));
        const QList<QJsonObject> expected = apiRecords(m_audit, c.query);
        QVERIFY2(!expected.isEmpty(), qPrintable(c.query));
        QCOMPARE(browser.model()->pageInfo().total, qint64(expected.size()));
        for (int r = 0; r < browser.model()->rowCount(); ++r)
            QCOMPARE(browser.model()->record(r).auditId, expected.at(r).value(QStringLiteral("masterEncryptionKeyRotationInfoAuditId")).toInteger());
    }
}

void TestServices::browser_pagingEdges()
{
    if (!m_audit.isRunning())
        QVERIFY(m_audit.start({QStringLiteral("--seed"), QStringLiteral("1200")}));
    auto api = client(m_audit);
    AuditBrowser browser(api.get());
    QSignalSpy pages(&browser, &AuditBrowser::pageLoaded);
    browser.setFilters({}, std::nullopt, {}, QStringLiteral("no record says this"));
    QVERIFY(waitForPage(browser, 0, pages));
    QCOMPARE(browser.model()->rowCount(), 0);
    QCOMPARE(browser.model()->pageInfo().total, 0);
    QVERIFY(!browser.model()->pageInfo().hasNext);
    browser.lastPage(); // nothing to go to: no request
    QTest::qWait(50);
    QCOMPARE(pages.count(), 1);

    // Exactly one page.
    browser.setPageSize(250);
    QVERIFY(waitForPage(browser, 1, pages));
    browser.setFilters(QStringLiteral("Rotation Failed"), std::nullopt, {}, {});
    QVERIFY(waitForPage(browser, 2, pages));
    const qint64 failures = browser.model()->pageInfo().total;
    QVERIFY(failures > 0 && failures <= 250);
    QCOMPARE(browser.model()->rowCount(), int(failures));
    QVERIFY(!browser.model()->pageInfo().hasNext && !browser.model()->pageInfo().hasPrev);
    QCOMPARE(browser.model()->pageInfo().pageCount, 1);

    // The last page is partial: 1200 records by 500.
    browser.setFilters({}, std::nullopt, {}, {});
    QVERIFY(waitForPage(browser, 3, pages));
    browser.setPageSize(500);
    QVERIFY(waitForPage(browser, 4, pages));
    browser.lastPage();
    QVERIFY(waitForPage(browser, 5, pages));
    QCOMPARE(browser.query().skip, 1000);
    QCOMPARE(browser.model()->rowCount(), 200);
    QCOMPARE(browser.model()->pageInfo().currentPage, 3);
    QVERIFY(!browser.model()->pageInfo().hasNext);
    browser.nextPage(); // past the end: nothing sent
    QTest::qWait(50);
    QCOMPARE(pages.count(), 6);
    browser.previousPage();
    QVERIFY(waitForPage(browser, 6, pages));
    QCOMPARE(browser.query().skip, 500);
    // Page size change keeps the first record on screen in view.
    browser.setPageSize(100);
    QVERIFY(waitForPage(browser, 7, pages));
    QCOMPARE(browser.query().skip, 500);
    QCOMPARE(browser.model()->pageInfo().currentPage, 6);
}

void TestServices::browser_staleReply_isDiscarded()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("300")}));
    auto api = client(sandbox);
    AuditBrowser browser(api.get());
    QSignalSpy pages(&browser, &AuditBrowser::pageLoaded);
    QVERIFY(sandbox.setFaults(QJsonObject{{QStringLiteral("latencyMs"), 700}}));
    browser.setFilters(QStringLiteral("Status Changed"), std::nullopt, {}, {}); // slow
    QTest::qWait(150); // it has reached the server
    QVERIFY(sandbox.setFaults(QJsonObject{{QStringLiteral("latencyMs"), 0}}));
    browser.setFilters(QStringLiteral("Rotation Requested"), std::nullopt, {}, {}); // fast, newer
    QTRY_COMPARE(pages.count(), 1);
    QTest::qWait(900); // the slow, stale answer has arrived by now
    QCOMPARE(pages.count(), 1);
    QCOMPARE(browser.model()->record(0).action, QStringLiteral("Rotation Requested"));
    QCOMPARE(sandbox.requestCount(QStringLiteral("GET /api/v1/key-management/audit")), 2);
}

void TestServices::exporter_csvEqualsApiFieldForField()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("2500")}));
    auto api = client(sandbox);
    QTemporaryDir dir;
    AuditExporter::Options options;
    options.query.sort = {QStringLiteral("notes"), false};
    options.byteOrderMark = true;
    const QString file = dir.filePath(QStringLiteral("audit.csv"));
    const ExportResult r = runExport(api.get(), file, options);
    QVERIFY2(r.ok, qPrintable(r.message));
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.mid(3).startsWith("AuditId,Date,UserId,UserName,DisplayName,Action,Status,Notes\r\n"));

    const QList<QJsonObject> expected = apiRecords(sandbox, QStringLiteral("sortBy%5B0%5D.name=notes&sortBy%5B0%5D.direction=asc"));
    QCOMPARE(r.rows.size(), expected.size() + 1);
    QCOMPARE(r.rows.first(), (QStringList{QStringLiteral("AuditId"), QStringLiteral("Date"), QStringLiteral("UserId"), QStringLiteral("UserName"),
                                          QStringLiteral("DisplayName"), QStringLiteral("Action"), QStringLiteral("Status"), QStringLiteral("Notes")}));
    int guarded = 0;
    auto unguard = [&](const QString &cell, const QString &original) {
        const bool risky = !original.isEmpty() && QStringLiteral("=+-@\t\r").contains(original.at(0));
        if (risky) {
            ++guarded;
            return cell.startsWith(QLatin1Char('\'')) ? cell.mid(1) : QStringLiteral("<unguarded>") + cell;
        }
        return cell;
    };
    for (int i = 0; i < expected.size(); ++i) {
        const QJsonObject o = expected.at(i);
        const QStringList &row = r.rows.at(i + 1);
        QCOMPARE(row.size(), 8);
        QCOMPARE(row.at(0), QString::number(o.value(QStringLiteral("masterEncryptionKeyRotationInfoAuditId")).toInteger()));
        QCOMPARE(row.at(1), o.value(QStringLiteral("date")).toString());
        QCOMPARE(row.at(2), QString::number(o.value(QStringLiteral("userId")).toInt()));
        QCOMPARE(unguard(row.at(3), o.value(QStringLiteral("userName")).toString()), o.value(QStringLiteral("userName")).toString());
        QCOMPARE(unguard(row.at(4), o.value(QStringLiteral("displayName")).toString()), o.value(QStringLiteral("displayName")).toString());
        QCOMPARE(unguard(row.at(5), o.value(QStringLiteral("action")).toString()), o.value(QStringLiteral("action")).toString());
        QCOMPARE(row.at(6), o.value(QStringLiteral("currentStatus")).toString());
        QCOMPARE(unguard(row.at(7), o.value(QStringLiteral("notes")).toString()), o.value(QStringLiteral("notes")).toString());
    }
    QVERIFY(guarded > 100); // the seeded hostile cells were there, and each was guarded
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("audit.csv")}); // no temporary left behind
}

void TestServices::exporter_cancel_leavesNoFile()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("3000"), QStringLiteral("--latency-ms"), QStringLiteral("150")}));
    auto api = client(sandbox);
    QTemporaryDir dir;
    AuditExporter::Options options;
    options.pageSize = 200;
    const QString file = dir.filePath(QStringLiteral("audit.csv"));
    const ExportResult r = runExport(api.get(), file, options, [](AuditExporter &e, qint64 written) {
        if (written > 0)
            e.cancel();
    });
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(QLatin1String("cancelled")) && r.message.contains(QLatin1String("No file was written")), qPrintable(r.message));
    QVERIFY(!QFile::exists(file));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestServices::exporter_failureMidExport_leavesExistingFileUntouched()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("3000")}));
    auto api = client(sandbox);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("audit.csv"));
    {
        QFile existing(file);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("last quarter's export\r\n");
    }
    AuditExporter::Options options;
    options.pageSize = 500;
    options.attempts = 3;
    options.firstRetryDelay = std::chrono::milliseconds(50);
    bool broken = false;
    const ExportResult r = runExport(api.get(), file, options, [&](AuditExporter &, qint64 written) {
        if (written > 0 && !broken) {
            broken = true; // the server starts failing half way
            sandbox.setFaults(QJsonObject{{QStringLiteral("failNext"), QJsonObject{{QStringLiteral("GET /api/v1/key-management/audit"), 10}}}});
        }
    });
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(QLatin1String("after 3 attempt")) && r.message.contains(QLatin1String("An error has occurred")),
             qPrintable(r.message));
    QFile existing(file);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("last quarter's export\r\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestServices::exporter_transientFailures_areRetried()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("1500")}));
    auto api = client(sandbox);
    QVERIFY(sandbox.setFaults(QJsonObject{{QStringLiteral("failNext"), QJsonObject{{QStringLiteral("GET /api/v1/key-management/audit"), 2}}}}));
    QTemporaryDir dir;
    AuditExporter::Options options;
    options.firstRetryDelay = std::chrono::milliseconds(50);
    const ExportResult r = runExport(api.get(), dir.filePath(QStringLiteral("a.csv")), options);
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.rows.size(), 1501);
}

void TestServices::exporter_serverWithSmallerPages_isHonoured()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("700"), QStringLiteral("--max-take"), QStringLiteral("200")}));
    auto api = client(sandbox);
    QTemporaryDir dir;
    const ExportResult r = runExport(api.get(), dir.filePath(QStringLiteral("a.csv")), AuditExporter::Options{});
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.rows.size(), 701);
}

void TestServices::exporter_recordsArrivingDuringExport_noDuplicatesNoGaps_data()
{
    QTest::addColumn<QString>("sort");
    QTest::addColumn<bool>("descending");
    QTest::newRow("newest first: new records land on top") << "date" << true;
    QTest::newRow("by notes: new records land in between") << "notes" << false;
}

void TestServices::exporter_recordsArrivingDuringExport_noDuplicatesNoGaps()
{
    QFETCH(QString, sort);
    QFETCH(bool, descending);
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("4000"), QStringLiteral("--step-ms"), QStringLiteral("10"),
                           QStringLiteral("--latency-ms"), QStringLiteral("60")}));
    auto api = client(sandbox);
    const QByteArray token = sandboxToken(sandbox.url());
    QUrl start = sandbox.url();
    start.setPath(start.path() + QStringLiteral("/api/v1/key-management/startmekrotation"));
    QTemporaryDir dir;
    AuditExporter::Options options;
    options.query.sort = {sort, descending};
    options.pageSize = 250;
    int rotations = 0;
    const ExportResult r = runExport(api.get(), dir.filePath(QStringLiteral("a.csv")), options, [&](AuditExporter &, qint64 written) {
        // Between pages, rotations run and write new audit records.
        if (written > 0 && httpRequest("PUT", start, {}, {}, token).status == 200)
            ++rotations;
        QTest::qWait(200);
    });
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(rotations >= 3);
    QVERIFY(apiRecords(sandbox, QString()).size() > 4000 + 10 * rotations); // the audit did grow during the export
    QSet<QString> ids;
    for (int i = 1; i < r.rows.size(); ++i)
        ids.insert(r.rows.at(i).first());
    QCOMPARE(ids.size(), r.rows.size() - 1); // no duplicates
    QCOMPARE(ids.size(), 4000);               // no gaps: exactly the records there when it started
    for (int id = 1; id <= 4000; ++id)
        QVERIFY(ids.contains(QString::number(id)));
}

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
