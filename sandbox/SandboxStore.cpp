#include "sandbox/SandboxStore.h"
#include "sandbox/RotationEngine.h"
#include "sandbox/SeededAuditHistory.h"
#include "sandbox/SecretDigest.h"
#include "sandbox/JsonWriter.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QFileInfo>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace km {

namespace {
// An API sort name (any case) to its published spelling and column; false when there is none.
bool lookUpSort(const QList<SandboxStore::SortColumn> &columns, const QString &sortName, SandboxStore::SortColumn *sort)
{
    for (const SandboxStore::SortColumn &c : columns) {
        if (c.apiName.compare(sortName, Qt::CaseInsensitive) == 0) {
            *sort = c;
            return true;
        }
    }
    return false;
}

} // namespace

SandboxStore::~SandboxStore()
{
    close();
}

QString SandboxStore::isoDate(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODate) : QString();
}

bool SandboxStore::exec(const QString &sql, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    qWarning("kmsandbox: SQL failed: %s", qPrintable(q.lastError().text()));
    return false;
}

bool SandboxStore::open(const QString &path, QString *error)
{
    m_connection = QStringLiteral("kmsandbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (path != QLatin1String(":memory:"))
        QDir().mkpath(QFileInfo(path).absolutePath());
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    const QStringList schema = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA secure_delete=ON"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS config (id INTEGER PRIMARY KEY CHECK (id = 1), config_id INTEGER,"
                       " type_id INTEGER, aws_access_key_id TEXT, aws_key_arn TEXT, aws_key_id TEXT, aws_secret TEXT,"
                       " azure_base_url TEXT, azure_key_name TEXT, azure_key_version TEXT, azure_principal_id TEXT,"
                       " azure_secret TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS config_audit (id INTEGER PRIMARY KEY AUTOINCREMENT, action TEXT NOT NULL,"
                       " date_recorded TEXT NOT NULL, display_name TEXT, notes TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS rotation (id INTEGER PRIMARY KEY CHECK (id = 1), rotation_info_id INTEGER,"
                       " status INTEGER, process_state TEXT, items_to_rotate INTEGER, total_items INTEGER, started TEXT,"
                       " last_end TEXT, status_updated TEXT, failed_at INTEGER, error_message TEXT,"
                       " completed_once INTEGER, data_tick INTEGER, requested_by INTEGER, from_seed INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS rotation_audit (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " rotation_info_id INTEGER NOT NULL, action TEXT NOT NULL, status_name TEXT NOT NULL,"
                       " status_value INTEGER NOT NULL, date TEXT NOT NULL, user_id INTEGER NOT NULL, user_name TEXT,"
                       " display_name TEXT, notes TEXT, seeded INTEGER NOT NULL DEFAULT 0, text_id INTEGER NOT NULL DEFAULT 0)"),
        // Each distinct searchable text of the audit, and how many records carry it.
        QStringLiteral("CREATE TABLE IF NOT EXISTS audit_text (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL,"
                       " user_name TEXT NOT NULL, display_name TEXT NOT NULL, action TEXT NOT NULL, notes TEXT NOT NULL,"
                       " row_count INTEGER NOT NULL DEFAULT 0, UNIQUE (user_id, user_name, display_name, action, notes))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS sessions (token_hash TEXT PRIMARY KEY, user_id INTEGER NOT NULL,"
                       " expires TEXT, refresh INTEGER NOT NULL)"),
        QStringLiteral("INSERT OR IGNORE INTO config (id, config_id, type_id) VALUES (1, 1, 0)"),
        QStringLiteral("INSERT OR IGNORE INTO rotation (id, rotation_info_id, status, process_state, items_to_rotate,"
                       " total_items, failed_at, completed_once, data_tick, requested_by)"
                       " VALUES (1, 0, 0, 'None', 0, 1250, -1, 0, 0, 0)"),
    };
    for (const QString &sql : schema) {
        if (!exec(sql, error))
            return false;
    }
    // Files written by an older kmsandbox lack the newer columns.
    for (const auto &[table, column] : {std::pair{"rotation", "from_seed"}, std::pair{"rotation_audit", "text_id"}}) {
        QSqlQuery columns(db);
        columns.exec(
            QStringLiteral("SELECT 1 FROM pragma_table_info('%1') WHERE name = '%2'").arg(QLatin1String(table), QLatin1String(column)));
        if (!columns.next()
            && !exec(
                QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 INTEGER NOT NULL DEFAULT 0").arg(QLatin1String(table), QLatin1String(column)),
                error))
            return false;
    }
    if (!createAuditIndexes(error))
        return false;
    assignMissingTextIds();
    digestPlainSecrets();
    m_pages = std::make_unique<RotationAuditPages>(m_connection);
    m_pages->reload();
    return true;
}

