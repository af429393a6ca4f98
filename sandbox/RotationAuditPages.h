#pragma once

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

namespace km {

// Pages of the rotation audit, fast at a million records and more, with exactly the records,
// order and totals of the plain query (ORDER BY col, id LIMIT/OFFSET; LIKE; COUNT), which
// referencePage() still runs so that tests can compare the two:
// - unfiltered pages at any skip start from a bookmark (every 1000th key of each sort order),
//   so no query steps over more than 1000 index entries;
// - the page after one just served continues from its last key (keyset), for walks and exports;
// - the searchable text (user, display name, action, notes) comes from a small vocabulary: each
//   distinct combination is a row of audit_text with its record count, so a search, a user or an
//   action filter finds its texts and its exact total without touching the records;
// - records are written as JSON directly.
class RotationAuditPages
{
public:
    // A paged query: the filters are already validated by the server.
    struct Query
    {
        QString action;
        QString searchTerm;
        int userId = 0;
        bool hasUserId = false;
        QDate date;
        qint64 dateShiftSeconds = 0;                 // --date-filter-local-offset: the day starts this much before UTC midnight
        QString sortColumn = QStringLiteral("date"); // a column of the table
        bool descending = true;
        qint64 skip = 0;
        int take = 50;
        // date's bounds as binds for "date >= ? AND date < ?"
        QVariantList dayBounds() const;
    };

    struct Page
    {
        QByteArray recordsJson = QByteArrayLiteral("[]"); // a JSON array
        qint64 count = 0;                                 // records in it
        qint64 total = 0;
    };

    explicit RotationAuditPages(QString connection) : m_connection(std::move(connection)) {}

    void reload();                  // after opening or seeding: counts and bookmarks
    void recordAppended(qint64 id); // a live record was added
    Page page(const Query &query);
    Page referencePage(const Query &query) const;

    static QString formattedDate(const QString &isoDate); // M/d/yyyy h:mm:ss AP
    static QString likePattern(const QString &text);      // %text% with % _ \ literal (ESCAPE '\')

private:
    struct Key
    {
        QVariant value;
        qint64 id = 0;
    };
    struct TextMatch
    {
        QString idList; // "3,17,42": audit_text ids, or empty when nothing matches
        qint64 records = 0;
    };

    TextMatch matchingTexts(const Query &query) const;
    qint64 total(const Query &query, const TextMatch &texts) const;
    QList<Key> fetch(const QString &sql, const QVariantList &binds, const QString &sortColumn, bool reverse, QByteArray *json,
                     qint64 *count) const;
    QByteArray ascendingWindow(const QString &sortColumn, qint64 first, qint64 count, bool reverse, Key *last);
    void buildBookmarks();
    qint64 newRecordsBefore(const QString &sortColumn, const Key &key) const;

    QString m_connection;
    qint64 m_total = 0;
    qint64 m_bookmarkedMaxId = 0; // bookmarks count records up to this id; later ones are counted apart
    qint64 m_recordsSinceBookmarks = 0;
    QHash<QString, QList<Key>> m_bookmarks; // sort column -> key at ascending positions 0, 1000, 2000, …
    // "query signature@next skip" -> the last key served before it, in the query's own order.
    QHash<QString, Key> m_continuations;
};

} // namespace km
