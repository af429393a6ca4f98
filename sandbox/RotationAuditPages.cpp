#include "sandbox/RotationAuditPages.h"
#include "sandbox/JsonWriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace km {

namespace {
constexpr qint64 bookmarkSpacing = 1000;
constexpr qint64 rebuildAfterRecords = 10000; // appended since the bookmarks, each counted apart until then
constexpr qint64 smallTextMatch = 3000;       // fewer matches: gather them by text; more: walk the sort order
constexpr int maxContinuations = 10000;

const QLatin1String selectColumns("SELECT id, rotation_info_id, action, status_name, date, user_id, user_name,"
                                  " display_name, notes, status_value FROM rotation_audit");
enum { ColId, ColRotationId, ColAction, ColStatusName, ColDate, ColUserId, ColUserName, ColDisplayName, ColNotes, ColStatusValue };

// Where the sort column stands in selectColumns.
int selectIndexOf(const QString &sortColumn)
{
    static const QHash<QString, int> indexes = {
        {QStringLiteral("id"), ColId},
        {QStringLiteral("rotation_info_id"), ColRotationId},
        {QStringLiteral("action"), ColAction},
        {QStringLiteral("date"), ColDate},
        {QStringLiteral("user_id"), ColUserId},
        {QStringLiteral("user_name"), ColUserName},
        {QStringLiteral("display_name"), ColDisplayName},
        {QStringLiteral("notes"), ColNotes},
        {QStringLiteral("status_value"), ColStatusValue},
    };
    return indexes.value(sortColumn, ColId);
}

} // namespace

QString RotationAuditPages::likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

namespace {
// "ORDER BY col DESC, id DESC", and the matching "(col, id) < (?, ?)" that continues after a key.
QString orderBy(const QString &column, bool descending)
{
    const QLatin1String dir = descending ? QLatin1String(" DESC") : QLatin1String(" ASC");
    return column == QLatin1String("id") ? QLatin1String(" ORDER BY id") + dir
                                         : QLatin1String(" ORDER BY ") + column + dir + QLatin1String(", id") + dir;
}

// "(col, id) op (?, ?)" as one condition, for a short scan (the records added since the bookmarks).
QString rowValueCondition(const QString &column, const char *op)
{
    return column == QLatin1String("id") ? QStringLiteral("id %1 ?").arg(QLatin1String(op))
                                         : QStringLiteral("(%1, id) %2 (?, ?)").arg(column, QLatin1String(op));
}

// SELECT `columns` … WHERE filters AND (col, id) op key, as two index ranges that SQLite merges in
// order ("col = k AND id op kid", then "col op k"): it seeks a row-value comparison by its first
// column only, and would scan a whole run of equal values, 200,000 records for one action.
// The caller appends the ORDER BY of `column` (by name) and the LIMIT.
QString keyedSelect(const QString &columns, const QString &hint, const QStringList &filters, const QVariantList &filterBinds,
                    const QString &column, const char *op, const QVariant &keyValue, qint64 keyId, QVariantList *binds)
{
    auto select = [&](const QString &condition) {
        QStringList conditions = filters;
        conditions << condition;
        return columns + hint + QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
    };
    *binds = filterBinds;
    if (column == QLatin1String("id")) {
        *binds << keyId;
        return select(QStringLiteral("id %1 ?").arg(QLatin1String(op)));
    }
    const QLatin1String strict = op[0] == '>' ? QLatin1String(">") : QLatin1String("<");
    *binds << keyValue << keyId;
    *binds += filterBinds;
    *binds << keyValue;
    return select(QStringLiteral("%1 = ? AND id %2 ?").arg(column, QLatin1String(op))) + QLatin1String(" UNION ALL ")
           + select(QStringLiteral("%1 %2 ?").arg(column, strict));
}

// The index that walks a sort order: the planner, left to itself, sometimes takes a filter index
// and sorts instead.
QString indexFor(const QString &column)
{
    return column == QLatin1String("id") ? QStringLiteral(" NOT INDEXED") : QStringLiteral(" INDEXED BY audit_by_%1").arg(column);
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    q.setForwardOnly(true);
    q.prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (q.exec())
        return true;
    qWarning("kmsandbox: audit query failed: %s", qPrintable(q.lastError().text()));
    return false;
}

// The user and action filters as conditions (each an exact match) and their values.
void addStructuredFilters(const RotationAuditPages::Query &query, QStringList *conditions, QVariantList *binds)
{
    if (query.hasUserId) {
        *conditions << QStringLiteral("user_id = ?");
        *binds << query.userId;
    }
    if (!query.action.isEmpty()) {
        *conditions << QStringLiteral("action = ?");
        *binds << query.action;
    }
}

qint64 scalar(const QString &connection, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(QSqlDatabase::database(connection));
    run(q, sql, binds);
    return q.next() ? q.value(0).toLongLong() : 0;
}

void writeRecord(JsonWriter &w, const QSqlQuery &q)
{
    enum Kind { Number, Text, FormattedDate };
    static const struct
    {
        const char *name;
        int column;
        Kind kind;
    } fields[] = {
        {"masterEncryptionKeyRotationInfoAuditId", ColId, Number},
        {"masterEncryptionKeyRotationInfoId", ColRotationId, Number},
        {"action", ColAction, Text},
        {"currentStatus", ColStatusName, Text},
        {"date", ColDate, Text},
        {"formattedDate", ColDate, FormattedDate},
        {"userId", ColUserId, Number},
        {"userName", ColUserName, Text},
        {"displayName", ColDisplayName, Text},
        {"notes", ColNotes, Text},
    };
    w.beginObject();
    for (const auto &field : fields) {
        w.key(QLatin1String(field.name));
        if (field.kind == Number)
            w.value(q.value(field.column).toLongLong());
        else if (field.kind == Text)
            w.value(q.value(field.column).toString());
        else
            w.value(RotationAuditPages::formattedDate(q.value(field.column).toString()));
    }
    w.endObject();
}
} // namespace

