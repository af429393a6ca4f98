#pragma once

#include "api/ApiClient.h"

#include "models/ConfigAuditModel.h"
#include "models/ConfigFieldsModel.h"

#include "usecases/SavePlan.h"

#include <QObject>
#include <QPointer>

namespace km {

class Session;

// The key management configuration of one server: loads it into the editor's model, saves the
// administrator's edits (one PUT per click, only whole configurations, only type ids the server
// has shown or the administrator gave), learns the server's type ids from every reply, follows
// the maintenance that a save starts, and pages the change history. Guards against double work:
// a save is never sent while one is in flight, and a history page that arrives after a newer one
// was asked for is dropped.
class ConfigurationService : public QObject
{
    Q_OBJECT

public:
    enum Operation { Load, LoadDefaults, Save, History };
    Q_ENUM(Operation)

    explicit ConfigurationService(Session *session, QObject *parent = nullptr);

    Session *session() const { return m_session; }
    ConfigFieldsModel *fields() const { return m_fields; }
    ConfigAuditModel *history() const { return m_history; }

    // Reads the server's configuration. A reply that arrives while the administrator has edits
    // never replaces them: it is kept aside (serverCopyChanged) until they load it or save.
    void load();
    void loadDefaults();
    bool hasNewerServerCopy() const { return m_serverCopy.has_value(); }
    void loadServerCopy(); // the administrator's choice: their edits go, the server's copy comes
    bool isLoading() const { return m_loading; }
    bool isSaving() const { return m_saving; }

    // One name per type everywhere: the server's where it gave one.
    QString typeName(KeyManagementKind kind) const;
    // The id a save of this kind would send, if the server has shown one or the administrator gave one.
    std::optional<int> typeIdFor(KeyManagementKind kind) const;
    bool typeIdShownByServer(KeyManagementKind kind) const;
    // Why an id the administrator typed for a kind is refused (one the server has shown for
    // another type, or the saved type's id when switching away from it), or empty.
    QString whyTypeIdRefused(KeyManagementKind kind, int id) const;
    // Takes the id unless whyTypeIdRefused() says no; returns the refusal, or empty.
    QString setTypeIdFromAdministrator(KeyManagementKind kind, int id);
    // Forgets what this server taught about type ids, without asking it; returns how many went.
    int forgetTypeIds();

    // Why Save cannot be used now, in a sentence; empty when it can.
    // The save as it stands: the type id and where it came from, the preview, whether it may go.
    SavePlan plan() const;
    QString whyCannotSave() const;
    bool canSave() const { return whyCannotSave().isEmpty(); }
    // Sends one PUT with the whole configuration of the edited type; false (nothing sent) when
    // it cannot (see whyCannotSave).
    bool save();
    SaveOutcome lastSaveOutcome() const { return m_lastOutcome; }

    // The change history: a page at a time, searchable and sortable on the server.
    void reloadHistory();
    void setHistorySearch(const QString &text);
    void setHistorySort(const SortOrder &sort);
    void historyNext();
    void historyPrevious();
    const ConfigAuditQuery &historyQuery() const { return m_historyQuery; }
    // false when the server has no history endpoint (Secret Server 11.2 answers 404).
    bool historyAvailable() const { return m_historyAvailable; }

Q_SIGNALS:
    void loaded();
    void defaultsLoaded();
    void saved(const SaveOutcome &outcome);
    void historyLoaded();
    void failed(ConfigurationService::Operation operation, const ApiError &error);
    void busyChanged();
    void serverCopyChanged(); // a newer server copy is kept aside, or no longer

private:
    KeyManagementKind learnFrom(const KeyManagementConfig &config);
    void readHistory(int request);

    Session *m_session;
    ApiClient *m_client;
    ConfigFieldsModel *m_fields;
    ConfigAuditModel *m_history;
    ConfigAuditQuery m_historyQuery;
    bool m_saving = false;
    bool m_loading = false;
    bool m_historyAvailable = true;
    int m_historyRequest = 0;
    SaveOutcome m_lastOutcome;
    std::optional<KeyManagementConfig> m_serverCopy;
};

} // namespace km
