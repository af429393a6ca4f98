#pragma once

#include "session/Settings.h"

#include "models/MonitoringCheck.h"

#include <QObject>
#include <QPointer>

namespace km {

class RotationHistoryReader;
class Session;

// What `kmconsole check` reads from one server, into MonitoringCheck's rules: the rotation state,
// then the audit until the last completed rotation (the key's age, by KeyAge::at on the session's
// clock), then the checks before a rotation (RotationPreflight: the last backup, the secret-key
// rotation). Signs in by itself only as UnattendedSignIn does, with a secret it is given, never with
// a one-time code or a push (a profile that needs one is not signed in: "needs a one-time code").
class ServerCheck : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int maxAgeDays = 365;
        int warnAgeDays = 335;
        int maxBackupAgeHours = Preflight::defaultMaxBackupAgeHours;
        QStringList skipped; // of MonitoringCheck::preflightChecks(): left out
    };

    explicit ServerCheck(Session *session, QObject *parent = nullptr);
    ~ServerCheck() override;

    // Names the result after the profile (before fail(), when nothing is signed in).
    void setProfile(const ConnectionProfile &profile);
    // Signs in with the profile and its secret (the secret is wiped here), then reads.
    void signInAndRead(const ConnectionProfile &profile, QString secret, const Limits &limits);
    // The session is signed in already.
    void read(const Limits &limits);
    // Nothing can be read: the result says why (UNKNOWN), and finished() follows at once.
    void fail(const QString &problem, const Limits &limits);

    const MonitoringCheck::Input &input() const { return m_input; }
    MonitoringCheck::Result result() const { return MonitoringCheck::judge(m_input); }
    Session *session() const { return m_session; }

Q_SIGNALS:
    void finished();

private:
    void readPreflight();
    void done();

    Session *m_session;
    QPointer<RotationHistoryReader> m_reader;
    MonitoringCheck::Input m_input;
    Limits m_limits;
};

} // namespace km
