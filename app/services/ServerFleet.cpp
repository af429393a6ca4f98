#include "services/ServerFleet.h"
#include "usecases/ConfigurationReading.h"
#include "usecases/SignInProfile.h"
#include "usecases/UnattendedSignIn.h"

#include "api/ApiClient.h"
#include "services/RotationHistoryReader.h"
#include "session/SecretStore.h"
#include "session/Session.h"

#include "models/DateText.h"
#include "models/RotationText.h"
#include "models/SafeText.h"

namespace km {

ServerFleet::ServerFleet(Settings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_settings(settings), m_secrets(secrets)
{
    reloadProfiles();
    m_model = new ServerFleetModel(this, this);
}

ServerFleet::~ServerFleet()
{
    for (Entry *e : m_entries + m_retired) {
        if (e->owned)
            delete e->session;
        delete e;
    }
}

ServerFleet::Entry *ServerFleet::find(quint64 id) const
{
    for (const QList<Entry *> *list : {&m_entries, &m_retired}) {
        for (Entry *e : *list) {
            if (e->id == id)
                return e;
        }
    }
    return nullptr;
}

ServerFleet::Entry *ServerFleet::newEntry()
{
    auto *e = new Entry;
    e->id = m_nextId++;
    return e;
}

void ServerFleet::discard(Entry *e)
{
    if (e->owned && e->session)
        e->session->deleteLater(); // an answer of its own may be what is running now
    if (e->reader)
        e->reader->deleteLater();
    delete e;
}

void ServerFleet::retire(Entry *e)
{
    const bool queued = m_queue.removeAll(e) > 0;
    if (e->status.busy && !queued) {
        m_retired << e; // its refresh is on its way and ends in finish(), which deletes it
        return;
    }
    discard(e);
}

void ServerFleet::adopt(Session *session)
{
    Q_EMIT listAboutToChange();
    const int row = rowOf(session->profile().name);
    Entry *e = nullptr;
    if (row >= 0) {
        Entry *old = entry(row);
        e = newEntry();
        e->status.profile = old->status.profile;
        m_entries.replace(row, e);
        old->owned = old->owned && old->session != session;
        retire(old);
    } else {
        e = newEntry();
        e->status.profile = session->profile();
        m_entries.prepend(e);
    }
    e->session = session;
    e->owned = false;
    e->status.signedIn = session->client()->isSignedIn();
    Q_EMIT listChanged();
}

void ServerFleet::reloadProfiles()
{
    // Rows may change while answers are on their way: each answer finds its entry by id.
    Q_EMIT listAboutToChange();
    QList<Entry *> kept;
    for (const ConnectionProfile &p : m_settings->profiles()) {
        const int row = rowOf(p.name);
        Entry *e = row >= 0 ? m_entries.takeAt(row) : newEntry();
        e->status.profile = p;
        kept << e;
    }
    // The window's own session stays even when its profile was never saved (or was removed).
    for (Entry *e : std::as_const(m_entries)) {
        if (!e->owned && e->session)
            kept.prepend(e);
        else
            retire(e);
    }
    m_entries = kept;
    Q_EMIT listChanged();
}

const ServerStatus &ServerFleet::status(int row) const
{
    return entry(row)->status;
}

int ServerFleet::rowOf(const QString &profileName) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i)->status.profile.name == profileName)
            return i;
    }
    return -1;
}

Session *ServerFleet::sessionOf(Entry *e)
{
    if (!e->session) {
        e->session = new Session(m_settings, m_secrets);
        e->owned = true;
        e->session->setProfile(e->status.profile);
        e->session->client()->setTimeout(m_timeout);
        e->session->client()->setClock(m_clock);
    }
    return e->session;
}

Session *ServerFleet::session(int row)
{
    return sessionOf(entry(row));
}

void ServerFleet::refreshAll()
{
    for (int row = 0; row < m_entries.size(); ++row)
        refresh(row);
}

void ServerFleet::refresh(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    Entry *e = entry(row);
    if (e->status.busy || m_queue.contains(e))
        return;
    e->status.busy = true;
    Q_EMIT changed(row);
    m_queue << e;
    pump();
}

