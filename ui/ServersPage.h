#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace km {

class ServerFleet;
class ServerFleetModel;
class Session;

// Every saved server at a glance (ServerFleet): reachable, signed in, key-management type,
// rotation state, last rotation and key age against its policy, warnings. Refresh all asks them
// all at once; a server can be signed in to (with the sign-in dialog), opened in its own window,
// or signed out of, each on its own session.
class ServersPage : public QWidget
{
    Q_OBJECT

public:
    ServersPage(ServerFleet *fleet, Session *current, QWidget *parent = nullptr);

    ServerFleet *fleet() const { return m_fleet; }
    QTableView *view() const { return m_view; }
    void refreshAll();
    bool signInTo(int row); // the sign-in dialog for that server; true once signed in
    void open(int row);     // its own window (this one for the window's own server)
    void signOut(int row);
    QString stateText() const;

Q_SIGNALS:
    void openRequested(Session *session);

protected:
    void showEvent(QShowEvent *event) override;

private:
    int currentRow() const;
    void updateButtons();

    ServerFleet *m_fleet;
    Session *m_current;
    ServerFleetModel *m_model;
    QTableView *m_view;
    QLabel *m_state;
    QPushButton *m_refresh;
    QPushButton *m_signIn;
    QPushButton *m_open;
    QPushButton *m_signOut;
    bool m_shown = false;
};

} // namespace km
