#include "services/ConfigurationService.h"

#include "session/Session.h"
#include "usecases/ConfigurationReading.h"

#include "models/KeyManagementTypes.h"

namespace km {

ConfigurationService::ConfigurationService(Session *session, QObject *parent)
    : QObject(parent), m_session(session), m_client(session->client()), m_fields(new ConfigFieldsModel(this)),
      m_history(new ConfigAuditModel(this))
{
    m_historyQuery.take = 10;
    m_historyQuery.sort = {QStringLiteral("dateRecorded"), true};
    // Whether a save may go: maintenance holds it back. (The ids a type change teaches reach the
    // page through ServerState::typesChanged: a busyChanged as well would redraw it twice.)
    connect(m_session->server(), &ServerState::maintenanceChanged, this, &ConfigurationService::busyChanged);
}

KeyManagementKind ConfigurationService::learnFrom(const KeyManagementConfig &config)
{
    return ConfigurationReading::learn(*m_session, config).kind;
}

QString ConfigurationService::typeName(KeyManagementKind kind) const
{
    if (kind == KeyManagementKind::Other && m_fields->hasLoaded()) {
        const KeyManagementConfig &c = m_fields->loaded();
        return c.typeName.isEmpty() ? tr("Type %1").arg(c.typeId) : c.typeName;
    }
    // One name for a type everywhere, before and after the server has named it: the server's,
    // with the console's in brackets where they differ ("Amazon KMS (AWS KMS)").
    const QString server = m_session->server()->types().nameOf(kind);
    QString console = KeyManagementTypes::defaultName(kind);
    if (server.compare(console, Qt::CaseInsensitive) == 0)
        return console;
    return tr("%1 (%2)").arg(server, console);
}

std::optional<int> ConfigurationService::typeIdFor(KeyManagementKind kind) const
{
    return m_session->server()->types().idOf(kind);
}

bool ConfigurationService::typeIdShownByServer(KeyManagementKind kind) const
{
    return m_session->server()->types().isConfirmed(kind);
}

QString ConfigurationService::whyTypeIdRefused(KeyManagementKind kind, int id) const
{
    std::optional<int> savedId;
    KeyManagementKind savedKind = KeyManagementKind::Other;
    if (m_fields->hasLoaded()) {
        savedId = m_fields->loaded().typeId;
        savedKind = m_fields->loadedKind();
    }
    return m_session->server()->types().whyRefused(kind, id, savedId, savedKind);
}

QString ConfigurationService::setTypeIdFromAdministrator(KeyManagementKind kind, int id)
{
    QString refused = whyTypeIdRefused(kind, id);
    if (!refused.isEmpty())
        return refused;
    return m_session->server()->setTypeFromAdministrator(kind, id);
}

int ConfigurationService::forgetTypeIds()
{
    return m_session->server()->forgetTypes();
}

void ConfigurationService::load()
{
    m_loading = true;
    Q_EMIT busyChanged();
    m_client->getConfig(this, [this](const ApiResult<KeyManagementConfig> &r) {
        m_loading = false;
        if (r.ok()) {
            const KeyManagementKind kind = learnFrom(r.value);
            if (m_fields->isDirty()) {
                // The administrator is editing: the edits stay. Only a copy that differs from the
                // one they started from is news.
                if (!(r.value == m_fields->loaded())) {
                    m_serverCopy = r.value;
                    Q_EMIT serverCopyChanged();
                }
            } else {
                const bool hadCopy = m_serverCopy.has_value();
                m_serverCopy.reset();
                m_fields->load(r.value, kind);
                Q_EMIT loaded();
                if (hadCopy)
                    Q_EMIT serverCopyChanged();
            }
        } else {
            Q_EMIT failed(Load, r.error);
        }
        Q_EMIT busyChanged();
    });
    reloadHistory();
}

void ConfigurationService::loadServerCopy()
{
    if (!m_serverCopy || m_saving)
        return;
    const KeyManagementConfig copy = *std::exchange(m_serverCopy, std::nullopt);
    m_fields->load(copy, m_session->server()->types().kindOf(copy.typeId, copy.typeName));
    Q_EMIT loaded();
    Q_EMIT serverCopyChanged();
}

void ConfigurationService::loadDefaults()
{
    m_client->getConfigStub(this, [this](const ApiResult<KeyManagementConfig> &r) {
        if (!r.ok())
            return Q_EMIT failed(LoadDefaults, r.error);
        const KeyManagementKind kind = learnFrom(r.value);
        m_fields->applyDefaults(r.value, kind);
        Q_EMIT defaultsLoaded();
    });
}

QString ConfigurationService::whyCannotSave() const
{
    if (!m_fields->hasLoaded())
        return tr("The configuration has not loaded yet.");
    if (m_fields->isReadOnly())
        return tr("Your account may not change the configuration.");
    if (m_saving)
        return tr("A save is under way.");
    // One rule, whoever started it: while a secret-key rotation is known to run, the server refuses.
    if (!m_session->server()->secretKeyRotationRunning().isEmpty())
        return m_session->server()->secretKeyRotationRunning();
    if (m_session->server()->inMaintenance())
        return tr("The server is re-encrypting its secret keys after the last change and refuses changes until it has finished.");
    if (!m_fields->isDirty())
        return tr("Nothing has changed.");
    if (m_fields->kind() == KeyManagementKind::Other)
        return tr("This console cannot edit the server's type \"%1\".").arg(typeName(KeyManagementKind::Other));
    if (!m_fields->isValid())
        return tr("Some fields are not complete or not valid.");
    const SavePlan p = plan();
    if (p.refusal == SavePlan::Refusal::TypeIdUnknown)
        return tr("The server has not shown which id it uses for %1; enter the id first.").arg(typeName(m_fields->kind()));
    return p.whyNot;
}

SavePlan ConfigurationService::plan() const
{
    return SavePlan::make(m_session->server()->types(), m_fields->loaded(), m_fields->loadedKind(), m_fields->kind(), m_fields->values());
}

bool ConfigurationService::save()
{
    if (!canSave())
        return false;
    const SavePlan plan = this->plan();
    if (!plan.update)
        return false; // canSave() said yes: a last guard
    m_saving = true;
    Q_EMIT busyChanged();
    m_client->updateConfig(*plan.update, this, [this, plan](const ApiResult<KeyManagementConfig> &r) {
        m_saving = false;
        if (!r.ok()) {
            Q_EMIT busyChanged();
            Q_EMIT failed(Save, r.error);
            return;
        }
        // The server now re-encrypts its secret keys; it refuses changes until that is done.
        m_session->server()->setMaintenance(true);
        const KeyManagementKind got = learnFrom(r.value);
        m_lastOutcome = plan.outcome(r.value, got);
        m_fields->load(r.value, got);
        if (std::exchange(m_serverCopy, std::nullopt)) // the save replaced the whole configuration
            Q_EMIT serverCopyChanged();
        Q_EMIT busyChanged();
        Q_EMIT saved(m_lastOutcome);
        reloadHistory();
    });
    return true;
}

void ConfigurationService::reloadHistory()
{
    const int request = ++m_historyRequest;
    // The configuration audit is 11.7's: the server's version decides whether it is asked at all.
    ServerVersionProbe *version = m_session->server()->version();
    version->whenKnown(this, [this, request, version] {
        if (request != m_historyRequest)
            return;
        if (!version->mayAskConfigAudit()) {
            m_historyAvailable = false;
            Q_EMIT failed(History, ApiError(ApiError::NotFound, tr("This server's version has no configuration history.")));
            return;
        }
        readHistory(request);
    });
}

void ConfigurationService::readHistory(int request)
{
    m_client->getConfigAudit(m_historyQuery, this, [this, request](const ApiResult<Page<ConfigAuditRecord>> &r) {
        if (request != m_historyRequest)
            return; // the user has asked for another page since
        if (!r.ok()) {
            if (r.error.kind() == ApiError::NotFound) {
                m_historyAvailable = false; // no history endpoint (not 11.7): not asked again this session
                m_session->server()->version()->noteConfigAuditMissing();
            }
            Q_EMIT failed(History, r.error);
            return;
        }
        m_historyAvailable = true;
        m_history->setPage(r.value, m_historyQuery.take);
        Q_EMIT historyLoaded();
    });
}

void ConfigurationService::setHistorySearch(const QString &text)
{
    m_historyQuery.searchText = text;
    m_historyQuery.skip = 0;
    reloadHistory();
}

void ConfigurationService::setHistorySort(const SortOrder &sort)
{
    m_historyQuery.sort = sort;
    m_historyQuery.skip = 0;
    reloadHistory();
}

void ConfigurationService::historyNext()
{
    if (!m_history->pageInfo().hasNext && m_history->pageInfo().skip + m_historyQuery.take >= m_history->pageInfo().total)
        return;
    m_historyQuery.skip += m_historyQuery.take;
    reloadHistory();
}

void ConfigurationService::historyPrevious()
{
    if (m_historyQuery.skip == 0)
        return;
    m_historyQuery.skip = std::max<qint64>(0, m_historyQuery.skip - m_historyQuery.take);
    reloadHistory();
}

} // namespace km