// Records from an older kmsandbox have no text id yet: give them one.
void SandboxStore::assignMissingTextIds()
{
    QSqlQuery missing(QSqlDatabase::database(m_connection));
    missing.exec(QStringLiteral("SELECT 1 FROM rotation_audit WHERE text_id = 0 LIMIT 1"));
    if (!missing.next())
        return;
    missing.finish();
    for (const char *column : {"user_name", "display_name", "notes"})
        exec(QStringLiteral("UPDATE rotation_audit SET %1 = '' WHERE %1 IS NULL").arg(QLatin1String(column)));
    exec(QStringLiteral("INSERT OR IGNORE INTO audit_text (user_id, user_name, display_name, action, notes)"
                        " SELECT DISTINCT user_id, user_name, display_name, action, notes FROM rotation_audit WHERE text_id = 0"));
    exec(QStringLiteral("UPDATE rotation_audit SET text_id = t.id FROM audit_text t WHERE rotation_audit.text_id = 0"
                        " AND t.user_id = rotation_audit.user_id AND t.user_name = rotation_audit.user_name"
                        " AND t.display_name = rotation_audit.display_name AND t.action = rotation_audit.action"
                        " AND t.notes = rotation_audit.notes"));
    recountTexts();
}

void SandboxStore::recountTexts()
{
    exec(QStringLiteral("UPDATE audit_text SET row_count = (SELECT COUNT(*) FROM rotation_audit WHERE text_id = audit_text.id)"));
}

qint64 SandboxStore::textIdOf(const SandboxUser &by, const QString &action, const QString &notes)
{
    const QString key =
        QString::number(by.id) + QChar(0x1f) + by.userName + QChar(0x1f) + by.displayName + QChar(0x1f) + action + QChar(0x1f) + notes;
    const auto known = m_textIds.constFind(key);
    if (known != m_textIds.cend())
        return *known;
    const QVariantList values{by.id, by.userName, by.displayName, action, notes};
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO audit_text (user_id, user_name, display_name, action, notes)"
                             " VALUES (?, IFNULL(?, ''), IFNULL(?, ''), ?, IFNULL(?, ''))"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.exec();
    q.prepare(QStringLiteral("SELECT id FROM audit_text WHERE user_id = ? AND user_name = IFNULL(?, '')"
                             " AND display_name = IFNULL(?, '') AND action = ? AND notes = IFNULL(?, '')"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.exec();
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    m_textIds.insert(key, id);
    return id;
}

// Files written by an older kmsandbox hold the configuration secrets in plain text: keep only
// their digests (secure_delete overwrites the freed bytes).
void SandboxStore::digestPlainSecrets()
{
    Config c = config();
    if ((c.awsSecretDigest.isEmpty() || SecretDigest::isDigest(c.awsSecretDigest))
        && (c.azureSecretDigest.isEmpty() || SecretDigest::isDigest(c.azureSecretDigest)))
        return;
    if (!SecretDigest::isDigest(c.awsSecretDigest))
        c.awsSecretDigest = SecretDigest::of(c.awsSecretDigest);
    if (!SecretDigest::isDigest(c.azureSecretDigest))
        c.azureSecretDigest = SecretDigest::of(c.azureSecretDigest);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE config SET aws_secret = ?, azure_secret = ? WHERE id = 1"));
    q.addBindValue(c.awsSecretDigest);
    q.addBindValue(c.azureSecretDigest);
    q.exec();
    exec(QStringLiteral("VACUUM"));
}

namespace {
// One index per sort column, each ending with id because ties break by id (ORDER BY col, id);
// the filter columns leading for the filtered, date-sorted views; the text id for searches.
const char *const auditIndexes[][2] = {
    {"audit_by_date", "date, id"},
    {"audit_by_rotation_info_id", "rotation_info_id, id"},
    {"audit_by_action", "action, id"},
    {"audit_by_status_value", "status_value, id"},
    {"audit_by_user_id", "user_id, id"},
    {"audit_by_user_name", "user_name, id"},
    {"audit_by_display_name", "display_name, id"},
    {"audit_by_notes", "notes, id"},
    {"audit_by_action_date", "action, date, id"},
    {"audit_by_user_id_date", "user_id, date, id"},
    {"audit_by_text", "text_id"},
};
} // namespace

bool SandboxStore::createAuditIndexes(QString *error)
{
    // Indexes of older files, whose names now mean other columns.
    for (const char *old : {"ra_date", "ra_action", "ra_user", "ra_status", "ra_user_name", "ra_display_name", "ra_notes", "ra_rotation"})
        exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1String(old)));
    for (const auto &index : auditIndexes) {
        if (!exec(QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON rotation_audit (%2)")
                      .arg(QLatin1String(index[0]), QLatin1String(index[1])),
                  error))
            return false;
    }
    return exec(QStringLiteral("CREATE INDEX IF NOT EXISTS ca_date ON config_audit (date_recorded, id)"), error);
}

