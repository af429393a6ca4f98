#pragma once

#include "models/RotationHistory.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace km {

class RotationChart;
class RotationHistoryModel;
class Workspace;

// Every rotation the audit knows, one row each (who requested it, when it started and ended, how
// long it took, how it ended, how many retries), newest first, with a chart of them over time.
// The audit is read the first time the page is shown, streaming with progress; a row opens that
// rotation's own events.
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPage(Workspace *workspace, QWidget *parent = nullptr);

    RotationHistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void readHistory();
    void openRotation(int row); // the rotation's events, in a dialog
    QString stateText() const;
    // The last secret-key rotation (requested, run, status, message), above the MEK table: the
    // server publishes only the last run.
    QString secretKeyText() const;
    // The period shown, by the combo above the chart: the chart and the table hold its rotations.
    enum Period { AllTime, Last30Days, Last365Days, CustomPeriod };
    void setPeriod(Period period, const QDate &from = {}, const QDate &to = {});
    RotationChart *chart() const { return m_chart; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onUpdated();
    void onFinished(bool ok, const QString &message);
    void applyPeriod();

    Workspace *m_workspace;
    RotationHistoryModel *m_model;
    QSortFilterProxyModel *m_sorted;
    RotationChart *m_chart;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QList<RotationSummary> m_all; // every rotation read; the model holds the period's
    QTableView *m_view;
    QLabel *m_state;
    QLabel *m_notice;
    QLabel *m_secretKeys;
    void showSecretKeys();
    QProgressBar *m_progress;
    QPushButton *m_read;
    QPushButton *m_stop;
    QPushButton *m_open;
    bool m_started = false;
    bool m_failed = false; // the last read failed: read again when the connection returns
};

} // namespace km
