#include "services/ReportPdf.h"

#include "services/ComplianceReport.h"

#include "models/ConfigField.h"
#include "models/DateText.h"
#include "models/RotationHistoryModel.h"
#include "models/RotationText.h"
#include "models/SafeText.h"
#include "models/SecretKeyText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace km {

namespace {
struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)
};

class Writer
{
public:
    explicit Writer(QTextDocument *document) : m_cursor(document)
    {
        m_body.setFontPointSize(9.5);
        m_heading = m_body;
        m_heading.setFontPointSize(13);
        m_heading.setFontWeight(QFont::Bold);
        m_title = m_body;
        m_title.setFontPointSize(18);
        m_title.setFontWeight(QFont::Bold);
        m_strong = m_body;
        m_strong.setFontWeight(QFont::Bold);
    }

    void title(const QString &text) { block(text, m_title, 0, 6); }
    void heading(const QString &text) { block(text, m_heading, 14, 4); }
    void line(const QString &text, bool strong = false) { block(text, strong ? m_strong : m_body, 0, 2); }

    // A table whose first row is its header, repeated on every page it runs over.
    void table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &widthsPercent)
    {
        QTextTableFormat format;
        format.setHeaderRowCount(1);
        format.setCellPadding(3);
        format.setCellSpacing(0);
        format.setBorder(0.5);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QList<QTextLength> widths;
        for (int w : widthsPercent)
            widths << QTextLength(QTextLength::PercentageLength, w);
        format.setColumnWidthConstraints(widths);
        QTextTable *t = m_cursor.insertTable(int(rows.size()) + 1, int(header.size()), format);
        for (int c = 0; c < header.size(); ++c)
            t->cellAt(0, c).firstCursorPosition().insertText(header.at(c), m_strong);
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < header.size(); ++c)
                t->cellAt(r + 1, c).firstCursorPosition().insertText(rows.at(r).value(c), m_body);
        }
        m_cursor.movePosition(QTextCursor::End);
    }

private:
    void block(const QString &text, const QTextCharFormat &format, qreal above, qreal below)
    {
        QTextBlockFormat b;
        b.setTopMargin(above);
        b.setBottomMargin(below);
        if (m_first) {
            m_cursor.setBlockFormat(b);
            m_first = false;
        } else {
            m_cursor.insertBlock(b);
        }
        m_cursor.insertText(text, format);
    }

    QTextCursor m_cursor;
    QTextCharFormat m_body, m_heading, m_title, m_strong;
    bool m_first = true;
};
} // namespace

