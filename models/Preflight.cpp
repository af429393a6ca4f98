#include "models/Preflight.h"

#include "models/DateText.h"
#include "models/DurationText.h"
#include "models/MekStatus.h"
#include "models/RotationText.h"
#include "models/SafeText.h"
#include "models/SecretKeyText.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace km {

namespace {
const QString healthName = QStringLiteral("health");
const QString nodesName = QStringLiteral("nodes");
const QString backupName = QStringLiteral("backup");
const QString mekName = QStringLiteral("mek-rotation");
const QString replicationName = QStringLiteral("replication");

PreflightCheck make(const QString &name, const QString &title)
{
    PreflightCheck c;
    c.name = name;
    c.title = title;
    return c;
}

// Every check ends here: its outcome, what was found and what to do (nothing to do on a pass).
PreflightCheck judged(PreflightCheck c, PreflightCheck::Outcome outcome, const QString &finding, const QString &whatToDo = QString())
{
    c.outcome = outcome;
    c.finding = finding;
    c.whatToDo = whatToDo;
    return c;
}

PreflightCheck notDetermined(const PreflightCheck &c, const QString &why, const QString &whatToDo)
{
    return judged(c, PreflightCheck::NotDetermined, why, whatToDo);
}

QString readWhatToDo()
{
    return Preflight::tr("Give this account the permission the server names, or check it yourself on the server, then check again.");
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}
} // namespace

QString PreflightCheck::headline() const
{
    return outcome == Pass ? title : Preflight::subject(name);
}

QString PreflightCheck::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Pass: return QStringLiteral("pass");
    case Warning: return QStringLiteral("warning");
    case Fail: return QStringLiteral("fail");
    case NotDetermined: break;
    }
    return QStringLiteral("notDetermined");
}

QString PreflightCheck::outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Pass: return Preflight::tr("Passed");
    case Warning: return Preflight::tr("Warning");
    case Fail: return Preflight::tr("Failed");
    case NotDetermined: break;
    }
    return Preflight::tr("Not determined");
}

QJsonObject PreflightCheck::toJson(bool accepted) const
{
    auto textOrNull = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("outcome"), outcomeName(outcome)},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("finding"), finding},
                  {QStringLiteral("serverSays"), textOrNull(serverSays)},
                  {QStringLiteral("whatToDo"), textOrNull(whatToDo)}};
    if (outcome == Warning)
        o.insert(QStringLiteral("accepted"), accepted);
    return o;
}

PreflightReport::Verdict PreflightReport::verdict(const QStringList &acceptedWarnings, const QStringList &skipped) const
{
    bool undetermined = false;
    for (const PreflightCheck &c : checks) {
        if (skipped.contains(c.name))
            continue;
        if (c.outcome == PreflightCheck::Fail || (c.outcome == PreflightCheck::Warning && !acceptedWarnings.contains(c.name)))
            return Refused;
        if (c.outcome == PreflightCheck::NotDetermined)
            undetermined = true;
    }
    return undetermined ? Undetermined : Clear;
}

