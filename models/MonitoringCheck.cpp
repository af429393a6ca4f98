#include "models/MonitoringCheck.h"

#include "models/RotationProgress.h"
#include "models/RotationText.h"
#include "models/SafeText.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace km {

namespace {
// A server's words in a status line: one line, and no "|", which would start the perf data.
QString lineSafe(const QString &text)
{
    QString t = SafeText::oneLine(text);
    t.replace(QLatin1Char('|'), QLatin1Char('/'));
    return t;
}

// A perf-data label: quoted when it holds more than letters, digits and "_" (Nagios plugin
// guidelines: no "=" and a quote doubled).
QString perfLabel(const QString &prefix, const QString &name)
{
    QString label = prefix.isEmpty() ? name : prefix + QLatin1Char('_') + name;
    label.replace(QLatin1Char('='), QLatin1Char('_'));
    const bool plain = std::all_of(label.cbegin(), label.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('-');
    });
    if (plain)
        return label;
    label.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + label + QLatin1Char('\'');
}

QString number(double value)
{
    return QString::number(std::round(value * 10.0) / 10.0, 'f', 1); // the C locale: parsers read it
}

const ProcessState::State publishedStates[] = {ProcessState::None,  ProcessState::Pending,   ProcessState::Running,
                                               ProcessState::Retry, ProcessState::Completed, ProcessState::Failed};
} // namespace

QString MonitoringCheck::levelWord(Level level)
{
    switch (level) {
    case Ok: return QStringLiteral("OK");
    case Warning: return QStringLiteral("WARNING");
    case Critical: return QStringLiteral("CRITICAL");
    case Unknown: break;
    }
    return QStringLiteral("UNKNOWN");
}

int MonitoringCheck::rank(Level level)
{
    switch (level) {
    case Ok: return 0;
    case Warning: return 1;
    case Unknown: return 2;
    case Critical: return 3;
    }
    return 2;
}

MonitoringCheck::Level MonitoringCheck::worse(Level a, Level b)
{
    return rank(a) >= rank(b) ? a : b;
}

int MonitoringCheck::defaultWarnAgeDays(int maxAgeDays)
{
    return maxAgeDays > 60 ? maxAgeDays - 30 : maxAgeDays / 2;
}

