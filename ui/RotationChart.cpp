#include "RotationChart.h"

#include "Accessibility.h"
#include "DateText.h"
#include "RotationHistoryModel.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPolygonF>
#include <QStyleOptionFocusRect>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace {
QColor outcomeColor(RotationOutcome::Outcome outcome)
{
    switch (outcome) {
    case RotationOutcome::Completed: return QColor(0x2e, 0x7d, 0x32);
    case RotationOutcome::FailedBeforeKeySwap: return QColor(0xef, 0x6c, 0x00);
    case RotationOutcome::FailedAfterKeySwap: return QColor(0xc6, 0x28, 0x28);
    case RotationOutcome::Running: return QColor(0x75, 0x75, 0x75);
    }
    return Qt::gray;
}

// A shape per outcome as well as a colour: a dot, a triangle, a cross, a hollow square.
void drawMark(QPainter &p, const QPointF &c, RotationOutcome::Outcome outcome)
{
    const QColor color = outcomeColor(outcome);
    p.setPen(QPen(color, 1.5));
    p.setBrush(color);
    switch (outcome) {
    case RotationOutcome::Completed:
        p.setPen(Qt::NoPen);
        p.drawEllipse(c, 2.0, 2.0);
        break;
    case RotationOutcome::FailedBeforeKeySwap:
        p.drawPolygon(QPolygonF({c + QPointF(0, -4.5), c + QPointF(4, 3), c + QPointF(-4, 3)}));
        break;
    case RotationOutcome::FailedAfterKeySwap:
        p.setPen(QPen(color, 2.2));
        p.drawLine(c + QPointF(-4, -4), c + QPointF(4, 4));
        p.drawLine(c + QPointF(-4, 4), c + QPointF(4, -4));
        break;
    case RotationOutcome::Running:
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(c - QPointF(3.5, 3.5), QSizeF(7, 7)));
        break;
    }
}

constexpr int legendHeight = 22;
} // namespace

RotationChart::RotationChart(RotationHistoryModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("rotationChart"));
    setAccessibleName(tr("Rotations over time"));
    // An image with a text alternative: a Tab stop of its own, where a reader hears what it shows.
    setFocusPolicy(Qt::StrongFocus);
    Accessibility::setRole(this, QAccessible::Chart);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto update = [this] {
        setAccessibleDescription(summary());
        QWidget::update();
    };
    connect(model, &QAbstractItemModel::modelReset, this, update);
    connect(model, &QAbstractItemModel::dataChanged, this, update);
    setAccessibleDescription(summary());
}

QSize RotationChart::sizeHint() const
{
    return {600, 170};
}

QSize RotationChart::minimumSizeHint() const
{
    return {200, 90};
}

QString RotationChart::summary() const
{
    const QList<RotationSummary> &rows = m_model->summaries();
    if (rows.isEmpty())
        return tr("No rotation is known yet.");
    int completed = 0, failed = 0;
    for (const RotationSummary &r : rows) {
        completed += r.outcome == RotationOutcome::Completed;
        failed += r.outcome == RotationOutcome::FailedBeforeKeySwap || r.outcome == RotationOutcome::FailedAfterKeySwap;
    }
    return tr("%n rotation(s) from %1 to %2: %3 completed, %4 failed. The higher a mark, the longer it took.", nullptr, int(rows.size()))
        .arg(DateText::localDate(rows.last().startedUtc.toLocalTime().date()), DateText::localDate(rows.first().startedUtc.toLocalTime().date()))
        .arg(completed)
        .arg(failed);
}

QRect RotationChart::plotArea() const
{
    return rect().adjusted(8, fontMetrics().height() + 6, -8, -(legendHeight + fontMetrics().height() + 6));
}

void RotationChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (hasFocus()) {
        // Reached by Tab for its text alternative: the focus shows, as on any control.
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = rect().adjusted(1, 1, -1, -1);
        focus.backgroundColor = palette().color(QPalette::Base);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &p, this);
    }
    const QRect area = plotArea();
    const QList<RotationSummary> &rows = m_model->summaries();
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(area.bottomLeft(), area.bottomRight());
    if (rows.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(area, Qt::AlignCenter, summary());
        return;
    }
    const qint64 first = rows.last().startedUtc.toMSecsSinceEpoch();
    const qint64 last = std::max(rows.first().startedUtc.toMSecsSinceEpoch(), first + 1);
    // One mark per rotation: across, when it started; up, how long it took (relative to the 99th
    // percentile, so that one left hanging does not flatten the rest). Thousands of them make a
    // cloud; failures are drawn last and larger, so none is hidden under the completed ones.
    QList<qint64> durations;
    for (const RotationSummary &r : rows)
        durations << r.durationSeconds().value_or(0);
    std::sort(durations.begin(), durations.end());
    const double scale = double(std::max<qint64>(1, durations.at(qsizetype(double(durations.size() - 1) * 0.99))));
    p.setRenderHint(QPainter::Antialiasing);
    for (auto outcome : {RotationOutcome::Completed, RotationOutcome::Running, RotationOutcome::FailedBeforeKeySwap,
                         RotationOutcome::FailedAfterKeySwap}) {
        for (const RotationSummary &r : rows) {
            if (r.outcome != outcome)
                continue;
            const double x = double(r.startedUtc.toMSecsSinceEpoch() - first) / double(last - first);
            const double h = std::clamp(double(r.durationSeconds().value_or(qint64(scale))) / scale, 0.0, 1.0);
            drawMark(p, QPointF(area.left() + x * area.width(), area.bottom() - 3 - h * (area.height() - 6)), outcome);
        }
    }
    // The duration axis: how long the highest mark took.
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRect(area.left(), area.top() - fontMetrics().height() - 2, area.width(), fontMetrics().height()),
               Qt::AlignLeft | Qt::AlignBottom, tr("%1 (the longest mark)").arg(RotationHistoryModel::durationText(qint64(scale))));
    p.setPen(QPen(palette().color(QPalette::Midlight), 1, Qt::DotLine));
    p.drawLine(area.left(), area.top() + 3, area.right(), area.top() + 3);
    // The time axis: first and last start.
    p.setPen(palette().color(QPalette::Text));
    const int axisY = area.bottom() + 2;
    const QRect axis(area.left(), axisY, area.width(), fontMetrics().height());
    p.drawText(axis, Qt::AlignLeft | Qt::AlignTop, DateText::localDate(rows.last().startedUtc.toLocalTime().date()));
    p.drawText(axis, Qt::AlignRight | Qt::AlignTop, DateText::localDate(rows.first().startedUtc.toLocalTime().date()));
    // The legend: a swatch and a word for each outcome.
    int x = area.left();
    const int y = axisY + fontMetrics().height() + 4;
    for (auto outcome : {RotationOutcome::Completed, RotationOutcome::FailedBeforeKeySwap, RotationOutcome::FailedAfterKeySwap,
                         RotationOutcome::Running}) {
        drawMark(p, QPointF(x + 6, y + 9), outcome);
        p.setPen(palette().color(QPalette::Text));
        const QString word = RotationOutcome::label(outcome);
        p.drawText(QRect(x + 16, y, fontMetrics().horizontalAdvance(word) + 4, legendHeight - 4), Qt::AlignLeft | Qt::AlignVCenter, word);
        x += 16 + fontMetrics().horizontalAdvance(word) + 18;
    }
}

int RotationChart::rowAt(const QPoint &position) const
{
    const QList<RotationSummary> &rows = m_model->summaries();
    const QRect area = plotArea();
    if (rows.isEmpty() || !area.adjusted(-6, 0, 6, 0).contains(position))
        return -1;
    const qint64 first = rows.last().startedUtc.toMSecsSinceEpoch();
    const qint64 last = std::max(rows.first().startedUtc.toMSecsSinceEpoch(), first + 1);
    const double at = double(position.x() - area.left()) / std::max(1, area.width());
    const qint64 ms = first + qint64(at * double(last - first));
    int best = -1;
    qint64 bestGap = std::numeric_limits<qint64>::max();
    for (int i = 0; i < rows.size(); ++i) {
        const qint64 gap = std::llabs(rows.at(i).startedUtc.toMSecsSinceEpoch() - ms);
        if (gap < bestGap) {
            bestGap = gap;
            best = i;
        }
    }
    return best;
}

bool RotationChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const RotationSummary &r = m_model->summaryAt(row);
        const auto seconds = r.durationSeconds();
        QToolTip::showText(help->globalPos(), tr("Rotation #%1, %2: %3%4")
                                                  .arg(r.rotationId)
                                                  .arg(DateText::local(r.startedUtc), RotationOutcome::label(r.outcome),
                                                       seconds ? tr(", took %1").arg(RotationHistoryModel::durationText(*seconds)) : QString()),
                           this);
        return true;
    }
    return QWidget::event(event);
}
