#pragma once

#include <QtGlobal>

namespace km {

// The one way to drop a reply that a newer request, a restart or a cancel replaced: take a ticket
// as the request goes out; when the reply comes, it is acted on only if the ticket is still
// current. supersede() makes every ticket taken so far stale. Used by every service that sends
// requests whose replies may arrive after the user moved on (RotationMonitor, the history reader,
// the exporter, the report, the version probe, each row of the Servers page).
class ReplyGuard
{
public:
    struct Ticket
    {
        quint64 value = 0;
    };

    Ticket ticket() const { return Ticket{m_current}; }
    bool isCurrent(Ticket ticket) const { return ticket.value == m_current; }
    void supersede() { ++m_current; }

private:
    quint64 m_current = 0;
};

} // namespace km
