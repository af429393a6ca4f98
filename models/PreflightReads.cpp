#include "models/PreflightReads.h"

#include "models/JsonFields.h"
#include "models/SafeText.h"

#include <QJsonArray>

namespace km {

bool HealthCheck::decode(const QJsonObject &json, HealthCheck &out, QString &error, const QString &path)
{
    HealthCheck h;
    JsonFields f(json, path);
    h.healthyGiven = f.has(QStringLiteral("healthy"));
    f.readBool(QStringLiteral("healthy"), h.healthy);
    h.databaseHealthyGiven = f.has(QStringLiteral("databaseHealthy"));
    f.readBool(QStringLiteral("databaseHealthy"), h.databaseHealthy);
    f.readBool(QStringLiteral("serviceBusHealthy"), h.serviceBusHealthy);
    f.readBool(QStringLiteral("storageAccountHealthy"), h.storageAccountHealthy);
    h.readOnlyModeGiven = f.has(QStringLiteral("readOnlyMode"));
    f.readBool(QStringLiteral("readOnlyMode"), h.readOnlyMode);
    f.readBool(QStringLiteral("databaseMismatch"), h.databaseMismatch);
    f.readDateTime(QStringLiteral("utcNow"), h.utcNow);
    if (!f.ok()) {
        error = f.error();
        return false;
    }
    out = h;
    return true;
}

QString ServerNode::label() const
{
    return machineName.isEmpty() ? QStringLiteral("#%1").arg(nodeId) : machineName;
}

bool ServerNode::decode(const QJsonObject &json, ServerNode &out, QString &error, const QString &path)
{
    ServerNode n;
    JsonFields f(json, path);
    f.readInt(QStringLiteral("nodeId"), n.nodeId);
    f.readString(QStringLiteral("machineName"), n.machineName);
    f.readString(QStringLiteral("binaryVersion"), n.binaryVersion);
    f.readString(QStringLiteral("lastConnected"), n.lastConnectedText);
    f.readBool(QStringLiteral("isCurrentNode"), n.isCurrentNode);
    f.readBool(QStringLiteral("readonlyModeEnabled"), n.readonlyModeEnabled);
    f.readString(QStringLiteral("readonlyModeStatus"), n.readonlyModeStatus);
    f.readString(QStringLiteral("errorMessage"), n.errorMessage);
    if (!f.ok()) {
        error = f.error();
        return false;
    }
    n.machineName = SafeText::oneLine(n.machineName);
    n.binaryVersion = SafeText::oneLine(n.binaryVersion);
    n.lastConnectedText = SafeText::oneLine(n.lastConnectedText);
    n.lastConnected = JsonFields::parseDateTime(n.lastConnectedText.trimmed());
    out = n;
    return true;
}

bool ServerNode::decodeList(const QJsonValue &json, QList<ServerNode> &out, QString &error)
{
    if (!json.isArray()) {
        error = QStringLiteral("ServerNodeModel[]: expected an array");
        return false;
    }
    const QJsonArray array = json.toArray();
    QList<ServerNode> nodes;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("ServerNodeModel[%1]").arg(i);
        if (!array.at(i).isObject()) {
            error = path + QStringLiteral(": expected an object");
            return false;
        }
        ServerNode n;
        if (!decode(array.at(i).toObject(), n, error, path))
            return false;
        nodes.append(n);
    }
    out = nodes;
    return true;
}

bool BackupLogRecord::decode(const QJsonObject &json, BackupLogRecord &out, QString &error, const QString &path)
{
    BackupLogRecord r;
    JsonFields f(json, path);
    f.readDateTime(QStringLiteral("backupTime"), r.backupTime);
    f.readString(QStringLiteral("displayName"), r.displayName);
    f.readString(QStringLiteral("notes"), r.notes);
    f.readBool(QStringLiteral("success"), r.success);
    if (f.ok() && r.success && !r.backupTime.isValid())
        f.failAt(QStringLiteral("backupTime"), QStringLiteral("a successful backup without a time"));
    if (!f.ok()) {
        error = f.error();
        return false;
    }
    out = r;
    return true;
}

bool BackupLogScan::add(const Page<BackupLogRecord> &page)
{
    if (m_first) {
        m_first = false;
        m_sortHonoured = page.info.sortApplied(QStringLiteral("backupTime"), true);
    }
    m_read += page.records.size();
    for (const BackupLogRecord &r : page.records) {
        if (!r.success)
            continue;
        if (m_sortHonoured) { // newest first: the first success is the last one
            m_found = true;
            m_last = r;
            return false;
        }
        if (!m_found || r.backupTime > m_last.backupTime) {
            m_found = true;
            m_last = r;
        }
    }
    const bool full = page.records.size() >= pageSize;
    if (!full)
        return false; // the end of the log
    if (m_read >= maxRecords) {
        // Sorted: no success among the newest maxRecords, which is an answer. Unsorted: there is more
        // than was read, and the newest success may be in it.
        m_tooLong = !m_sortHonoured;
        return false;
    }
    return true;
}

} // namespace km
