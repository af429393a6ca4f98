#include "api/ApiCall.h"

#include <QNetworkReply>

namespace km {

ApiCall::ApiCall(RequestSpec spec, QObject *context, Handler handler, QObject *parent)
    : QObject(parent), m_spec(std::move(spec)), m_context(context), m_hasContext(context != nullptr), m_handler(std::move(handler))
{
    m_timeout.setSingleShot(true);
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply && !m_reply->isFinished()) {
        m_reply->abort(); // the reply's finished() completes the call as Cancelled
        return;
    }
    if (m_reply) {
        // Finished, its signal not yet delivered: aborting now would only make Qt complain.
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    complete(ApiError(ApiError::Cancelled), {});
}

void ApiCall::complete(const ApiError &error, const ApiReply &reply)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    // A handler whose context (a page, a dialog) is gone must not run.
    if (m_handler && (!m_hasContext || m_context))
        m_handler(error, reply);
    m_handler = nullptr;
    Q_EMIT finished();
    deleteLater();
}

} // namespace km
