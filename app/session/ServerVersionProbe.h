#pragma once

#include "models/ReplyGuard.h"

#include "api/ApiClient.h"

#include "models/ServerVersion.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace km {

// Asks GET /v1/version once per signed-in session and keeps the answer, for the status bar,
// About, `config show`, the report, and the decision which paths this server may be asked for
// (ServerVersion::configAudit). Callers that need it wait with whenKnown(); a failed or
// unreadable answer is kept as "unknown" for the session, never asked again.
class ServerVersionProbe : public QObject
{
    Q_OBJECT

public:
    explicit ServerVersionProbe(ApiClient *client, QObject *parent = nullptr);

    // Forgets what the last session learned (a new sign-in).
    void reset();
    bool isKnown() const { return m_known; }
    const ServerVersion &version() const { return m_version; }
    // What the status bar, About and `config show` print: the server's text, or "unknown".
    QString displayText() const;

    // Calls done (on context's thread, unless context is gone) once the version is known;
    // asks the server the first time only.
    void whenKnown(QObject *context, std::function<void()> done);

    // The configuration audit: may it be asked of this server now? (Known version needed.)
    bool mayAskConfigAudit() const;
    // A 404 from it: not on this server, for the rest of the session.
    void noteConfigAuditMissing() { m_configAuditMissing = true; }

Q_SIGNALS:
    void changed();

private:
    void ask();

    ApiClient *m_client;
    ServerVersion m_version;
    bool m_known = false;
    bool m_configAuditMissing = false;
    QPointer<ApiCall> m_call;
    QList<QPair<QPointer<QObject>, std::function<void()>>> m_waiting;
    ReplyGuard m_replies;
};

} // namespace km
