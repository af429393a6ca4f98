#pragma once

#include <QDate>
#include <QWidget>

class ApiClient;
class ApiError;
class AuditBrowser;
class AuditExporter;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;

// The rotation audit: a paged grid sorted and filtered on the server (user, action, a day, a
// search), a details pane, paging controls, keyboard paths, and export of everything that
// matches to CSV with progress and cancel.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    AuditPage(ApiClient *client, QWidget *parent = nullptr);

    AuditBrowser *browser() const { return m_browser; }
    void reload();
    void showDay(const QDate &dayUtc); // filter to one day, clearing the other filters
    void exportCsv();                  // asks for a file, then exports with progress
    void copySelection();
    QString stateText() const;         // the loading/empty/error line
    QString lastExportMessage() const { return m_lastExportMessage; }
    bool isExporting() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void applyFilters();
    void onPageLoaded();
    void onFailed(const ApiError &error);
    void updatePager();
    void updateDetails();

    ApiClient *m_client;
    AuditBrowser *m_browser;
    AuditExporter *m_exporter = nullptr;
    QProgressDialog *m_exportProgress = nullptr;
    QString m_lastExportMessage;

    QComboBox *m_userFilter;
    QComboBox *m_actionFilter;
    QCheckBox *m_dateOn;
    QDateEdit *m_dateFilter;
    QLineEdit *m_search;
    QTimer *m_searchDebounce;
    QPushButton *m_clearFilters;
    QLabel *m_state;
    QPushButton *m_retry;
    QTableView *m_view;
    QTextBrowser *m_details;
    QPushButton *m_first;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_last;
    QLabel *m_pageLabel;
    QComboBox *m_pageSize;
    QCheckBox *m_bom;
    QPushButton *m_export;
};
