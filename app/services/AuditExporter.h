#pragma once

#include "api/ApiClient.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <memory>

class QIODevice;
class QSaveFile;

// Exports every rotation-audit record that matches a query, in its sort, to CSV
// (AuditId,Date,UserId,UserName,DisplayName,Action,Status,Notes), streaming page by page so that
// memory stays flat for any size.
//
// Consistency while new events arrive: the audit only grows, so new records can only push later
// ones down the list. The export first fixes a snapshot bound, the highest audit id that matches
// when it starts, and leaves out anything newer; and it drops records repeated from the page
// before, which is what a push-down produces. The file holds the records as they were when the
// export started, each once.
//
// To a file, it writes through QSaveFile: a cancelled or failed export leaves nothing at the
// destination, and an existing file there is untouched. Transient failures (5xx, timeouts, lost
// connections) are retried with back-off a few times; a server that refuses the page size gets
// smaller pages.
class AuditExporter : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        RotationAuditQuery query; // filters and sort; paging is the exporter's
        bool byteOrderMark = false;
        int pageSize = 1000;
        int attempts = 4; // per request, for transient failures
        std::chrono::milliseconds firstRetryDelay{1000};
    };

    static const QByteArray header;

    explicit AuditExporter(ApiClient *client, QObject *parent = nullptr);
    ~AuditExporter() override;

    bool exportToFile(const QString &fileName, const Options &options); // false: could not open it (see finished)
    void exportToDevice(QIODevice *device, const Options &options);   // e.g. stdout: not atomic
    void cancel();

    bool isRunning() const { return m_running; }
    qint64 rowsWritten() const { return m_written; }
    qint64 expectedRows() const { return m_expected; }

Q_SIGNALS:
    void progress(qint64 written, qint64 expected);
    // ok: the file is complete and in place. Otherwise message says why, and that nothing was written.
    void finished(bool ok, const QString &message);

private:
    void begin();
    void requestSnapshot();
    void requestPage();
    void handleFailure(const ApiError &error, void (AuditExporter::*again)());
    void fail(const QString &message);
    void complete();
    bool write(const QByteArray &bytes);

    ApiClient *m_client;
    Options m_options;
    std::unique_ptr<QSaveFile> m_file;
    QIODevice *m_device = nullptr;
    QPointer<ApiCall> m_call;
    QTimer m_retryTimer;
    bool m_running = false;
    int m_attempt = 0;
    int m_pageSize = 1000;
    qint64 m_snapshotMaxId = 0;
    qint64 m_skip = 0;
    qint64 m_written = 0;
    qint64 m_expected = 0;
    QSet<qint64> m_previousPageIds;
};