MonitoringCheck::Result MonitoringCheck::judge(const Input &in)
{
    Result r;
    r.profile = in.profile;
    r.server = in.server;
    r.maxAgeDays = in.maxAgeDays;
    r.warnAgeDays = in.warnAgeDays;
    r.up = in.read;
    if (!in.read) {
        r.level = Unknown;
        r.findings << Finding{QStringLiteral("read"), Unknown, lineSafe(in.problem)};
        return r;
    }
    const RotationInfo &i = in.rotation;
    r.state = i.processState;
    r.stateName = SafeText::oneLine(i.processStateName);
    r.itemsLeft = RotationProgress::of(i).left;

    // The MEK rotation's state, and a failure waiting for a retry.
    if (i.processState == ProcessState::Unknown) {
        r.findings << Finding{QStringLiteral("rotation"), Unknown,
                              i.processStateName.isEmpty()
                                  ? tr("The server's rotation state has no processState; whether a rotation runs cannot be determined.")
                                  : tr("The server reports the rotation state \"%1\", which is not published; whether a rotation runs "
                                       "cannot be determined.")
                                        .arg(lineSafe(i.processStateName))};
    } else if (i.processState == ProcessState::Failed) {
        QString text = i.canRetryStatus ? tr("The last rotation failed (%1) and waits for a retry.") : tr("The last rotation failed (%1).");
        text = text.arg(lineSafe(RotationText::stepLabel(i.status)));
        if (!i.errorMessage.isEmpty())
            text += QLatin1Char(' ') + tr("The server says: %1").arg(lineSafe(i.errorMessage));
        r.findings << Finding{QStringLiteral("rotation"), Critical, text};
    } else if (i.isActive()) {
        const RotationProgress progress = RotationProgress::of(i);
        QString text = tr("A rotation is running: %1.").arg(lineSafe(RotationText::sentence(i.status, i.statusName)));
        if (progress.isReEncrypting())
            text += QLatin1Char(' ') + tr("%1 of %2 items left.").arg(progress.left).arg(progress.total);
        r.findings << Finding{QStringLiteral("rotation"), Ok, text};
    } else {
        r.findings << Finding{QStringLiteral("rotation"), Ok, tr("No rotation is running.")};
    }

    // Maintenance: an account that may rotate, no rotation running or failed, replication off, and
    // still the server does not allow one: it says why in warningMessage (after a configuration
    // save, it re-encrypts its secret keys). A view-only account cannot tell, and is not told.
    if (i.hasPermission && !i.isActive() && i.processState != ProcessState::Failed && i.processState != ProcessState::Unknown
        && !i.isReplicationEnabled && !i.canRequestRotation) {
        r.findings << Finding{QStringLiteral("maintenance"), Warning,
                              i.warningMessage.isEmpty()
                                  ? tr("The server does not allow a rotation now and gives no reason.")
                                  : tr("The server does not allow a rotation now: %1").arg(lineSafe(i.warningMessage))};
    }

    // The key's age against the policy.
    if (!in.historyRead) {
        r.findings << Finding{QStringLiteral("key-age"), Unknown,
                              tr("The key's age could not be determined: %1").arg(lineSafe(in.historyProblem))};
    } else {
        if (in.lastCompleted) {
            r.lastCompletedUtc = in.lastCompleted->endedUtc;
            r.lastRotationSeconds = in.lastCompleted->durationSeconds();
        }
        Level level = Ok;
        switch (in.age.state) {
        case KeyAge::Fresh: level = Ok; break;
        case KeyAge::DueSoon: level = Warning; break;
        case KeyAge::Overdue:
        case KeyAge::Unknown: // no completed rotation: as "rotation status --max-age-days" says, overdue
            level = Critical;
            break;
        }
        if (in.age.state != KeyAge::Unknown)
            r.keyAgeDays = in.age.ageDays;
        r.findings << Finding{QStringLiteral("key-age"), level, lineSafe(in.age.sentence())};
    }

    for (const Finding &f : in.more)
        r.findings << Finding{f.check, f.level, lineSafe(f.text)};

    std::stable_sort(r.findings.begin(), r.findings.end(),
                     [](const Finding &a, const Finding &b) { return rank(a.level) > rank(b.level); });
    r.level = Ok;
    for (const Finding &f : std::as_const(r.findings))
        r.level = worse(r.level, f.level);
    return r;
}

MonitoringCheck::Finding MonitoringCheck::fromPreflight(const PreflightCheck &c)
{
    Level level = Unknown;
    switch (c.outcome) {
    case PreflightCheck::Pass: level = Ok; break;
    case PreflightCheck::Warning: level = Warning; break;
    case PreflightCheck::Fail: level = c.name == QLatin1String("secret-key-rotation") ? Warning : Critical; break;
    case PreflightCheck::NotDetermined: level = Unknown; break;
    }
    QString text = c.finding;
    if (!c.serverSays.isEmpty() && c.outcome != PreflightCheck::Pass)
        text += QLatin1Char(' ') + tr("The server says: %1").arg(c.serverSays);
    return Finding{c.name, level, lineSafe(text)};
}

QString MonitoringCheck::Result::summary() const
{
    QStringList texts;
    for (const Finding &f : findings)
        texts << f.text;
    return texts.join(QLatin1Char(' ')); // sentences, each ending in its own full stop
}

