#include "HostileServer.h"

#include <QDateTime>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace km {

HostileServer::Reply HostileServer::Reply::json(const QByteArray &body, int status)
{
    Reply r;
    r.status = status;
    r.body = body;
    return r;
}

HostileServer::HostileServer(QObject *parent) : QTcpServer(parent)
{
    listen(QHostAddress::LocalHost, 0);
    m_fallback = [](const Request &) { return Reply::json("{\"message\": \"No such route in this test.\"}", 404); };
    servePreflight();
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                if (socket->property("served").toBool())
                    return;
                const QByteArray data = socket->peek(1 << 20);
                const qsizetype headerEnd = data.indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                Request request;
                const QList<QByteArray> lines = data.left(headerEnd).split('\n');
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                request.method = first.value(0);
                const QUrl url(QString::fromLatin1(first.value(1)));
                request.path = url.path();
                request.query = QUrlQuery(url.query(QUrl::FullyEncoded));
                qint64 length = 0;
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const QByteArray line = lines.at(i).trimmed();
                    const qsizetype colon = line.indexOf(':');
                    if (colon <= 0)
                        continue;
                    const QByteArray name = line.left(colon).trimmed().toLower();
                    request.headers.insert(name, line.mid(colon + 1).trimmed());
                    if (name == "content-length")
                        length = line.mid(colon + 1).trimmed().toLongLong();
                }
                if (data.size() < headerEnd + 4 + length)
                    return; // the body is still coming
                request.body = data.mid(headerEnd + 4, length);
                socket->read(headerEnd + 4 + length);
                socket->setProperty("served", true);
                serve(socket, request);
            });
        }
    });
}

QString HostileServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/SecretServer").arg(serverPort());
}

void HostileServer::route(const QString &methodAndPath, Handler handler)
{
    m_routes.emplace(methodAndPath, std::move(handler)); // QHash::insert() takes no rvalue: it would copy
}

void HostileServer::routeJson(const QString &methodAndPath, const QByteArray &body, int status)
{
    route(methodAndPath, [body, status](const Request &) { return Reply::json(body, status); });
}

void HostileServer::acceptAnyPassword()
{
    routeJson(QStringLiteral("POST /oauth2/token"),
              "{\"access_token\": \"hostile-token\", \"token_type\": \"bearer\", \"expires_in\": 86400}");
}

void HostileServer::servePreflight()
{
    // As the sandbox answers them by default: every check passes (one healthy node, a backup an hour old).
    const auto iso = [](const QDateTime &utc) { return utc.toString(Qt::ISODate).toUtf8(); };
    route(QStringLiteral("GET /api/v1/healthcheck"), [iso](const Request &) {
        return Reply::json("{\"healthy\": true, \"databaseHealthy\": true, \"serviceBusHealthy\": true, \"storageAccountHealthy\": true, "
                           "\"readOnlyMode\": false, \"utcNow\": \""
                           + iso(QDateTime::currentDateTimeUtc()) + "\"}");
    });
    route(QStringLiteral("GET /api/v1/nodes"), [iso](const Request &) {
        return Reply::json("[{\"nodeId\": 1, \"machineName\": \"HOSTILE-1\", \"binaryVersion\": \"11.2.2\", \"isCurrentNode\": true, "
                           "\"readonlyModeEnabled\": false, \"lastConnected\": \""
                           + iso(QDateTime::currentDateTimeUtc()) + "\"}]");
    });
    routeJson(QStringLiteral("GET /api/v1/configuration/security/rotate-secret-keys-status"),
              "{\"lastRequestDate\": null, \"lastRunDate\": null, \"lastStatus\": null, \"message\": null, \"progressStatus\": null}");
    route(QStringLiteral("GET /api/v2/configuration/backup-logs"), [iso](const Request &) {
        return Reply::json("{\"records\": [{\"backupTime\": \"" + iso(QDateTime::currentDateTimeUtc().addSecs(-3600))
                           + "\", \"success\": true, \"displayName\": \"System\", \"notes\": \"Backup completed.\"}], "
                             "\"sortBy\": [{\"name\": \"backupTime\", \"direction\": \"Desc\", \"priority\": 0}]}");
    });
}

int HostileServer::count(const QString &methodAndPath) const
{
    int n = 0;
    for (const Request &r : m_requests) {
        if (QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path.mid(13) == methodAndPath)
            ++n;
    }
    return n;
}

void HostileServer::serve(QTcpSocket *socket, const Request &request)
{
    m_requests.append(request);
    const QString key = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path.mid(int(qstrlen("/SecretServer")));
    const Reply reply = m_routes.contains(key) ? m_routes.value(key)(request) : m_fallback(request);
    if (reply.mode == Reply::Silent)
        return;
    QPointer<QTcpSocket> guard(socket);
    auto send = [guard, reply] {
        if (!guard)
            return;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Hostile\r\nContent-Type: " + reply.contentType + "\r\n";
        for (const auto &[name, value] : reply.headers)
            head += name + ": " + value + "\r\n";
        if (reply.mode == Reply::Endless)
            head += "Content-Length: 1000000000000\r\n";
        else if (reply.declareLength)
            head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
        head += "Connection: close\r\n\r\n";
        guard->write(head);
        switch (reply.mode) {
        case Reply::Normal:
            guard->write(reply.body);
            guard->disconnectFromHost();
            break;
        case Reply::CloseAfter:
            guard->write(reply.body.left(reply.cutAt));
            guard->flush();
            guard->disconnectFromHost();
            break;
        case Reply::StallAfter: guard->write(reply.body.left(reply.cutAt)); break;
        case Reply::Endless: {
            auto *timer = new QTimer(guard);
            const QByteArray chunk = reply.body.isEmpty() ? QByteArray(64LL * 1024, ' ') : reply.body;
            QObject::connect(timer, &QTimer::timeout, guard, [guard, chunk] {
                if (guard && guard->bytesToWrite() < 4LL * 1024 * 1024)
                    guard->write(chunk);
            });
            timer->start(1);
            break;
        }
        case Reply::Silent: break;
        }
    };
    if (reply.delayMs > 0)
        QTimer::singleShot(reply.delayMs, socket, send);
    else
        send();
}

} // namespace km