const PreflightCheck *PreflightReport::find(const QString &name) const
{
    for (const PreflightCheck &c : checks) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QJsonObject PreflightReport::toJson(const QStringList &acceptedWarnings, const QStringList &skipped) const
{
    QJsonArray list;
    for (const PreflightCheck &c : checks) {
        QJsonObject o = c.toJson(acceptedWarnings.contains(c.name));
        if (skipped.contains(c.name))
            o.insert(QStringLiteral("skipped"), true);
        list.append(o);
    }
    const Verdict v = verdict(acceptedWarnings, skipped);
    return QJsonObject{{QStringLiteral("checks"), list},
                       {QStringLiteral("verdict"), v == Clear     ? QStringLiteral("clear")
                                                   : v == Refused ? QStringLiteral("refused")
                                                                  : QStringLiteral("notDetermined")}};
}

QStringList Preflight::names()
{
    return {healthName, nodesName, backupName, QStringLiteral("secret-key-rotation"), mekName, replicationName};
}

QString Preflight::subject(const QString &name)
{
    if (name == healthName)
        return tr("Server health");
    if (name == nodesName)
        return tr("Nodes");
    if (name == backupName)
        return tr("Last database backup");
    if (name == mekName)
        return tr("Master encryption key rotation");
    if (name == replicationName)
        return tr("Geo-replication");
    return tr("Secret-key rotation");
}

PreflightCheck Preflight::health(const PreflightRead<HealthCheck> &read)
{
    PreflightCheck c = make(healthName, tr("The server is healthy, its database too, and it is not read-only"));
    if (!read.value)
        return notDetermined(c, read.unreadable, readWhatToDo());
    const HealthCheck &h = *read.value;
    QStringList missing;
    if (!h.healthyGiven)
        missing << QStringLiteral("healthy");
    if (!h.databaseHealthyGiven)
        missing << QStringLiteral("databaseHealthy");
    if (!h.readOnlyModeGiven)
        missing << QStringLiteral("readOnlyMode");
    QStringList words;
    if (h.healthyGiven)
        words << QStringLiteral("healthy: %1").arg(yesNo(h.healthy));
    if (h.databaseHealthyGiven)
        words << QStringLiteral("databaseHealthy: %1").arg(yesNo(h.databaseHealthy));
    if (!h.serviceBusHealthy)
        words << QStringLiteral("serviceBusHealthy: false");
    if (!h.storageAccountHealthy)
        words << QStringLiteral("storageAccountHealthy: false");
    if (h.readOnlyModeGiven)
        words << QStringLiteral("readOnlyMode: %1").arg(yesNo(h.readOnlyMode));
    if (h.databaseMismatch)
        words << QStringLiteral("databaseMismatch: true");
    c.serverSays = words.join(QStringLiteral(", "));

    QStringList problems;
    if (h.healthyGiven && !h.healthy)
        problems << tr("the server reports itself unhealthy");
    if (h.databaseHealthyGiven && !h.databaseHealthy)
        problems << tr("its database is unhealthy");
    if (h.readOnlyModeGiven && h.readOnlyMode)
        problems << tr("it is in read-only mode");
    QStringList parts; // unhealthy parts that the rule does not name, said with a failure or as a warning
    if (!h.serviceBusHealthy)
        parts << tr("its service bus is unhealthy");
    if (!h.storageAccountHealthy)
        parts << tr("its storage account is unhealthy");
    if (h.databaseMismatch)
        parts << tr("it reports a database mismatch");
    if (!problems.isEmpty())
        return judged(c, PreflightCheck::Fail, tr("The health check says %1.").arg((problems + parts).join(QStringLiteral("; "))),
                      tr("Bring the server back to health (its logs and the health page in Secret Server say more), then check again."));
    if (!missing.isEmpty())
        return notDetermined(
            c, tr("The health check does not say %1, so the server's health cannot be determined.").arg(missing.join(QStringLiteral(", "))),
            tr("Check the server's health on the server itself, then check again."));
    if (!parts.isEmpty())
        return judged(c, PreflightCheck::Warning,
                      tr("The server and its database are healthy, but %1.").arg(parts.join(QStringLiteral("; "))),
                      tr("Find out why before rotating; accept this warning only if it cannot harm the rotation."));
    return judged(c, PreflightCheck::Pass, tr("The server and its database are healthy, and it is not read-only."));
}

PreflightCheck Preflight::nodes(const PreflightRead<QList<ServerNode>> &read, const PreflightRead<HealthCheck> &health)
{
    PreflightCheck c = make(nodesName, tr("Every node connected recently, runs one version and is not read-only"));
    if (!read.value)
        return notDetermined(c, read.unreadable, readWhatToDo());
    const QList<ServerNode> &nodes = *read.value;
    if (nodes.isEmpty())
        return notDetermined(c, tr("The server listed no nodes."), tr("Check the nodes on the server itself, then check again."));

    QStringList words;
    for (const ServerNode &n : nodes) {
        if (!n.errorMessage.isEmpty())
            words << QStringLiteral("%1: %2").arg(n.label(), SafeText::oneLine(n.errorMessage));
        if (!n.readonlyModeStatus.isEmpty())
            words << QStringLiteral("%1: %2").arg(n.label(), SafeText::oneLine(n.readonlyModeStatus));
    }
    c.serverSays = words.join(QStringLiteral("; "));

    QStringList failures, unknowns;
    // One binaryVersion.
    QMap<QString, QStringList> byVersion;
    for (const ServerNode &n : nodes)
        byVersion[n.binaryVersion].append(n.label());
    if (byVersion.contains(QString()))
        unknowns << tr("%1 does not report its version.").arg(byVersion.value(QString()).join(QStringLiteral(", ")));
    if (byVersion.size() - (byVersion.contains(QString()) ? 1 : 0) > 1) {
        QStringList versions;
        for (auto it = byVersion.cbegin(); it != byVersion.cend(); ++it) {
            if (!it.key().isEmpty())
                versions << QStringLiteral("%1 (%2)").arg(it.key(), it.value().join(QStringLiteral(", ")));
        }
        failures << tr("The nodes run different versions: %1.").arg(versions.join(QStringLiteral(", ")));
    }
    // None read-only.
    QStringList readOnly;
    for (const ServerNode &n : nodes) {
        if (n.readonlyModeEnabled)
            readOnly << n.label();
    }
    if (!readOnly.isEmpty())
        failures << tr("Read-only mode is on for %1.").arg(readOnly.join(QStringLiteral(", ")));
    // Every node connected recently, by the server's own clock.
    const QDateTime now = health.value ? health.value->utcNow : QDateTime();
    if (!now.isValid()) {
        unknowns << (health.value ? tr("The health check did not say the server's time (utcNow), so whether each node connected "
                                       "recently cannot be determined.")
                                  : tr("The health check could not be read, so the server's time (utcNow) is not known and whether "
                                       "each node connected recently cannot be determined."));
    } else {
        QStringList down, unreadable, ahead;
        for (const ServerNode &n : nodes) {
            if (!n.lastConnected.isValid()) {
                unreadable << (n.lastConnectedText.isEmpty() ? tr("%1 (no lastConnected)").arg(n.label())
                                                             : QStringLiteral("%1 (\"%2\")").arg(n.label(), n.lastConnectedText));
                continue;
            }
            const qint64 ago = n.lastConnected.secsTo(now);
            if (ago > recentSeconds)
                down << tr("%1, last connected %2 before the health check (%3)")
                            .arg(n.label(), DurationText::of(ago), DateText::utc(n.lastConnected));
            else if (ago < -recentSeconds)
                ahead << QStringLiteral("%1 (%2)").arg(n.label(), DateText::utc(n.lastConnected));
        }
        if (!down.isEmpty())
            failures << tr("Not connected in the last %1: %2.").arg(DurationText::of(recentSeconds), down.join(QStringLiteral("; ")));
        if (!unreadable.isEmpty())
            unknowns << tr("When these nodes last connected is not a date: %1.").arg(unreadable.join(QStringLiteral(", ")));
        if (!ahead.isEmpty())
            unknowns << tr("These nodes last connected later than the server's own time (%1): %2.")
                            .arg(DateText::utc(now), ahead.join(QStringLiteral(", ")));
    }
    // Which node answered.
    QStringList current;
    for (const ServerNode &n : nodes) {
        if (n.isCurrentNode)
            current << n.label();
    }
    const QString which = current.isEmpty() ? tr("No node says it answered this console.")
                                            : tr("This console is talking to %1.").arg(current.join(QStringLiteral(", ")));
    if (!failures.isEmpty()) {
        return judged(c, PreflightCheck::Fail, (failures + unknowns + QStringList{which}).join(QLatin1Char(' ')),
                      tr("Every node must be running, connected, on one version and writable: start or repair the nodes named, "
                         "or remove a retired node from the cluster, then check again."));
    }
    if (!unknowns.isEmpty())
        return notDetermined(c, (unknowns + QStringList{which}).join(QLatin1Char(' ')),
                             tr("Check the nodes on the server itself (Admin > Server Nodes), then check again."));
    return judged(c, PreflightCheck::Pass,
                  tr("%n node(s), all connected in the last %1, on version %2, none read-only.", nullptr, int(nodes.size()))
                          .arg(DurationText::of(recentSeconds), nodes.first().binaryVersion)
                      + QLatin1Char(' ') + which);
}

PreflightCheck Preflight::backup(const PreflightRead<BackupLogScan> &read, const QDateTime &now, int maxAgeHours)
{
    PreflightCheck c = make(backupName, tr("A recent successful database backup is on record"));
    if (!read.value)
        return notDetermined(c, read.unreadable, readWhatToDo());
    const BackupLogScan &scan = *read.value;
    if (scan.tooLong())
        return notDetermined(c,
                             tr("The server ignored the requested order (newest first), and its backup log holds more than %1 "
                                "records, so its last successful backup cannot be found.")
                                 .arg(BackupLogScan::maxRecords),
                             tr("Check the last backup on the server itself (Admin > Backup), then check again."));
    const QString takeOne = tr("Back up the database and encryption.config on every node, then check again.");
    if (!scan.found()) {
        return judged(c, PreflightCheck::Fail,
                      scan.recordsRead() == 0 ? tr("The backup log is empty: no successful backup is on record.")
                                              : tr("None of the %n backup(s) read from the log succeeded.", nullptr, scan.recordsRead()),
                      takeOne);
    }
    const BackupLogRecord &last = scan.lastSuccess();
    c.serverSays = SafeText::oneLine(last.notes);
    const qint64 age = std::max<qint64>(0, last.backupTime.secsTo(now));
    const QString when = tr("The last successful backup was made %1 ago (%2).").arg(DurationText::of(age), DateText::utc(last.backupTime));
    if (age > qint64(maxAgeHours) * 3600) {
        return judged(c, PreflightCheck::Warning, when + QLatin1Char(' ') + tr("That is older than the limit of %1 h.").arg(maxAgeHours),
                      tr("Back up the database and encryption.config on every node; accept this warning only if that backup is "
                         "still current."));
    }
    return judged(c, PreflightCheck::Pass, when);
}

PreflightCheck Preflight::secretKeyRotation(const PreflightRead<SecretKeyRotationStatus> &read)
{
    PreflightCheck c = make(QStringLiteral("secret-key-rotation"), tr("No secret-key rotation is running"));
    if (!read.value)
        return notDetermined(c, read.unreadable, readWhatToDo());
    const SecretKeyRotationStatus &s = *read.value;
    c.serverSays = SafeText::oneLine(s.hasProgress && !s.progressMessage.isEmpty() ? s.progressMessage : s.message);
    // The progress in the one wording of the window and the commands ("… (cancelling)" included).
    if (s.isRunning())
        return judged(c, PreflightCheck::Fail, tr("A secret-key rotation is running: %1.").arg(SecretKeyText::progress(s)),
                      tr("Wait until it has ended (the server accepts key-management changes again then), then check again."));
    return judged(c, PreflightCheck::Pass, tr("No secret-key rotation is running."));
}

PreflightCheck Preflight::mekRotation(const PreflightRead<RotationInfo> &read)
{
    PreflightCheck c = make(mekName, tr("No master encryption key rotation is running"));
    if (!read.value)
        return notDetermined(c, read.unreadable, readWhatToDo());
    const RotationInfo &i = *read.value;
    if (i.processState == ProcessState::Unknown || i.isActive() || i.processState == ProcessState::Failed)
        c.serverSays = SafeText::oneLine(i.errorMessage.isEmpty() ? i.warningMessage : i.errorMessage);
    if (i.processState == ProcessState::Unknown)
        return notDetermined(c,
                             i.processStateName.isEmpty()
                                 ? tr("The rotation state has no processState; whether a rotation runs cannot be determined.")
                                 : tr("The rotation state \"%1\" is not published; whether a rotation runs cannot be determined.")
                                       .arg(SafeText::oneLine(i.processStateName)),
                             tr("Check the rotation on the server itself, then check again."));
    if (i.isActive())
        return judged(c, PreflightCheck::Fail, tr("A rotation is under way: %1.").arg(RotationText::sentence(i.status, i.statusName)),
                      tr("Wait for it to end (the Rotation page follows it), then check again."));
    if (i.processState == ProcessState::Failed)
        return judged(c, PreflightCheck::Fail,
                      tr("The last rotation failed and waits for a retry: %1.").arg(RotationText::sentence(i.status, i.statusName)),
                      tr("Retry the failed step rather than start another rotation."));
    return judged(c, PreflightCheck::Pass, tr("No rotation is under way or waiting for a retry."));
}

PreflightCheck Preflight::replication(const PreflightRead<RotationInfo> &read)
{
    PreflightCheck c = make(replicationName, tr("Geo-replication is off"));
    if (!read.value)
        return notDetermined(c, read.unreadable, readWhatToDo());
    const RotationInfo &i = *read.value;
    if (i.isReplicationEnabled) {
        c.serverSays = SafeText::oneLine(i.warningMessage);
        return judged(c, PreflightCheck::Fail,
                      tr("The rotation state says geo-replication is enabled; a rotation is not allowed while it is."),
                      tr("Turn geo-replication off on the server, then check again."));
    }
    return judged(c, PreflightCheck::Pass, tr("The rotation state says geo-replication is off."));
}

} // namespace km
