#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>
#ifdef Q_OS_WIN
#include <QDir>
#include <QTcpSocket>
#include <QThread>
#include <cstring>
#include <windows.h>
#endif

#ifndef Q_OS_WIN
#include <csignal>
#endif

namespace km {

#ifdef Q_OS_WIN
namespace {
// The Linux kmsandbox that Wine runs for a Windows build without QtHttpServer ("Z:/…",
// tests/CMakeLists.txt); its standard output reaches no Windows pipe, and Wine gives no handle to
// wait for it or for any other Unix program (openssl).
bool runsUnixPrograms()
{
    const QString sandbox = SandboxProcess::executable();
    return sandbox.startsWith(QLatin1String("Z:")) && !sandbox.endsWith(QLatin1String(".exe"), Qt::CaseInsensitive);
}

// A Windows path as a Unix program sees it, through Wine's own mapping (kernel32's
// wine_get_unix_file_name); anything else as it is.
QString forUnix(const QString &argument)
{
    static const QRegularExpression drivePath(QStringLiteral("^[A-Za-z]:[/\\\\]"));
    if (!drivePath.match(argument).hasMatch())
        return argument;
    using ToUnix = char *(CDECL *)(const wchar_t *);
    static const ToUnix toUnix = [] {
        ToUnix function = nullptr;
        const FARPROC address = ::GetProcAddress(::GetModuleHandleW(L"kernel32.dll"), "wine_get_unix_file_name");
        static_assert(sizeof function == sizeof address);
        std::memcpy(&function, &address, sizeof function);
        return function;
    }();
    if (!toUnix)
        return argument;
    const std::wstring windowsPath = QDir::toNativeSeparators(argument).toStdWString();
    char *unixPath = toUnix(windowsPath.c_str());
    if (!unixPath)
        return argument;
    const QString result = QString::fromUtf8(unixPath);
    ::HeapFree(::GetProcessHeap(), 0, unixPath);
    return result;
}

QStringList forUnix(const QStringList &arguments)
{
    QStringList out;
    for (const QString &argument : arguments)
        out << forUnix(argument);
    return out;
}

// Runs the Linux openssl and waits for the PEM file it writes last to be whole.
bool runUnixOpenssl(const QStringList &arguments, const QString &lastOutput)
{
    QFile::remove(lastOutput);
    if (!QProcess::startDetached(QStringLiteral("Z:/usr/bin/openssl"), forUnix(arguments)))
        return false;
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        QFile file(lastOutput);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains("-----END "))
            return true;
        QThread::msleep(50); // polling a file that nothing signals
    }
    return false;
}
} // namespace
#endif

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::executable()
{
    return QStringLiteral(KMSANDBOX_PATH);
}

QStringList SandboxProcess::variantArguments()
{
    return qEnvironmentVariable("KMSANDBOX_VARIANT").split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

bool SandboxProcess::variantHas(const QString &flag)
{
    for (const QString &argument : variantArguments()) {
        if (argument == flag || argument.startsWith(flag + QLatin1Char('=')))
            return true;
    }
    return false;
}

int SandboxProcess::typeId(const QString &kind)
{
    const QString ids = variantValue(QStringLiteral("--type-ids"), QStringLiteral("none=0,aws=1,azure=2"));
    for (const QString &pair : ids.split(QLatin1Char(','))) {
        if (pair.section(QLatin1Char('='), 0, 0) == kind)
            return pair.section(QLatin1Char('='), 1).toInt();
    }
    return -1;
}

QString SandboxProcess::variantValue(const QString &flag, const QString &fallback)
{
    const QStringList arguments = variantArguments();
    QString value = fallback;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == flag && i + 1 < arguments.size())
            value = arguments.at(++i);
        else if (arguments.at(i).startsWith(flag + QLatin1Char('=')))
            value = arguments.at(i).mid(flag.size() + 1);
    }
    return value;
}

QStringList SandboxProcess::fullArguments(const QString &port) const
{
    const QStringList variant = variantArguments();
    QStringList args{QStringLiteral("--port"), port};
    if (!m_arguments.contains(QStringLiteral("--data")) && !variant.contains(QStringLiteral("--data")))
        args << QStringLiteral("--data") << QStringLiteral(":memory:");
    // The variant before the test's own arguments, so that the test's win.
    args << QStringLiteral("--test-controls") << variant << m_arguments;
#ifdef Q_OS_WIN
    if (!m_urlFile.isEmpty())
        return forUnix(args) << QStringLiteral("--url-file") << m_urlFile;
#endif
    return args;
}

