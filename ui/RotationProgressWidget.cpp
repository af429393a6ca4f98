#include "ui/RotationProgressWidget.h"

#include "ui/Accessibility.h"
#include "services/RotationMonitor.h"
#include "models/DurationText.h"
#include "models/RotationProgress.h"
#include "models/RotationText.h"
#include "models/SafeText.h"

#include <QIdentityProxyModel>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QProgressBar>
#include <QStyle>
#include <QVBoxLayout>

namespace km {

namespace {
// Adds an icon per step state; the text already says the state in words.
class TimelineIcons : public QIdentityProxyModel
{
public:
    TimelineIcons(QStyle *style, QObject *parent) : QIdentityProxyModel(parent), m_style(style) {}

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DecorationRole)
            return QIdentityProxyModel::data(index, role);
        switch (QIdentityProxyModel::data(index, RotationTimelineModel::StepStateRole).toInt()) {
        case RotationTimelineModel::Done: return m_style->standardIcon(QStyle::SP_DialogApplyButton);
        case RotationTimelineModel::Running: return m_running;
        case RotationTimelineModel::Failed: return m_style->standardIcon(QStyle::SP_MessageBoxCritical);
        default: return m_waiting;
        }
    }

private:
    // A hollow circle: "not yet", without the alarm of a warning sign.
    static QIcon hollowCircle()
    {
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0x70, 0x70, 0x70), 2.5));
        painter.drawEllipse(QRectF(6, 6, 20, 20));
        return QIcon(pixmap);
    }

    // A blue disc with a white arrow: "now", visible on light and dark palettes alike.
    static QIcon runningDisc()
    {
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x2f, 0x74, 0xc0));
        painter.drawEllipse(QRectF(4, 4, 24, 24));
        painter.setBrush(Qt::white);
        const QPointF arrow[] = {QPointF(13, 10), QPointF(22, 16), QPointF(13, 22)};
        painter.drawPolygon(arrow, 3);
        return QIcon(pixmap);
    }

    QStyle *m_style;
    QIcon m_waiting = hollowCircle();
    QIcon m_running = runningDisc();
};

} // namespace

RotationProgressWidget::RotationProgressWidget(RotationMonitor *monitor, QWidget *parent) : QWidget(parent), m_monitor(monitor)
{
    setObjectName(QStringLiteral("rotationProgress"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusSentence"));
    m_status->setWordWrap(true);
    Accessibility::setRole(m_status, QAccessible::StatusBar); // the current step, read as it is
    layout->addWidget(m_status);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("itemsProgress"));
    m_progress->setAccessibleName(tr("Items re-encrypted"));
    m_progress->setFormat(tr("%v of %m items re-encrypted"));
    layout->addWidget(m_progress);
    m_rate = new QLabel;
    m_rate->setObjectName(QStringLiteral("rateLabel"));
    layout->addWidget(m_rate);
    m_milestone = new QLabel;
    m_milestone->setObjectName(QStringLiteral("progressMilestone"));
    Accessibility::setRole(m_milestone, QAccessible::StatusBar);
    layout->addWidget(m_milestone);
    m_timeline = new QListView;
    m_timeline->setObjectName(QStringLiteral("timelineView"));
    m_timeline->setAccessibleName(tr("Rotation steps"));
    m_timeline->setModel(new TimelineIcons(style(), this));
    static_cast<QIdentityProxyModel *>(m_timeline->model())->setSourceModel(monitor->timeline());
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionMode(QAbstractItemView::NoSelection);
    m_timeline->setMinimumHeight(120);
    describe(m_timeline, tr("The steps of a rotation, each done, running, failed or still to do."), false);
    describe(m_progress, tr("How many items have been re-encrypted with the new key."), false);
    layout->addWidget(m_timeline, 1);
    connect(monitor, &RotationMonitor::infoChanged, this, &RotationProgressWidget::refresh);
    refresh();
}

void RotationProgressWidget::refresh()
{
    const RotationInfo &info = m_monitor->info();
    if (!m_monitor->hasInfo()) {
        m_status->setText(tr("Loading the rotation state…"));
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_rate->clear();
        return;
    }
    m_status->setText(RotationText::sentence(info.status, SafeText::oneLine(info.statusName)));
    const RotationProgress progress = RotationProgress::of(info, m_monitor->lastItemsDone());
    const int total = progress.total;
    const int done = progress.done;
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);

    QString rate;
    if (info.isActive()) {
        const auto perSecond = m_monitor->itemsPerSecond();
        const auto left = m_monitor->secondsLeft();
        if (info.status == MekStatus::DataRotationStarted && perSecond && left)
            rate = tr("%1 items/s, about %2 left").arg(QLocale().toString(*perSecond, 'f', 1), DurationText::of(*left));
        else if (info.status == MekStatus::DataRotationStarted)
            rate = tr("Estimating the time left…");
    } else if (info.startedUtc.isValid() && info.lastEndUtc.isValid() && info.lastEndUtc >= info.startedUtc) {
        rate = tr("Took %1.").arg(DurationText::of(info.startedUtc.secsTo(info.lastEndUtc)));
    }
    m_rate->setText(rate);
    // A quarter, a half, three quarters: said once each while a rotation runs, not at every poll.
    if (info.isActive()) {
        const int percent = progress.percent();
        const int milestone = std::min(75, percent / 25 * 25);
        if (m_lastMilestone < 0 || m_lastMilestone > 75)
            m_lastMilestone = 0;
        if (milestone > m_lastMilestone) {
            m_lastMilestone = milestone;
            m_milestone->setText(tr("%1 % of the items re-encrypted.").arg(milestone));
        }
    } else if (m_lastMilestone >= 0 && m_lastMilestone <= 75) {
        m_lastMilestone = 100; // ended: the ending itself is said by the state and the wizard's outcome
        m_milestone->clear();
    }
    const bool ended = info.processState == ProcessState::Completed || info.processState == ProcessState::Failed;
    const bool quiet = m_endingSaidElsewhere && ended;
    m_status->setVisible(!quiet);
    m_rate->setVisible(!rate.isEmpty() && !quiet);
}

void RotationProgressWidget::setEndingSaidElsewhere(bool elsewhere)
{
    m_endingSaidElsewhere = elsewhere;
    refresh();
}

QString RotationProgressWidget::statusText() const
{
    return m_status->text();
}

QString RotationProgressWidget::rateText() const
{
    return m_rate->text();
}

int RotationProgressWidget::progressValue() const
{
    return m_progress->value();
}

int RotationProgressWidget::progressMaximum() const
{
    return m_progress->maximum();
}

} // namespace km
