#include "services/ConfigurationService.h"

ConfigurationService::ConfigurationService(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

void ConfigurationService::load()
{
    m_loading = true;
    Q_EMIT busyChanged();
    m_client->getConfig(this, [this](const ApiResult<KeyManagementConfig> &r) {
        m_loading = false;
        Q_EMIT busyChanged();
        if (r.ok())
            Q_EMIT loaded(r.value);
        else
            Q_EMIT failed(Load, r.error);
    });
}

void ConfigurationService::loadDefaults()
{
    m_client->getConfigStub(this, [this](const ApiResult<KeyManagementConfig> &r) {
        if (r.ok())
            Q_EMIT defaultsLoaded(r.value);
        else
            Q_EMIT failed(LoadDefaults, r.error);
    });
}

bool ConfigurationService::save(const KeyManagementConfigUpdate &update)
{
    if (m_saving)
        return false;
    m_saving = true;
    Q_EMIT busyChanged();
    m_client->updateConfig(update, this, [this](const ApiResult<KeyManagementConfig> &r) {
        m_saving = false;
        Q_EMIT busyChanged();
        if (r.ok())
            Q_EMIT saved(r.value);
        else
            Q_EMIT failed(Save, r.error);
    });
    return true;
}

void ConfigurationService::loadHistory(const ConfigAuditQuery &query)
{
    const int request = ++m_historyRequest;
    m_client->getConfigAudit(query, this, [this, request](const ApiResult<Page<ConfigAuditRecord>> &r) {
        if (request != m_historyRequest)
            return; // the user has asked for another page since
        if (r.ok())
            Q_EMIT historyLoaded(r.value);
        else
            Q_EMIT failed(History, r.error);
    });
}
