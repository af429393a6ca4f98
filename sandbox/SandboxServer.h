#pragma once

#include "RotationEngine.h"
#include "SandboxStore.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>

struct SandboxOptions
{
    QString basePath = QStringLiteral("/SecretServer");
    QString password = QStringLiteral("sandbox");
    int tokenTtlSeconds = 1200;
    int latencyMs = 0;
    double failRate = 0.0;
    bool replication = false;
    quint32 randomSeed = 0; // 0: random; otherwise the --fail-rate draws are repeatable
    QString oneTimeCode;    // when set, the admin account must also send it in the OTP header
    int maxTake = 1000;     // the largest page the server serves
};

// The Secret Server key-management API over QHttpServer: routing, OAuth2 tokens, validation,
// paging envelopes, error bodies, and fault injection (latency, 500s). Every route is matched
// here by hand so that the base path, 404 and 405 behave as an IIS-hosted Secret Server does.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    SandboxServer(SandboxStore *store, RotationEngine *engine, SandboxOptions options, QObject *parent = nullptr);

    struct Response
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json; charset=utf-8";
    };

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    using Params = QHash<QString, QString>; // lower-cased names, decoded values

    Response route(const QHttpServerRequest &request);
    Response token(const QHttpServerRequest &request);
    Response authenticate(const QHttpServerRequest &request, SandboxStore::User &user);
    Response getConfig(bool stub);
    Response putConfig(const QHttpServerRequest &request, const SandboxStore::User &user);
    Response configAudit(const Params &params);
    Response rotationInfo(const SandboxStore::User &user);
    Response rotationAudit(const Params &params);
    Response stats();
    Response faults(const QHttpServerRequest &request);

    static Params parseForm(const QByteArray &encoded);
    static Response json(const QJsonValue &value, int status = 200);
    static Response badRequest(const QString &message, const QMap<QString, QStringList> &modelState = {});
    static Response forbidden(const QString &message);
    static Response serverError(const QString &message, const QString &exceptionMessage);
    QString newToken();

    SandboxStore *m_store;
    RotationEngine *m_engine;
    SandboxOptions m_options;
    QRandomGenerator m_random;
    // Requests seen per "METHOD /path" (under the base path), and the most that were open at once:
    // tests read them through GET {base}/sandbox/stats.
    QMap<QString, int> m_requestCounts;
    QMap<QString, int> m_openNow;
    QMap<QString, int> m_openMax;
    QMap<QString, int> m_failNext; // "METHOD /path" -> answer the next N with 500
};