void SandboxStore::dropAuditIndexes()
{
    for (const auto &index : auditIndexes)
        exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1String(index[0])));
}

void SandboxStore::close()
{
    if (m_connection.isEmpty())
        return;
    QSqlDatabase::database(m_connection).close();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

namespace {
// The text columns of the one-row config table and the fields they hold, for reading and writing alike.
const QList<QPair<QLatin1String, QString SandboxStore::Config::*>> &configTextColumns()
{
    using C = SandboxStore::Config;
    static const QList<QPair<QLatin1String, QString C::*>> columns = {
        {QLatin1String("aws_access_key_id"), &C::awsAccessKeyId},
        {QLatin1String("aws_key_arn"), &C::awsKeyArn},
        {QLatin1String("aws_key_id"), &C::awsKeyId},
        {QLatin1String("aws_secret"), &C::awsSecretDigest},
        {QLatin1String("azure_base_url"), &C::azureBaseUrl},
        {QLatin1String("azure_key_name"), &C::azureKeyName},
        {QLatin1String("azure_key_version"), &C::azureKeyVersion},
        {QLatin1String("azure_principal_id"), &C::azurePrincipalId},
        {QLatin1String("azure_secret"), &C::azureSecretDigest},
    };
    return columns;
}
} // namespace

SandboxStore::Config SandboxStore::config() const
{
    QStringList names{QStringLiteral("config_id"), QStringLiteral("type_id")};
    for (const auto &column : configTextColumns())
        names << column.first;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(QStringLiteral("SELECT %1 FROM config WHERE id = 1").arg(names.join(QStringLiteral(", "))));
    Config c;
    if (q.next()) {
        c.configId = q.value(0).toInt();
        c.kind = q.value(1).toInt();
        int i = 2;
        for (const auto &column : configTextColumns())
            c.*column.second = q.value(i++).toString();
    }
    return c;
}

bool SandboxStore::saveConfig(const Config &c, const QString &notes, const User &by)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QStringList assignments{QStringLiteral("config_id = ?"), QStringLiteral("type_id = ?")};
    for (const auto &column : configTextColumns())
        assignments << column.first + QLatin1String(" = ?");
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE config SET %1 WHERE id = 1").arg(assignments.join(QStringLiteral(", "))));
    q.addBindValue(c.configId);
    q.addBindValue(c.kind);
    for (const auto &column : configTextColumns())
        q.addBindValue(c.*column.second);
    bool ok = q.exec();
    QSqlQuery a(db);
    a.prepare(QStringLiteral("INSERT INTO config_audit (action, date_recorded, display_name, notes) VALUES (?, ?, ?, ?)"));
    a.addBindValue(QStringLiteral("Update"));
    a.addBindValue(isoDate(QDateTime::currentDateTimeUtc()));
    a.addBindValue(by.displayName);
    a.addBindValue(notes);
    ok = ok && a.exec();
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

SandboxStore::Rotation SandboxStore::rotation() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(QStringLiteral("SELECT rotation_info_id, status, process_state, items_to_rotate, total_items, started,"
                          " last_end, status_updated, failed_at, error_message, completed_once, data_tick, requested_by, from_seed"
                          " FROM rotation WHERE id = 1"));
    Rotation r;
    if (q.next()) {
        r.rotationInfoId = q.value(0).toLongLong();
        r.status = q.value(1).toInt();
        r.processState = q.value(2).toString();
        r.itemsToRotate = q.value(3).toInt();
        r.totalItems = q.value(4).toInt();
        r.started = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
        r.lastEnd = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
        r.statusUpdated = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
        r.failedAt = q.value(8).toInt();
        r.errorMessage = q.value(9).toString();
        r.completedOnce = q.value(10).toBool();
        r.dataTick = q.value(11).toInt();
        r.requestedBy = q.value(12).toInt();
        r.fromSeed = q.value(13).toBool();
    }
    return r;
}

