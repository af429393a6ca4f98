#pragma once

#include "sandbox/RotationEngine.h"
#include "sandbox/SecretKeyRotation.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxStore.h"

#include <QAbstractHttpServer>
#include <QDeadlineTimer>
#include <QHash>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <functional>

namespace km {

// The Secret Server key-management API over QHttpServer: routing from one table, OAuth2 tokens,
// validation, paging envelopes, error bodies, the Delinea Platform's token and vault list, and
// fault injection. Every path is matched here by hand so that the base path, 404 and 405 behave
// as an IIS-hosted Secret Server does.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    SandboxServer(SandboxStore *store, RotationEngine *engine, SandboxOptions options, QObject *parent = nullptr);
    // scheme://host:port once listening: the platform's vault list points there.
    void setRootUrl(const QString &rootUrl) { m_rootUrl = rootUrl; }

    struct Response
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
        // A reply that is decided later (a Duo push): after holdMs, afterHold gives the answer.
        int holdMs = 0;
        std::function<Response()> afterHold;
    };

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    using Params = QHash<QString, QString>; // lower-cased names, decoded values
    using Method = QHttpServerRequest::Method;

    struct Call
    {
        const QHttpServerRequest &request;
        Method method;
        SandboxUser user; // for API routes, who the token belongs to
        Params params;    // the query string
    };
    using Handler = Response (SandboxServer::*)(const Call &);

    // Who may reach a route: anyone (token, health), a bearer of a Secret Server token (with
    // injected faults), the tests (--test-controls), or the platform (--serve-platform).
    enum class Access { Open, Api, TestControl, Platform };
    struct Route
    {
        QLatin1String path; // lower case; under the base path, or at the root for Access::Platform
        QList<Method> methods;
        Handler handler = nullptr;
        Access access = Access::Open;
    };
    static const QList<Route> &routes();
    const Route *findRoute(const QString &path) const;
    bool isServed(const Route &route) const;

    Response route(const QHttpServerRequest &request, const Route *route);
    Response token(const Call &call);
    Response issueTokens(int userId);
    Response healthcheck(const Call &call);
    Response nodes(const Call &call);
    Response backupLogs(const Call &call);
    Response version(const Call &call);
    Response expireToken(const Call &call);
    Response config(const Call &call);
    Response stub(const Call &call);
    Response putConfig(const Call &call);
    Response configAudit(const Call &call);
    Response rotationInfo(const Call &call);
    Response startRotation(const Call &call);
    Response retryRotation(const Call &call);
    Response rotationAudit(const Call &call);
    Response auditUsers(const Call &call);
    Response rotateSecretKeys(const Call &call);
    Response secretKeysStatus(const Call &call);
    Response cancelSecretKeys(const Call &call);
    Response stats(const Call &call);
    Response faults(const Call &call);
    Response shutdown(const Call &call);
    Response platformToken(const Call &call);
    Response platformVaults(const Call &call);
    Response platformHealth(const Call &call);

    int sessionUserOf(const QHttpServerRequest &request, bool *expired) const;
    Response configResponse(const SandboxStore::Config &config) const;
    int typeIdOf(int kind) const;
    int kindOfTypeId(int typeId) const; // -1 for an id that is none of the three
    QString typeNameOf(int kind) const;
    bool inMaintenance() const;
    Response accessDenied(const QString &message) const;

    static Params parseForm(const QByteArray &encoded);
    static Response json(const QJsonValue &value, int status = 200);
    static Response jsonBytes(QByteArray body); // 200 with JSON already written
    static Response badRequest(const QString &message, const QMap<QString, QStringList> &modelState = {});
    static Response forbidden(const QString &message);
    static Response serverError(const QString &message, const QString &exceptionMessage);
    QString newToken();

    SandboxStore *m_store;
    RotationEngine *m_engine;
    SandboxOptions m_options;
    QRandomGenerator m_random;
    QString m_rootUrl;
    QDeadlineTimer m_maintenanceEnds; // after a configuration save, with --maintenance-ms
    // The secret-key rotation: started by a save or POST rotate-secret-keys; maintenance lasts
    // while it runs too. Mutable: it settles (ends a run whose time has come) when asked.
    mutable SecretKeyRotation m_secretKeys;
    // Requests seen per "METHOD /path" of a known route ("other" for the rest), and the most that
    // were open at once: tests read them through GET {base}/sandbox/stats. Bounded by the table.
    QMap<QString, int> m_requestCounts;
    QMap<QString, int> m_openNow;
    QMap<QString, int> m_openMax;
    QMap<QString, int> m_failNext;  // "METHOD /path" -> answer the next N with 500
    QMap<QString, int> m_passFirst; // "METHOD /path" -> let N pass before failNext's begin
};

} // namespace km
