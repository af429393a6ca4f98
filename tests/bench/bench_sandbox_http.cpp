// Prints how fast a real kmsandbox serves a large rotation audit through HTTP, as the audit grid,
// the CSV export and curl ask for it: seeding, a page at the start, middle and end of every sort,
// the first page of each filter and of a search, and a walk over every page of 1000.
// Figures, not assertions. Each figure is the first time a query is asked and the median of
// the runs after it (the server may remember things between identical requests).
//   bench_sandbox_http [records=1000000] [--runs R=5] [--skip-sorts]
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <algorithm>
#include <cstdio>

namespace {
// One keep-alive connection for the whole run, as a client exporting page by page would use.
class BenchClient
{
public:
    explicit BenchClient(QUrl base) : m_base(std::move(base)) {}

    bool signIn()
    {
        QUrl url = m_base;
        url.setPath(m_base.path() + QStringLiteral("/oauth2/token"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        const QByteArray body = send(request, "POST", "grant_type=password&username=admin&password=sandbox");
        m_token = QJsonDocument::fromJson(body).object().value(QStringLiteral("access_token")).toString().toLatin1();
        return !m_token.isEmpty();
    }

    // The audit page for `query`; *ms is how long it took, *total the envelope's total.
    QJsonObject audit(const QUrlQuery &query, double *ms)
    {
        QUrl url = m_base;
        url.setPath(m_base.path() + QStringLiteral("/api/v1/key-management/audit"));
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_token);
        QElapsedTimer clock;
        clock.start();
        const QByteArray body = send(request, "GET", {});
        QJsonObject page = QJsonDocument::fromJson(body).object();
        *ms = double(clock.nsecsElapsed()) / 1e6;
        return page;
    }

private:
    QByteArray send(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body)
    {
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        QByteArray data = reply->readAll();
        if (reply->error() != QNetworkReply::NoError)
            std::fprintf(stderr, "request failed: %s %s\n", qPrintable(reply->errorString()), data.constData());
        delete reply;
        return data;
    }

    QNetworkAccessManager m_network;
    QUrl m_base;
    QByteArray m_token;
};

QUrlQuery pageQuery(const QString &sort, const QString &direction, qint64 skip, int take)
{
    QUrlQuery q;
    if (!sort.isEmpty()) {
        q.addQueryItem(QStringLiteral("sortBy[0].name"), sort);
        q.addQueryItem(QStringLiteral("sortBy[0].direction"), direction);
    }
    q.addQueryItem(QStringLiteral("skip"), QString::number(skip));
    q.addQueryItem(QStringLiteral("take"), QString::number(take));
    return q;
}

struct Timing
{
    double first = 0;
    double median = 0;
    qint64 total = 0;
};

Timing measure(BenchClient &client, const QUrlQuery &query, int runs)
{
    Timing t;
    QList<double> times;
    for (int i = 0; i <= runs; ++i) {
        double ms = 0;
        const QJsonObject page = client.audit(query, &ms);
        t.total = page.value(QStringLiteral("total")).toInteger();
        if (i == 0)
            t.first = ms;
        else
            times << ms;
    }
    std::sort(times.begin(), times.end());
    t.median = times.isEmpty() ? t.first : times.at(times.size() / 2);
    return t;
}

void printRow(const char *label, const Timing &t)
{
    std::printf("%-44s %10.2f %10.2f %10lld\n", label, t.first, t.median, t.total);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 records = 1000000;
    int runs = 5;
    bool sorts = true;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--skip-sorts"))
            sorts = false;
        else
            records = args.at(i).toLongLong();
    }

