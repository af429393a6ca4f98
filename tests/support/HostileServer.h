#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QTcpServer>
#include <QUrlQuery>
#include <functional>

class QTcpSocket;

namespace km {

// A loopback HTTP server that impersonates the API and misbehaves on cue, for the replies no
// honest sandbox sends: a body cut short, a body that never ends, a stall after the headers, a
// page that never advances, 429 with Retry-After, escape sequences in every string, an ignored
// sort. Each route answers through a handler that sees the request (method, path, query, headers,
// body) and returns what to do; every request is recorded.
class HostileServer : public QTcpServer
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    struct Reply
    {
        enum Mode {
            Normal,
            Silent,     // never answers
            CloseAfter, // sends cutAt bytes of the body, then closes the connection
            StallAfter, // sends cutAt bytes of the body, then nothing more
            Endless,    // sends the body again and again, forever
        };
        int status = 200;
        QByteArray contentType = "application/json; charset=utf-8";
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        Mode mode = Normal;
        qint64 cutAt = 0;
        bool declareLength = true; // Content-Length (the full length, also when cut short)
        int delayMs = 0;

        static Reply json(const QByteArray &body, int status = 200);
    };
    using Handler = std::function<Reply(const Request &)>;

    explicit HostileServer(QObject *parent = nullptr);

    QString baseUrl() const; // http://127.0.0.1:PORT/SecretServer
    // "GET /api/v1/key-management" (the part after the base path, without the query).
    void route(const QString &methodAndPath, Handler handler);
    void routeJson(const QString &methodAndPath, const QByteArray &body, int status = 200);
    void setFallback(Handler handler) { m_fallback = std::move(handler); }
    // Drops every route, those served by default included: a server that is no Secret Server.
    void clearRoutes() { m_routes.clear(); }
    // Answers the token endpoint with a token that never expires and no refresh token.
    void acceptAnyPassword();
    // The reads of the checks before a rotation (health check, nodes, backup log, the secret-key
    // rotation's status), answered
    // as the default sandbox does, so that every check passes; routed from the start, and a test
    // replaces any of them with route().
    void servePreflight();

    const QList<Request> &requests() const { return m_requests; }
    int count(const QString &methodAndPath) const;

private:
    void serve(class QTcpSocket *socket, const Request &request);

    QHash<QString, Handler> m_routes;
    Handler m_fallback;
    QList<Request> m_requests;
};

} // namespace km
