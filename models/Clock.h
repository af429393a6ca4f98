#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace km {

class ClockTimer;

// Time, behind a seam: poll back-off, token expiry, the rotation's time left and every timer that
// decides what happens next (ClockTimer) run on a Clock, so tests move time forward instead of
// waiting for it. The system clock is the only place that reads the wall clock (tst_rules).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 monotonicMs() const = 0; // only differences mean anything
    virtual QDateTime utcNow() const = 0;

    static Clock *system(); // the real one; lives for the whole program

protected:
    friend class ClockTimer;
    // A clock that moves only when told (a test's) fires its timers itself: true, and it is told of
    // each start and stop. The system clock leaves them to Qt's event loop.
    virtual bool firesTimers() const { return false; }
    virtual void timerStarted(ClockTimer *) {}
    virtual void timerStopped(ClockTimer *) {}
    static void fire(ClockTimer *timer);
};

// A timer on a Clock, with the part of QTimer's interface the services use. On the system clock it
// is a QTimer; on a test's clock it fires when the test advances time past it.
class ClockTimer : public QObject
{
    Q_OBJECT

public:
    explicit ClockTimer(QObject *parent = nullptr);
    ~ClockTimer() override;

    // Stops the timer: a running one would otherwise fire on the old clock's time.
    void setClock(Clock *clock);
    Clock *clock() const { return m_clock; }
    void setSingleShot(bool singleShot) { m_singleShot = singleShot; }
    bool isSingleShot() const { return m_singleShot; }
    void setInterval(std::chrono::milliseconds interval) { m_interval = interval.count(); }
    void setInterval(int ms) { m_interval = ms; }
    void start();
    void start(std::chrono::milliseconds interval);
    void start(int ms) { start(std::chrono::milliseconds(ms)); }
    void stop();
    bool isActive() const { return m_dueMs >= 0; }
    // Milliseconds until it fires, 0 when due; -1 when it is not active.
    qint64 remainingTime() const;
    qint64 dueMs() const { return m_dueMs; } // on its clock's monotonic time

Q_SIGNALS:
    void timeout();

private:
    friend class Clock;
    void fire();

    Clock *m_clock;
    QTimer m_qtTimer; // used on the system clock only
    qint64 m_interval = 0;
    qint64 m_dueMs = -1;
    bool m_singleShot = false;
};

} // namespace km
