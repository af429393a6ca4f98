#include "session/ServerState.h"

#include "session/ServerVersionProbe.h"
#include "session/Settings.h"

#include <algorithm>
#include <utility>

namespace km {

ServerState::ServerState(Settings *settings, std::function<QUrl()> address, ServerVersionProbe *version, QObject *parent)
    : QObject(parent), m_settings(settings), m_address(std::move(address)), m_version(version)
{
    m_version->setParent(this);
}

void ServerState::loadTypes()
{
    m_types = m_settings->types(m_address());
}

KeyManagementTypes::Learned ServerState::learnType(int id, const QString &name)
{
    const KeyManagementTypes::Learned learned = m_types.learn(id, name);
    if (learned == KeyManagementTypes::Learned::Nothing)
        return learned;
    m_settings->setTypes(m_address(), m_types);
    Q_EMIT typesChanged();
    if (learned == KeyManagementTypes::Learned::Contradicted)
        Q_EMIT typesContradicted();
    return learned;
}

QString ServerState::setTypeFromAdministrator(KeyManagementKind kind, int id)
{
    QString refused = m_types.setFromAdministrator(kind, id);
    if (!refused.isEmpty())
        return refused;
    m_settings->setTypes(m_address(), m_types);
    Q_EMIT typesChanged();
    return QString();
}

int ServerState::forgetTypes()
{
    const int count = m_settings->forgetTypes(m_address());
    m_types = KeyManagementTypes();
    Q_EMIT typesChanged();
    return count;
}

void ServerState::setMaintenance(bool on)
{
    if (m_maintenance == on)
        return;
    m_maintenance = on;
    Q_EMIT maintenanceChanged(on);
}

void ServerState::setSecretKeyRotationRunning(const QString &why)
{
    if (m_secretKeyRun == why)
        return;
    m_secretKeyRun = why;
    Q_EMIT secretKeyRotationChanged();
}

void ServerState::setMayAdminister(bool may)
{
    if (m_mayAdminister == may)
        return;
    m_mayAdminister = may;
    Q_EMIT permissionChanged();
}

void ServerState::setRotationPolicyDays(int days)
{
    days = std::clamp(days, 1, 36500);
    if (days == m_policyDays)
        return;
    m_policyDays = days;
    Q_EMIT policyChanged(days);
}

} // namespace km
