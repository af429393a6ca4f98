// The window's own speed against a running kmsandbox (run_benchmarks.py starts one with a large
// audit): how long a page change, a sort or a filter takes from the request to the rows painted
// (p50, p95, max), the longest event-loop stall while an export runs, while a rotation is polled
// and while pages of 500 rows are shown, and the memory after signing in. Figures, not
// assertions; offscreen.
//   QT_QPA_PLATFORM=offscreen bench_gui --url BASE [--samples 15] [--skip-export] [--skip-rotation]
#include "ui/AuditPage.h"
#include "ui/MainWindow.h"
#include "MemorySecretStore.h"
#include "services/AuditBrowser.h"
#include "services/AuditExporter.h"
#include "services/RotationMonitor.h"
#include "session/Session.h"
#include "session/Settings.h"

#include "models/RotationAuditModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

using namespace km;

namespace {
// Runs the event loop until the condition holds, looking every millisecond (no busy loop).
bool waitFor(const std::function<bool()> &condition, int timeoutMs = 60000)
{
    if (condition())
        return true;
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (condition() || clock.elapsed() >= timeoutMs)
            loop.quit();
    });
    tick.start(1);
    loop.exec();
    return condition();
}

// Counts the paints of a view's viewport, so a measurement ends when the new rows are on screen.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *viewport) { viewport->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

// The longest gap between two ticks of a 2 ms timer: how long the event loop was busy at once.
class StallWatch : public QObject
{
public:
    StallWatch()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0)
                m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_last = -1;
        m_clock.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return std::max(0.0, double(m_longest) / 1e6 - 2.0);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    qint64 m_longest = 0;
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype at = std::min<qsizetype>(values.size() - 1, qsizetype(std::llround(p * double(values.size() - 1))));
    return values.at(at);
}

