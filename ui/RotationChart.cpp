#include "ui/RotationChart.h"

#include "ui/Accessibility.h"
#include "models/DateText.h"
#include "models/RotationHistoryModel.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPolygonF>
#include <QStyleOptionFocusRect>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <limits>

namespace km {

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
constexpr double markRadius = 5.0; // the largest mark, its pen included

// Starts, oldest first.
QList<qint64> startsOf(const QList<RotationSummary> &rows)
{
    QList<qint64> starts;
    starts.reserve(rows.size());
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        starts << it->startedUtc.toMSecsSinceEpoch();
    std::sort(starts.begin(), starts.end());
    return starts;
}

// On a time scale, one long gap leaves most of the axis empty and packs everything else into a few
// pixels: then the rotations go side by side in order. A third of the span in one gap is too much.
bool drawnInOrder(const QList<qint64> &starts)
{
    if (starts.size() < 3)
        return false;
    const qint64 span = starts.last() - starts.first();
    qint64 widest = 0;
    for (qsizetype i = 1; i < starts.size(); ++i)
        widest = std::max(widest, starts.at(i) - starts.at(i - 1));
    return span > 0 && widest * 3 > span;
}

// A gap drawn as a break when in order: a tenth of the span, and more than a day.
qint64 breakGap(const QList<qint64> &starts)
{
    return std::max<qint64>((starts.last() - starts.first()) / 10, qint64(24) * 3600 * 1000);
}
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
    return {200, 130}; // room for marks and a legend wrapped onto two rows
}

void RotationChart::setPeriod(const QString &period)
{
    m_period = period;
    setAccessibleDescription(summary());
    update();
}

QString RotationChart::summary() const
{
    const QList<RotationSummary> &rows = m_model->summaries();
    if (rows.isEmpty())
        return m_period.isEmpty() ? tr("No rotation is known yet.") : tr("%1: no rotation in this period.").arg(m_period);
    int completed = 0, failed = 0;
    for (const RotationSummary &r : rows) {
        completed += r.outcome == RotationOutcome::Completed;
        failed += r.outcome == RotationOutcome::FailedBeforeKeySwap || r.outcome == RotationOutcome::FailedAfterKeySwap;
    }
    QString text =
        tr("%n rotation(s) from %1 to %2: %3 completed, %4 failed. The higher a mark, the longer it took.", nullptr, int(rows.size()))
            .arg(DateText::localDate(DateText::localDateOf(rows.last().startedUtc)),
                 DateText::localDate(DateText::localDateOf(rows.first().startedUtc)))
            .arg(completed)
            .arg(failed);
    if (drawnInOrder(startsOf(rows)))
        text += QLatin1Char(' ')
                + tr("They lie far apart in time, so they are drawn side by side in order, dated below, each long gap shown as a break.");
    if (!m_period.isEmpty())
        text = tr("%1: %2").arg(m_period, text);
    return text;
}

namespace {
const RotationOutcome::Outcome legendOutcomes[] = {RotationOutcome::Completed, RotationOutcome::FailedBeforeKeySwap,
                                                   RotationOutcome::FailedAfterKeySwap, RotationOutcome::Running};
}

QList<QRect> RotationChart::legendItems() const
{
    // Laid out from the top of the legend's band; plotArea() leaves room for as many rows as needed.
    QList<QRect> items;
    const int left = 8;
    const int right = width() - 8;
    int x = left;
    int row = 0;
    for (auto outcome : legendOutcomes) {
        const int w = 16 + fontMetrics().horizontalAdvance(RotationOutcome::label(outcome)) + 4;
        if (x > left && x + w > right) {
            x = left;
            ++row;
        }
        items.append(QRect(x, row * legendHeight, w, legendHeight - 4));
        x += w + 14;
    }
    return items;
}

QRect RotationChart::plotArea() const
{
    const QList<QRect> legend = legendItems();
    const int rows = legend.isEmpty() ? 1 : legend.last().top() / legendHeight + 1;
    return rect().adjusted(8, fontMetrics().height() + 6, -8, -(rows * legendHeight + fontMetrics().height() + 6));
}

qint64 RotationChart::scaleSeconds() const
{
    // Up, how long it took, relative to the 99th percentile, so that one left hanging does not
    // flatten the rest.
    const QList<RotationSummary> &rows = m_model->summaries();
    if (rows.isEmpty())
        return 1;
    QList<qint64> durations;
    durations.reserve(rows.size());
    for (const RotationSummary &r : rows)
        durations << r.durationSeconds().value_or(0);
    std::sort(durations.begin(), durations.end());
    return std::max<qint64>(1, durations.at(qsizetype(double(durations.size() - 1) * 0.99)));
}

