// Each rule has one definition (docs/architecture.md, "Where each rule lives once"): this suite
// reads the console's sources (app/, models/, ui/; sandbox/ too for the namespace) and fails when a second one appears.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {
struct Hit
{
    QString file;
    int line;
    QString text;
};

// Every line of the console's sources matching pattern, outside the allowed files (paths
// relative to the source root).
QList<Hit> findOutside(const QRegularExpression &pattern, const QStringList &allowed)
{
    QList<Hit> hits;
    // KMCONSOLE_RULES_SOURCE_DIR reads another tree (to see the checks fail on an older one).
    const QString root = qEnvironmentVariableIsSet("KMCONSOLE_RULES_SOURCE_DIR") ? qEnvironmentVariable("KMCONSOLE_RULES_SOURCE_DIR")
                                                                                 : QStringLiteral(KMCONSOLE_SOURCE_DIR);
    for (const QString &dir : {QStringLiteral("app"), QStringLiteral("models"), QStringLiteral("ui")}) {
        QDirIterator it(root + QLatin1Char('/') + dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = path.mid(root.size() + 1);
            if (allowed.contains(relative))
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            int number = 0;
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine());
                ++number;
                const QString code = line.trimmed();
                if (code.startsWith(QLatin1String("//")))
                    continue; // a comment may name the rule
                if (pattern.match(line).hasMatch())
                    hits.append({relative, number, code});
            }
        }
    }
    return hits;
}

