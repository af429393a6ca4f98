#include "services/RotationEventsReader.h"

#include "api/ApiClient.h"

#include "models/AuditField.h"
#include "models/RotationAuditModel.h"

#include <algorithm>

namespace km {

RotationEventsReader::RotationEventsReader(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_model(new RotationAuditModel(this))
{
    connect(&m_pager, &AuditPager::finished, this, [this](bool ok, const ApiError &, const QString &reason) { dayRead(ok, reason); });
}

void RotationEventsReader::start(const RotationSummary &rotation)
{
    m_pager.cancel();
    m_rotation = rotation;
    m_events.clear();
    m_day = rotation.startedUtc.date();
    const QDateTime end = rotation.endedUtc.isValid() ? rotation.endedUtc : rotation.lastEventUtc;
    m_lastDay = std::min(end.date(), m_day.addDays(6)); // a week at most
    m_cut = end.date() > m_lastDay;
    readDay();
}

void RotationEventsReader::readDay()
{
    AuditPager::Options paging;
    paging.pageSize = 1000;
    paging.attempts = 1; // as before the pager: a failure is shown at once
    m_pager.setClock(m_client->clock());
    m_pager.start(paging, [this](qint64 skip, int take, QObject *context, const AuditPager::Reply &reply) {
        RotationAuditQuery q;
        q.date = m_day;
        q.skip = skip;
        q.take = take;
        q.sort = {AuditField::spec(AuditField::AuditId).sortName, false};
        return m_client->searchRotationAudit(q, context, [this, reply](const ApiResult<Page<RotationAuditRecord>> &r) {
            if (!r.ok())
                return reply({{}, r.error});
            for (const RotationAuditRecord &e : r.value.records) {
                if (e.rotationInfoId == m_rotation.rotationId)
                    m_events << e;
            }
            reply({{r.value.info, r.value.records.size(), false}, {}});
        });
    });
}

void RotationEventsReader::dayRead(bool ok, const QString &reason)
{
    if (!ok) {
        Q_EMIT finished(false, reason);
        return;
    }
    if (m_day < m_lastDay) {
        m_day = m_day.addDays(1);
        return readDay();
    }
    std::sort(m_events.begin(), m_events.end(), [](const RotationAuditRecord &a, const RotationAuditRecord &b) {
        return a.dateUtc != b.dateUtc ? a.dateUtc < b.dateUtc : a.auditId < b.auditId;
    });
    Page<RotationAuditRecord> page;
    page.records = m_events;
    page.info.total = m_events.size();
    page.info.take = int(m_events.size());
    m_model->setPage(page, std::max<int>(1, int(m_events.size())));
    Q_EMIT finished(true, QString());
}

} // namespace km
