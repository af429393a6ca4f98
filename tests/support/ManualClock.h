#pragma once

#include "models/Clock.h"

// Time that moves only when a test says so.
class ManualClock final : public Clock
{
public:
    qint64 monotonicMs() const override { return m_ms; }
    QDateTime utcNow() const override { return m_epoch.addMSecs(m_ms); }
    void advance(qint64 ms) { m_ms += ms; }

private:
    qint64 m_ms = 1000000;
    QDateTime m_epoch = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
};