QString RotationAuditPages::formattedDate(const QString &isoDate)
{
    // The dates are ours, "yyyy-MM-ddTHH:mm:ssZ": take the digits rather than parse and format.
    const QChar *d = isoDate.constData();
    auto digits = [&](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i)
            v = v * 10 + (d[i].unicode() - '0');
        return v;
    };
    bool plain = isoDate.size() == 20 && d[19] == QLatin1Char('Z');
    for (int i = 0; plain && i < 19; ++i)
        plain = (i == 4 || i == 7)     ? d[i] == QLatin1Char('-')
                : i == 10              ? d[i] == QLatin1Char('T')
                : (i == 13 || i == 16) ? d[i] == QLatin1Char(':')
                                       : d[i].isDigit();
    if (!plain)
        return QDateTime::fromString(isoDate, Qt::ISODate).toString(QStringLiteral("M/d/yyyy h:mm:ss AP"));
    const int hour = digits(11, 2);
    const int hour12 = hour % 12 == 0 ? 12 : hour % 12;
    return QStringLiteral("%1/%2/%3 %4:%5:%6 %7")
        .arg(digits(5, 2))
        .arg(digits(8, 2))
        .arg(isoDate.mid(0, 4))
        .arg(hour12)
        .arg(isoDate.mid(14, 2), isoDate.mid(17, 2), hour < 12 ? QStringLiteral("AM") : QStringLiteral("PM"));
}

void RotationAuditPages::reload()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(QStringLiteral("SELECT COUNT(*) FROM rotation_audit"));
    m_total = q.next() ? q.value(0).toLongLong() : 0;
    m_continuations.clear();
    buildBookmarks();
}

void RotationAuditPages::recordAppended(qint64)
{
    m_total += 1;
    m_recordsSinceBookmarks += 1;
    m_continuations.clear(); // positions after it may have moved
}

void RotationAuditPages::buildBookmarks()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery maxId(db);
    maxId.exec(QStringLiteral("SELECT IFNULL(MAX(id), 0) FROM rotation_audit"));
    m_bookmarkedMaxId = maxId.next() ? maxId.value(0).toLongLong() : 0;
    m_recordsSinceBookmarks = 0;
    m_bookmarks.clear();
    static const QStringList columns = {
        QStringLiteral("id"),   QStringLiteral("rotation_info_id"), QStringLiteral("action"),    QStringLiteral("status_value"),
        QStringLiteral("date"), QStringLiteral("user_id"),          QStringLiteral("user_name"), QStringLiteral("display_name"),
        QStringLiteral("notes")};
    for (const QString &column : columns) {
        // Each bookmark is the key 1000 entries after the one before: a short index-only step.
        QList<Key> marks;
        const QString keyColumns = QStringLiteral("SELECT %1, id FROM rotation_audit").arg(column);
        QSqlQuery step(db);
        step.setForwardOnly(true);
        step.exec(keyColumns + indexFor(column) + orderBy(column, false) + QLatin1String(" LIMIT 1"));
        while (step.next()) {
            marks.append({step.value(0), step.value(1).toLongLong()});
            QVariantList binds;
            const QString sql = keyedSelect(keyColumns, indexFor(column), {}, {}, column, ">", marks.last().value, marks.last().id, &binds)
                                + orderBy(column, false) + QStringLiteral(" LIMIT 1 OFFSET %1").arg(bookmarkSpacing - 1);
            run(step, sql, binds);
        }
        m_bookmarks.insert(column, marks);
    }
}

