#pragma once

#include "models/ReplyGuard.h"

#include "api/ApiClient.h"
#include "services/AuditPager.h"

#include "models/RotationHistory.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace km {

class ApiCall;

// Reads the rotation audit page by page and folds it into one summary per rotation
// (RotationHistory): the History view, the report, the key's age and the Servers view. It streams:
// memory grows with the rotations, not the events, and it says how far it has read. Pages are read
// newest first by audit id, so that events added while it reads are recognised and skipped (the
// history is of the moment it started), and so that the last completed rotation is found after a
// page or two when that is all that is asked (Options::untilLastCompleted).
class RotationHistoryReader : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool untilLastCompleted = false; // stop once the last completed rotation is whole
        int pageSize = 1000;
        int attempts = 3; // per page, for transient failures
        std::chrono::milliseconds firstRetryDelay{1000};
    };

    explicit RotationHistoryReader(ApiClient *client, QObject *parent = nullptr);

    void start() { start(Options()); }
    void start(const Options &options);
    void cancel();
    bool isRunning() const { return m_running; }
    bool isComplete() const { return m_complete; } // read to the end (or to what was asked)
    const RotationHistory &history() const { return m_history; }
    qint64 eventsRead() const { return m_read; }
    qint64 eventsTotal() const { return m_total; }
    QString notice() const { return m_notice; } // e.g. the server ignored the sort
    ApiError lastError() const { return m_error; }

Q_SIGNALS:
    void progress(qint64 read, qint64 total);
    void updated(); // more of the history is known (at most about four times a second)
    void finished(bool ok, const QString &message);

private:
    ApiResult<AuditPager::Reading> readPage(qint64 skip, const QByteArray &json);
    void finish(bool ok, const QString &message);

    ApiClient *m_client;
    Options m_options;
    RotationHistory m_history;
    AuditPager m_pager;
    QElapsedTimer m_sinceUpdate;
    bool m_running = false;
    bool m_complete = false;
    bool m_sortHonoured = true;
    qint64 m_read = 0;
    qint64 m_total = 0;
    qint64 m_lowestId = -1;          // the lowest audit id read so far (ids come in descending order)
    qint64 m_completedRotation = -1; // untilLastCompleted: the rotation found, once found
    QString m_notice;
    ApiError m_error;
};

} // namespace km