QString MonitoringCheck::Result::perfData(const QString &prefix) const
{
    QStringList parts;
    parts << perfLabel(prefix, QStringLiteral("key_age_days")) + QLatin1Char('=') + (keyAgeDays ? number(*keyAgeDays) : QStringLiteral("U"))
                 + QLatin1Char(';') + QString::number(warnAgeDays) + QLatin1Char(';') + QString::number(maxAgeDays) + QStringLiteral(";0");
    if (up)
        parts << perfLabel(prefix, QStringLiteral("items_left")) + QLatin1Char('=') + QString::number(itemsLeft) + QStringLiteral(";;;0");
    if (lastRotationSeconds)
        parts << perfLabel(prefix, QStringLiteral("last_rotation_duration")) + QLatin1Char('=') + QString::number(*lastRotationSeconds)
                     + QStringLiteral("s;;;0");
    return parts.join(QLatin1Char(' '));
}

QJsonObject MonitoringCheck::Result::json() const
{
    QJsonArray list;
    for (const Finding &f : findings)
        list << QJsonObject{
            {QStringLiteral("check"), f.check}, {QStringLiteral("status"), levelWord(f.level)}, {QStringLiteral("text"), f.text}};
    const auto orNull = [](bool has, const QJsonValue &v) { return has ? v : QJsonValue(QJsonValue::Null); };
    return QJsonObject{
        {QStringLiteral("profile"), orNull(!profile.isEmpty(), profile)},
        {QStringLiteral("server"), server},
        {QStringLiteral("status"), levelWord(level)},
        {QStringLiteral("exitCode"), int(level)},
        {QStringLiteral("up"), up},
        {QStringLiteral("keyAgeDays"), orNull(keyAgeDays.has_value(), keyAgeDays ? std::round(*keyAgeDays * 10.0) / 10.0 : 0.0)},
        {QStringLiteral("maxAgeDays"), maxAgeDays},
        {QStringLiteral("warnAgeDays"), warnAgeDays},
        {QStringLiteral("rotationState"), orNull(up, stateName)},
        {QStringLiteral("itemsLeft"), orNull(up, itemsLeft)},
        {QStringLiteral("lastCompletedUtc"), orNull(lastCompletedUtc.isValid(), lastCompletedUtc.toString(Qt::ISODate))},
        {QStringLiteral("lastRotationDurationSeconds"), orNull(lastRotationSeconds.has_value(), double(lastRotationSeconds.value_or(0)))},
        {QStringLiteral("findings"), list},
    };
}

MonitoringCheck::Level MonitoringCheck::overall(const QList<Result> &results)
{
    if (results.isEmpty())
        return Unknown;
    Level level = Ok;
    for (const Result &r : results)
        level = worse(level, r.level);
    return level;
}

QString MonitoringCheck::nagios(const QList<Result> &results)
{
    const Level level = overall(results);
    QString out = QStringLiteral("KMCONSOLE ") + levelWord(level) + QStringLiteral(" - ");
    if (results.size() == 1) {
        const Result &r = results.constFirst();
        out += r.server + QStringLiteral(": ") + r.summary() + QStringLiteral(" | ") + r.perfData() + QLatin1Char('\n');
        return out;
    }
    if (results.isEmpty())
        return out + tr("There is no saved profile to check.") + QLatin1Char('\n');
    int counts[4] = {0, 0, 0, 0};
    QStringList perf;
    for (const Result &r : results) {
        ++counts[r.level];
        perf << r.perfData(r.profile.isEmpty() ? r.server : r.profile);
    }
    QStringList parts;
    for (Level l : {Critical, Unknown, Warning, Ok}) {
        if (counts[l] > 0)
            parts << QStringLiteral("%1 %2").arg(counts[l]).arg(levelWord(l));
    }
    out += tr("%n server(s): %1", nullptr, int(results.size())).arg(parts.join(QStringLiteral(", "))) + QStringLiteral(" | ")
           + perf.join(QLatin1Char(' ')) + QLatin1Char('\n');
    for (const Result &r : results) {
        const QString name = r.profile.isEmpty() ? r.server : QStringLiteral("%1 (%2)").arg(r.profile, r.server);
        out += QStringLiteral("[%1] %2: %3\n").arg(levelWord(r.level), name, r.summary());
    }
    return out;
}

QString MonitoringCheck::escapeLabel(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char('"'))
            out += QStringLiteral("\\\"");
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out;
}

