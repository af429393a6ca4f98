#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <memory>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include "sandbox/RotationAuditPages.h"
#include "sandbox/SandboxUser.h"

namespace km {

// kmsandbox's state in SQLite: configuration, configuration audit, rotation state and rotation
// audit. It shares no code with the console's JSON layer on purpose: the conformance tests are a
// real cross-check only if the two sides were written separately.
class SandboxStore
{
public:
    using User = SandboxUser;

    // The kind of key management, whatever numeric id the server gives it (--type-ids).
    enum { KindNone = 0, KindAws = 1, KindAzure = 2 };

    struct Config
    {
        int configId = 0;
        int kind = KindNone;
        QString awsAccessKeyId, awsKeyArn, awsKeyId;
        QString azureBaseUrl, azureKeyName, azureKeyVersion, azurePrincipalId;
        QString awsSecretDigest, azureSecretDigest; // SecretDigest values, never the secrets
    };

    // An API sort name in its published spelling, and the column it sorts by.
    struct SortColumn
    {
        QString apiName;
        QString column;
    };

    struct Rotation
    {
        qint64 rotationInfoId = 0;
        int status = 0; // index in the status order of api.md
        QString processState = QStringLiteral("None");
        int itemsToRotate = 0;
        int totalItems = 1250;
        QDateTime started, lastEnd, statusUpdated;
        int failedAt = -1; // the status whose step failed, for retry
        QString errorMessage;
        bool completedOnce = false;
        int dataTick = 0;
        int requestedBy = 0;
        bool fromSeed = false; // the state shows the last completed seeded rotation, no live one
    };

    using AuditQuery = RotationAuditPages::Query;
    using PageResult = RotationAuditPages::Page;

    ~SandboxStore();
    bool open(const QString &path, QString *error);
    void close();

    Config config() const;
    bool saveConfig(const Config &config, const QString &notes, const User &by);

    Rotation rotation() const;
    void saveRotation(const Rotation &rotation);

    // --audit-ids-unordered: new rotation-audit records get ids that fall (from 2,000,000,000 down),
    // so that a later record has a lower id than an earlier one.
    void setAuditIdsUnordered(bool on) { m_auditIdsUnordered = on; }
    void appendRotationAudit(qint64 rotationInfoId, const QString &action, int status, const User &by, const QString &notes,
                             const QDateTime &when);
    // Ensures `count` seeded rotation-audit records exist; deterministic for a given count.
    bool seedRotationAudit(qint64 count, QString *error);

    // sortName is an API field name in any letter case; returns false for an unknown one.
    static bool rotationAuditSort(const QString &sortName, SortColumn *sort);
    PageResult queryRotationAudit(const AuditQuery &query);
    // The same page by the plain query (OFFSET, LIKE, COUNT), for tests that compare (--reference-queries).
    PageResult referenceRotationAudit(const AuditQuery &query) const;
    QJsonArray rotationAuditUsers() const;

    static bool configAuditSort(const QString &sortName, SortColumn *sort);
    PageResult queryConfigAudit(const QString &searchText, const QString &sortColumn, bool descending, qint64 skip, int take) const;

    // Sessions survive a restart, as a real server's tokens do. Only SHA-256 hashes are stored.
    void saveSession(const QString &token, int userId, const QDateTime &expiresUtc, bool refresh);
    // The user of a live access token (0 if unknown); *expired tells an expired one apart.
    int sessionUser(const QString &token, bool *expired) const;
    int takeRefreshToken(const QString &token); // one use: removed as it is read
    void removeSession(const QString &token);
    void clearSessions(bool accessTokens, bool refreshTokens);

    static QString isoDate(const QDateTime &utc);

private:
    bool exec(const QString &sql, QString *error = nullptr) const;
    void assignMissingTextIds();
    void digestPlainSecrets();
    void adoptSeededRotationState(qint64 seededCount);

    QString m_connection;
    qint64 textIdOf(const SandboxUser &by, const QString &action, const QString &notes);
    bool createAuditIndexes(QString *error);
    void dropAuditIndexes();
    void recountTexts();

    std::unique_ptr<RotationAuditPages> m_pages;
    QHash<QString, qint64> m_textIds; // audit_text key -> id, as far as seen
    bool m_auditIdsUnordered = false;
};

} // namespace km