qint64 RotationAuditPages::newRecordsBefore(const QString &sortColumn, const Key &key) const
{
    if (m_recordsSinceBookmarks == 0)
        return 0;
    QVariantList binds{m_bookmarkedMaxId};
    if (sortColumn != QLatin1String("id"))
        binds << key.value;
    binds << key.id;
    // The rowid range holds only the records added since the bookmarks: a short scan.
    return scalar(m_connection,
                  QStringLiteral("SELECT COUNT(*) FROM rotation_audit NOT INDEXED WHERE id > ? AND ") + rowValueCondition(sortColumn, "<"),
                  binds);
}

RotationAuditPages::TextMatch RotationAuditPages::matchingTexts(const Query &query) const
{
    const QString pattern = likePattern(query.searchTerm);
    QStringList conditions{QStringLiteral("(user_name LIKE ? ESCAPE '\\' OR display_name LIKE ? ESCAPE '\\'"
                                          " OR action LIKE ? ESCAPE '\\' OR notes LIKE ? ESCAPE '\\')")};
    QVariantList binds{pattern, pattern, pattern, pattern};
    addStructuredFilters(query, &conditions, &binds);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    run(q, QStringLiteral("SELECT id, row_count FROM audit_text WHERE ") + conditions.join(QLatin1String(" AND ")), binds);
    TextMatch match;
    QStringList ids;
    while (q.next()) {
        ids << q.value(0).toString();
        match.records += q.value(1).toLongLong();
    }
    match.idList = ids.join(QLatin1Char(','));
    return match;
}

QVariantList RotationAuditPages::Query::dayBounds() const
{
    if (!dateShiftSeconds) // "2024-05-01" sorts before every time of that day
        return {date.toString(Qt::ISODate), date.addDays(1).toString(Qt::ISODate)};
    const QDateTime start = QDateTime(date, QTime(0, 0), Qt::UTC).addSecs(-dateShiftSeconds);
    return {start.toString(Qt::ISODate), start.addDays(1).toString(Qt::ISODate)};
}

qint64 RotationAuditPages::total(const Query &query, const TextMatch &texts) const
{
    const bool searching = !query.searchTerm.isEmpty();
    if (!query.date.isValid() && searching)
        return texts.records;
    if (!query.date.isValid() && !query.hasUserId && query.action.isEmpty())
        return m_total;
    QStringList conditions{QStringLiteral("1")};
    QVariantList binds;
    if (!query.date.isValid()) {
        // Each text knows how many records carry it: the user's or action's total is a small sum.
        addStructuredFilters(query, &conditions, &binds);
        return scalar(m_connection,
                      QStringLiteral("SELECT IFNULL(SUM(row_count), 0) FROM audit_text WHERE ") + conditions.join(QLatin1String(" AND ")),
                      binds);
    }
    // One day's records are few: count them.
    conditions << QStringLiteral("date >= ? AND date < ?");
    binds << query.dayBounds();
    if (searching)
        conditions << QStringLiteral("text_id IN (%1)").arg(texts.idList);
    else
        addStructuredFilters(query, &conditions, &binds);
    return scalar(m_connection, QStringLiteral("SELECT COUNT(*) FROM rotation_audit WHERE ") + conditions.join(QLatin1String(" AND ")),
                  binds);
}

