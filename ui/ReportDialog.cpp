#include "ui/ReportDialog.h"

#include "ui/Accessibility.h"
#include "ui/DayEdit.h"
#include "ui/FileChooser.h"
#include "ui/Prompter.h"
#include "ui/Theme.h"

#include "services/ComplianceReport.h"
#include "services/ReportPdf.h"
#include "services/Workspace.h"
#include "session/Session.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace km {

ReportDialog::ReportDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_builder(new ComplianceReportBuilder(workspace->session(), this))
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Compliance report"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A report for auditors: this server's key-management configuration (never a secret) and its "
                                "changes, the rotation state, the key's age against the policy, and every rotation of the "
                                "period with totals."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_since = new DayEdit;
    m_since->setObjectName(QStringLiteral("reportSince"));
    m_since->lineEdit()->setObjectName(QStringLiteral("reportSinceEdit"));
    m_since->lineEdit()->setAccessibleName(tr("Period from (UTC)"));
    describe(m_since->lineEdit(), tr("The first day of the period, as YYYY-MM-DD (UTC); the period ends now."));
    m_since->setDay(QDate::currentDate().addDays(-365));
    auto *sinceLabel = new QLabel(tr("Period &from (UTC):"));
    sinceLabel->setBuddy(m_since->lineEdit());
    form->addRow(sinceLabel, m_since);
    m_policy = new QSpinBox;
    m_policy->setObjectName(QStringLiteral("reportPolicy"));
    m_policy->setRange(1, 3650);
    m_policy->setSuffix(tr(" days"));
    m_policy->setValue(workspace->session()->server()->rotationPolicyDays());
    m_policy->setAccessibleName(tr("Rotation policy in days"));
    describe(m_policy, tr("The key's greatest allowed age; the report judges the key's age against it."));
    form->addRow(tr("&Policy: at most"), m_policy);
    auto *formats = new QHBoxLayout;
    m_pdf = new QRadioButton(tr("P&DF, to print or file"));
    m_pdf->setObjectName(QStringLiteral("reportPdf"));
    describe(m_pdf, tr("A paginated document with tables and page numbers."));
    m_json = new QRadioButton(tr("&JSON, for tools"));
    m_json->setObjectName(QStringLiteral("reportJson"));
    describe(m_json, tr("The same content with stable keys (see the README)."));
    m_pdf->setChecked(true);
    formats->addWidget(m_pdf);
    formats->addWidget(m_json);
    formats->addStretch();
    auto *formatLabel = new QLabel(tr("Format:"));
    form->addRow(formatLabel, formats);
    layout->addLayout(form);
    m_state = Accessibility::announcedLabel(QStringLiteral("reportState"));
    layout->addWidget(m_state);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setAccessibleName(tr("Progress of the report"));
    m_progress->hide();
    layout->addWidget(m_progress);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelReportButton"));
    describe(cancel, tr("Stops gathering the report (nothing is written), or closes this window."));
    m_generate = buttons->addButton(tr("&Save report…"), QDialogButtonBox::AcceptRole);
    m_generate->setObjectName(QStringLiteral("generateReportButton"));
    describe(m_generate, tr("Asks where to save it, then gathers the report from the server and writes it."));
    layout->addWidget(buttons);
    // Tab reaches both buttons, in the order they are shown (the box left Cancel out of the chain).
    QWidget::setTabOrder(m_json, buttons->buttons().constFirst());
    QWidget::setTabOrder(buttons->buttons().constFirst(), buttons->buttons().constLast());
    connect(m_generate, &QPushButton::clicked, this, &ReportDialog::generate);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_builder->isRunning()) {
            m_builder->cancel();
            m_progress->hide();
            m_generate->setEnabled(true);
            m_state->setText(tr("Cancelled: no file was written."));
            return;
        }
        reject();
    });
    connect(m_builder, &ComplianceReportBuilder::progress, this, [this](const QString &step, qint64 done, qint64 total) {
        m_progress->setMaximum(total > 0 ? int(std::min<qint64>(total, INT_MAX)) : 0);
        m_progress->setValue(int(std::min<qint64>(done, INT_MAX)));
        m_state->setText(step + QStringLiteral("…"));
    });
    connect(m_builder, &ComplianceReportBuilder::finished, this, &ReportDialog::onFinished);
    resize(560, sizeHint().height());
}

bool ReportDialog::isBusy() const
{
    return m_builder->isRunning();
}

QString ReportDialog::stateText() const
{
    return m_state->text();
}

void ReportDialog::generate()
{
    if (m_builder->isRunning())
        return;
    if (!m_since->commit() || !m_since->day().isValid()) {
        m_state->setText(tr("Give the first day of the period as YYYY-MM-DD."));
        m_state->setStyleSheet(Theme::errorText(this));
        return;
    }
    const bool pdf = m_pdf->isChecked();
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("key-management-report-%1-%2.%3")
                                                .arg(m_workspace->session()->host(), QDate::currentDate().toString(Qt::ISODate),
                                                     pdf ? QStringLiteral("pdf") : QStringLiteral("json")));
    m_file =
        FileChooser::saveFileName(this, tr("Save the report"), suggested, pdf ? tr("PDF documents (*.pdf)") : tr("JSON files (*.json)"));
    if (m_file.isEmpty())
        return;
    m_state->setStyleSheet(QString());
    m_progress->show();
    m_generate->setEnabled(false);
    m_builder->build(m_since->day(), m_policy->value());
}

void ReportDialog::onFinished(bool ok, const QString &error)
{
    m_progress->hide();
    m_generate->setEnabled(true);
    if (!ok) {
        m_state->setText(tr("%1\nNo file was written.").arg(error));
        m_state->setStyleSheet(Theme::errorText(this));
        return;
    }
    QString problem;
    bool written = false;
    if (m_pdf->isChecked()) {
        written = ReportPdf::write(m_builder->report(), m_file, &problem);
    } else {
        QSaveFile f(m_file);
        const QByteArray json = QJsonDocument(m_builder->report().toJson()).toJson(QJsonDocument::Indented);
        written = f.open(QIODevice::WriteOnly) && f.write(json) == json.size() && f.commit();
        if (!written)
            problem = tr("Cannot write %1: %2").arg(m_file, f.errorString());
    }
    if (!written) {
        m_state->setText(problem);
        m_state->setStyleSheet(Theme::errorText(this));
        return;
    }
    m_written = m_file;
    m_state->setText(tr("Wrote the report to %1.").arg(m_file));
    Prompter::Question q;
    q.title = tr("Report saved");
    q.information = true;
    q.text = tr("The report was saved to %1.").arg(m_file);
    q.answers = {Prompter::Open, Prompter::ShowInFolder, Prompter::Ok};
    q.defaultAnswer = Prompter::Ok;
    const Prompter::Answer answer = Prompter::ask(this, q);
    if (answer == Prompter::Open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_file));
    else if (answer == Prompter::ShowInFolder)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_file).absolutePath()));
    accept();
}

} // namespace km