    QTemporaryDir dir;
    QProcess sandbox;
    sandbox.setProgram(QStringLiteral(KMSANDBOX_PATH));
    sandbox.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"),
                          dir.filePath(QStringLiteral("bench.sqlite")), QStringLiteral("--seed"), QString::number(records),
                          QStringLiteral("--max-take"), QStringLiteral("1000")});
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer seedClock;
    seedClock.start();
    sandbox.start();
    QByteArray line;
    while (sandbox.state() != QProcess::NotRunning && !line.startsWith("listening on ")) {
        if (sandbox.canReadLine())
            line = sandbox.readLine().trimmed();
        else
            sandbox.waitForReadyRead(100);
    }
    if (!line.startsWith("listening on ")) {
        std::fprintf(stderr, "kmsandbox did not start\n");
        return 1;
    }
    const double seedSeconds = double(seedClock.elapsed()) / 1000.0;
    BenchClient client(QUrl(QString::fromUtf8(line.mid(13))));
    if (!client.signIn()) {
        std::fprintf(stderr, "cannot sign in\n");
        return 1;
    }

    std::printf("kmsandbox over HTTP, %lld records; ms, first time asked and median of %d more\n", records, runs);
    std::printf("%-44s %10.1f s\n", "seeding (start to listening)", seedSeconds);
    std::printf("%-44s %10s %10s %10s\n", "query (take 50 unless said)", "first", "median", "total");
    if (sorts) {
        const char *const sortNames[] = {"date",
                                         "masterEncryptionKeyRotationInfoAuditId",
                                         "masterEncryptionKeyRotationInfoId",
                                         "action",
                                         "currentStatus",
                                         "userId",
                                         "userName",
                                         "displayName",
                                         "notes"};
        for (const char *sort : sortNames) {
            for (const char *direction : {"Asc", "Desc"}) {
                const struct
                {
                    const char *where;
                    qint64 skip;
                } positions[] = {{"skip 0", 0}, {"middle", records / 2}, {"last", std::max<qint64>(0, records - 50)}};
                for (const auto &position : positions) {
                    const Timing t = measure(client, pageQuery(QLatin1String(sort), QLatin1String(direction), position.skip, 50), runs);
                    const QByteArray label = QByteArray(sort).left(24) + ' ' + direction + ", " + position.where;
                    printRow(label.constData(), t);
                }
            }
        }
    }
    auto filtered = [&](const char *label, const QString &name, const QString &value, const QString &sort = QString()) {
        QUrlQuery q = pageQuery(sort, QStringLiteral("Asc"), 0, 50);
        q.addQueryItem(name, value);
        printRow(label, measure(client, q, runs));
    };
    filtered("filter user 4, first page", QStringLiteral("filter.userId"), QStringLiteral("4"));
    filtered("filter action Rotation Failed, first page", QStringLiteral("filter.action"), QStringLiteral("Rotation Failed"));
    filtered("filter user 4, sorted by notes", QStringLiteral("filter.userId"), QStringLiteral("4"), QStringLiteral("notes"));
    filtered("filter action Rotation Failed, by userName", QStringLiteral("filter.action"), QStringLiteral("Rotation Failed"),
             QStringLiteral("userName"));
    // A day in the middle of the seeded history (a rotation of 11 events every 37 minutes from 2020).
    const QString day = QDate(2020, 1, 1).addDays(records / 11 * 37 / 2 / 1440).toString(Qt::ISODate);
    filtered("filter one day (middle of history), first page", QStringLiteral("filter.date"), day);
    filtered("search 'brien', first page", QStringLiteral("filter.searchTerm"), QStringLiteral("brien"));
    filtered("search 'brien', sorted by notes", QStringLiteral("filter.searchTerm"), QStringLiteral("brien"), QStringLiteral("notes"));
    filtered("search 'node b', first page", QStringLiteral("filter.searchTerm"), QStringLiteral("node b"));
    filtered("search 'no match at all', first page", QStringLiteral("filter.searchTerm"), QStringLiteral("no match at all"));
    filtered("search 'ab' (2 characters), first page", QStringLiteral("filter.searchTerm"), QStringLiteral("ab"));

    // An export or curl: every page of 1000 in the default order, one after the other.
    QElapsedTimer walkClock;
    walkClock.start();
    qint64 served = 0;
    double firstPage = 0, lastPage = 0, slowest = 0;
    QList<double> pageTimes;
    for (qint64 skip = 0;; skip += 1000) {
        double ms = 0;
        const QJsonObject page = client.audit(pageQuery({}, {}, skip, 1000), &ms);
        const qsizetype n = page.value(QStringLiteral("records")).toArray().size();
        served += n;
        pageTimes << ms;
        if (skip == 0)
            firstPage = ms;
        slowest = std::max(slowest, ms);
        if (n == 0 || !page.value(QStringLiteral("hasNext")).toBool()) {
            lastPage = ms;
            break;
        }
    }
    auto mean = [](const QList<double> &times) {
        double sum = 0;
        for (double t : times)
            sum += t;
        return times.isEmpty() ? 0.0 : sum / double(times.size());
    };
    const qsizetype tenth = std::max<qsizetype>(1, pageTimes.size() / 10);
    std::printf("%-44s %10.2f ms\n", "walk: mean page, first tenth of the walk", mean(pageTimes.mid(0, tenth)));
    std::printf("%-44s %10.2f ms\n", "walk: mean page, last tenth of the walk", mean(pageTimes.mid(pageTimes.size() - tenth)));
    std::printf("%-44s %10.2f ms\n", "walk: first page of 1000", firstPage);
    std::printf("%-44s %10.2f ms\n", "walk: last page of 1000", lastPage);
    std::printf("%-44s %10.2f ms\n", "walk: slowest page of 1000", slowest);
    std::printf("%-44s %10.1f s (%lld records)\n", "walk: all pages of 1000", double(walkClock.elapsed()) / 1000.0, served);

    sandbox.terminate();
    sandbox.waitForFinished(10000);
    return 0;
}
