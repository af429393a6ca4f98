#pragma once

#include <QString>

class QTextDocument;

namespace km {

struct ComplianceReport;

// The compliance report as a PDF, made with Qt's own writer: A4, or Letter where the locale
// measures in inches; tables that run over a page repeat their header; page numbers; the text
// translated like the rest. Written whole or not at all (QSaveFile). Needs a QGuiApplication
// (fonts); the command line makes an offscreen one for it.
namespace ReportPdf {
bool write(const ComplianceReport &report, const QString &fileName, QString *error);
// The laid-out text, for tests and previews; the caller owns it.
QTextDocument *document(const ComplianceReport &report);
} // namespace ReportPdf

} // namespace km
