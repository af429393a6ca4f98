#include "CannedHttpServer.h"

#include <QTcpSocket>

namespace km {

CannedHttpServer::CannedHttpServer(QObject *parent) : QTcpServer(parent)
{
    listen(QHostAddress::LocalHost, 0);
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                // One request per connection is all the tests send; answer once headers are in.
                if (!socket->property("seen").toBool() && socket->peek(1 << 16).contains("\r\n\r\n")) {
                    socket->setProperty("seen", true);
                    ++m_requests;
                    if (!m_silent) {
                        socket->write(m_response);
                        socket->disconnectFromHost();
                    }
                }
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

void CannedHttpServer::setResponse(int status, const QByteArray &contentType, const QByteArray &body)
{
    m_response = "HTTP/1.1 " + QByteArray::number(status) + " Canned\r\nContent-Type: " + contentType
                 + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

QString CannedHttpServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/SecretServer").arg(serverPort());
}

} // namespace km