QByteArray MonitoringCheck::prometheus(const QList<Result> &results)
{
    QString out;
    const auto labels = [](const Result &r, const QString &extra = QString()) {
        QString l = QStringLiteral("server=\"%1\"").arg(escapeLabel(r.server));
        if (!r.profile.isEmpty())
            l = QStringLiteral("profile=\"%1\",").arg(escapeLabel(r.profile)) + l;
        if (!extra.isEmpty())
            l += QLatin1Char(',') + extra;
        return QLatin1Char('{') + l + QLatin1Char('}');
    };
    // HELP texts stay English: they are part of the metric's definition, as Prometheus names are.
    // A family is written only with a sample: the textfile collector has nothing to say about an
    // empty one.
    const auto family = [&out](const char *name, const char *help, const QStringList &samples) {
        if (samples.isEmpty())
            return;
        out += QStringLiteral("# HELP %1 %2\n# TYPE %1 gauge\n").arg(QLatin1String(name), QLatin1String(help));
        for (const QString &sample : samples)
            out += QLatin1String(name) + sample + QLatin1Char('\n');
    };
    QStringList up, status, age, maxAge, state, left, duration, completed;
    for (const Result &r : results) {
        up << QStringLiteral("%1 %2").arg(labels(r), QString::number(r.up ? 1 : 0));
        status << QStringLiteral("%1 %2").arg(labels(r), QString::number(int(r.level)));
        if (r.keyAgeDays)
            age << QStringLiteral("%1 %2").arg(labels(r), number(*r.keyAgeDays));
        maxAge << QStringLiteral("%1 %2").arg(labels(r), QString::number(r.maxAgeDays));
        if (r.up) {
            for (ProcessState::State s : publishedStates)
                state << QStringLiteral("%1 %2").arg(labels(r, QStringLiteral("state=\"%1\"").arg(ProcessState::name(s))),
                                                     QString::number(r.state == s ? 1 : 0));
            if (r.state == ProcessState::Unknown) // an unpublished state, named as the server sent it
                state << QStringLiteral("%1 1").arg(labels(r, QStringLiteral("state=\"%1\"").arg(escapeLabel(r.stateName))));
            left << QStringLiteral("%1 %2").arg(labels(r), QString::number(r.itemsLeft));
        }
        if (r.lastRotationSeconds)
            duration << QStringLiteral("%1 %2").arg(labels(r), QString::number(*r.lastRotationSeconds));
        if (r.lastCompletedUtc.isValid())
            completed << QStringLiteral("%1 %2").arg(labels(r), QString::number(r.lastCompletedUtc.toSecsSinceEpoch()));
    }
    family("kmconsole_check_up", "1 when the check read the server, 0 when it could not (sign-in, network, an unreadable reply).", up);
    family("kmconsole_check_status", "The check's state: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (as the exit code).", status);
    family("kmconsole_key_age_days", "Days since the last completed master encryption key rotation (absent when none is known).", age);
    family("kmconsole_key_max_age_days", "The policy: the most days a key may age before it is overdue.", maxAge);
    family("kmconsole_rotation_state", "1 for the master encryption key rotation's current process state, 0 for the others.", state);
    family("kmconsole_rotation_items_left", "Items the running rotation has still to re-encrypt.", left);
    family("kmconsole_last_rotation_duration_seconds", "How long the last completed rotation took, first audit event to last.", duration);
    family("kmconsole_last_rotation_completed_timestamp_seconds", "When the last completed rotation ended, in seconds since 1970 (UTC).",
           completed);
    return out.toUtf8();
}

QJsonObject MonitoringCheck::json(const QList<Result> &results)
{
    QJsonArray servers;
    for (const Result &r : results)
        servers << r.json();
    const Level level = overall(results);
    return QJsonObject{
        {QStringLiteral("status"), levelWord(level)}, {QStringLiteral("exitCode"), int(level)}, {QStringLiteral("servers"), servers}};
}

} // namespace km