bool SandboxProcess::start(const QStringList &arguments, QString *error)
{
    m_arguments = arguments;
#ifdef Q_OS_WIN
    // A Windows build without QtHttpServer runs the Linux kmsandbox ("Z:/…", tests/CMakeLists.txt),
    // whose standard output reaches no Windows pipe under Wine: it writes its URL to a file too.
    static int started = 0;
    if (runsUnixPrograms())
        m_urlFile = QStringLiteral("/tmp/kmsandbox-url-%1-%2.txt").arg(QCoreApplication::applicationPid()).arg(++started);
#endif
    m_process->setProgram(executable());
    m_process->setArguments(fullArguments(QStringLiteral("0")));
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        if (error)
            *error = m_process->errorString();
        return false;
    }
    const QByteArray line = waitForListening(60000); // seeding a large audit takes a while
    if (!line.startsWith("listening on ")) {
        if (error)
            *error = QStringLiteral("kmsandbox did not start: %1 %2")
                         .arg(QString::fromUtf8(line), QString::fromUtf8(m_process->readAllStandardError()));
        stop();
        return false;
    }
    m_url = QUrl(QString::fromUtf8(line.mid(13)));
    return true;
}

bool SandboxProcess::restart(QString *error, const std::optional<QStringList> &arguments)
{
    const QString port = QString::number(m_url.port());
    stop();
    if (arguments)
        m_arguments = *arguments;
        // Keep the port so that a console pointed at it finds the server again.
#ifdef Q_OS_WIN
    // Wine never tells a QProcess that the Linux kmsandbox it started has ended: a fresh one.
    if (!m_urlFile.isEmpty())
        m_process = std::make_unique<QProcess>();
#endif
    m_process->setProgram(executable());
    m_process->setArguments(fullArguments(port));
    m_process->start();
    if (!m_process->waitForStarted(10000) || !waitForListening(30000).startsWith("listening on ")) {
        if (error)
            *error = QStringLiteral("kmsandbox did not restart: %1").arg(QString::fromUtf8(m_process->readAllStandardError()));
        return false;
    }
    return true;
}

QByteArray SandboxProcess::waitForListening(int milliseconds)
{
    QDeadlineTimer deadline(milliseconds);
    while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
        if (m_process->canReadLine())
            return m_process->readLine().trimmed();
#ifdef Q_OS_WIN
        // The Linux kmsandbox that Wine started writes to no Windows pipe: its --url-file instead.
        QFile urlFile(QLatin1String("Z:") + m_urlFile);
        if (!m_urlFile.isEmpty() && urlFile.open(QIODevice::ReadOnly)) {
            const QByteArray url = urlFile.readAll().trimmed();
            urlFile.close();
            urlFile.remove();
            return "listening on " + url;
        }
        if (!m_process->waitForReadyRead(100))
            QThread::msleep(50); // a pipe that will never be ready returns at once
#else
        m_process->waitForReadyRead(100);
#endif
    }
    return QByteArray();
}

void SandboxProcess::stop()
{
    if (m_process->state() == QProcess::NotRunning)
        return;
#ifdef Q_OS_WIN
    // No SIGTERM on Windows: the sandbox's own test control ends it the same way (its store
    // closes). A Linux kmsandbox that Wine started gives no handle to wait on: then its port
    // closing says that it has gone.
    QUrl shutdown = m_url;
    shutdown.setPath(m_url.path() + QStringLiteral("/sandbox/shutdown"));
    {
        // The sandbox's own certificate may be one no one trusts (the TLS tests): only here, ignored.
        QNetworkAccessManager network;
        QNetworkReply *reply = network.post(QNetworkRequest(shutdown), QByteArray());
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        delete reply;
    }
    QDeadlineTimer gone(10000);
    while (!gone.hasExpired()) {
        QTcpSocket probe;
        probe.connectToHost(m_url.host(), quint16(m_url.port()));
        if (!probe.waitForConnected(500))
            break;
        probe.abort();
        QThread::msleep(50); // polling a port that nothing signals
    }
#else
    ::kill(pid_t(m_process->processId()), SIGTERM);
#endif
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool SandboxProcess::setFaults(const QJsonObject &faults)
{
    QUrl url = m_url;
    url.setPath(m_url.path() + QStringLiteral("/sandbox/faults"));
    return httpRequest("POST", url, QJsonDocument(faults).toJson(), "application/json").status == 200;
}

QJsonObject SandboxProcess::stats()
{
    QUrl url = m_url;
    url.setPath(m_url.path() + QStringLiteral("/sandbox/stats"));
    return httpRequest("GET", url).object();
}

int SandboxProcess::requestCount(const QString &methodAndPath)
{
    // The sandbox keys its counts as "METHOD /path", the path lower-cased.
    const QString key =
        methodAndPath.section(QLatin1Char(' '), 0, 0).toUpper() + QLatin1Char(' ') + methodAndPath.section(QLatin1Char(' '), 1).toLower();
    return stats().value(QStringLiteral("requests")).toObject().value(key).toInt();
}

int SandboxProcess::apiRequestCount()
{
    const QJsonObject requests = stats().value(QStringLiteral("requests")).toObject();
    int total = 0;
    for (auto it = requests.begin(); it != requests.end(); ++it) {
        if (!it.key().contains(QLatin1String(" /sandbox/")))
            total += it.value().toInt();
    }
    return total;
}

HttpResult httpRequest(const QByteArray &verb, const QUrl &url, const QByteArray &body, const QByteArray &contentType,
                       const QByteArray &bearer, int timeoutMs)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result;
    if (reply->isFinished()) {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    } else {
        reply->abort();
    }
    delete reply;
    return result;
}