void ServerFleet::pump()
{
    while (m_active < m_maxParallel && !m_queue.isEmpty()) {
        ++m_active;
        run(m_queue.takeFirst());
    }
}

void ServerFleet::run(Entry *e)
{
    e->replies.supersede();
    ServerStatus &s = e->status;
    s.problem.clear();
    s.warnings.clear();
    s.signedIn = e->session && e->session->client()->isSignedIn();
    if (s.signedIn)
        return readState(e);
    checkReach(e);
}

void ServerFleet::checkReach(Entry *e)
{
    Session *session = sessionOf(e);
    const quint64 id = e->id;
    const ReplyGuard::Ticket ticket = e->replies.ticket();
    const ConnectionProfile &p = e->status.profile;
    const bool platform = p.method == ConnectionProfile::Method::Platform;
    auto *once = new QObject(this); // one answer, then the connection goes
    connect(session, &Session::connectionTested, once, [this, id, ticket, once](const ConnectionReport &report) {
        once->deleteLater();
        Entry *x = find(id);
        if (!x || !x->replies.isCurrent(ticket))
            return;
        ServerStatus &s = x->status;
        s.reach = report.reachable && report.error.kind() != ApiError::Tls ? ServerStatus::Reachable : ServerStatus::Unreachable;
        if (s.reach == ServerStatus::Unreachable) {
            ConnectionReport r = report;
            s.problem = r.lines().join(QLatin1Char(' '));
            return finish(x);
        }
        signInByItself(x);
    });
    session->testConnection(platform ? p.platformUrl : p.server, p.proxy, p.caFile, platform);
}

void ServerFleet::signInByItself(Entry *e)
{
    ServerStatus &s = e->status;
    const ConnectionProfile &p = s.profile;
    s.needsSignIn = true;
    if (s.signInFailed) {
        s.signInNote = tr("The last sign-in failed; it is not tried again by itself (a directory locks accounts after a few).");
        return finish(e);
    }
    if (p.method == ConnectionProfile::Method::Token) {
        s.signInNote = tr("Signs in with a token, which is never kept.");
        return finish(e);
    }
    if (!p.oneTimeCode.isEmpty()) {
        s.signInNote = p.oneTimeCode == QLatin1String("push") ? tr("Needs a Duo push: sign in yourself.")
                                                              : tr("Needs a one-time code: sign in yourself.");
        return finish(e);
    }
    if (!SignInProfile::secretKept(p, m_secrets && m_secrets->isAvailable())) {
        s.signInNote = tr("No password is kept for it: sign in yourself.");
        return finish(e);
    }
    const quint64 id = e->id;
    const ReplyGuard::Ticket ticket = e->replies.ticket();
    m_secrets->read(Session::keychainKey(p), [this, id, ticket](std::optional<QString> secret) {
        Entry *x = find(id);
        if (!x || !x->replies.isCurrent(ticket))
            return;
        if (!secret || secret->isEmpty()) {
            x->status.signInNote = tr("No password is kept for it: sign in yourself.");
            return finish(x);
        }
        const ConnectionProfile &profile = x->status.profile;
        Credentials c = UnattendedSignIn::credentialsOf(profile, *secret);
        Session *session = x->session;
        session->setProfile(SignInProfile::startFrom(SignInProfile::FrontEnd::ServersPage, profile, profile));
        UnattendedSignIn::start(session, c, this, [this, id, ticket](const UnattendedSignIn::Result &result) {
            Entry *y = find(id);
            if (!y || !y->replies.isCurrent(ticket))
                return;
            if (!result.ok()) {
                const ApiError error =
                    result.outcome == UnattendedSignIn::Untrusted
                        ? ApiError(ApiError::Tls, tr("the certificate of %1 is not trusted.").arg(result.review->host))
                    : result.outcome == UnattendedSignIn::VaultToChoose
                        ? ApiError(ApiError::BadRequest, tr("the tenant has several vaults; choose one by signing in yourself."))
                        : result.error;
                y->status.signInFailed = true;
                y->status.signInNote = tr("Sign-in failed: %1 It is not tried again by itself.").arg(error.message());
                return finish(y);
            }
            // The profile signed in as it is: nothing is saved, no secret kept (SignInProfile decides it).
            SignInProfile::Request request;
            request.front = SignInProfile::FrontEnd::ServersPage;
            request.chosen = y->status.profile;
            y->session->setProfile(SignInProfile::afterSignIn(request, y->session->profile()).session);
            y->status.needsSignIn = false;
            y->status.signInNote.clear();
            readState(y);
        });
        c.wipe();
    });
}

