#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QProgressBar;

namespace km {

class RotationMonitor;

// What a running (or finished) rotation is doing: the status in words, items re-encrypted of
// total, the rate and time left, and the timeline of steps. Shown on the Rotation page and in
// the wizard, all fed by the one RotationMonitor.
class RotationProgressWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RotationProgressWidget(RotationMonitor *monitor, QWidget *parent = nullptr);

    QString statusText() const;
    QString rateText() const;
    int progressValue() const;
    int progressMaximum() const;
    // Where an ending is said in full elsewhere (the wizard's outcome), the status sentence and
    // the duration are not said twice once the rotation has ended.
    void setEndingSaidElsewhere(bool elsewhere);

private:
    void refresh();

    RotationMonitor *m_monitor;
    QLabel *m_status;
    QProgressBar *m_progress;
    QLabel *m_rate;
    QLabel *m_milestone;      // 25, 50 and 75 % re-encrypted, for screen readers and the eye
    int m_lastMilestone = -1; // -1: no rotation followed yet
    QListView *m_timeline;
    bool m_endingSaidElsewhere = false;
};

} // namespace km