RotationChart::Geometry RotationChart::geometry() const
{
    Geometry g;
    g.plot = plotArea();
    const QList<RotationSummary> &rows = m_model->summaries();
    if (rows.isEmpty())
        return g;
    const QFontMetrics fm = fontMetrics();
    const QList<qint64> starts = startsOf(rows);
    g.inOrder = drawnInOrder(starts);
    const qint64 first = starts.first();
    const qint64 last = std::max(starts.last(), first + 1);
    const double scale = double(scaleSeconds());
    // Marks stay inside the plot, whole: the labels around it can never cover one.
    const double left = g.plot.left() + markRadius;
    const double width = std::max(0.0, g.plot.width() - 2 * markRadius);
    const double bottom = g.plot.top() + g.plot.height() - markRadius;
    const double height = std::max(0.0, g.plot.height() - 2 * markRadius);
    const int n = int(rows.size());
    auto xOf = [&](int row) {
        if (g.inOrder) // oldest at the left
            return n == 1 ? left + width / 2 : left + width * double(n - 1 - row) / double(n - 1);
        return left + width * double(rows.at(row).startedUtc.toMSecsSinceEpoch() - first) / double(last - first);
    };
    g.marks.reserve(n);
    for (int row = 0; row < n; ++row) {
        const RotationSummary &r = rows.at(row);
        const double h = std::clamp(double(r.durationSeconds().value_or(qint64(scale))) / scale, 0.0, 1.0);
        const QPointF c(xOf(row), bottom - h * height);
        g.marks << QRectF(c - QPointF(markRadius, markRadius), QSizeF(2 * markRadius, 2 * markRadius));
    }
    // The scale, above the plot: how long the highest mark took.
    const QString scaleText = tr("%1 (the longest mark)").arg(RotationHistoryModel::durationText(qint64(scale)));
    g.labels << QRectF(g.plot.left(), g.plot.top() - fm.height() - 3, fm.horizontalAdvance(scaleText) + 2, fm.height());
    g.labelTexts << scaleText;
    // The dates, below it: the first and last start, and in order the first after each break.
    const double dateTop = g.plot.top() + g.plot.height() + 2;
    auto place = [&](const QString &text, double x, bool rightAligned) {
        const double w = fm.horizontalAdvance(text) + 2;
        QRectF r(rightAligned ? x - w : x, dateTop, w, fm.height());
        if (r.left() < g.plot.left())
            r.moveLeft(g.plot.left());
        if (r.right() > g.plot.left() + g.plot.width())
            r.moveRight(g.plot.left() + g.plot.width());
        for (const QRectF &other : std::as_const(g.labels)) {
            if (r.adjusted(-8, 0, 8, 0).intersects(other))
                return;
        }
        g.labels << r;
        g.labelTexts << text;
    };
    auto dateOf = [&](int row) { return DateText::localDate(DateText::localDateOf(rows.at(row).startedUtc)); };
    place(dateOf(n - 1), g.plot.left(), false);
    if (dateOf(0) != dateOf(n - 1))
        place(dateOf(0), g.plot.left() + g.plot.width(), true);
    if (g.inOrder) {
        const qint64 gap = breakGap(starts);
        for (int row = n - 2; row >= 0; --row) { // oldest to newest
            if (rows.at(row).startedUtc.toMSecsSinceEpoch() - rows.at(row + 1).startedUtc.toMSecsSinceEpoch() <= gap)
                continue;
            const double x = (xOf(row) + xOf(row + 1)) / 2;
            g.breaks << x;
            place(dateOf(row), x + 3, false);
        }
    }
    return g;
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
    const Geometry g = geometry();
    const QRect area = g.plot;
    const QList<RotationSummary> &rows = m_model->summaries();
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(area.bottomLeft(), area.bottomRight());
    if (rows.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, summary());
        return;
    }
    p.setRenderHint(QPainter::Antialiasing);
    // A break in time: a dashed line through the plot and the axis's two slants.
    for (double x : g.breaks) {
        p.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
        p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        p.setPen(QPen(palette().color(QPalette::Text), 1.2));
        p.fillRect(QRectF(x - 3, area.bottom() - 3, 6, 6), palette().base());
        p.drawLine(QPointF(x - 4, area.bottom() + 3), QPointF(x - 1, area.bottom() - 3));
        p.drawLine(QPointF(x + 1, area.bottom() + 3), QPointF(x + 4, area.bottom() - 3));
    }
    // Thousands of marks make a cloud; failures are drawn last, so none is hidden under the
    // completed ones.
    for (auto outcome : {RotationOutcome::Completed, RotationOutcome::Running, RotationOutcome::FailedBeforeKeySwap,
                         RotationOutcome::FailedAfterKeySwap}) {
        for (int row = 0; row < rows.size(); ++row) {
            if (rows.at(row).outcome == outcome)
                drawMark(p, g.marks.at(row).center(), outcome);
        }
    }
    p.setPen(QPen(palette().color(QPalette::Midlight), 1, Qt::DotLine));
    p.drawLine(QPointF(area.left(), area.top() + markRadius), QPointF(area.right(), area.top() + markRadius));
    // The scale (placeholder colour), then the dates.
    for (int i = 0; i < g.labels.size(); ++i) {
        p.setPen(palette().color(i == 0 ? QPalette::PlaceholderText : QPalette::Text));
        p.drawText(g.labels.at(i), Qt::AlignLeft | Qt::AlignVCenter, g.labelTexts.at(i));
    }
    // The legend: a swatch and a word for each outcome, wrapped when the widget is narrow.
    const int top = area.bottom() + 2 + fontMetrics().height() + 4;
    const QList<QRect> legend = legendItems();
    for (qsizetype i = 0; i < legend.size(); ++i) {
        const QRect item = legend.at(i).translated(0, top);
        drawMark(p, QPointF(item.left() + 6, item.top() + 9), legendOutcomes[i]);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(item.adjusted(16, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, RotationOutcome::label(legendOutcomes[i]));
    }
}

int RotationChart::rowAt(const QPoint &position) const
{
    const Geometry g = geometry();
    if (g.marks.isEmpty() || !g.plot.adjusted(-6, 0, 6, 0).contains(position))
        return -1;
    int best = -1;
    double bestGap = std::numeric_limits<double>::max();
    for (int i = 0; i < g.marks.size(); ++i) {
        const double gap = std::abs(g.marks.at(i).center().x() - position.x());
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
        QToolTip::showText(help->globalPos(),
                           tr("Rotation #%1, %2: %3%4")
                               .arg(r.rotationId)
                               .arg(DateText::local(r.startedUtc), RotationOutcome::label(r.outcome),
                                    seconds ? tr(", took %1").arg(RotationHistoryModel::durationText(*seconds)) : QString()),
                           this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace km
