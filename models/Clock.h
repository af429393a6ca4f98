#pragma once

#include <QDateTime>

// Time, behind a seam: poll back-off, token expiry and the rotation's time left are computed
// from a Clock, so tests move time forward instead of waiting for it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 monotonicMs() const = 0; // only differences mean anything
    virtual QDateTime utcNow() const = 0;

    static Clock *system(); // the real one; lives for the whole program
};
