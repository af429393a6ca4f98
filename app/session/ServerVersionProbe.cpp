#include "session/ServerVersionProbe.h"

namespace km {

ServerVersionProbe::ServerVersionProbe(ApiClient *client, QObject *parent) : QObject(parent), m_client(client)
{}

void ServerVersionProbe::reset()
{
    m_replies.supersede();
    if (m_call)
        m_call->cancel();
    m_call = nullptr;
    const bool wasKnown = m_known;
    m_known = false;
    m_version = ServerVersion();
    m_configAuditMissing = false;
    if (wasKnown)
        Q_EMIT changed();
    // Whoever asked during the sign-in (the window, as soon as the client had a token) waits for
    // this session's answer: ask it now.
    if (!m_waiting.isEmpty())
        ask();
}

QString ServerVersionProbe::displayText() const
{
    return m_version.text.isEmpty() ? tr("unknown") : m_version.text;
}

void ServerVersionProbe::whenKnown(QObject *context, std::function<void()> done)
{
    if (m_known) {
        done();
        return;
    }
    m_waiting.append({QPointer<QObject>(context), std::move(done)});
    if (!m_call)
        ask();
}

void ServerVersionProbe::ask()
{
    const ReplyGuard::Ticket ticket = m_replies.ticket();
    m_call = m_client->getVersion(this, [this, ticket](const ApiResult<ServerVersion> &r) {
        if (!m_replies.isCurrent(ticket))
            return;
        m_call = nullptr;
        m_known = true;
        m_version = r.ok() ? r.value : ServerVersion(); // a failure is "unknown" for this session
        Q_EMIT changed();
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto &[waiter, callback] : waiting) {
            if (waiter)
                callback();
        }
    });
}

bool ServerVersionProbe::mayAskConfigAudit() const
{
    switch (m_version.configAudit()) {
    case ServerVersion::Offer::No: return false;
    case ServerVersion::Offer::Yes: return true;
    case ServerVersion::Offer::AskOnce: break;
    }
    return !m_configAuditMissing;
}

} // namespace km
