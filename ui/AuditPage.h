#pragma once

#include "services/AuditExporter.h"

#include <QDate>
#include <QWidget>

#include <chrono>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;

namespace km {

class ApiError;
class AuditBrowser;
class ColumnFitter;
class DayEdit;

// The rotation audit, a view of AuditBrowser: a paged grid sorted and filtered on the server
// (user, action, one day, a search), a details pane, paging controls, keyboard paths, and export
// of everything that matches (or of a range of days) to CSV with progress, cancel, and a way to
// open the file when it is done.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(AuditBrowser *browser, QWidget *parent = nullptr);

    AuditBrowser *browser() const { return m_browser; }
    void reload();
    void showDay(const QDate &dayUtc); // filter to one day, clearing the other filters
    // That rotation's records only: the one started then, found in the day's records; the filter
    // is shown and removable.
    void showRotation(const QDateTime &startedUtc);
    QString rotationFilterText() const; // the shown rotation filter; empty when none
    QString dayProblemText() const;     // why the typed day was refused, under the field
    void exportCsv();                   // asks for a file, then exports what matches
    void exportDays();                  // asks for a range of days, then a file
    void copySelection();
    QString stateText() const; // the loading/empty/error line
    // How long a page may take before "Loading…" is said (300 ms; tests set their own).
    void setLoadingDelay(std::chrono::milliseconds delay);
    QString lastExportMessage() const { return m_lastExportMessage; }
    AuditExporter::Outcome lastExportOutcome() const { return m_lastOutcome; }
    bool isExporting() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    // The state line says nothing and keeps one line's height: the tallest of its one-line texts,
    // so that neither saying "Loading…" nor taking it back moves the grid, in any font.
    void hideState();
    void keepStateLineHeight();
    void applyFilters();
    void onPageLoaded();
    void onFailed(const ApiError &error);
    void updatePager();
    void updateDetails();
    void syncRotationFilter();
    void onDayProblem(const QString &problem);
    void startExport(const AuditExporter::Options &options);
    void onExportFinished(AuditExporter::Outcome outcome, const QString &message);

    AuditBrowser *m_browser = nullptr;
    AuditExporter *m_exporter = nullptr;
    QProgressDialog *m_exportProgress = nullptr;
    QString m_lastExportMessage;
    AuditExporter::Outcome m_lastOutcome = AuditExporter::Completed;

    QComboBox *m_userFilter = nullptr;
    QComboBox *m_actionFilter = nullptr;
    DayEdit *m_dayFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDebounce = nullptr;
    QTimer *m_loadingDelay = nullptr;
    QPushButton *m_clearFilters = nullptr;
    QPushButton *m_rotationFilter = nullptr;
    QLabel *m_dayProblem = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_retry = nullptr;
    QTableView *m_view = nullptr;
    ColumnFitter *m_columns = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_first = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_last = nullptr;
    QLabel *m_pageLabel = nullptr;
    QLabel *m_sortState = nullptr;
    QComboBox *m_pageSize = nullptr;
    QCheckBox *m_bom = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace km