void SandboxStore::saveRotation(const Rotation &r)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE rotation SET rotation_info_id = ?, status = ?, process_state = ?, items_to_rotate = ?,"
                             " total_items = ?, started = ?, last_end = ?, status_updated = ?, failed_at = ?,"
                             " error_message = ?, completed_once = ?, data_tick = ?, requested_by = ?, from_seed = ? WHERE id = 1"));
    for (const QVariant &v :
         {QVariant(r.rotationInfoId), QVariant(r.status), QVariant(r.processState), QVariant(r.itemsToRotate), QVariant(r.totalItems),
          QVariant(isoDate(r.started)), QVariant(isoDate(r.lastEnd)), QVariant(isoDate(r.statusUpdated)), QVariant(r.failedAt),
          QVariant(r.errorMessage), QVariant(r.completedOnce ? 1 : 0), QVariant(r.dataTick), QVariant(r.requestedBy),
          QVariant(r.fromSeed ? 1 : 0)})
        q.addBindValue(v);
    q.exec();
}

void SandboxStore::appendRotationAudit(qint64 rotationInfoId, const QString &action, int status, const User &by, const QString &notes,
                                       const QDateTime &when)
{
    const qint64 textId = textIdOf(by, action, notes);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    QVariant explicitId; // null: SQLite's next rowid
    if (m_auditIdsUnordered) {
        q.exec(QStringLiteral("SELECT IFNULL(MIN(id) - 1, 2000000000) FROM rotation_audit WHERE id > 1000000000"));
        explicitId = q.next() ? q.value(0) : QVariant(2000000000);
        q.finish();
    }
    q.prepare(QStringLiteral("INSERT INTO rotation_audit (id, rotation_info_id, action, status_name, status_value, date,"
                             " user_id, user_name, display_name, notes, seeded, text_id)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, IFNULL(?, ''), IFNULL(?, ''), IFNULL(?, ''), 0, ?)"));
    for (const QVariant &v :
         {explicitId, QVariant(rotationInfoId), QVariant(action), QVariant(RotationEngine::statusName(status)), QVariant(status),
          QVariant(isoDate(when)), QVariant(by.id), QVariant(by.userName), QVariant(by.displayName), QVariant(notes), QVariant(textId)})
        q.addBindValue(v);
    if (!q.exec())
        return;
    const qint64 id = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("UPDATE audit_text SET row_count = row_count + 1 WHERE id = ?"));
    q.addBindValue(textId);
    q.exec();
    m_pages->recordAppended(id);
}

