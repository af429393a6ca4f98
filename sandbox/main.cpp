// kmsandbox: a local emulator of the Secret Server key-management API, for the console's
// out-of-the-box demo, its tests and its benchmarks. See docs/sandbox.md.
#include "RotationEngine.h"
#include "SandboxServer.h"
#include "SandboxStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] auto n = ::write(signalPipe[0], &byte, 1);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "kmsandbox: %s\n", qPrintable(message));
    return 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kmsandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KMCONSOLE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Local emulator of the Secret Server key-management API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address to listen on."), QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port; 0 picks a free one."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption basePath(QStringLiteral("base-path"), QStringLiteral("Path prefix of the server (/ for none)."), QStringLiteral("PATH"), QStringLiteral("/SecretServer"));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("SQLite file for the state, or :memory:."), QStringLiteral("FILE"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Ensure N seeded rotation-audit records exist."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption stepMs(QStringLiteral("step-ms"), QStringLiteral("Time per rotation status step."), QStringLiteral("MS"), QStringLiteral("2000"));
    const QCommandLineOption failAt(QStringLiteral("fail-at"), QStringLiteral("The next rotation fails when it reaches this status."), QStringLiteral("STATUS"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), QStringLiteral("Delay every answer by MS."), QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption failRate(QStringLiteral("fail-rate"), QStringLiteral("Share of API calls answered 500 (0..1)."), QStringLiteral("F"), QStringLiteral("0"));
    const QCommandLineOption tokenTtl(QStringLiteral("token-ttl"), QStringLiteral("Access token lifetime in seconds."), QStringLiteral("S"), QStringLiteral("1200"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"), QStringLiteral("PEM certificate: serve HTTPS."), QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), QStringLiteral("PEM private key for --tls-cert."), QStringLiteral("FILE"));
    const QCommandLineOption password(QStringLiteral("password"), QStringLiteral("Password of the admin and auditor accounts."), QStringLiteral("PW"), QStringLiteral("sandbox"));
    const QCommandLineOption replication(QStringLiteral("replication"), QStringLiteral("Report geo-replication as enabled (rotation refused)."));
    const QCommandLineOption otp(QStringLiteral("otp"), QStringLiteral("Require this one-time code (OTP header) when admin signs in."), QStringLiteral("CODE"));
    const QCommandLineOption maxTake(QStringLiteral("max-take"), QStringLiteral("Largest page (take) served; larger is 400."), QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption randomSeed(QStringLiteral("random-seed"), QStringLiteral("Seed for --fail-rate draws, for repeatable runs."), QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({listen, port, basePath, data, seed, stepMs, failAt, latency, failRate, tokenTtl, tlsCert, tlsKey,
                       password, replication, randomSeed, otp, maxTake});
    parser.process(app);

    bool ok = true;
    auto number = [&](const QCommandLineOption &option, qint64 min, qint64 max) {
        bool valid = false;
        const qint64 v = parser.value(option).toLongLong(&valid);
        if (!valid || v < min || v > max) {
            fail(QStringLiteral("--%1 must be a whole number from %2 to %3").arg(option.names().first()).arg(min).arg(max));
            ok = false;
        }
        return v;
    };
    SandboxOptions options;
    options.basePath = parser.value(basePath);
    if (!options.basePath.startsWith(QLatin1Char('/')))
        options.basePath.prepend(QLatin1Char('/'));
    options.password = parser.value(password);
    options.tokenTtlSeconds = int(number(tokenTtl, 1, 86400 * 365));
    options.latencyMs = int(number(latency, 0, 600000));
    options.replication = parser.isSet(replication);
    options.oneTimeCode = parser.value(otp);
    options.maxTake = int(number(maxTake, 1, 100000));
    options.randomSeed = quint32(number(randomSeed, 0, 0xffffffffLL));
    const int portNumber = int(number(port, 0, 65535));
    const qint64 seedCount = number(seed, 0, 100000000);
    const int step = int(number(stepMs, 1, 3600000));
    options.failRate = parser.value(failRate).toDouble(&ok);
    if (!ok || options.failRate < 0 || options.failRate > 1)
        return fail(QStringLiteral("--fail-rate must be a number from 0 to 1"));
    if (!ok)
        return 2;
    int failStatus = -1;
    if (parser.isSet(failAt)) {
        failStatus = RotationEngine::statusFromName(parser.value(failAt));
        if (failStatus < RotationEngine::RotationRequested || failStatus > RotationEngine::SessionDataRotationCompleted)
            return fail(QStringLiteral("--fail-at takes a status of the rotation walk, RotationRequested to SessionDataRotationCompleted"));
    }
    const QHostAddress address(parser.value(listen));
    if (address.isNull())
        return fail(QStringLiteral("--listen needs an IP address, not \"%1\"").arg(parser.value(listen)));

    QString dataPath = parser.value(data);
    if (dataPath.isEmpty())
        dataPath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/kmsandbox.sqlite");

    SandboxStore store;
    QString error;
    if (!store.open(dataPath, &error))
        return fail(QStringLiteral("cannot open %1: %2").arg(dataPath, error));
    if (seedCount > 0 && !store.seedRotationAudit(seedCount, &error))
        return fail(QStringLiteral("cannot seed the audit: %1").arg(error));

    RotationEngine engine(&store, step);
    engine.setFailAt(failStatus);
    engine.setReplicationEnabled(options.replication);
    SandboxServer server(&store, &engine, options);

    const bool tls = parser.isSet(tlsCert) || parser.isSet(tlsKey);
    if (tls) {
        QFile certFile(parser.value(tlsCert)), keyFile(parser.value(tlsKey));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("--tls-cert and --tls-key need two readable PEM files"));
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (certificate.isNull() || key.isNull())
            return fail(QStringLiteral("the certificate or key could not be read"));
        server.sslSetup(certificate, key);
    }
    const quint16 bound = server.listen(address, quint16(portNumber));
    if (bound == 0)
        return fail(QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(portNumber));

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }

    engine.resumeIfActive();
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(address.toString()) : address.toString();
    const QString base = options.basePath == QLatin1String("/") ? QString() : options.basePath;
    std::printf("listening on %s://%s:%u%s\n", tls ? "https" : "http", qPrintable(host), unsigned(bound), qPrintable(base));
    std::fflush(stdout);
    const int code = app.exec();
    store.close();
    return code;
}
