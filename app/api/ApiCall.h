#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <chrono>
#include <functional>

class QNetworkReply;

namespace km {

// What one HTTP request is: verb, URL, body, how long it may take, how large its answer may be,
// and how it may be repeated.
struct RequestSpec
{
    QByteArray verb = "GET";
    QUrl url;
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool authenticated = true;
    // Only reads may be sent again after the session was renewed; a write is never sent twice.
    bool replayable = true;
    // A read outside key management (the nodes, the backup log), which may need a permission the
    // key-management reads do not: a refusal of it is that permission missing, never taken as an
    // ended session because a key-management read worked.
    bool otherPermission = false;
    // The largest answer this endpoint can need; more is refused as ApiError::TooLarge.
    qint64 maxReplyBytes = 1 << 20;
    // 0: the client's default time-out.
    std::chrono::milliseconds timeout{0};
    // The caller decodes the raw body itself (a fast path for large pages); no JSON is parsed.
    bool rawBody = false;
};

// A finished HTTP exchange, as the decoders see it.
struct ApiReply
{
    int status = 0;
    QByteArray body; // the bytes as received (always set)
    QJsonValue json; // parsed unless the request asked for the raw body; scalars included
};

// One logical call of ApiClient: it may wait for a session renewal and, for a read, be replayed
// once after one. Its handler runs exactly once (unless its context object is gone), and then the
// call deletes itself. cancel() aborts it; the handler then sees ApiError::Cancelled.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const ApiError &, const ApiReply &)>;

    void cancel();
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished();

private:
    friend class ApiClient;
    ApiCall(RequestSpec spec, QObject *context, Handler handler, QObject *parent);
    void complete(const ApiError &error, const ApiReply &reply);

    RequestSpec m_spec;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    Handler m_handler;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    int m_attempts = 0;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_renewed = false;       // the session was renewed for this call once already
    QList<QSslError> m_sslErrors; // verification errors of this call that were not accepted
};

} // namespace km
