#pragma once

#include "models/RotationInfo.h"

#include <QAbstractListModel>
#include <QDateTime>

namespace km {

// The steps of a master encryption key rotation in the order api.md gives, each done, running,
// failed or still to come, with the time the console first saw it; and, when the rotation
// failed, a last row naming the failure.
class RotationTimelineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum StepState { Waiting, Done, Running, Failed };
    Q_ENUM(StepState)
    enum Role { StatusRole = Qt::UserRole + 1, StepStateRole, SeenAtRole };

    struct Seen
    {
        MekStatus::Status status;
        QDateTime atUtc;
    };

    explicit RotationTimelineModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // history: the statuses seen during this rotation, oldest first.
    void update(const RotationInfo &info, const QList<Seen> &history);
    StepState stateOf(MekStatus::Status status) const;
    // Which step of the walk a failure most likely came at (an index into MekStatus::walk()).
    static qsizetype failedStep(MekStatus::Status failure, const QList<Seen> &history);

private:
    struct Row
    {
        MekStatus::Status status;
        StepState state;
        QDateTime seenUtc;
        QString failureText;
        bool inferred; // the failed step is the console's inference, not the server's word
    };
    QList<Row> m_rows;
};

} // namespace km