QByteArray sandboxToken(const QUrl &base, const QString &user, const QString &password)
{
    QUrl url = base;
    url.setPath(base.path() + QStringLiteral("/oauth2/token"));
    const QByteArray form =
        "grant_type=password&username=" + QUrl::toPercentEncoding(user) + "&password=" + QUrl::toPercentEncoding(password);
    return httpRequest("POST", url, form, "application/x-www-form-urlencoded")
        .object()
        .value(QStringLiteral("access_token"))
        .toString()
        .toLatin1();
}

bool runningUnderWine()
{
#ifdef Q_OS_WIN
    return ::GetProcAddress(::GetModuleHandleW(L"ntdll.dll"), "wine_get_version") != nullptr;
#else
    return false;
#endif
}

int runHostProgram(const QString &program, const QStringList &arguments, const QString &workingDirectory, int timeoutMs)
{
#ifdef Q_OS_WIN
    if (runningUnderWine() && !program.endsWith(QLatin1String(".exe"), Qt::CaseInsensitive)) {
        QTemporaryDir dir;
        const QString status = dir.filePath(QStringLiteral("status"));
        // sh -c SCRIPT sh DIRECTORY STATUS PROGRAM ARGUMENTS...: the status file appears whole (mv).
        const QString script =
            QStringLiteral("cd \"$1\" || exit; status=$2; shift 2; \"$@\"; echo $? >\"$status.part\"; mv \"$status.part\" \"$status\"");
        QStringList shell{QStringLiteral("-c"),      script,          QStringLiteral("sh"),
                          forUnix(workingDirectory), forUnix(status), QDir::fromNativeSeparators(program)};
        shell << forUnix(arguments);
        if (!dir.isValid() || !QProcess::startDetached(QStringLiteral("Z:/bin/sh"), shell))
            return -1;
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            QFile file(status);
            if (file.open(QIODevice::ReadOnly))
                return file.readAll().trimmed().toInt();
            QThread::msleep(50); // polling a file that nothing signals
        }
        return -1;
    }
#endif
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    return process.exitCode();
}

bool makeSelfSignedCertificate(const QString &certPath, const QString &keyPath, const QString &commonName)
{
#ifdef Q_OS_WIN
    if (runsUnixPrograms())
        return runUnixOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                               QStringLiteral("-nodes"), QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath,
                               QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName},
                              certPath);
#endif
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath, QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName});
    return openssl.waitForFinished(60000) && openssl.exitStatus() == QProcess::NormalExit && openssl.exitCode() == 0;
}

bool makeCaSignedCertificate(const QString &caPath, const QString &certPath, const QString &keyPath)
{
    const QString dir = QFileInfo(certPath).absolutePath();
    const QString caKey = dir + QStringLiteral("/ca.key"), csr = dir + QStringLiteral("/server.csr"),
                  ext = dir + QStringLiteral("/san.ext");
    QFile extFile(ext);
    if (!extFile.open(QIODevice::WriteOnly))
        return false;
    extFile.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n");
    extFile.close();
    auto run = [&](const QStringList &args) {
#ifdef Q_OS_WIN
        if (runsUnixPrograms()) // each step's last file: the CA, the request, the certificate
            return runUnixOpenssl(args, args.contains(QStringLiteral("-CA"))     ? certPath
                                        : args.contains(QStringLiteral("-x509")) ? caPath
                                                                                 : csr);
#endif
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), args);
        return openssl.waitForFinished(60000) && openssl.exitStatus() == QProcess::NormalExit && openssl.exitCode() == 0;
    };
    return run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                QStringLiteral("-nodes"), QStringLiteral("-keyout"), caKey, QStringLiteral("-out"), caPath, QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=kmconsole test CA"), QStringLiteral("-addext"),
                QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")})
           && run({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), csr, QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1")})
           && run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr, QStringLiteral("-CA"), caPath,
                   QStringLiteral("-CAkey"), caKey, QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), certPath,
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), ext});
}

} // namespace km