long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption urlOption(QStringLiteral("url"), QStringLiteral("The sandbox's base URL."), QStringLiteral("URL"));
    const QCommandLineOption samplesOption(QStringLiteral("samples"), QStringLiteral("Measurements per action."), QStringLiteral("N"),
                                           QStringLiteral("15"));
    const QCommandLineOption skipExport(QStringLiteral("skip-export"), QStringLiteral("Do not export."));
    const QCommandLineOption skipRotation(QStringLiteral("skip-rotation"), QStringLiteral("Do not rotate."));
    parser.addOptions({urlOption, samplesOption, skipExport, skipRotation});
    parser.addHelpOption();
    parser.process(app);
    const int samples = std::max(1, parser.value(samplesOption).toInt());

    QTemporaryDir home;
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, home.path());
    Settings settings;
    MemorySecretStore secrets(false);
    Session session(&settings, &secrets);
    Credentials credentials;
    credentials.server = parser.value(urlOption);
    credentials.userName = QStringLiteral("admin");
    credentials.password = QStringLiteral("sandbox");
    QString problem;
    if (!session.signIn(credentials, &problem) || !waitFor([&] { return !session.isSigningIn(); }) || !session.client()->isSignedIn()) {
        std::fprintf(stderr, "bench_gui: sign-in failed %s\n", qPrintable(problem));
        return 1;
    }

    MainWindow window(&session);
    window.resize(1400, 900);
    window.show();
    window.showPage(MainWindow::AuditPageIndex);
    AuditBrowser *browser = window.auditPage()->browser();
    if (!waitFor([&] { return browser->hasLoaded() && !browser->isLoading(); })) {
        std::fprintf(stderr, "bench_gui: the audit did not load\n");
        return 1;
    }
    waitFor([] { return false; }, 500);
    const long signedInKb = residentKb();
    auto *view = window.auditPage()->findChild<QTableView *>(QStringLiteral("auditView"));
    PaintCounter paints(view->viewport());

    // From the request to the rows painted.
    double lastLoadedMs = 0;  // request to rows in the model, of the last timed action
    double lastRepliedMs = 0; // request to the reply received
    auto timed = [&](const std::function<void()> &action) {
        QElapsedTimer clock;
        clock.start();
        bool loaded = false;
        int paintsAtLoad = -1;
        // Counted as the rows arrive: the paint that shows them comes after.
        const auto replied = QObject::connect(session.client(), &ApiClient::requestFinished, browser,
                                              [&] { lastRepliedMs = double(clock.nsecsElapsed()) / 1e6; });
        const auto connection = QObject::connect(browser, &AuditBrowser::pageLoaded, browser, [&] {
            loaded = true;
            paintsAtLoad = paints.paints;
            lastLoadedMs = double(clock.nsecsElapsed()) / 1e6;
        });
        action();
        if (!loaded && !browser->isLoading()) { // nothing to ask: the query was already this one
            QObject::disconnect(connection);
            QObject::disconnect(replied);
            return 0.0;
        }
        waitFor([&] { return loaded && paints.paints > paintsAtLoad; }, 10000);
        QObject::disconnect(connection);
        QObject::disconnect(replied);
        if (!loaded || paints.paints <= paintsAtLoad)
            std::fprintf(stderr, "bench_gui: a page did not arrive or was not painted (%s)\n", loaded ? "not painted" : "not loaded");
        return double(clock.nsecsElapsed()) / 1e6;
    };
    struct Row
    {
        const char *what;
        QList<double> ms;
        QList<double> loadedMs;
        QList<double> repliedMs;
    };
    QList<Row> rows;
    const RotationAuditQuery plain = browser->query();
    auto measure = [&](const char *what, const std::function<void(int)> &action, const std::function<void()> &reset = {}) {
        Row row{what, {}, {}, {}};
        for (int i = 0; i < samples; ++i) {
            if (reset)
                reset();
            row.ms << timed([&] { action(i); });
            row.loadedMs << lastLoadedMs;
            row.repliedMs << lastRepliedMs;
        }
        rows << row;
    };
    auto backToPlain = [&] { timed([&] { browser->setQuery(plain); }); };
    measure("next page (50)", [&](int) { browser->nextPage(); });
    measure(
        "last page", [&](int) { browser->lastPage(); }, [&] { timed([&] { browser->firstPage(); }); });
    QStringList sorts; // every column the grid sorts by, each way
    for (int column = 0; column < RotationAuditModel::ColumnCount; ++column) {
        if (!RotationAuditModel::sortName(column).isEmpty())
            sorts << RotationAuditModel::sortName(column);
    }
    measure(
        "sort by a column",
        [&](int i) {
        browser->setSort({sorts.at(i % sorts.size()), i % 2 == 0});
        },
        backToPlain);
    measure(
        "filter by user", [&](int i) { browser->setFilters(QString(), 2 + i % 8, QDate(), QString()); }, backToPlain);
    measure(
        "filter by action",
        [&](int i) {
        browser->setFilters(i % 2 ? QStringLiteral("Status Changed") : QStringLiteral("Rotation Completed"), std::nullopt, QDate(),
                            QString());
        },
        backToPlain);
    measure(
        "filter by day", [&](int i) { browser->setFilters(QString(), std::nullopt, QDate(2020, 1, 1).addDays(qint64(i) * 7), QString()); },
        backToPlain);
    const QStringList terms{QStringLiteral("brien"), QStringLiteral("maintenance"), QStringLiteral("backup"), QStringLiteral("node")};
    measure(
        "search (3+ characters)", [&](int i) { browser->setFilters(QString(), std::nullopt, QDate(), terms.at(i % terms.size())); },
        backToPlain);
    measure(
        "page size 500", [&](int) { browser->setPageSize(500); }, [&] { timed([&] { browser->setPageSize(50); }); });

    std::printf(
        "| action (request to rows painted) | samples | p50 ms | p95 ms | max ms | p50 to the reply ms | p50 to rows in the model ms |\n"
        "|---|---|---|---|---|---|---|\n");
    for (const Row &row : std::as_const(rows))
        std::printf("| %s | %lld | %.1f | %.1f | %.1f | %.1f | %.1f |\n", row.what, qlonglong(row.ms.size()), percentile(row.ms, 0.5),
                    percentile(row.ms, 0.95), *std::max_element(row.ms.begin(), row.ms.end()), percentile(row.repliedMs, 0.5),
                    percentile(row.loadedMs, 0.5));

    // The longest stall of the event loop while the window works.
    StallWatch watch;
    std::printf("\n| while | longest event-loop stall ms |\n|---|---|\n");
    timed([&] { browser->setPageSize(500); });
    watch.start();
    for (int i = 0; i < 20; ++i)
        timed([&] { browser->nextPage(); });
    std::printf("| paging through 20 pages of 500 rows | %.1f |\n", watch.stop());
    std::fflush(stdout);

    if (!parser.isSet(skipExport)) {
        AuditExporter exporter(session.client());
        bool done = false;
        QString outcome;
        QObject::connect(&exporter, &AuditExporter::finished, &exporter, [&](AuditExporter::Outcome, const QString &message) {
            done = true;
            outcome = message;
        });
        QElapsedTimer clock;
        clock.start();
        watch.start();
        AuditExporter::Options options;
        options.query.sort = {QStringLiteral("date"), true}; // as the command and the window export by default
        exporter.exportToFile(home.filePath(QStringLiteral("export.csv")), options);
        waitFor([&] { return done; }, 600000);
        const double stall = watch.stop();
        std::printf("| an export of the whole audit, in the window's process (%.1f s) | %.1f |\n", double(clock.elapsed()) / 1000.0, stall);
        std::fflush(stdout);
    }
    if (!parser.isSet(skipRotation)) {
        RotationMonitor *monitor = window.rotationMonitor();
        window.showPage(MainWindow::RotationPageIndex);
        monitor->setActiveInterval(std::chrono::milliseconds(100));
        waitFor([&] { return monitor->hasInfo() && monitor->eligibility().canStart(); }, 30000);
        watch.start();
        if (monitor->requestStart()) {
            waitFor([&] { return monitor->info().isActive(); }, 10000);
            waitFor([] { return false; }, 8000); // polled ten times a second meanwhile
        }
        std::printf("| a rotation polled 10 times a second for 8 s, on its page | %.1f |\n", watch.stop());
    }
    std::printf("\nMemory after signing in, the audit on screen: %.1f MiB resident.\n", double(signedInKb) / 1024.0);
    return 0;
}
