#pragma once

#include "api/ApiClient.h"

#include <QObject>
#include <QPointer>

// Loads and saves the key management configuration and pages its change history. It guards
// against double work: a save is never sent while one is in flight, and a history page that
// arrives after a newer one was asked for is dropped.
class ConfigurationService : public QObject
{
    Q_OBJECT

public:
    enum Operation { Load, LoadDefaults, Save, History };
    Q_ENUM(Operation)

    explicit ConfigurationService(ApiClient *client, QObject *parent = nullptr);

    void load();
    void loadDefaults();
    bool save(const KeyManagementConfigUpdate &update); // false (and nothing sent) while saving
    void loadHistory(const ConfigAuditQuery &query);
    bool isSaving() const { return m_saving; }
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void loaded(const KeyManagementConfig &config);
    void defaultsLoaded(const KeyManagementConfig &stub);
    void saved(const KeyManagementConfig &config);
    void historyLoaded(const Page<ConfigAuditRecord> &page);
    void failed(ConfigurationService::Operation operation, const ApiError &error);
    void busyChanged();

private:
    ApiClient *m_client;
    bool m_saving = false;
    bool m_loading = false;
    int m_historyRequest = 0;
};
