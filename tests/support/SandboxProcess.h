#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>
#include <optional>

// A real kmsandbox on a free loopback port, for the duration of a test. start() waits for its
// "listening on URL" line; the destructor stops it with SIGTERM.
class SandboxProcess
{
public:
    SandboxProcess() = default;
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Extra arguments go after "--port 0" (and "--data :memory:" unless they name --data).
    bool start(const QStringList &arguments = {}, QString *error = nullptr);
    // Same port; the same arguments unless new ones are given (a changed certificate, say).
    bool restart(QString *error = nullptr, const std::optional<QStringList> &arguments = std::nullopt);
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    QUrl url() const { return m_url; }      // the base URL it printed
    QString urlText() const { return m_url.toString(); }
    quint16 port() const { return quint16(m_url.port()); }

    // The sandbox's test controls (POST {base}/sandbox/faults, GET {base}/sandbox/stats).
    bool setFaults(const QJsonObject &faults);
    QJsonObject stats();
    int requestCount(const QString &methodAndPath); // e.g. "PUT /api/v1/key-management/startmekrotation"

    static QString executable();

private:
    QProcess m_process;
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

HttpResult httpRequest(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                       const QByteArray &contentType = {}, const QByteArray &bearer = {}, int timeoutMs = 15000);
// Signs in with the password grant and returns the access token (empty on failure).
QByteArray sandboxToken(const QUrl &base, const QString &user = QStringLiteral("admin"),
                        const QString &password = QStringLiteral("sandbox"));

// A self-signed RSA certificate and key (PEM) made with the openssl command, for HTTPS tests.
bool makeSelfSignedCertificate(const QString &certPath, const QString &keyPath, const QString &commonName);
// A private certificate authority (caPath) and a server certificate it signed for 127.0.0.1
// (certPath, keyPath): what an enterprise's own CA looks like, for --ca-file tests.
bool makeCaSignedCertificate(const QString &caPath, const QString &certPath, const QString &keyPath);
