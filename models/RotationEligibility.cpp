#include "models/RotationEligibility.h"

namespace km {

RotationEligibility::RotationEligibility(const Context &c)
{
    QString blocker;
    if (!c.info)
        blocker = tr("The rotation state has not loaded yet.");
    else if (c.stale)
        blocker = tr("The server cannot be reached, so the state shown may be out of date.");
    else if (!c.secretKeys.isEmpty())
        blocker = c.secretKeys;
    else if (c.maintenance)
        blocker = tr("The server is re-encrypting its secret keys after a configuration change; it refuses changes until that finishes.");
    else if (c.acting)
        blocker = tr("A request to the server is under way.");

    if (c.info) {
        const RotationInfo &i = *c.info;
        m_checks = {
            {i.hasPermission, tr("your account may administer key management."),
             tr("Your account lacks the Administer Key Management permission.")},
            {!i.isActive(), tr("no rotation is running."), tr("A rotation is already running.")},
            {i.processState != ProcessState::Failed, tr("no failed rotation is waiting for a retry."),
             tr("The last rotation failed: retry it first.")},
            {!i.isReplicationEnabled, tr("geo-replication is off."), tr("Geo-replication is enabled.")},
            {i.canRequestRotation, tr("the server allows a rotation now."), tr("The server does not allow a rotation now.")},
        };
    }
    m_whyNotStart = blocker;
    for (const Check &check : std::as_const(m_checks)) {
        if (m_whyNotStart.isEmpty() && !check.passed)
            m_whyNotStart = check.whyNot;
    }

    m_whyNotRetry = blocker;
    if (m_whyNotRetry.isEmpty() && c.info) {
        const RotationInfo &i = *c.info;
        if (!i.hasPermission)
            m_whyNotRetry = tr("Your account lacks the Administer Key Management permission.");
        else if (!i.canRetryStatus)
            m_whyNotRetry = i.isActive() ? tr("The rotation is running; there is nothing to retry.")
                                         : tr("Nothing has failed, so there is nothing to retry.");
    }
}

} // namespace km
