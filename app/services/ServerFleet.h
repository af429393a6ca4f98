#pragma once

#include "models/ReplyGuard.h"

#include "session/Settings.h"

#include "models/RotationHistory.h"
#include "models/RotationInfo.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <chrono>
#include <optional>

namespace km {

class RotationHistoryReader;
class ServerFleetModel;
class SecretStore;
class Session;

// What the Servers view says about one saved profile.
struct ServerStatus
{
    enum Reach { NotChecked, Reachable, Unreachable };

    ConnectionProfile profile;
    Reach reach = NotChecked;
    QString problem; // why it is unreachable, or why the last refresh stopped
    bool signedIn = false;
    bool needsSignIn = false;  // the console will not sign in by itself: the view says "sign in"
    QString signInNote;        // why not (a one-time code or push, nothing kept, an earlier failure)
    bool signInFailed = false; // a refresh never repeats a sign-in that failed
    bool busy = false;
    QString typeName;
    std::optional<RotationInfo> rotation;
    bool keyAgeKnown = false;
    std::optional<RotationSummary> lastCompleted;
    KeyAge keyAge;
    QStringList warnings;
    QDateTime checkedUtc;
};

// Every saved server at a glance, each with its own session (signing out of one leaves the others):
// reachable or not, signed in or not, its key-management type, rotation state, last completed
// rotation and key age against its policy, and warnings. Refreshing asks all of them at once, a few
// at a time, each with its own time-out. A refresh signs in by itself only with a password or client
// secret kept in the keychain, never with a one-time code or push, and never again after a sign-in
// that failed (a directory locks accounts after a few): such servers say "sign in" instead.
class ServerFleet : public QObject
{
    Q_OBJECT

public:
    ServerFleet(Settings *settings, SecretStore *secrets, QObject *parent = nullptr);
    ~ServerFleet() override;

    // The Servers view's table over this fleet (the fleet owns it; the page only shows it).
    ServerFleetModel *model() const { return m_model; }

    // The window's own session, for its profile: shown as signed in, refreshed like the others,
    // not owned (the window keeps it).
    void adopt(Session *session);
    void reloadProfiles(); // the saved profiles, in the settings' order; sessions kept by name

    int count() const { return int(m_entries.size()); }
    const ServerStatus &status(int row) const;
    Session *session(int row); // made on first use
    int rowOf(const QString &profileName) const;

    void refreshAll();
    void refresh(int row);
    bool isRefreshing() const { return m_active > 0 || !m_queue.isEmpty(); }
    // After the user signed in through the dialog: clears an earlier failure and reads the state.
    void signedInByUser(int row);
    void signOut(int row);

    void setMaxParallel(int n) { m_maxParallel = std::max(1, n); }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setClock(Clock *clock) { m_clock = clock; } // for the sessions it opens itself

Q_SIGNALS:
    void changed(int row);
    void listAboutToChange(); // the rows are about to change (a model begins its reset here)
    void listChanged();
    void refreshFinished();

private:
    struct Entry
    {
        ServerStatus status;
        Session *session = nullptr;
        bool owned = false;
        RotationHistoryReader *reader = nullptr;
        ReplyGuard replies; // one row's answers: a new refresh replaces the last
        quint64 id = 0;     // what an answer on its way names: rows move when profiles change
    };

    // Every answer finds its entry by id, wherever its row has gone since.
    Entry *find(quint64 id) const;
    Entry *newEntry();
    void retire(Entry *e); // off the list; deleted once its refresh is done
    void discard(Entry *e);
    void pump();
    void run(Entry *e);
    void checkReach(Entry *e);
    void signInByItself(Entry *e);
    void readState(Entry *e);
    void finish(Entry *e);
    void judge(ServerStatus &s, const Clock &clock) const;
    Entry *entry(int row) const { return m_entries.at(row); }
    Session *sessionOf(Entry *e);

    Settings *m_settings;
    SecretStore *m_secrets;
    QList<Entry *> m_entries;
    QList<Entry *> m_retired; // removed from the list while their refresh was under way
    QList<Entry *> m_queue;
    quint64 m_nextId = 1;
    int m_active = 0;
    int m_maxParallel = 4;
    std::chrono::milliseconds m_timeout{15000};
    Clock *m_clock = Clock::system();
    ServerFleetModel *m_model = nullptr;
};

// The Servers view's table over a ServerFleet.
class ServerFleetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ServerColumn,
        ReachColumn,
        SignInColumn,
        TypeColumn,
        RotationColumn,
        LastRotationColumn,
        KeyAgeColumn,
        WarningsColumn,
        ColumnCount
    };

    explicit ServerFleetModel(ServerFleet *fleet, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ServerFleet *m_fleet;
};

} // namespace km