// Runs a page query and writes its records, in reverse when the query read the other way; the
// key of the last record written comes back, for the page after it.
QList<RotationAuditPages::Key> RotationAuditPages::fetch(const QString &sql, const QVariantList &binds, const QString &sortColumn,
                                                         bool reverse, QByteArray *json, qint64 *count) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    run(q, sql, binds);
    json->clear();
    const int keyIndex = selectIndexOf(sortColumn);
    QByteArray records;
    records.reserve(64LL * 1024);
    QList<qsizetype> starts;
    Key firstKey, lastKey;
    while (q.next()) {
        starts << records.size();
        JsonWriter w(&records); // one record a chunk, without separators: they are joined below
        writeRecord(w, q);
        lastKey = {q.value(keyIndex), q.value(ColId).toLongLong()};
        if (starts.size() == 1)
            firstKey = lastKey;
    }
    *count = starts.size();
    if (!reverse) {
        json->reserve(records.size() + 2);
        json->append('[');
        for (qsizetype i = 0; i < starts.size(); ++i) {
            if (i > 0)
                json->append(',');
            const qsizetype end = i + 1 < starts.size() ? starts.at(i + 1) : records.size();
            json->append(records.constData() + starts.at(i), end - starts.at(i));
        }
        json->append(']');
        return {firstKey, lastKey};
    }
    json->reserve(records.size() + 2);
    json->append('[');
    for (qsizetype i = starts.size() - 1; i >= 0; --i) {
        const qsizetype end = i + 1 < starts.size() ? starts.at(i + 1) : records.size();
        json->append(records.constData() + starts.at(i), end - starts.at(i));
        if (i > 0)
            json->append(',');
    }
    json->append(']');
    return {lastKey, firstKey};
}

// The records at ascending positions [first, first + count) of the unfiltered audit, from the
// nearest bookmark at or before `first`.
QByteArray RotationAuditPages::ascendingWindow(const QString &sortColumn, qint64 first, qint64 count, bool reverse, Key *last)
{
    if (m_recordsSinceBookmarks > rebuildAfterRecords)
        buildBookmarks();
    const QList<Key> marks = m_bookmarks.value(sortColumn);
    qint64 mark = std::min<qint64>(first / bookmarkSpacing, marks.size() - 1);
    qint64 position = 0;
    for (; mark >= 0; --mark) {
        // Records added since the bookmarks move a bookmark's position by those sorted before it.
        position = mark * bookmarkSpacing + newRecordsBefore(sortColumn, marks.at(mark));
        if (position <= first)
            break;
    }
    // First the key at `first`, by a short index-only step from the bookmark; then the page from it.
    const QString keyColumns = QStringLiteral("SELECT %1, id FROM rotation_audit").arg(sortColumn);
    QVariantList binds;
    QString sql =
        mark >= 0 ? keyedSelect(keyColumns, indexFor(sortColumn), {}, {}, sortColumn, ">=", marks.at(mark).value, marks.at(mark).id, &binds)
                  : keyColumns + indexFor(sortColumn);
    QSqlQuery start(QSqlDatabase::database(m_connection));
    run(start, sql + orderBy(sortColumn, false) + QStringLiteral(" LIMIT 1 OFFSET %1").arg(first - (mark >= 0 ? position : 0)), binds);
    QByteArray json = QByteArrayLiteral("[]");
    if (!start.next())
        return json;
    sql = keyedSelect(selectColumns, indexFor(sortColumn), {}, {}, sortColumn, ">=", start.value(0), start.value(1).toLongLong(), &binds)
          + orderBy(sortColumn, false) + QStringLiteral(" LIMIT %1").arg(count);
    qint64 fetched = 0;
    const QList<Key> ends = fetch(sql, binds, sortColumn, reverse, &json, &fetched);
    *last = ends.last();
    return json;
}