bool SandboxStore::seedRotationAudit(qint64 count, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery c(db);
    c.exec(QStringLiteral("SELECT COUNT(*) FROM rotation_audit WHERE seeded = 1"));
    qint64 existing = c.next() ? c.value(0).toLongLong() : 0;
    c.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'seed_version'"));
    const int version = c.next() ? c.value(0).toInt() : 1;
    c.finish();
    db.transaction();
    if (existing > 0 && version != SeededAuditHistory::version) {
        // Seeded with another pattern: adding to it would mix two histories.
        exec(QStringLiteral("DELETE FROM rotation_audit WHERE seeded = 1"));
        existing = 0;
    }
    // The history ends on a whole rotation, the one the rotation info then describes.
    count = SeededAuditHistory::wholeRotations(std::max(existing, count));
    // Many records go in faster without indexes, which are then built once, sorted.
    const bool bulk = count - existing > 50000;
    if (bulk)
        dropAuditIndexes();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO rotation_audit (rotation_info_id, action, status_name, status_value, date,"
                             " user_id, user_name, display_name, notes, seeded, text_id)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, IFNULL(?, ''), 1, ?)"));
    for (qint64 i = existing; i < count; ++i) {
        const SeededAuditHistory::Event e = SeededAuditHistory::event(i);
        q.bindValue(0, e.rotationInfoId);
        q.bindValue(1, e.action);
        q.bindValue(2, RotationEngine::statusName(e.status));
        q.bindValue(3, e.status);
        q.bindValue(4, isoDate(e.when));
        q.bindValue(5, e.user.id);
        q.bindValue(6, e.user.userName);
        q.bindValue(7, e.user.displayName);
        q.bindValue(8, e.notes);
        q.bindValue(9, textIdOf(e.user, e.action, e.notes));
        if (!q.exec()) {
            *error = q.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (bulk && !createAuditIndexes(error)) {
        db.rollback();
        return false;
    }
    recountTexts();
    exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('seed_version', '%1')").arg(SeededAuditHistory::version));
    adoptSeededRotationState(std::max(existing, count));
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    // Sampled statistics: enough for the planner, and quick at a million records.
    exec(QStringLiteral("PRAGMA analysis_limit=2000"));
    exec(QStringLiteral("ANALYZE"));
    m_pages->reload();
    return true;
}

// The rotation info agrees with the seeded history: it shows the last seeded rotation that
// completed, at its recorded times, unless a live rotation has run since; live rotations are
// numbered after every seeded one.
void SandboxStore::adoptSeededRotationState(qint64 count)
{
    Rotation r = rotation();
    const qint64 lastSeeded = SeededAuditHistory::event(count - 1).rotationInfoId;
    r.rotationInfoId = std::max(r.rotationInfoId, lastSeeded);
    const auto completed = SeededAuditHistory::lastCompleted(count);
    const bool liveRotationRan = r.processState != QLatin1String("None") && !r.fromSeed;
    if (completed && !liveRotationRan) {
        r.status = RotationEngine::SessionDataRotationCompleted;
        r.processState = QStringLiteral("Completed");
        r.started = completed->started;
        r.lastEnd = completed->ended;
        r.statusUpdated = completed->ended;
        r.itemsToRotate = 0;
        r.failedAt = -1;
        r.errorMessage.clear();
        r.completedOnce = true;
        r.dataTick = 0;
        r.requestedBy = completed->requestedBy;
        r.fromSeed = true;
    }
    saveRotation(r);
}

bool SandboxStore::rotationAuditSort(const QString &sortName, SortColumn *sort)
{
    static const QList<SortColumn> columns = {
        {QStringLiteral("masterEncryptionKeyRotationInfoAuditId"), QStringLiteral("id")},
        {QStringLiteral("masterEncryptionKeyRotationInfoId"), QStringLiteral("rotation_info_id")},
        {QStringLiteral("action"), QStringLiteral("action")},
        // Statuses sort in the order a rotation walks them, not alphabetically.
        {QStringLiteral("currentStatus"), QStringLiteral("status_value")},
        {QStringLiteral("date"), QStringLiteral("date")},
        {QStringLiteral("formattedDate"), QStringLiteral("date")},
        {QStringLiteral("userId"), QStringLiteral("user_id")},
        {QStringLiteral("userName"), QStringLiteral("user_name")},
        {QStringLiteral("displayName"), QStringLiteral("display_name")},
        {QStringLiteral("notes"), QStringLiteral("notes")},
    };
    return lookUpSort(columns, sortName, sort);
}

SandboxStore::PageResult SandboxStore::queryRotationAudit(const AuditQuery &query)
{
    return m_pages->page(query);
}

SandboxStore::PageResult SandboxStore::referenceRotationAudit(const AuditQuery &query) const
{
    return m_pages->referencePage(query);
}

QJsonArray SandboxStore::rotationAuditUsers() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // The text dictionary knows every user without touching the records.
    q.exec(QStringLiteral("SELECT DISTINCT user_id FROM audit_text WHERE row_count > 0 ORDER BY user_id"));
    QJsonArray users;
    while (q.next()) {
        const int id = q.value(0).toInt();
        QSqlQuery name(QSqlDatabase::database(m_connection));
        name.prepare(QStringLiteral("SELECT display_name FROM rotation_audit WHERE user_id = ? ORDER BY date DESC LIMIT 1"));
        name.addBindValue(id);
        name.exec();
        users.append(QJsonObject{{QStringLiteral("userId"), id},
                                 {QStringLiteral("displayName"), name.next() ? name.value(0).toString() : QString()}});
    }
    return users;
}

