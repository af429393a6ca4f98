// kmsandbox: a local emulator of the Secret Server key-management API, for the console's
// out-of-the-box demo, its tests and its benchmarks. See docs/sandbox.md.
#include "sandbox/RedactingMessageHandler.h"
#include "sandbox/RotationEngine.h"
#include "sandbox/SandboxCommandLine.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>
#ifdef Q_OS_WIN
#include <QMetaObject>
#include <windows.h>
#else
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace km;

namespace {
#ifdef Q_OS_WIN
// Ctrl+C, Ctrl+Break or a closed console: the handler runs on a thread of its own and only asks
// the main thread to quit, so the store closes as it does on SIGTERM elsewhere.
BOOL WINAPI onConsoleControl(DWORD type)
{
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT && type != CTRL_CLOSE_EVENT)
        return FALSE;
    QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    return TRUE;
}
#else
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] auto n = ::write(signalPipe[0], &byte, 1);
}
#endif

// A failure while running (a file, the port), as opposed to a usage error (status 2).
int fail(const QString &message)
{
    std::fprintf(stderr, "kmsandbox: %s\n", qPrintable(message));
    return 1;
}
} // namespace

int main(int argc, char *argv[])
{
    RedactingMessageHandler::install();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kmsandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KMCONSOLE_VERSION));

    SandboxCommandLine commandLine;
    switch (commandLine.parse(QCoreApplication::arguments())) {
    case SandboxCommandLine::Outcome::ShowedHelp: return 0;
    case SandboxCommandLine::Outcome::Invalid:
        for (const QString &error : commandLine.errors())
            std::fprintf(stderr, "kmsandbox: %s\n", qPrintable(error));
        std::fprintf(stderr, "kmsandbox: see kmsandbox --help\n");
        return 2;
    case SandboxCommandLine::Outcome::Run: break;
    }
    const SandboxOptions &options = commandLine.options();

    QString dataPath = options.dataPath;
    if (dataPath.isEmpty())
        dataPath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/kmsandbox.sqlite");
    SandboxStore store;
    QString error;
    if (!store.open(dataPath, &error))
        return fail(QStringLiteral("cannot open %1: %2").arg(dataPath, error));
    if (options.seedCount > 0 && !store.seedRotationAudit(options.seedCount, &error))
        return fail(QStringLiteral("cannot seed the audit: %1").arg(error));

    store.setAuditIdsUnordered(options.auditIdsUnordered);
    RotationEngine engine(&store, options.stepMs);
    engine.setFailAt(options.failAtStatus);
    engine.setReplicationEnabled(options.replication);
    SandboxServer server(&store, &engine, options);

    const bool tls = !options.tlsCertificatePath.isEmpty();
    if (tls) {
        QFile certFile(options.tlsCertificatePath), keyFile(options.tlsKeyPath);
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
    const quint16 bound = server.listen(options.listenAddress, options.port);
    if (bound == 0)
        return fail(QStringLiteral("cannot listen on %1:%2").arg(options.listenAddress.toString()).arg(options.port));

#ifdef Q_OS_WIN
    ::SetConsoleCtrlHandler(onConsoleControl, TRUE);
#else
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
#endif

    engine.resumeIfActive();
    const QString host = options.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(options.listenAddress.toString())
                             : options.listenAddress.toString();
    const QString root = QStringLiteral("%1://%2:%3").arg(tls ? QStringLiteral("https") : QStringLiteral("http"), host).arg(bound);
    server.setRootUrl(root);
    if (!options.urlFilePath.isEmpty()) {
        // Whole or not at all, and before the line on standard output: whoever reads either finds both.
        QSaveFile urlFile(options.urlFilePath);
        if (!urlFile.open(QIODevice::WriteOnly) || urlFile.write((root + options.basePath).toUtf8() + '\n') < 0 || !urlFile.commit())
            return fail(QStringLiteral("cannot write %1").arg(options.urlFilePath));
    }
    std::printf("listening on %s%s\n", qPrintable(root), qPrintable(options.basePath));
    std::fflush(stdout);
    const int code = app.exec();
    store.close();
    return code;
}