QTextDocument *ReportPdf::document(const ComplianceReport &r)
{
    auto *doc = new QTextDocument;
    // Lines break between words only: a narrow column grows rather than cut "Rotation" into two.
    QTextOption wrap = doc->defaultTextOption();
    wrap.setWrapMode(QTextOption::WordWrap);
    doc->setDefaultTextOption(wrap);
    // The first page answers an auditor's questions: the server, its configuration, the key's age
    // against the policy, the last rotation and the totals; the rotation table follows.
    Writer w(doc);
    w.title(ReportText::tr("Key management compliance report"));
    w.line(ReportText::tr("Server: %1").arg(r.server));
    w.line(ReportText::tr("Secret Server version: %1").arg(r.serverVersion.isEmpty() ? ReportText::tr("unknown") : r.serverVersion));
    w.line(ReportText::tr("Generated %1 UTC by %2 with kmconsole %3")
               .arg(DateText::utcStamp(r.generatedUtc), SafeText::oneLine(r.generatedBy), r.consoleVersion));
    w.line(ReportText::tr("Period: %1 to %2 (UTC)").arg(r.since.toString(Qt::ISODate), r.generatedUtc.date().toString(Qt::ISODate)));

    w.heading(ReportText::tr("The master encryption key's age"));
    w.line(r.keyAge.sentence(), r.keyAge.state == KeyAge::Overdue || r.keyAge.state == KeyAge::Unknown);
    if (r.lastCompletedRotation) {
        const RotationSummary &l = *r.lastCompletedRotation;
        w.line(ReportText::tr("Last completed rotation: #%1, requested by %2, started %3 UTC, completed %4 UTC.")
                   .arg(l.rotationId)
                   .arg(SafeText::oneLine(l.requestedBy), DateText::utcStamp(l.startedUtc), DateText::utcStamp(l.endedUtc)));
    }
    if (r.newestKeyNotFullyInUse)
        w.line(ReportText::tr("The newest rotation failed after the key was changed: a new key exists but is not fully in use; "
                              "the age counts from the last completed rotation."),
               true);

    w.heading(ReportText::tr("Rotation state"));
    w.line(ReportText::tr("%1: %2").arg(RotationText::stateLabel(r.rotationState.processState, r.rotationState.processStateName),
                                        RotationText::sentence(r.rotationState.status, r.rotationState.statusName)));
    if (r.rotationState.lastEndUtc.isValid())
        w.line(ReportText::tr("Last ended %1 UTC.").arg(DateText::utcStamp(r.rotationState.lastEndUtc)));
    if (!r.rotationState.errorMessage.isEmpty())
        w.line(ReportText::tr("The server's error: %1").arg(SafeText::oneLine(r.rotationState.errorMessage)));

    w.heading(ReportText::tr("Last secret-key rotation"));
    if (r.secretKeyRotation) {
        const SecretKeyRotationStatus &k = *r.secretKeyRotation;
        auto stamp = [](const QDateTime &utc) {
            return utc.isValid() ? DateText::utcStamp(utc) + QStringLiteral(" UTC") : ReportText::tr("never");
        };
        w.line(ReportText::tr("Requested %1; run %2.").arg(stamp(k.lastRequestUtc), stamp(k.lastRunUtc)));
        w.line(ReportText::tr("Status: %1").arg(SecretKeyText::lastRun(k)));
    } else {
        w.line(ReportText::tr("Could not be read: %1").arg(SafeText::oneLine(r.secretKeyRotationError)), true);
    }

    const ComplianceReport::Totals totals = r.totals();
    w.heading(ReportText::tr("Rotations in the period"));
    w.line(ReportText::tr("%n rotation(s): %1 completed, %2 failed; median duration %3.", nullptr, totals.count)
               .arg(totals.completed)
               .arg(totals.failed)
               .arg(totals.medianDurationSeconds ? RotationHistoryModel::durationText(*totals.medianDurationSeconds)
                                                 : ReportText::tr("none")));
    if (!r.historyNotice.isEmpty())
        w.line(r.historyNotice);

    w.heading(ReportText::tr("Key management configuration"));
    w.line(ReportText::tr("Type: %1 (id %2). Secrets are never part of this report.")
               .arg(SafeText::oneLine(r.typeName))
               .arg(r.configuration.typeId));
    QList<QStringList> fields;
    for (const ConfigField::Spec &spec : ConfigField::all()) {
        if (spec.secret || spec.kind != r.kind)
            continue;
        fields << QStringList{spec.label(), r.configuration.reports(spec.id) ? SafeText::oneLine(r.configuration.value(spec.id))
                                                                             : ReportText::tr("(not reported by the server)")};
    }
    if (!fields.isEmpty())
        w.table({ReportText::tr("Field"), ReportText::tr("Value")}, fields, {30, 70});

    w.heading(ReportText::tr("Configuration changes in the period"));
    if (!r.configurationChanges) {
        w.line(ReportText::tr("This server keeps no configuration history that the API can read."));
    } else if (r.configurationChanges->isEmpty()) {
        w.line(ReportText::tr("None."));
    } else {
        QList<QStringList> rows;
        for (const ConfigAuditRecord &c : *r.configurationChanges)
            rows << QStringList{DateText::utcStamp(c.dateRecordedUtc), SafeText::oneLine(c.displayName), SafeText::oneLine(c.action),
                                SafeText::oneLine(c.notes)};
        w.table({ReportText::tr("Date (UTC)"), ReportText::tr("By"), ReportText::tr("Action"), ReportText::tr("Notes")}, rows,
                {18, 18, 14, 50});
    }
    if (!r.rotations.isEmpty()) {
        w.heading(ReportText::tr("Every rotation in the period"));
        QList<QStringList> rows;
        for (const RotationSummary &s : r.rotations) {
            const auto seconds = s.durationSeconds();
            rows << QStringList{QStringLiteral("#%1").arg(s.rotationId),
                                SafeText::oneLine(s.requestedBy),
                                DateText::utcStamp(s.startedUtc),
                                DateText::utcStamp(s.endedUtc),
                                seconds ? RotationHistoryModel::durationText(*seconds) : QString(),
                                RotationOutcome::label(s.outcome),
                                QString::number(s.retries)};
        }
        w.table({ReportText::tr("Rotation"), ReportText::tr("Requested by"), ReportText::tr("Started (UTC)"), ReportText::tr("Ended (UTC)"),
                 ReportText::tr("Duration"), ReportText::tr("Outcome"), ReportText::tr("Retries")},
                rows, {10, 21, 16, 16, 11, 18, 8});
    }

    return doc;
}

bool ReportPdf::write(const ComplianceReport &report, const QString &fileName, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = ReportText::tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    {
        QPdfWriter pdf(&file);
        const bool inches = QLocale().measurementSystem() != QLocale::MetricSystem;
        pdf.setPageSize(QPageSize(inches ? QPageSize::Letter : QPageSize::A4));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter); // the document keeps 2 cm itself
        pdf.setResolution(300);
        pdf.setTitle(ReportText::tr("Key management compliance report: %1").arg(report.server));
        pdf.setCreator(QStringLiteral("kmconsole %1").arg(report.consoleVersion));
        const std::unique_ptr<QTextDocument> doc(document(report));
        doc->print(&pdf);
    }
    if (!file.commit()) {
        *error = ReportText::tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

} // namespace km
