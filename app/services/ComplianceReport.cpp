#include "services/ComplianceReport.h"
#include "usecases/ConfigurationReading.h"

#include "session/Session.h"

#include "models/AuditQuery.h"
#include "models/ConfigAuditModel.h"
#include "models/SafeText.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace km {

namespace {
QJsonValue utc(const QDateTime &d)
{
    return d.isValid() ? QJsonValue(d.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject rotationJson(const RotationSummary &r)
{
    const auto seconds = r.durationSeconds();
    return QJsonObject{
        {QStringLiteral("rotationId"), r.rotationId},
        {QStringLiteral("requestedBy"), SafeText::oneLine(r.requestedBy)},
        {QStringLiteral("requestedByUserName"), SafeText::oneLine(r.requestedByUserName)},
        {QStringLiteral("startedUtc"), utc(r.startedUtc)},
        {QStringLiteral("endedUtc"), utc(r.endedUtc)},
        {QStringLiteral("durationSeconds"), seconds ? QJsonValue(*seconds) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("outcome"), RotationOutcome::key(r.outcome)},
        {QStringLiteral("retries"), r.retries},
        {QStringLiteral("lastStatus"), MekStatus::name(r.lastStatus)},
        {QStringLiteral("events"), r.events},
    };
}
} // namespace

bool ComplianceReport::inPeriod(const RotationSummary &rotation, const QDateTime &sinceUtc)
{
    // It overlaps the period: it ended in it, or its last event was in it. A rotation with no end
    // whose last event is older (cut short years ago) is not "running" in this period.
    const QDateTime last = rotation.endedUtc.isValid() ? rotation.endedUtc : rotation.lastEventUtc;
    return rotation.startedUtc >= sinceUtc || (last.isValid() && last >= sinceUtc);
}

ComplianceReport::Totals ComplianceReport::totals() const
{
    Totals t;
    QList<qint64> durations;
    for (const RotationSummary &r : rotations) {
        ++t.count;
        if (r.outcome == RotationOutcome::Completed)
            ++t.completed;
        else if (r.outcome != RotationOutcome::Running)
            ++t.failed;
        if (r.outcome == RotationOutcome::Completed && r.durationSeconds())
            durations << *r.durationSeconds();
    }
    if (!durations.isEmpty()) {
        std::sort(durations.begin(), durations.end());
        const qsizetype n = durations.size();
        t.medianDurationSeconds = n % 2 ? durations.at(n / 2) : (durations.at(n / 2 - 1) + durations.at(n / 2)) / 2;
    }
    return t;
}

QJsonObject ComplianceReport::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("server"), server);
    o.insert(QStringLiteral("serverVersion"), serverVersion.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(serverVersion));
    o.insert(QStringLiteral("consoleVersion"), consoleVersion);
    o.insert(QStringLiteral("generatedUtc"), utc(generatedUtc));
    o.insert(QStringLiteral("generatedBy"), SafeText::oneLine(generatedBy));
    o.insert(QStringLiteral("periodStartUtc"), utc(since.startOfDay(Qt::UTC)));
    QJsonObject config = configuration.publicJson(kind);
    config.insert(QStringLiteral("keyManagementTypeName"), SafeText::oneLine(typeName));
    o.insert(QStringLiteral("configuration"), config);
    if (configurationChanges) {
        QJsonArray changes;
        for (const ConfigAuditRecord &c : *configurationChanges) {
            changes.append(QJsonObject{{QStringLiteral("dateUtc"), utc(c.dateRecordedUtc)},
                                       {QStringLiteral("by"), SafeText::oneLine(c.displayName)},
                                       {QStringLiteral("action"), SafeText::oneLine(c.action)},
                                       {QStringLiteral("notes"), SafeText::oneLine(c.notes)}});
        }
        o.insert(QStringLiteral("configurationChanges"), changes);
    } else {
        o.insert(QStringLiteral("configurationChanges"), QJsonValue(QJsonValue::Null));
    }
    o.insert(QStringLiteral("rotationState"), rotationState.publicJson());
    o.insert(QStringLiteral("secretKeyRotation"),
             secretKeyRotation ? QJsonValue(secretKeyRotation->lastRunJson()) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("lastCompletedRotation"),
             lastCompletedRotation ? QJsonValue(rotationJson(*lastCompletedRotation)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("keyAgeDays"),
             keyAge.state == KeyAge::Unknown ? QJsonValue(QJsonValue::Null) : QJsonValue(std::round(keyAge.ageDays * 10.0) / 10.0));
    o.insert(QStringLiteral("policyMaxAgeDays"), keyAge.policyDays);
    o.insert(QStringLiteral("keyAgeState"), keyAge.state == KeyAge::Unknown   ? QStringLiteral("Unknown")
                                            : keyAge.state == KeyAge::Overdue ? QStringLiteral("Overdue")
                                            : keyAge.state == KeyAge::DueSoon ? QStringLiteral("DueSoon")
                                                                              : QStringLiteral("WithinPolicy"));
    o.insert(QStringLiteral("newestKeyNotFullyInUse"), newestKeyNotFullyInUse);
    QJsonArray list;
    for (const RotationSummary &r : rotations)
        list.append(rotationJson(r));
    o.insert(QStringLiteral("rotations"), list);
    const Totals t = totals();
    o.insert(QStringLiteral("totals"),
             QJsonObject{{QStringLiteral("count"), t.count},
                         {QStringLiteral("completed"), t.completed},
                         {QStringLiteral("failed"), t.failed},
                         {QStringLiteral("medianDurationSeconds"),
                          t.medianDurationSeconds ? QJsonValue(*t.medianDurationSeconds) : QJsonValue(QJsonValue::Null)}});
    if (!historyNotice.isEmpty())
        o.insert(QStringLiteral("notice"), historyNotice);
    return o;
}

ComplianceReportBuilder::ComplianceReportBuilder(Session *session, QObject *parent)
    : QObject(parent), m_session(session), m_history(session->client())
{
    connect(&m_changesPager, &AuditPager::finished, this, [this](bool ok, const ApiError &error, const QString &reason) {
        if (!m_running)
            return;
        if (!ok && error.kind() == ApiError::NotFound) { // not on this server (its version did not say)
            m_session->server()->version()->noteConfigAuditMissing();
            m_report.configurationChanges.reset();
            return readRotationState();
        }
        if (!ok)
            return fail(tr("The configuration's changes could not be read: %1").arg(reason));
        std::sort(m_changes.begin(), m_changes.end(),
                  [](const ConfigAuditRecord &a, const ConfigAuditRecord &b) { return a.dateRecordedUtc > b.dateRecordedUtc; });
        m_report.configurationChanges = m_changes;
        readRotationState();
    });
    connect(&m_history, &RotationHistoryReader::progress, this,
            [this](qint64 read, qint64 total) { Q_EMIT progress(tr("Reading the rotation audit"), read, total); });
    connect(&m_history, &RotationHistoryReader::finished, this, [this](bool ok, const QString &message) {
        if (!m_running)
            return;
        if (!ok)
            return fail(message);
        complete();
    });
}

void ComplianceReportBuilder::build(const QDate &since, int policyMaxAgeDays)
{
    cancel();
    m_running = true;
    m_report = ComplianceReport();
    m_report.server = m_session->client()->baseUrl().toDisplayString();
    m_report.consoleVersion = QStringLiteral(KMCONSOLE_VERSION);
    m_report.generatedUtc = m_session->client()->clock()->utcNow();
    m_report.generatedBy = m_session->displayName();
    m_report.since = since.isValid() ? since : m_report.generatedUtc.date().addDays(-365);
    m_report.keyAge.policyDays = policyMaxAgeDays;
    m_changes.clear();
    readConfiguration();
}

void ComplianceReportBuilder::cancel()
{
    m_replies.supersede();
    m_running = false;
    m_history.cancel();
    m_changesPager.cancel();
    if (m_call)
        m_call->cancel();
}

void ComplianceReportBuilder::readConfiguration()
{
    Q_EMIT progress(tr("Reading the configuration"), 0, 0);
    const ReplyGuard::Ticket ticket = m_replies.ticket();
    m_call = m_session->client()->getConfig(this, [this, ticket](const ApiResult<KeyManagementConfig> &r) {
        if (!m_replies.isCurrent(ticket))
            return;
        if (!r.ok())
            return fail(tr("The configuration could not be read: %1").arg(r.error.message()));
        const ConfigurationReading reading = ConfigurationReading::learn(*m_session, r.value);
        m_report.configuration = reading.config;
        m_report.kind = reading.kind;
        m_report.typeName = reading.typeName;
        readVersion();
    });
}

void ComplianceReportBuilder::readVersion()
{
    ServerVersionProbe *version = m_session->server()->version();
    const ReplyGuard::Ticket ticket = m_replies.ticket();
    version->whenKnown(this, [this, ticket, version] {
        if (!m_replies.isCurrent(ticket))
            return;
        m_report.serverVersion = version->version().text;
        if (!version->mayAskConfigAudit()) { // 11.2 keeps no configuration history
            m_report.configurationChanges.reset();
            return readRotationState();
        }
        readChanges();
    });
}

void ComplianceReportBuilder::readChanges()
{
    Q_EMIT progress(tr("Reading the configuration's changes"), 0, 0);
    const QDateTime since = m_report.since.startOfDay(Qt::UTC);
    const QString dateSort = ConfigAuditModel::sortName(ConfigAuditModel::DateColumn);
    AuditPager::Options paging;
    paging.pageSize = 200;
    paging.attempts = 1; // as before the pager: the report fails at once and says why
    m_changesPager.setClock(m_session->client()->clock());
    m_changesPager.start(paging, [this, since, dateSort](qint64 skip, int take, QObject *context, const AuditPager::Reply &reply) {
        Q_EMIT progress(tr("Reading the configuration's changes"), skip, 0);
        ConfigAuditQuery q;
        q.skip = skip;
        q.take = take;
        q.sort = {dateSort, true};
        return m_session->client()->getConfigAudit(q, context, [this, since, dateSort, reply](const ApiResult<Page<ConfigAuditRecord>> &r) {
            if (!r.ok())
                return reply({{}, r.error});
            bool older = false;
            for (const ConfigAuditRecord &c : r.value.records) {
                if (c.dateRecordedUtc.isValid() && c.dateRecordedUtc < since)
                    older = true; // newest first: the rest are older still, if the sort was honoured
                else
                    m_changes << c;
            }
            // Stop condition: older than the period, on a server that sorted as asked.
            reply({{r.value.info, r.value.records.size(), older && r.value.info.sortApplied(dateSort, true)}, {}});
        });
    });
}

void ComplianceReportBuilder::readRotationState()
{
    Q_EMIT progress(tr("Reading the rotation state"), 0, 0);
    const ReplyGuard::Ticket ticket = m_replies.ticket();
    m_call = m_session->client()->getRotationInfo(this, [this, ticket](const ApiResult<RotationInfo> &r) {
        if (!m_replies.isCurrent(ticket))
            return;
        if (!r.ok())
            return fail(tr("The rotation state could not be read: %1").arg(r.error.message()));
        m_report.rotationState = r.value;
        readSecretKeyRotation();
    });
}

void ComplianceReportBuilder::readSecretKeyRotation()
{
    Q_EMIT progress(tr("Reading the secret-key rotation"), 0, 0);
    const ReplyGuard::Ticket ticket = m_replies.ticket();
    m_call = m_session->client()->getSecretKeyRotationStatus(this, [this, ticket](const ApiResult<SecretKeyRotationStatus> &r) {
        if (!m_replies.isCurrent(ticket))
            return;
        // Not the report's subject: a server that does not answer it leaves the field null, said.
        if (r.ok())
            m_report.secretKeyRotation = r.value;
        else
            m_report.secretKeyRotationError = r.error.message();
        readHistory();
    });
}

void ComplianceReportBuilder::readHistory()
{
    Q_EMIT progress(tr("Reading the rotation audit"), 0, 0);
    m_history.start();
}

void ComplianceReportBuilder::complete()
{
    const RotationHistory &history = m_history.history();
    const QDateTime since = m_report.since.startOfDay(Qt::UTC);
    const QList<RotationSummary> all = history.summaries();
    for (const RotationSummary &r : all) {
        if (ComplianceReport::inPeriod(r, since))
            m_report.rotations << r;
    }
    m_report.lastCompletedRotation = history.lastCompleted();
    m_report.keyAge = KeyAge::of(m_report.lastCompletedRotation ? m_report.lastCompletedRotation->endedUtc : QDateTime(),
                                 m_report.generatedUtc, m_report.keyAge.policyDays);
    m_report.newestKeyNotFullyInUse = !all.isEmpty() && all.first().outcome == RotationOutcome::FailedAfterKeySwap;
    m_report.historyNotice = m_history.notice();
    m_running = false;
    Q_EMIT finished(true, QString());
}

void ComplianceReportBuilder::fail(const QString &error)
{
    m_running = false;
    m_replies.supersede();
    Q_EMIT finished(false, error);
}

} // namespace km
