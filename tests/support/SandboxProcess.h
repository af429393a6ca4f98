#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>
#include <memory>
#include <optional>

namespace km {

// A real kmsandbox on a free loopback port, for the duration of a test. start() waits for its
// "listening on URL" line; the destructor stops it with SIGTERM (POST /sandbox/shutdown on Windows).
//
// Every sandbox it starts gets --test-controls, then the arguments of the environment variable
// KMSANDBOX_VARIANT (split on whitespace, no quoting), then the test's own: so one test suite
// runs against another kind of server (KMSANDBOX_VARIANT="--access-denied 400 --ignore-sort"),
// and a test's own flags still win, since the sandbox keeps the last value of an option.
class SandboxProcess
{
public:
    SandboxProcess() = default;
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Extra arguments go after "--port 0", "--data :memory:" (unless they or the variant name
    // --data), "--test-controls" and the variant's arguments.
    bool start(const QStringList &arguments = {}, QString *error = nullptr);
    // Same port; the same arguments unless new ones are given (a changed certificate, say).
    bool restart(QString *error = nullptr, const std::optional<QStringList> &arguments = std::nullopt);
    void stop();
    bool isRunning() const { return m_process->state() == QProcess::Running; }

    QUrl url() const { return m_url; } // the base URL it printed
    QString urlText() const { return m_url.toString(); }
    quint16 port() const { return quint16(m_url.port()); }

    // The sandbox's test controls (POST {base}/sandbox/faults, GET {base}/sandbox/stats).
    bool setFaults(const QJsonObject &faults);
    QJsonObject stats();
    int requestCount(const QString &methodAndPath); // e.g. "PUT /api/v1/key-management/startmekrotation"
    int apiRequestCount();                          // every request but the test controls'

    static QString executable();

    // The variant every sandbox runs as (KMSANDBOX_VARIANT), for tests that adapt to it.
    static QStringList variantArguments();
    static bool variantHas(const QString &flag); // "--ignore-sort", or "--access-denied" for a valued one
    // The variant's last value of a valued flag ("--type-ids" -> "none=0,aws=5,azure=7"), else fallback.
    static QString variantValue(const QString &flag, const QString &fallback = QString());
    // The id the sandbox uses for a kind ("none", "aws", "azure"), which its variant may change; -1 if none.
    static int typeId(const QString &kind);

private:
    QStringList fullArguments(const QString &port) const;
    QByteArray waitForListening(int milliseconds); // its "listening on URL" line, or empty

#ifdef Q_OS_WIN
    QString m_urlFile; // the Linux kmsandbox's --url-file, a Unix path (Z: on the Windows side)
#endif

    std::unique_ptr<QProcess> m_process = std::make_unique<QProcess>();
    QStringList m_arguments;
    QUrl m_url;
};

// Synchronous HTTP for tests that talk to the sandbox without the console's client.
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonObject object() const { return json().object(); }
};

HttpResult httpRequest(const QByteArray &verb, const QUrl &url, const QByteArray &body = {}, const QByteArray &contentType = {},
                       const QByteArray &bearer = {}, int timeoutMs = 15000);
// Signs in with the password grant and returns the access token (empty on failure).
QByteArray sandboxToken(const QUrl &base, const QString &user = QStringLiteral("admin"),
                        const QString &password = QStringLiteral("sandbox"));

// A self-signed RSA certificate and key (PEM) made with the openssl command, for HTTPS tests.
// Whether this Windows test runs under Wine (ntdll exports wine_get_version): a test may be skipped
// there only where Wine lacks the Windows API it uses, and says which (README, Windows).
bool runningUnderWine();

// Runs a program of the build machine (Debian's lupdate, a host tool like moc) and returns its exit
// code, or -1 if it did not start or end within timeoutMs. A Windows test under Wine starts a Unix
// program (a path that is not a .exe) through /bin/sh, which leaves its exit code in a file: Wine
// gives no handle to wait for a Unix process. Elsewhere, a QProcess.
int runHostProgram(const QString &program, const QStringList &arguments, const QString &workingDirectory, int timeoutMs);

bool makeSelfSignedCertificate(const QString &certPath, const QString &keyPath, const QString &commonName);
// A private certificate authority (caPath) and a server certificate it signed for 127.0.0.1
// (certPath, keyPath): what an enterprise's own CA looks like, for --ca-file tests.
bool makeCaSignedCertificate(const QString &caPath, const QString &certPath, const QString &keyPath);

} // namespace km
