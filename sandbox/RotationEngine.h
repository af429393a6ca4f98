#pragma once

#include "sandbox/SandboxStore.h"

#include <QObject>
#include <QTimer>

namespace km {

// Walks a master encryption key rotation through the statuses of api.md, one step per tick,
// persisting every change and appending a rotation-audit record for it. Can be told to fail at a
// chosen status (once) so that retry can be exercised.
class RotationEngine : public QObject
{
    Q_OBJECT

public:
    // Status indexes (api.md order).
    enum {
        NeverRun,
        RotationRequested,
        KeyRotationStarted,
        KeyRotationCompleted,
        PendingRestart,
        MarkDataStarted,
        MarkDataCompleted,
        DataRotationStarted,
        DataRotationCompleted,
        SessionDataRotationStarted,
        SessionDataRotationCompleted,
        FailedBeforeRotation,
        FailedAfterRotation
    };
    static constexpr int dataTicks = 4; // DataRotationStarted lasts this many steps, items counting down

    RotationEngine(SandboxStore *store, int stepMs, QObject *parent = nullptr);

    void setFailAt(int status) { m_failAt = status; }
    void setStepMs(int ms) { m_timer.setInterval(ms); } // a running rotation's next step comes after ms
    void setReplicationEnabled(bool on) { m_replication = on; }
    bool replicationEnabled() const { return m_replication; }

    // Empty on success; otherwise the reason, for a 400.
    QString start(const SandboxStore::User &by);
    QString retry(const SandboxStore::User &by);
    bool isActive() const;
    SandboxStore::Rotation state() const { return m_state; }
    void resumeIfActive(); // after a restart

    static QString statusName(int status);
    static int statusFromName(const QString &name); // -1 if unknown

private:
    void tick();
    void enter(int status, const QString &action, const QString &notes);
    bool failHere();

    SandboxStore *m_store;
    SandboxStore::Rotation m_state;
    QTimer m_timer;
    int m_failAt = -1;
    bool m_replication = false;
};

} // namespace km
