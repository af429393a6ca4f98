#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <functional>

class QNetworkReply;

// What one HTTP request is: verb, URL, body and how it may be retried.
struct RequestSpec
{
    QByteArray verb = "GET";
    QUrl url;
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool authenticated = true;
    // Only reads may be sent again after the token was renewed; a PUT is never sent twice.
    bool replayable = true;
};

// One logical call of ApiClient: it may wait for a token refresh and, for a read, be replayed once
// after one. Its handler runs exactly once (unless its context object is gone), and then the call
// deletes itself. cancel() aborts it; the handler then sees ApiError::Cancelled.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const ApiError &, const QJsonDocument &, int httpStatus)>;

    void cancel();
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished();

private:
    friend class ApiClient;
    ApiCall(RequestSpec spec, QObject *context, Handler handler, QObject *parent);
    void complete(const ApiError &error, const QJsonDocument &json, int httpStatus);

    RequestSpec m_spec;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    Handler m_handler;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    int m_attempts = 0;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_waitingForToken = false;
    QList<QSslError> m_sslErrors; // verification errors of this call that were not accepted
};