RotationAuditPages::Page RotationAuditPages::page(const Query &query)
{
    Page page;
    const bool searching = !query.searchTerm.isEmpty();
    const TextMatch texts = searching ? matchingTexts(query) : TextMatch{};
    if (searching && texts.idList.isEmpty())
        return page; // no text matches: no record does
    page.total = total(query, texts);
    const qint64 count = std::clamp<qint64>(page.total - query.skip, 0, query.take);
    if (count == 0)
        return page;

    QStringList where;
    QVariantList binds;
    if (query.date.isValid()) {
        where << QStringLiteral("date >= ? AND date < ?");
        binds << query.dayBounds();
    }
    QString hint;
    if (searching) {
        // The matching texts already hold the user and action filters.
        where << QStringLiteral("text_id IN (%1)").arg(texts.idList);
        if (!query.date.isValid())
            hint = texts.records <= smallTextMatch ? QStringLiteral(" INDEXED BY audit_by_text") : indexFor(query.sortColumn);
    } else {
        addStructuredFilters(query, &where, &binds);
        // A user's or an action's records sorted by another column: with many of them, walking the
        // sort order finds a page sooner than sorting them all (the planner would sort).
        const QString &sort = query.sortColumn;
        const bool filterIndexSorts = sort == QLatin1String("date") || (sort == QLatin1String("user_id") && query.action.isEmpty())
                                      || (sort == QLatin1String("action") && !query.hasUserId);
        if (!query.date.isValid() && !where.isEmpty() && !filterIndexSorts && page.total > smallTextMatch)
            hint = indexFor(sort);
    }
    const QString &column = query.sortColumn;
    const QString signature = QStringList{column,
                                          QString::number(query.descending),
                                          query.action,
                                          QString::number(query.hasUserId),
                                          QString::number(query.userId),
                                          query.date.toString(Qt::ISODate),
                                          QString::number(query.dateShiftSeconds),
                                          query.searchTerm}
                                  .join(QChar(0x1f));
    const QString nextKey = signature + QLatin1Char('@') + QString::number(query.skip + count);
    const auto continuation = m_continuations.constFind(signature + QLatin1Char('@') + QString::number(query.skip));
    Key last;
    qint64 fetched = 0;
    if (where.isEmpty())
        hint = indexFor(column);
    if (continuation != m_continuations.cend()) {
        // The page right after one just served: continue from its last key.
        QVariantList keyed;
        const QString sql = keyedSelect(selectColumns, hint, where, binds, column, query.descending ? "<" : ">", continuation->value,
                                        continuation->id, &keyed)
                            + orderBy(column, query.descending) + QStringLiteral(" LIMIT %1").arg(count);
        last = fetch(sql, keyed, column, false, &page.recordsJson, &fetched).last();
    } else if (where.isEmpty()) {
        const qint64 first = query.descending ? page.total - query.skip - count : query.skip;
        page.recordsJson = ascendingWindow(column, first, count, query.descending, &last);
        fetched = count;
    } else {
        // Deep in a filtered result, read from the nearer end.
        const bool fromEnd = query.skip > page.total / 2;
        const qint64 offset = fromEnd ? page.total - query.skip - count : query.skip;
        const QString sql = selectColumns + hint + QLatin1String(" WHERE ") + where.join(QLatin1String(" AND "))
                            + orderBy(column, query.descending != fromEnd) + QStringLiteral(" LIMIT %1 OFFSET %2").arg(count).arg(offset);
        last = fetch(sql, binds, column, fromEnd, &page.recordsJson, &fetched).last();
    }
    page.count = fetched;
    if (m_continuations.size() >= maxContinuations)
        m_continuations.clear();
    m_continuations.insert(nextKey, last);
    return page;
}

RotationAuditPages::Page RotationAuditPages::referencePage(const Query &query) const
{
    QStringList where;
    QVariantList binds;
    addStructuredFilters(query, &where, &binds);
    if (query.date.isValid()) {
        where << QStringLiteral("date >= ? AND date < ?");
        binds << query.dayBounds();
    }
    if (!query.searchTerm.isEmpty()) {
        where << QStringLiteral("(user_name LIKE ? ESCAPE '\\' OR display_name LIKE ? ESCAPE '\\'"
                                " OR action LIKE ? ESCAPE '\\' OR notes LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(query.searchTerm);
        binds << pattern << pattern << pattern << pattern;
    }
    const QString whereSql = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    Page page;
    page.total = scalar(m_connection, QStringLiteral("SELECT COUNT(*) FROM rotation_audit") + whereSql, binds);

    QSqlQuery q(QSqlDatabase::database(m_connection));
    run(q,
        selectColumns + whereSql + orderBy(query.sortColumn, query.descending)
            + QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.take).arg(query.skip),
        binds);
    QJsonArray records;
    while (q.next()) {
        const QDateTime when = QDateTime::fromString(q.value(ColDate).toString(), Qt::ISODate);
        records.append(QJsonObject{
            {QStringLiteral("masterEncryptionKeyRotationInfoAuditId"), q.value(ColId).toLongLong()},
            {QStringLiteral("masterEncryptionKeyRotationInfoId"), q.value(ColRotationId).toLongLong()},
            {QStringLiteral("action"), q.value(ColAction).toString()},
            {QStringLiteral("currentStatus"), q.value(ColStatusName).toString()},
            {QStringLiteral("date"), q.value(ColDate).toString()},
            {QStringLiteral("formattedDate"), when.toString(QStringLiteral("M/d/yyyy h:mm:ss AP"))},
            {QStringLiteral("userId"), q.value(ColUserId).toInt()},
            {QStringLiteral("userName"), q.value(ColUserName).toString()},
            {QStringLiteral("displayName"), q.value(ColDisplayName).toString()},
            {QStringLiteral("notes"), q.value(ColNotes).toString()},
        });
    }
    page.count = records.size();
    page.recordsJson = QJsonDocument(records).toJson(QJsonDocument::Compact);
    return page;
}

} // namespace km