void ServerFleet::readState(Entry *e)
{
    e->status.signedIn = true;
    e->status.reach = ServerStatus::Reachable;
    e->status.needsSignIn = false;
    const quint64 id = e->id;
    const ReplyGuard::Ticket ticket = e->replies.ticket();
    ApiClient *client = e->session->client();
    client->getConfig(this, [this, id, ticket](const ApiResult<KeyManagementConfig> &config) {
        Entry *x = find(id);
        if (!x || !x->replies.isCurrent(ticket))
            return;
        if (config.ok()) {
            x->status.typeName = ConfigurationReading::learn(*x->session, config.value).typeName;
        } else if (const ApiError::Kind k = config.error.kind(); k == ApiError::ConnectionRefused || k == ApiError::HostNotFound
                                                                 || k == ApiError::Timeout || k == ApiError::Network
                                                                 || k == ApiError::Tls) {
            // A signed-in server that went away is unreachable, not "reachable with a warning".
            x->status.reach = ServerStatus::Unreachable;
            x->status.problem = config.error.message();
            return finish(x);
        } else {
            x->status.warnings << tr("The configuration could not be read: %1").arg(config.error.message());
        }
        x->session->client()->getRotationInfo(this, [this, id, ticket](const ApiResult<RotationInfo> &info) {
            Entry *y = find(id);
            if (!y || !y->replies.isCurrent(ticket))
                return;
            if (!info.ok()) {
                y->status.problem = info.error.message();
                if (info.error.kind() == ApiError::AuthFailed)
                    y->status.signedIn = false;
                return finish(y);
            }
            y->status.rotation = info.value;
            y->session->server()->setMayAdminister(info.value.hasPermission);
            if (!y->reader) {
                y->reader = new RotationHistoryReader(y->session->client(), this);
                connect(y->reader, &RotationHistoryReader::finished, this, [this, id](bool ok, const QString &message) {
                    Entry *z = find(id);
                    if (!z)
                        return;
                    z->status.keyAgeKnown = ok;
                    if (ok)
                        z->status.lastCompleted = z->reader->history().lastCompleted();
                    else
                        z->status.warnings << message;
                    finish(z);
                });
            }
            RotationHistoryReader::Options options;
            options.untilLastCompleted = true;
            y->reader->start(options);
        });
    });
}

void ServerFleet::judge(ServerStatus &s, const Clock &clock) const
{
    if (s.keyAgeKnown) {
        s.keyAge = KeyAge::at(clock, s.lastCompleted, s.profile.rotationPolicyDays);
        if (s.keyAge.state == KeyAge::Overdue)
            s.warnings << tr("Key overdue for rotation");
        else if (s.keyAge.state == KeyAge::DueSoon)
            s.warnings << tr("Key due for rotation within %n day(s)", nullptr, std::max(0, s.keyAge.daysLeft));
        else if (s.keyAge.state == KeyAge::Unknown)
            s.warnings << tr("No completed rotation known");
    }
    if (s.rotation) {
        if (s.rotation->processState == ProcessState::Failed)
            s.warnings << tr("The last rotation failed");
        if (!s.rotation->hasPermission)
            s.warnings << tr("This account may not administer key management");
    }
}

void ServerFleet::finish(Entry *e)
{
    ServerStatus &s = e->status;
    const Clock &clock = *e->session->client()->clock();
    // The policy as the server's state has it now (the window may have changed it since).
    s.profile.rotationPolicyDays = e->session->server()->rotationPolicyDays();
    judge(s, clock);
    s.busy = false;
    s.checkedUtc = clock.utcNow();
    --m_active;
    if (m_retired.removeOne(e)) {
        discard(e); // its profile went while it was being refreshed
    } else if (const int row = int(m_entries.indexOf(e)); row >= 0) {
        Q_EMIT changed(row);
    }
    pump();
    if (!isRefreshing())
        Q_EMIT refreshFinished();
}

