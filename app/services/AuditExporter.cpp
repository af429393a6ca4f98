#include "services/AuditExporter.h"

#include "CsvWriter.h"

#include <QSaveFile>

const QByteArray AuditExporter::header = "AuditId,Date,UserId,UserName,DisplayName,Action,Status,Notes\r\n";

namespace {
bool isTransient(const ApiError &e)
{
    switch (e.kind()) {
    case ApiError::ServerError:
    case ApiError::Timeout:
    case ApiError::Network:
    case ApiError::ConnectionRefused:
        return true;
    default:
        return false;
    }
}
} // namespace

AuditExporter::AuditExporter(ApiClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    m_retryTimer.setSingleShot(true);
}

AuditExporter::~AuditExporter()
{
    if (m_call)
        m_call->cancel();
    // A QSaveFile that was never committed removes its temporary file.
}

bool AuditExporter::exportToFile(const QString &fileName, const Options &options)
{
    if (m_running)
        return false;
    m_file = std::make_unique<QSaveFile>(fileName);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString reason = m_file->errorString();
        m_file.reset();
        Q_EMIT finished(false, tr("Cannot write %1: %2").arg(fileName, reason));
        return false;
    }
    m_device = m_file.get();
    m_options = options;
    begin();
    return true;
}

void AuditExporter::exportToDevice(QIODevice *device, const Options &options)
{
    if (m_running)
        return;
    m_file.reset();
    m_device = device;
    m_options = options;
    begin();
}

void AuditExporter::begin()
{
    m_running = true;
    m_written = 0;
    m_expected = 0;
    m_skip = 0;
    m_attempt = 0;
    m_pageSize = std::clamp(m_options.pageSize, 1, 1000);
    m_previousPageIds.clear();
    if ((m_options.byteOrderMark && !write(CsvWriter::byteOrderMark())) || !write(header))
        return;
    requestSnapshot();
}

bool AuditExporter::write(const QByteArray &bytes)
{
    if (m_device->write(bytes) == bytes.size())
        return true;
    fail(tr("Writing the file failed: %1").arg(m_device->errorString()));
    return false;
}

// The snapshot: how many records match now, and the newest of them.
void AuditExporter::requestSnapshot()
{
    RotationAuditQuery q = m_options.query;
    q.sort = {QStringLiteral("masterEncryptionKeyRotationInfoAuditId"), true};
    q.skip = 0;
    q.take = 1;
    q.isExporting = true;
    m_call = m_client->searchRotationAudit(q, this, [this](const ApiResult<Page<RotationAuditRecord>> &r) {
        if (!m_running)
            return;
        if (!r.ok())
            return handleFailure(r.error, &AuditExporter::requestSnapshot);
        m_attempt = 0;
        m_expected = r.value.info.total;
        if (r.value.records.isEmpty())
            return complete(); // nothing matches: a file with just the header
        m_snapshotMaxId = r.value.records.first().auditId;
        Q_EMIT progress(0, m_expected);
        requestPage();
    });
}

void AuditExporter::requestPage()
{
    RotationAuditQuery q = m_options.query;
    q.skip = m_skip;
    q.take = m_pageSize;
    q.isExporting = true;
    m_call = m_client->searchRotationAudit(q, this, [this](const ApiResult<Page<RotationAuditRecord>> &r) {
        if (!m_running)
            return;
        if (!r.ok())
            return handleFailure(r.error, &AuditExporter::requestPage);
        m_attempt = 0;
        QSet<qint64> pageIds;
        QByteArray chunk;
        for (const RotationAuditRecord &rec : r.value.records) {
            pageIds.insert(rec.auditId);
            if (rec.auditId > m_snapshotMaxId || m_previousPageIds.contains(rec.auditId))
                continue; // newer than the export, or pushed down from the page before
            chunk += CsvWriter::row({QString::number(rec.auditId), rec.dateUtc.toString(Qt::ISODate), QString::number(rec.userId),
                                     rec.userName, rec.displayName, rec.action, rec.currentStatusName, rec.notes});
            ++m_written;
        }
        if (!write(chunk))
            return;
        m_previousPageIds = std::move(pageIds);
        m_skip += r.value.records.size();
        Q_EMIT progress(m_written, m_expected);
        const bool lastPage = r.value.records.size() < m_pageSize || !r.value.info.hasNext;
        if (lastPage)
            return complete();
        requestPage();
    });
}

void AuditExporter::handleFailure(const ApiError &error, void (AuditExporter::*again)())
{
    if (error.kind() == ApiError::Cancelled)
        return;
    // A server with a smaller bound on take says so with a 400 on it: use smaller pages.
    if (error.kind() == ApiError::BadRequest && error.fieldErrors().contains(QStringLiteral("take")) && m_pageSize > 50) {
        m_pageSize = std::max(50, m_pageSize / 2);
        return (this->*again)();
    }
    if (isTransient(error) && ++m_attempt < m_options.attempts) {
        const auto delay = m_options.firstRetryDelay * (1 << (m_attempt - 1));
        m_retryTimer.disconnect();
        connect(&m_retryTimer, &QTimer::timeout, this, again);
        m_retryTimer.start(delay);
        return;
    }
    fail(tr("The export stopped after %n attempt(s): %1", nullptr, std::max(1, m_attempt)).arg(error.message()));
}

void AuditExporter::cancel()
{
    if (!m_running)
        return;
    m_retryTimer.stop();
    if (m_call)
        m_call->cancel();
    fail(tr("The export was cancelled."));
}

void AuditExporter::fail(const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    m_retryTimer.stop();
    QString text = message;
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset(); // the temporary file goes; the destination is as it was
        text += QLatin1Char(' ') + tr("No file was written.");
    }
    Q_EMIT finished(false, text);
}

void AuditExporter::complete()
{
    m_running = false;
    if (m_file) {
        const bool committed = m_file->commit();
        const QString reason = m_file->errorString();
        m_file.reset();
        if (!committed) {
            Q_EMIT finished(false, tr("The file could not be saved: %1").arg(reason));
            return;
        }
    }
    Q_EMIT progress(m_written, m_expected);
    Q_EMIT finished(true, tr("Exported %n record(s).", nullptr, int(m_written)));
}
