#pragma once

#include <QWidget>

namespace km {

class RotationHistoryModel;

// Rotations over time, where a glance says more than the table: one mark per rotation, as high as
// it took, coloured and shaped (never colour alone) by outcome, with a legend. The axis follows
// the data: across is time when the rotations spread over it; when they lie far apart (a month of
// rotations years ago and one today), they are drawn in order instead, dated below, with each long
// gap shown as a break. Labels sit outside the marks' area, so none covers a mark. Hovering a mark
// names the rotation. Drawn with QPainter from the History view's model.
class RotationChart : public QWidget
{
    Q_OBJECT

public:
    // Where things are drawn: for painting, hovering, and tests.
    struct Geometry
    {
        bool inOrder = false; // rotations side by side in order (the times are far apart), not on a time scale
        QRect plot;           // where the marks are
        QList<QRectF> marks;  // one per row of the model, in its order
        QList<QRectF> labels; // every text drawn in the chart but the legend: the scale and the dates
        QStringList labelTexts;
        QList<double> breaks; // x of each gap in time, when in order
    };

    explicit RotationChart(RotationHistoryModel *model, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    QString summary() const; // what the chart shows, in words (its accessible description)
    // The period the rows are of, in words ("Last 30 days"), said in the summary; empty: all.
    void setPeriod(const QString &period);
    Geometry geometry() const;
    // Where each outcome's swatch and word go under the plot: wrapped onto more rows when the
    // widget is too narrow for one (a German legend at 900 px did not fit).
    QList<QRect> legendItems() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect plotArea() const;
    int rowAt(const QPoint &position) const;
    qint64 scaleSeconds() const;

    RotationHistoryModel *m_model;
    QString m_period;
};

} // namespace km