void ServerFleet::signedInByUser(int row)
{
    Entry *e = entry(row);
    e->status.signInFailed = false;
    e->status.signInNote.clear();
    // The row shows the saved profile: a sign-in as someone else is not that profile.
    if (const auto saved = m_settings->profile(e->status.profile.name))
        e->status.profile = *saved;
    refresh(row);
}

void ServerFleet::signOut(int row)
{
    Entry *e = entry(row);
    if (!e->session || e->status.busy)
        return;
    e->replies.supersede();
    if (e->reader)
        e->reader->cancel();
    const quint64 id = e->id;
    e->session->signOut([this, id] {
        Entry *x = find(id);
        if (!x)
            return;
        x->status.signedIn = false;
        x->status.needsSignIn = true;
        x->status.signInNote = tr("Signed out.");
        if (const int r = int(m_entries.indexOf(x)); r >= 0)
            Q_EMIT changed(r);
    });
}

ServerFleetModel::ServerFleetModel(ServerFleet *fleet, QObject *parent) : QAbstractTableModel(parent), m_fleet(fleet)
{
    // The reset begins before the fleet changes its rows, and ends once they are in place.
    connect(fleet, &ServerFleet::listAboutToChange, this, [this] { beginResetModel(); });
    connect(fleet, &ServerFleet::listChanged, this, [this] { endResetModel(); });
    connect(fleet, &ServerFleet::changed, this, [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

int ServerFleetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_fleet->count();
}

int ServerFleetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServerFleetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_fleet->count())
        return {};
    const ServerStatus &s = m_fleet->status(index.row());
    const bool platform = s.profile.method == ConnectionProfile::Method::Platform;
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case ServerColumn: return platform ? s.profile.platformUrl : s.profile.server;
        case ReachColumn: return s.problem;
        case SignInColumn: return s.signInNote;
        case LastRotationColumn: return s.lastCompleted ? DateText::utc(s.lastCompleted->endedUtc) : QVariant();
        case KeyAgeColumn: return s.keyAgeKnown ? s.keyAge.sentence() : QVariant();
        case WarningsColumn: return s.warnings.join(QLatin1Char('\n'));
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ServerColumn: return s.profile.name.isEmpty() ? QUrl(s.profile.server).host() : s.profile.name;
    case ReachColumn:
        if (s.busy)
            return tr("Checking…");
        if (s.signedIn && s.reach != ServerStatus::Unreachable)
            return tr("Reachable");
        return s.reach == ServerStatus::Reachable ? tr("Reachable") : s.reach == ServerStatus::Unreachable ? tr("Unreachable") : QString();
    case SignInColumn: return s.signedIn ? tr("Signed in") : s.needsSignIn ? tr("Sign in") : QString();
    case TypeColumn: return SafeText::oneLine(s.typeName);
    case RotationColumn: return s.rotation ? RotationText::stateLabel(s.rotation->processState, s.rotation->processStateName) : QString();
    case LastRotationColumn: return s.lastCompleted ? DateText::local(s.lastCompleted->endedUtc) : s.keyAgeKnown ? tr("none") : QString();
    case KeyAgeColumn:
        if (!s.keyAgeKnown)
            return QString();
        if (s.keyAge.state == KeyAge::Unknown)
            return tr("unknown (policy %n day(s))", nullptr, s.keyAge.policyDays);
        return tr("%1 days (policy %2)").arg(QLocale().toString(s.keyAge.ageDays, 'f', 1)).arg(s.keyAge.policyDays);
    case WarningsColumn:
        // Unreachable: why, in the words of the connection test.
        return s.reach == ServerStatus::Unreachable && !s.busy ? s.problem : s.warnings.join(QStringLiteral("; "));
    }
    return {};
}

QVariant ServerFleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServerColumn: return tr("Server");
    case ReachColumn: return tr("Network");
    case SignInColumn: return tr("Session");
    case TypeColumn: return tr("Key management");
    case RotationColumn: return tr("Rotation");
    case LastRotationColumn: return tr("Last completed");
    case KeyAgeColumn: return tr("Key age");
    case WarningsColumn: return tr("Warnings");
    }
    return {};
}

} // namespace km
