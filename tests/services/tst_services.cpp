// The services behind the pages, against real kmsandbox instances: the rotation monitor's pacing,
// its refusal to overlap polls, its back-off while the server is gone and its return, and the
// exactly-once start and retry.
#include "ApiClient.h"
#include "RotationMonitor.h"
#include "SandboxProcess.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
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

private:
    std::unique_ptr<ApiClient> client(SandboxProcess &sandbox);
    QNetworkAccessManager m_network;
};

std::unique_ptr<ApiClient> TestServices::client(SandboxProcess &sandbox)
{
    auto c = std::make_unique<ApiClient>(&m_network);
    c->setBaseUrl(sandbox.url());
    c->useBearerToken(QString::fromLatin1(sandboxToken(sandbox.url())));
    return c;
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

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
