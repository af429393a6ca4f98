#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace km {

class Workspace;

// One way to show a lost connection, above every page: the reason, the back-off countdown and
// Retry now; and the word that what is on screen may be out of date and that actions needing the
// server are disabled until a request succeeds again.
class ConnectionBanner : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionBanner(Workspace *workspace, QWidget *parent = nullptr);
    QString text() const;

private:
    void refresh();

    Workspace *m_workspace;
    QLabel *m_text;
    QLabel *m_countdown;
    QPushButton *m_retry;
    QTimer *m_tick;
};

} // namespace km
