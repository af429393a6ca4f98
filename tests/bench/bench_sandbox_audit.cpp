// Prints how long kmsandbox's store takes to seed a large rotation audit and to serve pages of it,
// sorted and filtered, as the audit grid and the CSV export ask for them: the store's own way
// and the plain queries it is checked against (OFFSET, LIKE, COUNT). No HTTP: see
// bench_sandbox_http for that. Figures, not assertions:
//   bench_sandbox_audit [records=1000000]
#include "sandbox/SandboxStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace km;

namespace {
struct Case
{
    const char *label;
    SandboxStore::AuditQuery query;
};

double medianMs(SandboxStore &store, const SandboxStore::AuditQuery &q, bool plain, int runs, qint64 *total)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const auto page = plain ? store.referenceRotationAudit(q) : store.queryRotationAudit(q);
        times << t.nsecsElapsed() / 1e6;
        *total = page.total;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 records = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    SandboxStore store;
    QString error;
    if (!store.open(dir.filePath(QStringLiteral("bench.sqlite")), &error)) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer seedTimer;
    seedTimer.start();
    if (!store.seedRotationAudit(records, &error)) {
        std::fprintf(stderr, "cannot seed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("seeded %lld records in %.1f s\n", records, seedTimer.elapsed() / 1000.0);

    auto q = [](const char *column, bool desc, qint64 skip = 0, int take = 50) {
        SandboxStore::AuditQuery a;
        a.sortColumn = QString::fromLatin1(column);
        a.descending = desc;
        a.skip = skip;
        a.take = take;
        return a;
    };
    QList<Case> cases;
    cases.append({"first page, newest first", q("date", true)});
    cases.append({"page 100, newest first", q("date", true, 4950)});
    cases.append({"middle page (skip n/2)", q("date", true, records / 2)});
    cases.append({"last page", q("date", true, std::max<qint64>(0, records - 50))});
    cases.append({"sorted by notes desc", q("notes", true)});
    cases.append({"sorted by display name asc", q("display_name", false)});
    cases.append({"sorted by status asc", q("status_value", false)});
    Case byUser{"user 4, newest first", q("date", true)};
    byUser.query.userId = 4;
    byUser.query.hasUserId = true;
    cases.append(byUser);
    Case byAction{"action 'Rotation Failed', by user name", q("user_name", false)};
    byAction.query.action = QStringLiteral("Rotation Failed");
    cases.append(byAction);
    Case byDay{"one day, newest first", q("date", true)};
    byDay.query.date = QDate(2021, 6, 1);
    cases.append(byDay);
    Case search{"search 'o''brien', newest first", q("date", true)};
    search.query.searchTerm = QStringLiteral("o'brien");
    cases.append(search);
    cases.append({"export page: 1000 by id, deep", q("id", false, records / 2, 1000)});

    std::printf("%-42s %12s %12s %12s\n", "query (take 50 unless said), median ms", "store", "plain", "matches");
    for (const Case &c : cases) {
        qint64 total = 0;
        const double ms = medianMs(store, c.query, false, 7, &total);
        const double plainMs = medianMs(store, c.query, true, 3, &total);
        std::printf("%-42s %12.2f %12.2f %12lld\n", c.label, ms, plainMs, total);
    }
    return 0;
}
