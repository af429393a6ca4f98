#pragma once

#include <QByteArray>
#include <QTcpServer>

namespace km {

// A loopback TCP server that answers every request with one canned raw HTTP response, or never
// answers at all: for the replies no honest sandbox sends (HTML, broken JSON, silence).
class CannedHttpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit CannedHttpServer(QObject *parent = nullptr);
    void setResponse(int status, const QByteArray &contentType, const QByteArray &body);
    void setSilent(bool silent) { m_silent = silent; }
    QString baseUrl() const;
    int requestsSeen() const { return m_requests; }

private:
    QByteArray m_response;
    bool m_silent = false;
    int m_requests = 0;
};

} // namespace km