QByteArray describe(const QList<Hit> &hits)
{
    QStringList lines;
    for (const Hit &h : hits)
        lines << QStringLiteral("%1:%2: %3").arg(h.file).arg(h.line).arg(h.text);
    return lines.join(QLatin1Char('\n')).toUtf8();
}
} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourcesAreFound()
    {
        // The checks below would pass on an empty tree: make sure they read the real one.
        const auto hits = findOutside(QRegularExpression(QStringLiteral(R"(\bRotationInfo\b)")), {});
        QVERIFY2(hits.size() >= 10, "the sources were not found");
    }

    void oneDurationFormat()
    {
        // "%1 min %2 s" and the like, or seconds cut into minutes and hours by hand.
        const QRegularExpression pattern(
            QStringLiteral(R"(%(\d|n) (s|min|h|d)\b.*%\d (s|min|h)\b|%n s\x22|\b(seconds|secs|s)\s*[/%]\s*(60|3600|86400)\b)"));
        const auto hits = findOutside(pattern, {QStringLiteral("models/DurationText.cpp")});
        QVERIFY2(hits.isEmpty(), "a second definition of the duration text (use DurationText::of):\n" + describe(hits));
    }

    void oneItemsLeftDefinition()
    {
        // Only RotationProgress reads itemsToRotate (besides the decoder that fills it).
        const auto hits = findOutside(QRegularExpression(QStringLiteral(R"(\bitemsToRotate\b)")),
                                      {QStringLiteral("models/RotationProgress.cpp"), QStringLiteral("models/RotationProgress.h"),
                                       QStringLiteral("models/RotationInfo.cpp"), QStringLiteral("models/RotationInfo.h")});
        QVERIFY2(hits.isEmpty(), "items done or left computed outside RotationProgress::of:\n" + describe(hits));
    }

    void rotationSentOnlyByTheMonitor()
    {
        // Start and retry: one path, RotationMonitor::requestStart/requestRetry, behind RotationEligibility.
        const auto hits = findOutside(
            QRegularExpression(QStringLiteral(R"((->|\.)(startRotation|retryRotation)\(|&ApiClient::(startRotation|retryRotation)\b)")),
            {QStringLiteral("app/services/RotationMonitor.cpp"), QStringLiteral("app/api/ApiClient.cpp")});
        QVERIFY2(hits.isEmpty(), "a rotation started or retried outside RotationMonitor:\n" + describe(hits));
    }

    void secretKeyRotationSentOnlyByItsMonitor()
    {
        // Start and cancel of a secret-key rotation: one path, SecretKeyMonitor::requestStart/requestCancel.
        const auto hits = findOutside(
            QRegularExpression(QStringLiteral(
                R"((->|\.)(rotateSecretKeys|cancelSecretKeyRotation)\(|&ApiClient::(rotateSecretKeys|cancelSecretKeyRotation)\b)")),
            {QStringLiteral("app/services/SecretKeyMonitor.cpp"), QStringLiteral("app/api/ApiClient.cpp")});
        QVERIFY2(hits.isEmpty(), "a secret-key rotation started or cancelled outside SecretKeyMonitor:\n" + describe(hits));
    }

    void secretKeyRunningIsOneRule()
    {
        // "Running" is SecretKeyRotationStatus::isRunning: nobody else compares the counts.
        const auto hits = findOutside(QRegularExpression(QStringLiteral(R"(secretsProcessed\s*<\s*\w*\.?totalSecretsToProcess)")),
                                      {QStringLiteral("models/SecretKeyRotationStatus.h")});
        QVERIFY2(hits.isEmpty(), "a second reading of \"running\":\n" + describe(hits));
    }

    void oneUnattendedSignInPolicy()
    {
        // What a sign-in with nobody to ask does with a certificate or a vault choice: UnattendedSignIn.
        const auto hits = findOutside(QRegularExpression(QStringLiteral(R"(Session::(trustNeeded|vaultChoiceNeeded)\b)")),
                                      {QStringLiteral("app/usecases/UnattendedSignIn.cpp"), QStringLiteral("app/session/Session.h")});
        QList<Hit> app;
        for (const Hit &h : hits) {
            if (!h.file.startsWith(QLatin1String("ui/"))) // the window asks the administrator
                app << h;
        }
        QVERIFY2(app.isEmpty(), "a second non-interactive sign-in policy (use UnattendedSignIn):\n" + describe(app));
    }

    void oneSignInProfileDecision()
    {
        // Which profile a sign-in saves, whether its secret is kept, whether pins carry over:
        // SignInProfile. The session layer keeps the fields (Settings) and removes a profile with
        // its secret (Session::removeProfile), below the use case.
        const auto hits = findOutside(
            QRegularExpression(QStringLiteral(R"(\brememberInKeychain\b|\bsameConnection\(|\bpinned(Sha256|Errors)\.clear\(\))")),
            {QStringLiteral("app/usecases/SignInProfile.cpp"), QStringLiteral("app/usecases/SignInProfile.h"),
             QStringLiteral("app/session/Settings.cpp"), QStringLiteral("app/session/Settings.h"),
             QStringLiteral("app/session/Session.cpp")});
        QVERIFY2(hits.isEmpty(), "a sign-in's profile, keychain or pin decision outside SignInProfile:\n" + describe(hits));
    }

    void secretKeyProgressInOneWording()
    {
        // "40 of 160 secrets processed": SecretKeyText::progress, for the window, the commands and the preflight.
        const auto hits =
            findOutside(QRegularExpression(QStringLiteral(R"(%\d of %\d secrets)")), {QStringLiteral("models/SecretKeyText.cpp")});
        QVERIFY2(hits.isEmpty(), "the secret-key progress worded outside SecretKeyText:\n" + describe(hits));
    }

    void onePreflightReading()
    {
        // The checks before a rotation read the health check, nodes and backup log in one place:
        // RotationPreflight (the window, rotation preflight and rotation start all call it).
        const auto hits = findOutside(QRegularExpression(QStringLiteral(R"((->|\.)(getHealthCheck|getNodes|getBackupLogs)\()")),
                                      {QStringLiteral("app/usecases/RotationPreflight.cpp")});
        QVERIFY2(hits.isEmpty(), "a pre-flight read outside RotationPreflight:\n" + describe(hits));
    }

    void oneConfigurationReading()
    {
        // What a configuration teaches about type ids: ConfigurationReading::learn, nowhere else.
        const auto hits = findOutside(QRegularExpression(QStringLiteral(R"((->|\.)learnType\()")),
                                      {QStringLiteral("app/usecases/ConfigurationReading.cpp")});
        QVERIFY2(hits.isEmpty(), "a configuration read and learned outside ConfigurationReading::learn:\n" + describe(hits));
    }

    void serverStateLivesInServerState()
    {
        // What is known about one server (type ids, maintenance, the secret-key run, version,
        // permission, policy) is app/session/ServerState: Session keeps sign-in and trust and
        // exposes it as server(). Neither its setters nor its signals come back to Session.
        const QString names =
            QStringLiteral("setMaintenance|inMaintenance|maintenanceChanged|learnType|setTypeFromAdministrator|forgetTypes"
                           "|typesChanged|typesContradicted|setSecretKeyRotationRunning|secretKeyRotationChanged"
                           "|setRotationPolicyDays|policyChanged");
        QList<Hit> back = findOutside(QRegularExpression(QStringLiteral(R"(\bSession::(%1)\b)").arg(names)), {});
        for (const Hit &h : findOutside(QRegularExpression(QStringLiteral(R"(\b(%1)\()").arg(names)), {})) {
            if (h.file == QLatin1String("app/session/Session.h")) // declared on Session again
                back << h;
        }
        QVERIFY2(back.isEmpty(), "server state back on Session (it lives in ServerState):\n" + describe(back));
    }

    void pagesHoldNoApiClient()
    {
        // The window listens to the Session (requestFinished, sessionExpired, signedIn) and pages
        // work through services: no ui/ file names ApiClient.
        const auto hits = findOutside(QRegularExpression(QStringLiteral(R"(\bApiClient\b)")), {});
        QList<Hit> ui;
        for (const Hit &h : hits) {
            if (h.file.startsWith(QLatin1String("ui/")))
                ui << h;
        }
        QVERIFY2(ui.isEmpty(), "ui/ names ApiClient (listen to the Session, go through a service):\n" + describe(ui));
    }

    void oneStaleReplyGuard()
    {
        // Replies a newer request replaced are dropped through ReplyGuard, not a counter of one's own.
        const auto hits = findOutside(QRegularExpression(QStringLiteral(R"(\bm_generation\b|->generation\b|\bint generation\b)")), {});
        QVERIFY2(hits.isEmpty(), "a hand-made generation counter (use ReplyGuard):\n" + describe(hits));
    }

    void onePagerOfTheAudit()
    {
        // Walking audit pages, with the exactness check: AuditPager, the exporter's windowed walk
        // included (PageInfo defines the check).
        const auto hits = findOutside(
            QRegularExpression(QStringLiteral(R"(\btotalContradiction\()")),
            {QStringLiteral("app/services/AuditPager.cpp"), QStringLiteral("models/Page.cpp"), QStringLiteral("models/Page.h")});
        QVERIFY2(hits.isEmpty(), "audit pages walked outside AuditPager:\n" + describe(hits));
    }

    void oneReadRetryPolicy()
    {
        // How long a failed read waits, Retry-After included: ReadRetry (app/api/ReadRetry.cpp),
        // on Backoff's schedule. A second delay computation reads Retry-After itself, doubles by
        // an attempt count, or keeps a QTimer of its own for retries.
        const QRegularExpression pattern(
            QStringLiteral(R"(\bretryAfterSeconds\(\)|\bretryDelay\(|\bQTimer\s+m_retry|<<\s*(std::clamp\()?\w*[aA]ttempt)"));
        const auto hits = findOutside(pattern, {QStringLiteral("app/api/ReadRetry.cpp"), QStringLiteral("app/api/ApiError.h")});
        QVERIFY2(hits.isEmpty(), "a second retry-delay computation (use ReadRetry):\n" + describe(hits));
    }

    void oneAuditFieldTable()
    {
        // The rotation audit's field names (wire, CSV column, sort): models/AuditField.cpp.
        const QRegularExpression pattern(QStringLiteral(R"(\x22(masterEncryptionKeyRotationInfo\w*|currentStatus|AuditId|RotationId)\b)"));
        const auto hits = findOutside(pattern, {QStringLiteral("models/AuditField.cpp")});
        QVERIFY2(hits.isEmpty(), "an audit field named outside models/AuditField.cpp:\n" + describe(hits));
    }

    void oneNamespace()
    {
        // Every header of the project declares inside namespace km (scripts/dev/one-namespace.py); outside it
        // stay only the preamble, Qt's (and uic's, QtKeychain's) forward declarations and Q_DECLARE_METATYPE. The
        // emulator is the project's too.
        const QString root = qEnvironmentVariableIsSet("KMCONSOLE_RULES_SOURCE_DIR") ? qEnvironmentVariable("KMCONSOLE_RULES_SOURCE_DIR")
                                                                                     : QStringLiteral(KMCONSOLE_SOURCE_DIR);
        const QRegularExpression allowedOutside(
            QStringLiteral(R"(^(#|//|/\*|(class|struct)\s+Q[A-Z]\w*\s*;|namespace\s+(Ui|QKeychain)\s*\{|Q_DECLARE_METATYPE\())"));
        QList<Hit> hits;
        int headers = 0;
        for (const QString &dir : {QStringLiteral("app"), QStringLiteral("models"), QStringLiteral("ui"), QStringLiteral("sandbox")}) {
            QDirIterator it(root + QLatin1Char('/') + dir, {QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString relative = path.mid(root.size() + 1);
                QFile file(path);
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(relative));
                ++headers;
                bool inside = false;
                bool opened = false;
                int number = 0;
                while (!file.atEnd()) {
                    const QString line = QString::fromUtf8(file.readLine()).remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
                    ++number;
                    if (line == QLatin1String("namespace km {")) {
                        inside = opened = true;
                    } else if (line == QLatin1String("} // namespace km")) {
                        inside = false;
                    } else if (!inside && !line.isEmpty() && !line.at(0).isSpace() && !allowedOutside.match(line).hasMatch()) {
                        hits.append({relative, number, line.trimmed()});
                    }
                }
                if (!opened)
                    hits.append({relative, 0, QStringLiteral("no namespace km")});
            }
        }
        QVERIFY2(headers >= 50, "the headers were not found");
        QVERIFY2(hits.isEmpty(), "a declaration outside namespace km (run scripts/dev/one-namespace.py):\n" + describe(hits));
    }

    void wallClockOnlyInTheClock()
    {
        const auto hits =
            findOutside(QRegularExpression(QStringLiteral(R"(\bcurrent(DateTime|DateTimeUtc|MSecsSinceEpoch|SecsSinceEpoch)\b)")),
                        {QStringLiteral("models/Clock.cpp")});
        QVERIFY2(hits.isEmpty(), "the wall clock read outside models/Clock.cpp (take the injected Clock):\n" + describe(hits));
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
