#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace km {

class ComplianceReportBuilder;
class DayEdit;
class Workspace;

// File > Report…: the compliance report of `kmconsole report`, from the window. The period and
// the policy are chosen, then a file; the report is gathered with progress (Cancel stops it),
// written whole or not at all, and the message that names the file offers to open it.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportDialog(Workspace *workspace, QWidget *parent = nullptr);

    void generate(); // asks for the file, then gathers and writes
    bool isBusy() const;
    QString stateText() const;
    QString writtenFile() const { return m_written; }

private:
    void onFinished(bool ok, const QString &error);

    Workspace *m_workspace;
    ComplianceReportBuilder *m_builder;
    DayEdit *m_since;
    QSpinBox *m_policy;
    QRadioButton *m_pdf;
    QRadioButton *m_json;
    QLabel *m_state;
    QProgressBar *m_progress;
    QPushButton *m_generate;
    QString m_file;
    QString m_written;
};

} // namespace km
