#pragma once

#include "api/ApiClient.h"

#include "models/Backoff.h"
#include "models/Clock.h"
#include "models/ReplyGuard.h"

#include <QObject>

#include <chrono>
#include <optional>

namespace km {

class Session;

// What the two monitors of a server's long-running work share (RotationMonitor for the master
// encryption key, SecretKeyMonitor for the secret keys): one read polled on a ClockTimer, at the
// active pace while the work runs and the idle pace otherwise (0: not at all), never two polls in
// flight (a slow reply delays the next), the replies to polls sent before a stop or a write
// dropped (ReplyGuard), after an error the wait ReadRetry::waitAfter gives (the Backoff's next
// step, or the server's Retry-After when longer), and one write at a time (writeOnce).
class PollingMonitor : public QObject
{
    Q_OBJECT

public:
    Session *session() const { return m_session; }

    void setActiveInterval(std::chrono::milliseconds interval) { m_activeInterval = interval; }
    void setIdleInterval(std::chrono::milliseconds interval) { m_idleInterval = interval; } // 0: no idle polling

    void start(); // polls now, then on schedule
    void stop();
    void pollNow(); // "retry now"; nothing if a poll is already in flight
    bool isRunning() const { return m_running; }
    bool isPolling() const { return m_pollInFlight; }
    bool isActing() const { return m_acting; } // a write is on its way

    bool isConnectionLost() const { return m_lastError.isError(); }
    ApiError lastError() const { return m_lastError; }
    std::chrono::milliseconds currentBackoff() const { return m_backoff.current(); }
    std::chrono::milliseconds nextDelay() const { return m_nextDelay; } // the wait scheduled last
    // The wait scheduled last is the one the server asked for (Retry-After), not the console's own.
    bool isWaitingAsServerAsked() const { return m_serverAskedWait; }

protected:
    PollingMonitor(Session *session, QObject *parent);

    virtual void poll() = 0;               // sends the read: beginPoll, then takeReply and noteReply
    virtual bool atActivePace() const = 0; // the work runs (or is expected to)
    virtual Clock *timerClock() const;     // the session client's clock
    virtual void scheduled() {}            // a wait was scheduled
    virtual void stopped() {}              // stop() has stopped the poll timer
    virtual void changed() = 0;            // what the monitor shows has changed (its own signal)

    // The ticket of a poll going out; none while stopped or while one is in flight.
    std::optional<ReplyGuard::Ticket> beginPoll();
    // Whether a poll's reply is still current (one sent before a stop, a write or dropPolls is not);
    // a current one ends the poll in flight.
    bool takeReply(ReplyGuard::Ticket ticket);
    // A current reply's outcome: true on success (the error and the back-off cleared: apply it);
    // otherwise the error is kept (a cancelled request changes nothing).
    bool noteReply(const ApiError &error);
    void dropPolls(); // replies to the polls sent so far are dropped; a new one may go out
    void scheduleNext();

    // Sends one write (an ApiClient request) unless one is on its way (false: nothing sent). On
    // success its reply goes to applied and the next poll is scheduled from now; then
    // finished(error), then changed().
    template<typename T, typename Applied, typename Finished>
    bool writeOnce(ApiCall *(ApiClient::*send)(QObject *, ApiClient::Callback<T>), Applied applied, Finished finished)
    {
        if (m_acting)
            return false;
        m_acting = true;
        changed();
        (m_client->*send)(this, [this, applied, finished](const ApiResult<T> &r) {
            m_acting = false;
            if (r.ok()) {
                applied(r.value);
                if (m_running && !m_pollInFlight) { // follow it from here
                    m_timer.stop();
                    scheduleNext();
                }
            }
            finished(r.error);
            changed();
        });
        return true;
    }

    Session *m_session;
    ApiClient *m_client;
    Backoff m_backoff{std::chrono::milliseconds(2000), std::chrono::milliseconds(60000)};
    ClockTimer m_timer;
    ApiError m_lastError;

private:
    std::chrono::milliseconds m_activeInterval{2000};
    std::chrono::milliseconds m_idleInterval{30000};
    std::chrono::milliseconds m_nextDelay{0};
    bool m_serverAskedWait = false;
    bool m_running = false;
    bool m_pollInFlight = false;
    bool m_acting = false;
    ReplyGuard m_replies;
};

} // namespace km
