#include "services/ServerCheck.h"

#include "services/RotationHistoryReader.h"
#include "session/Session.h"
#include "usecases/RotationPreflight.h"
#include "usecases/UnattendedSignIn.h"

#include <QUrl>

namespace km {

ServerCheck::ServerCheck(Session *session, QObject *parent) : QObject(parent), m_session(session)
{}

ServerCheck::~ServerCheck() = default;

void ServerCheck::fail(const QString &problem, const Limits &limits)
{
    m_limits = limits;
    m_input.maxAgeDays = limits.maxAgeDays;
    m_input.warnAgeDays = limits.warnAgeDays;
    m_input.read = false;
    m_input.problem = problem;
    if (m_input.server.isEmpty())
        m_input.server = m_session->host();
    done();
}

void ServerCheck::setProfile(const ConnectionProfile &profile)
{
    m_input.profile = profile.name;
    m_input.server =
        QUrl::fromUserInput(profile.method == ConnectionProfile::Method::Platform ? profile.platformUrl : profile.server).host();
}

void ServerCheck::signInAndRead(const ConnectionProfile &profile, QString secret, const Limits &limits)
{
    setProfile(profile);
    if (!profile.oneTimeCode.isEmpty()) {
        secret.fill(QLatin1Char('0'));
        return fail(profile.oneTimeCode == QLatin1String("push")
                        ? tr("The profile signs in with a Duo push; a check never asks for one.")
                        : tr("The profile signs in with a one-time code; a check never asks for one."),
                    limits);
    }
    Credentials c = UnattendedSignIn::credentialsOf(profile, secret);
    m_session->setProfile(profile);
    UnattendedSignIn::start(m_session, c, this, [this, limits](const UnattendedSignIn::Result &r) {
        switch (r.outcome) {
        case UnattendedSignIn::SignedIn: return read(limits);
        case UnattendedSignIn::Refused: return fail(tr("Sign-in refused: %1").arg(r.problem), limits);
        case UnattendedSignIn::Untrusted:
            return fail(tr("The certificate of %1 is not trusted (SHA-256 %2); nothing was sent. Trust it in the window's sign-in.")
                            .arg(r.review->host, r.review->fingerprintText()),
                        limits);
        case UnattendedSignIn::VaultToChoose: return fail(tr("The tenant has several vaults and the profile names none."), limits);
        case UnattendedSignIn::Failed: break;
        }
        fail(tr("Sign-in failed: %1").arg(r.error.message()), limits);
    });
    c.wipe();
}

void ServerCheck::read(const Limits &limits)
{
    m_limits = limits;
    m_input.maxAgeDays = limits.maxAgeDays;
    m_input.warnAgeDays = limits.warnAgeDays;
    m_input.server = m_session->host();
    m_session->client()->getRotationInfo(this, [this](const ApiResult<RotationInfo> &info) {
        if (!info.ok())
            return fail(tr("The rotation state could not be read: %1").arg(info.error.message()), m_limits);
        m_input.read = true;
        m_input.rotation = info.value;
        m_reader = new RotationHistoryReader(m_session->client(), this);
        connect(m_reader, &RotationHistoryReader::finished, this, [this](bool ok, const QString &message) {
            m_input.historyRead = ok;
            if (ok) {
                m_input.lastCompleted = m_reader->history().lastCompleted();
                m_input.age = KeyAge::at(*m_session->client()->clock(), m_input.lastCompleted, m_limits.maxAgeDays,
                                         m_limits.maxAgeDays - m_limits.warnAgeDays);
            } else {
                m_input.historyProblem = message;
            }
            readPreflight();
        });
        RotationHistoryReader::Options options;
        options.untilLastCompleted = true;
        m_reader->start(options);
    });
}

void ServerCheck::readPreflight()
{
    const QStringList wanted = [this] {
        QStringList names;
        for (const QString &name : MonitoringCheck::preflightChecks()) {
            if (!m_limits.skipped.contains(name))
                names << name;
        }
        return names;
    }();
    if (wanted.isEmpty())
        return done();
    RotationPreflight::Options options;
    options.maxBackupAgeHours = m_limits.maxBackupAgeHours;
    options.rotation = m_input.rotation; // read just now: not asked again
    RotationPreflight::run(m_session->client(), options, this, [this, wanted](const PreflightReport &report) {
        for (const QString &name : wanted) {
            if (const PreflightCheck *c = report.find(name))
                m_input.more << MonitoringCheck::fromPreflight(*c);
        }
        done();
    });
}

void ServerCheck::done()
{
    Q_EMIT finished();
}

} // namespace km
