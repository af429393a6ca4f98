#pragma once

#include "services/AuditPager.h"

#include "models/RotationHistory.h"

#include <QDate>
#include <QObject>

namespace km {

class ApiClient;
class RotationAuditModel;

// One rotation's own events, for the History page's events dialog. The audit cannot be asked for
// one rotation, but it can be asked for one day: the days the rotation ran (its first week at
// most) are walked through the AuditPager, its events kept, and the model filled oldest first.
// The dialog only renders the model and the outcome.
class RotationEventsReader : public QObject
{
    Q_OBJECT

public:
    explicit RotationEventsReader(ApiClient *client, QObject *parent = nullptr);

    void start(const RotationSummary &rotation);
    bool isRunning() const { return m_pager.isRunning(); }
    const RotationSummary &rotation() const { return m_rotation; }
    RotationAuditModel *model() const { return m_model; }
    int eventCount() const { return int(m_events.size()); }
    bool isCut() const { return m_cut; } // the rotation ran longer than the week read

Q_SIGNALS:
    // ok: the model holds every event of the days read. Otherwise reason says why, in one line.
    void finished(bool ok, const QString &reason);

private:
    void readDay();
    void dayRead(bool ok, const QString &reason);

    ApiClient *m_client;
    RotationAuditModel *m_model;
    RotationSummary m_rotation;
    QList<RotationAuditRecord> m_events;
    QDate m_day;
    QDate m_lastDay;
    bool m_cut = false;
    AuditPager m_pager;
};

} // namespace km
