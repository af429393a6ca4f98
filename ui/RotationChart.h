#pragma once

#include <QWidget>

class RotationHistoryModel;

// Rotations over time, where a glance says more than the table: one mark per rotation at its start
// date, as high as it took, coloured and shaped (never colour alone) by outcome, with a legend.
// Hovering a mark names the rotation. Drawn with QPainter from the History view's model.
class RotationChart : public QWidget
{
    Q_OBJECT

public:
    explicit RotationChart(RotationHistoryModel *model, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    QString summary() const; // what the chart shows, in words (its accessible description)

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect plotArea() const;
    int rowAt(const QPoint &position) const;

    RotationHistoryModel *m_model;
};