bool SandboxStore::configAuditSort(const QString &sortName, SortColumn *sort)
{
    static const QList<SortColumn> columns = {
        {QStringLiteral("action"), QStringLiteral("action")},
        {QStringLiteral("dateRecorded"), QStringLiteral("date_recorded")},
        {QStringLiteral("displayName"), QStringLiteral("display_name")},
        {QStringLiteral("notes"), QStringLiteral("notes")},
    };
    return lookUpSort(columns, sortName, sort);
}

SandboxStore::PageResult SandboxStore::queryConfigAudit(const QString &searchText, const QString &sortColumn, bool descending, qint64 skip,
                                                        int take) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QString where =
        searchText.isEmpty()
            ? QString()
            : QStringLiteral(" WHERE action LIKE ? ESCAPE '\\' OR display_name LIKE ? ESCAPE '\\' OR notes LIKE ? ESCAPE '\\'");
    auto bindSearch = [&](QSqlQuery &q) {
        for (int i = 0; !searchText.isEmpty() && i < 3; ++i)
            q.bindValue(i, RotationAuditPages::likePattern(searchText));
    };
    PageResult result;
    QSqlQuery count(db);
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM config_audit") + where);
    bindSearch(count);
    count.exec();
    result.total = count.next() ? count.value(0).toLongLong() : 0;

    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT action, date_recorded, display_name, notes FROM config_audit") + where + QStringLiteral(" ORDER BY ")
              + sortColumn + dir + QStringLiteral(", id") + dir + QStringLiteral(" LIMIT %1 OFFSET %2").arg(take).arg(skip));
    bindSearch(q);
    q.exec();
    result.recordsJson.clear();
    JsonWriter w(&result.recordsJson);
    w.beginArray();
    while (q.next()) {
        w.beginObject();
        const char *const fields[] = {"action", "dateRecorded", "displayName", "notes"};
        for (int i = 0; i < 4; ++i) {
            w.key(QLatin1String(fields[i]));
            w.value(q.value(i).toString());
        }
        w.endObject();
        result.count += 1;
    }
    w.endArray();
    return result;
}

namespace {
QString tokenHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}
} // namespace

void SandboxStore::saveSession(const QString &token, int userId, const QDateTime &expiresUtc, bool refresh)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sessions (token_hash, user_id, expires, refresh) VALUES (?, ?, ?, ?)"));
    q.addBindValue(tokenHash(token));
    q.addBindValue(userId);
    q.addBindValue(isoDate(expiresUtc));
    q.addBindValue(refresh ? 1 : 0);
    q.exec();
}

int SandboxStore::sessionUser(const QString &token, bool *expired) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT user_id, expires FROM sessions WHERE token_hash = ? AND refresh = 0"));
    q.addBindValue(tokenHash(token));
    q.exec();
    *expired = false;
    if (!q.next())
        return 0;
    const QDateTime expires = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    if (expires.isValid() && expires <= QDateTime::currentDateTimeUtc()) {
        *expired = true;
        return 0;
    }
    return q.value(0).toInt();
}

int SandboxStore::takeRefreshToken(const QString &token)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT user_id FROM sessions WHERE token_hash = ? AND refresh = 1"));
    q.addBindValue(tokenHash(token));
    q.exec();
    if (!q.next())
        return 0;
    const int user = q.value(0).toInt();
    removeSession(token);
    return user;
}

void SandboxStore::removeSession(const QString &token)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"));
    q.addBindValue(tokenHash(token));
    q.exec();
}

void SandboxStore::clearSessions(bool accessTokens, bool refreshTokens)
{
    if (accessTokens)
        exec(QStringLiteral("DELETE FROM sessions WHERE refresh = 0"));
    if (refreshTokens)
        exec(QStringLiteral("DELETE FROM sessions WHERE refresh = 1"));
}

} // namespace km
