// The services behind the pages and the commands, against real kmsandbox instances and a hostile
// server: the session (every way to sign in, TLS trust, proxies), the configuration service (type
// ids learned, never guessed; maintenance after a save), the rotation monitor's pacing and
// back-off (on an injected schedule, not the wall clock), the audit browser, and the exporter
// (exact or failed, whatever the server does).
#include "api/ApiError.h"
#include "api/ReadRetry.h"
#include "services/AuditBrowser.h"
#include "services/AuditExporter.h"
#include "services/AuditPager.h"
#include "services/ComplianceReport.h"
#include "services/ConfigurationService.h"
#include "services/RotationEventsReader.h"
#include "services/RotationHistoryReader.h"
#include "services/RotationMonitor.h"
#include "services/SecretKeyMonitor.h"
#include "services/ServerFleet.h"
#include "services/Workspace.h"
#include "session/KeychainSecretStore.h"
#include "session/Session.h"
#include "session/Settings.h"
#include "usecases/ConfigurationReading.h"
#include "usecases/SavePlan.h"
#include "usecases/SignInProfile.h"
#include "usecases/RotationPreflight.h"
#include "usecases/UnattendedSignIn.h"

#include "models/RotationEligibility.h"
#include "models/SecretKeyText.h"

#include "CsvReader.h"
#include "models/JsonFields.h"
#include "models/CsvWriter.h"
#include "HostileServer.h"
#include "ManualClock.h"
#include "MemorySecretStore.h"
#include "SandboxProcess.h"
#include "TrText.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QMap>
#include <QJsonDocument>
#include <QTcpServer>
#include <QUrlQuery>

using namespace km;

using namespace std::chrono_literals;

namespace {
const QString goodSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

void fillAws(ConfigFieldsModel *f)
{
    f->setValue(ConfigField::AwsAccessKeyId, QStringLiteral("AKIAIOSFODNN7EXAMPLE"));
    f->setValue(ConfigField::AwsKeyId, QStringLiteral("1234abcd-12ab-34cd-56ef-1234567890ab"));
    f->setValue(ConfigField::AwsKeyArn, QStringLiteral("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"));
    f->setValue(ConfigField::AwsSecretAccessKey, goodSecret);
}
} // namespace

class TestServices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void preflight_defaultSandbox_everyCheckPasses_inOrder();
    void preflight_refusedMissingOrUnreadable_isNotDetermined_neverAnEndedSession();

#ifdef Q_OS_WIN
    void windows_settingsLiveInTheRegistry();
    void windows_credentialManagerKeepsAndForgetsASecret();
#endif

    void savePlan_previewListsEveryFieldNeverASecret_andRefusesWhatTheRulesRefuse();
    void signInProfile_whichProfileIsSavedTheSecretKeptAndThePinsCarried();
    void session_password_learnsTheProfileAndTheServersTypes();
    void session_tls_trustOnceAlwaysAndAChangedCertificate();
    void unattendedSignIn_refusesACertificateAndSaysItOnce();
    void session_platform_oneVaultOrAChoice();
    void session_push_saysItIsWaiting();
    void session_testConnection_saysWhatItFound();
    void session_proxy_fromTheEnvironmentOrTheProfile();

    void configuration_neverSendsAnIdTheServerDidNotShow();
    void configuration_administratorsIdIsSentAndAMismatchIsSaid();
    void configuration_saveStartsMaintenanceUntilTheServerAllowsAgain();
    void serverState_maintenanceEnding_refreshesTheRotationViewsOnce();
    void serverState_aTypeLearnedOrMaintenance_redrawsTheConfigurationOnce();
    void serverState_sharedByTheFleetAndTheWorkspace();
    void secretKeys_followedAfterASave_untilTheServerSaysItEnded();
    void secretKeys_saveRefusedWhileOneRuns_saysSoWithItsProgress();
    void secretKeys_startAndCancel_cancellingUntilTheServerConfirms();
    void secretKeys_serverUnreachable_cancelWaitsForIt();
    void secretKeys_aRunFromAnywhere_holdsSaveAndMekRotation();
    void secretKeys_rateAndTimeLeft_followTheSessionsClock();
    void configuration_historyOn112_isSaidToBeMissing();
    void configuration_historyIsAskedAsTheServersVersionAllows();

    void monitor_slowServer_neverOverlapsPolls();
    void monitor_followsARotationToCompletion_startSentOnce();
    void monitor_failureThenRetry_completes();
    void monitor_serverGone_backsOffThenResumes();
    void monitor_idle_pollsSlowlyOrNotAtAll();
    void monitor_rateAndTimeLeft_followTheInjectedClock();
    void monitor_pollsOnItsClock_aTestMovesTimeInsteadOfWaiting();
    void workspace_connectionLostOnAnyPage_thenBack();
    void monitor_backoff_cappedWhileTheWindowIsActive_serverRetryAfterHonoured();
    void workspace_connectionBack_reloadsWhatThePagesShow();
    void browser_oneRotation_onlyItsRecordsAsOnePage();

    void browser_everySortBothWays_matchesApi_data();
    void browser_everySortBothWays_matchesApi();
    void browser_eachFilter_matchesApi();
    void browser_pagingEdges();
    void browser_staleReply_isDiscarded();
    void exporter_csvEqualsApiFieldForField();
    void exporter_cancel_leavesNoFileAndSaysCancelled();
    void exporter_failureMidExport_leavesExistingFileUntouched();
    void exporter_transientFailures_areRetried();
    void exporter_serverWithSmallerPages_isHonoured();
    void exporter_asksAheadWithinItsWindow();
    void exporter_recordsArrivingDuringExport_noDuplicatesNoGaps_data();
    void exporter_recordsArrivingDuringExport_noDuplicatesNoGaps();
    void exporter_serverIgnoringTheSort_isExactAndSaysSo();
    void exporter_dayRange_walksTheDays();
    void exporter_hostileServer_failsWithTheReason_data();
    void exporter_hostileServer_failsWithTheReason();
    void exporter_cutShortAndRateLimited_areRetried();
    void exporter_contradictoryTotal_failsWithNoFile_data();
    void exporter_contradictoryTotal_failsWithNoFile();
    void pager_walksToTheTotalOrTheStop_data();
    void pager_walksToTheTotalOrTheStop();
    void readRetry_policyTable_data();
    void readRetry_policyTable();
    void pager_retriesOnItsClock_aTestMovesTimeInsteadOfWaiting();
    void pager_window_asksAheadAndTakesPagesInOrder();
    void exporter_retriesOnTheClientsClock();
    void rotationEvents_readsOneRotationsEventsForTheDialog();
    void fleet_ownsTheServersModel();
    void history_contradictoryTotal_fails();

    void history_readsEveryRotationOfTheAudit();
    void history_untilLastCompleted_readsAPageOrTwo();
    void history_eventsArrivingMeanwhile_areNotCounted();
    void report_stableKeysPeriodTotalsAndNoSecret();
    void report_listsOnlyRotationsThatOverlapItsPeriod();
    void report_on112_saysThereIsNoConfigurationHistory();
    void fleet_everyServerAtOnce_idleRunningFailedOverdueUnreachable();
    void fleet_neverSignsInWithACodeNorRepeatsAFailedSignIn();
    void fleet_profilesReorderedOrRemovedMidRefresh_eachAnswerLandsOnItsOwnRow();

private:
    // A session signed in with a token of the sandbox's (or a password when given one).
    std::unique_ptr<Session> session(SandboxProcess &sandbox, const QString &user = QStringLiteral("admin"));
    // Every record matching an encoded query (filters and sort), over raw HTTP, in order.
    QList<QJsonObject> apiRecords(SandboxProcess &sandbox, const QString &query);
    struct ExportResult
    {
        AuditExporter::Outcome outcome = AuditExporter::Failed;
        QString message;
        QString notice;
        QList<QStringList> rows;
        bool ok() const { return outcome == AuditExporter::Completed; }
    };
    ExportResult runExport(ApiClient *api, const QString &file, const AuditExporter::Options &options,
                           const std::function<void(AuditExporter &, qint64)> &onProgress = {});
    SandboxProcess m_audit; // 1204 seeded records (--seed 1204, whole rotations), shared by the read-only audit tests
    std::unique_ptr<Settings> m_settings;
    MemorySecretStore m_secrets;
};

void TestServices::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("kmconsole-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_services"));
}

void TestServices::init()
{
    m_settings.reset();
    QSettings().clear();
    m_settings = std::make_unique<Settings>();
}

std::unique_ptr<Session> TestServices::session(SandboxProcess &sandbox, const QString &user)
{
    auto s = std::make_unique<Session>(m_settings.get(), &m_secrets);
    s->client()->setBaseUrl(sandbox.url());
    s->client()->useBearerToken(QString::fromLatin1(sandboxToken(sandbox.url(), user)));
    return s;
}

QList<QJsonObject> TestServices::apiRecords(SandboxProcess &sandbox, const QString &query)
{
    const QByteArray token = sandboxToken(sandbox.url());
    QList<QJsonObject> all;
    for (int skip = 0;; skip += 1000) {
        QUrl url = sandbox.url();
        url.setPath(url.path() + QStringLiteral("/api/v1/key-management/audit"));
        url.setQuery(query + QStringLiteral("&take=1000&skip=%1").arg(skip));
        const QJsonObject page = httpRequest("GET", url, {}, {}, token).object();
        for (const auto &v : page.value(QStringLiteral("records")).toArray())
            all << v.toObject();
        if (!page.value(QStringLiteral("hasNext")).toBool())
            break;
    }
    return all;
}

TestServices::ExportResult TestServices::runExport(ApiClient *api, const QString &file, const AuditExporter::Options &options,
                                                   const std::function<void(AuditExporter &, qint64)> &onProgress)
{
    AuditExporter exporter(api);
    ExportResult result;
    bool done = false;
    connect(&exporter, &AuditExporter::finished, this, [&](AuditExporter::Outcome outcome, const QString &message) {
        result.outcome = outcome;
        result.message = message;
        done = true;
    });
    if (onProgress)
        connect(&exporter, &AuditExporter::progress, this, [&](qint64 written, qint64) { onProgress(exporter, written); });
    exporter.exportToFile(file, options);
    if (!QTest::qWaitFor([&] { return done; }, 90000))
        result.message = QStringLiteral("the test gave up waiting");
    result.notice = exporter.notice();
    if (result.ok()) {
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        QByteArray data = f.readAll();
        if (data.startsWith("\xEF\xBB\xBF"))
            data = data.mid(3);
        QString error;
        if (!readCsv(data, &result.rows, &error)) {
            result.outcome = AuditExporter::Failed;
            result.message = QStringLiteral("not RFC 4180: ") + error;
        }
    }
    return result;
}

void TestServices::savePlan_previewListsEveryFieldNeverASecret_andRefusesWhatTheRulesRefuse()
{
    using F = ConfigField::Id;
    KeyManagementTypes types;
    types.learn(11, QStringLiteral("Amazon KMS"));
    types.learn(0, QStringLiteral("None"));
    KeyManagementConfig current;
    current.typeId = 11;
    current.typeName = QStringLiteral("Amazon KMS");
    current.reported[F::AwsAccessKeyId] = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
    current.reported[F::AwsKeyId] = QStringLiteral("1234abcd-12ab-34cd-56ef-1234567890ab");
    current.reported[F::AwsKeyArn] = QStringLiteral("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");
    ConfigField::Values values;
    for (F f : {F::AwsAccessKeyId, F::AwsKeyId, F::AwsKeyArn})
        values[f] = current.value(f);
    values[F::AwsAccessKeyId] = QStringLiteral("ASIAIOSFODNN7EXAMPLE");
    values[F::AwsSecretAccessKey] = QStringLiteral("very-secret-value");

    const SavePlan plan = SavePlan::make(types, current, KeyManagementKind::AwsKms, KeyManagementKind::AwsKms, values);
    QVERIFY2(plan.canSave(), qPrintable(plan.whyNot));
    QVERIFY(plan.update);
    QCOMPARE(plan.typeId, std::optional<int>(11));
    QVERIFY(plan.typeIdShownByServer);
    const QStringList preview = plan.previewLines();
    QCOMPARE(preview.size(), 1 + ConfigField::of(KeyManagementKind::AwsKms).size()); // the type, then every field sent
    QVERIFY(!preview.join(QLatin1Char('\n')).contains(QLatin1String("very-secret")));
    QCOMPARE(std::count_if(plan.lines.begin(), plan.lines.end(), [](const SavePlan::Line &l) { return l.changed && !l.secret; }), 1);

    // Switching to a type the server has not shown: refused, and said so; the administrator's id on
    // the command line is checked by the same rule as the window's prompt.
    ConfigField::Values azure;
    azure[F::AzureBaseUrl] = QStringLiteral("https://kv1.vault.azure.net/");
    azure[F::AzureKeyName] = QStringLiteral("mek");
    azure[F::AzurePrincipalId] = QStringLiteral("5f1c4b3a-2e1d-4c5b-9a8f-7e6d5c4b3a21");
    azure[F::AzurePrincipalSecret] = QStringLiteral("client-secret");
    const SavePlan unknown = SavePlan::make(types, current, KeyManagementKind::AwsKms, KeyManagementKind::AzureKeyVault, azure);
    QCOMPARE(unknown.refusal, SavePlan::Refusal::TypeIdUnknown);
    QVERIFY(!unknown.update);
    const SavePlan otherTypesId = SavePlan::make(types, current, KeyManagementKind::AwsKms, KeyManagementKind::AzureKeyVault, azure, 0);
    QCOMPARE(otherTypesId.refusal, SavePlan::Refusal::TypeIdRefused); // 0 is None's
    QCOMPARE(otherTypesId.whyNot, types.whyRefused(KeyManagementKind::AzureKeyVault, 0, 11, KeyManagementKind::AwsKms));
    const SavePlan given = SavePlan::make(types, current, KeyManagementKind::AwsKms, KeyManagementKind::AzureKeyVault, azure, 12);
    QVERIFY2(given.canSave(), qPrintable(given.whyNot));
    QVERIFY(!given.typeIdShownByServer);
    QCOMPARE(given.typeId, std::optional<int>(12));
    QVERIFY(TrText::has(given.previewLines().first(), SavePlan::tr("%1 (id %2)").arg(QStringLiteral("%1"), QStringLiteral("12"))));
    ConfigField::Values notWhole = azure;
    notWhole[F::AzureKeyName].clear();
    QCOMPARE(SavePlan::make(types, current, KeyManagementKind::AwsKms, KeyManagementKind::AzureKeyVault, notWhole, 12).refusal,
             SavePlan::Refusal::NotWhole);

    // What the server saved: the id decides; a name contradicts only when the server gave one.
    KeyManagementConfig saved = current;
    QVERIFY(plan.outcome(saved, KeyManagementKind::AwsKms).typeAsAsked);
    QVERIFY(plan.outcome(saved, KeyManagementKind::AwsKms).mismatchText().isEmpty());
    saved.typeId = 0;
    saved.typeName = QStringLiteral("None");
    const SaveOutcome wrong = plan.outcome(saved, KeyManagementKind::None);
    QVERIFY(!wrong.typeAsAsked);
    QCOMPARE(wrong.askedId, 11);
    QCOMPARE(wrong.gotId, 0);
    QVERIFY(TrText::is(wrong.mismatchText(),
                       SaveOutcome::tr("THE SERVER SAVED A DIFFERENT TYPE: you asked for %1 (id %2); the server now reports %3 "
                                       "(id %4). Open the key management settings in the Secret Server web UI now and "
                                       "check them. If the id given was not this server's id for %1, set the type there; "
                                       "the console then learns the right id.")
                           .arg(QStringLiteral("%1"), QStringLiteral("11"), QStringLiteral("%3"), QStringLiteral("0"))));
    KeyManagementConfig unnamed;
    unnamed.typeId = 11;
    QVERIFY(plan.outcome(unnamed, KeyManagementKind::Other).typeAsAsked);
}

void TestServices::signInProfile_whichProfileIsSavedTheSecretKeptAndThePinsCarried()
{
    // The one decision of the sign-in dialog, the commands and the Servers page (SignInProfile);
    // each row is what one of them does today: a changed row is a changed behaviour.
    using Front = SignInProfile::FrontEnd;
    using Secret = SignInProfile::Secret;
    ConnectionProfile prod;
    prod.name = QStringLiteral("prod");
    prod.server = QStringLiteral("https://ss.example.com/SecretServer");
    prod.userName = QStringLiteral("admin");
    prod.rememberInKeychain = true;
    prod.rotationPolicyDays = 90;
    prod.pinnedSha256 = QStringLiteral("ab12");
    prod.pinnedErrors = {QSslError::SelfSignedCertificate};
    prod.pinnedHost = QStringLiteral("ss.example.com:443");
    ConnectionProfile prodUnkept = prod;
    prodUnkept.rememberInKeychain = false;
    ConnectionProfile otherServer = prod; // what a sign-in used: another server than the profile's
    otherServer.name.clear();
    otherServer.server = QStringLiteral("https://ss2.example.com/SecretServer");
    ConnectionProfile otherUser = prod;
    otherUser.userName = QStringLiteral("auditor");
    ConnectionProfile asToken = prod;
    asToken.method = ConnectionProfile::Method::Token;
    ConnectionProfile platform;
    platform.name = QStringLiteral("tenant");
    platform.method = ConnectionProfile::Method::Platform;
    platform.platformUrl = QStringLiteral("https://tenant.delinea.app");
    platform.platformClientId = QStringLiteral("svc");
    platform.server = QStringLiteral("https://tenant.secretservercloud.com");
    platform.pinnedSha256 = QStringLiteral("cd34");
    ConnectionProfile otherVault = platform;
    otherVault.server = QStringLiteral("https://tenant2.secretservercloud.com");
    ConnectionProfile otherTenant = platform;
    otherTenant.platformUrl = QStringLiteral("https://other.delinea.app");

    // Whether the chosen profile's pins go with the attempt.
    struct PinRow
    {
        const char *what = nullptr;
        Front front = Front::Window;
        ConnectionProfile chosen;
        ConnectionProfile attempt;
        bool carried = false;
    };
    const PinRow pins[] = {
        {"window, same server and method", Front::Window, prod, otherUser, true},
        {"window, another server", Front::Window, prod, otherServer, false},
        {"window, same server, another method", Front::Window, prod, asToken, false},
        {"window, platform, another vault of the same tenant", Front::Window, platform, otherVault, true},
        {"window, platform, another tenant", Front::Window, platform, otherTenant, false},
        {"command, --profile with another --server", Front::CommandLine, prod, otherServer, true},
        {"command, --profile with another method", Front::CommandLine, prod, asToken, true},
        {"servers page, the profile as it is", Front::ServersPage, prod, prod, true},
    };
    for (const PinRow &row : pins) {
        QCOMPARE(SignInProfile::pinsCarryOver(row.front, row.chosen, row.attempt), row.carried);
        const ConnectionProfile start = SignInProfile::startFrom(row.front, row.chosen, row.attempt);
        QVERIFY2(start.pinnedSha256.isEmpty() != row.carried, row.what);
        QVERIFY2(start.pinnedErrors.isEmpty() != (row.carried && !row.attempt.pinnedErrors.isEmpty()), row.what);
        QCOMPARE(start.server, row.attempt.server); // nothing else changes
    }

    // Whether a saved profile's secret is there to be read (the Servers page, check, the dialog's prefill).
    QVERIFY(SignInProfile::secretKept(prod, true));
    QVERIFY(!SignInProfile::secretKept(prod, false));
    QVERIFY(!SignInProfile::secretKept(prodUnkept, true));

    // The window offers a new profile for another connection than the chosen one's, never when renewing.
    QVERIFY(SignInProfile::offersNewProfile(ConnectionProfile{}, prod, false));
    QVERIFY(!SignInProfile::offersNewProfile(prod, otherServer, true));
    QVERIFY(SignInProfile::offersNewProfile(prod, otherServer, false));
    QVERIFY(SignInProfile::offersNewProfile(prod, otherUser, false));
    QVERIFY(!SignInProfile::offersNewProfile(prod, prodUnkept, false)); // the same connection

    // After the sign-in: which profile is saved, under which name and policy, what the keychain does.
    struct Row
    {
        const char *what = nullptr;
        Front front = Front::Window;
        ConnectionProfile chosen;
        bool saveAsked = false;
        const char *newName = nullptr;
        bool renewing = false;
        bool keep = false;
        bool keychain = false;
        ConnectionProfile used;
        const char *savedAs = nullptr; // nullptr: nothing saved
        bool savedKeeps = false;
        int savedPolicy = 0;
        Secret secret = Secret::Keep;
        const char *sessionName = nullptr;
    };
    const ConnectionProfile none;
    const Row rows[] = {
        {"chosen, used as it is, keep", Front::Window, prod, false, "", false, true, true, prod, "prod", true, 90, Secret::Keep, "prod"},
        {"chosen, used as it is, keep unticked", Front::Window, prod, false, "", false, false, true, prod, "prod", false, 90,
         Secret::Forget, "prod"},
        {"chosen, kept nothing, keeps nothing", Front::Window, prodUnkept, false, "", false, false, true, prodUnkept, "prod", false, 90,
         Secret::Untouched, "prod"},
        {"chosen, keep ticked, no keychain", Front::Window, prod, false, "", false, true, false, prod, "prod", false, 90, Secret::Forget,
         "prod"},
        {"chosen, renewing: still saved", Front::Window, prod, false, "", true, true, true, prod, "prod", true, 90, Secret::Keep, "prod"},
        {"chosen, a name typed is not a new profile", Front::Window, prod, true, "copy", false, true, true, prod, "prod", true, 90,
         Secret::Keep, "prod"},
        {"new connection saved", Front::Window, none, true, "  lab  ", false, true, true, otherServer, "lab", true, 365, Secret::Keep,
         "lab"},
        {"new connection, not saved", Front::Window, none, false, "lab", false, true, true, otherServer, nullptr, false, 0,
         Secret::Untouched, ""},
        {"new connection, no name", Front::Window, none, true, "  ", false, true, true, otherServer, nullptr, false, 0, Secret::Untouched,
         ""},
        {"chosen, another server, saved anew", Front::Window, prod, true, "prod2", false, false, true, otherServer, "prod2", false, 90,
         Secret::Forget, "prod2"}, // nothing is kept under the new name; the removal asks for none
        {"chosen, another user, not saved: no longer the profile", Front::Window, prod, false, "", false, true, true, otherUser, nullptr,
         false, 0, Secret::Untouched, ""},
        {"chosen, another server, renewing: not saved", Front::Window, prod, true, "prod2", true, true, true, otherServer, nullptr, false,
         0, Secret::Untouched, ""},
        {"command, --profile as it is", Front::CommandLine, prod, false, "", false, false, false, prod, nullptr, false, 0,
         Secret::Untouched, "prod"},
        {"command, --profile with another user", Front::CommandLine, prod, false, "", false, false, false, otherUser, nullptr, false, 0,
         Secret::Untouched, "prod"},
        {"servers page", Front::ServersPage, prod, false, "", false, true, true, prod, nullptr, false, 0, Secret::Untouched, "prod"},
    };
    for (const Row &row : rows) {
        SignInProfile::Request request;
        request.front = row.front;
        request.chosen = row.chosen;
        request.saveAsked = row.saveAsked;
        request.newName = QString::fromLatin1(row.newName);
        request.renewing = row.renewing;
        request.keepSecretAsked = row.keep;
        request.keychainAvailable = row.keychain;
        const SignInProfile::Decision d = SignInProfile::afterSignIn(request, row.used);
        QVERIFY2(d.save.has_value() == (row.savedAs != nullptr), row.what);
        if (d.save) {
            QVERIFY2(d.save->name == QLatin1String(row.savedAs), row.what);
            QVERIFY2(d.save->rememberInKeychain == row.savedKeeps, row.what);
            QVERIFY2(d.save->rotationPolicyDays == row.savedPolicy, row.what);
            QVERIFY2(d.save->sameConnection(row.used) && d.save->pinnedSha256 == row.used.pinnedSha256, row.what);
            QVERIFY2(d.session.name == d.save->name && d.session.rememberInKeychain == d.save->rememberInKeychain, row.what);
        } else {
            QVERIFY2(d.session.sameConnection(row.used), row.what);
        }
        QVERIFY2(d.secret == row.secret, row.what);
        QVERIFY2(d.session.name == QLatin1String(row.sessionName), row.what);
    }
}

void TestServices::session_password_learnsTheProfileAndTheServersTypes()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--type-ids"), QStringLiteral("none=7,aws=11,azure=12"), QStringLiteral("--aws-type-name"),
                           QStringLiteral("AWS Key Management Service")}));
    Session s(m_settings.get(), &m_secrets);
    QSignalSpy signedIn(&s, &Session::signedIn);
    Credentials c;
    c.server = sandbox.urlText() + QStringLiteral("/api/v1"); // as pasted: normalised
    c.userName = QStringLiteral("admin");
    c.password = QStringLiteral("sandbox");
    QString problem;
    QVERIFY2(s.signIn(c, &problem), qPrintable(problem));
    QVERIFY(!s.signIn(c, &problem)); // one attempt at a time
    QVERIFY(signedIn.wait(10000));
    QCOMPARE(s.client()->baseUrl(), sandbox.url());
    QCOMPARE(s.profile().userName, QStringLiteral("admin"));
    QVERIFY(s.profile().oneTimeCode.isEmpty());
    QCOMPARE(s.displayName(), QStringLiteral("admin@127.0.0.1"));
    // The configuration service learns the server's ids from its replies, and keeps them.
    ConfigurationService config(&s);
    QSignalSpy loaded(&config, &ConfigurationService::loaded);
    config.load();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(config.typeIdFor(KeyManagementKind::None), std::optional<int>(7));
    QVERIFY(!config.typeIdFor(KeyManagementKind::AwsKms)); // not shown yet: not known
    QCOMPARE(m_settings->types(sandbox.url()).idOf(KeyManagementKind::None), std::optional<int>(7));
    // An empty password or a missing user is refused before anything is sent.
    Session other(m_settings.get(), &m_secrets);
    c.userName.clear();
    QVERIFY(!other.signIn(c, &problem));
    QCOMPARE(problem, Session::tr("Enter your user name."));
}

void TestServices::unattendedSignIn_refusesACertificateAndSaysItOnce()
{
    // The Servers page and the commands: nobody to ask, so the certificate is refused and the
    // attempt ends with one answer (the Servers page's own copy counted the refusal's failure as
    // a second answer, and finished its row twice).
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("a.pem")), key = dir.filePath(QStringLiteral("a.key"));
    QVERIFY(makeSelfSignedCertificate(cert, key, QStringLiteral("unattended")));
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}));
    Credentials c;
    c.server = sandbox.urlText();
    c.userName = QStringLiteral("admin");
    c.password = QStringLiteral("sandbox");
    Session s(m_settings.get(), &m_secrets);
    QSignalSpy failed(&s, &Session::signInFailed);
    QList<UnattendedSignIn::Result> results;
    UnattendedSignIn::start(&s, c, this, [&](const UnattendedSignIn::Result &r) { results << r; });
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000); // the session's own end of the attempt
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome, UnattendedSignIn::Untrusted);
    QVERIFY(results.first().review.has_value());
    QCOMPARE(results.first().review->host, QStringLiteral("127.0.0.1"));
    QVERIFY(!s.client()->isSignedIn());
    // Refused before sending: said at once, once.
    Credentials empty;
    results.clear();
    UnattendedSignIn::start(&s, empty, this, [&](const UnattendedSignIn::Result &r) { results << r; });
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome, UnattendedSignIn::Refused);
    QVERIFY(!results.first().problem.isEmpty());
    // And a good sign-in.
    SandboxProcess plain;
    QVERIFY(plain.start());
    c.server = plain.urlText();
    c.password = QStringLiteral("sandbox");
    results.clear();
    UnattendedSignIn::start(&s, c, this, [&](const UnattendedSignIn::Result &r) { results << r; });
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 10000);
    QVERIFY(results.first().ok());
    QVERIFY(s.client()->isSignedIn());
}

void TestServices::session_tls_trustOnceAlwaysAndAChangedCertificate()
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("a.pem")), key = dir.filePath(QStringLiteral("a.key"));
    const QString cert2 = dir.filePath(QStringLiteral("b.pem")), key2 = dir.filePath(QStringLiteral("b.key"));
    QVERIFY(makeSelfSignedCertificate(cert, key, QStringLiteral("first")));
    QVERIFY(makeSelfSignedCertificate(cert2, key2, QStringLiteral("second")));
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}));
    Credentials c;
    c.server = sandbox.urlText();
    c.userName = QStringLiteral("admin");
    c.password = QStringLiteral("sandbox");

    Session s(m_settings.get(), &m_secrets);
    QSignalSpy trust(&s, &Session::trustNeeded), failed(&s, &Session::signInFailed), signedIn(&s, &Session::signedIn);
    QVERIFY(s.signIn(c));
    QVERIFY(trust.wait(10000));
    auto review = trust.takeFirst().at(0).value<CertificateReview>();
    QVERIFY(!review.changedSincePinned);
    QCOMPARE(review.host, QStringLiteral("127.0.0.1"));
    QVERIFY(review.details().contains(review.fingerprintText()));
    s.answerTrust(Session::Refuse);
    QVERIFY(failed.count() == 1 || failed.wait(5000));
    QCOMPARE(failed.takeFirst().at(0).value<ApiError>().kind(), ApiError::Tls);

    QVERIFY(s.signIn(c));
    QVERIFY(trust.wait(10000));
    s.answerTrust(Session::TrustAlways);
    QVERIFY(signedIn.wait(10000));
    const ConnectionProfile pinned = s.profile();
    QCOMPARE(pinned.pinnedSha256.toLatin1(), review.sha256.toHex());

    // A new session from the pinned profile needs no question; a changed certificate does, and says so.
    Session again(m_settings.get(), &m_secrets);
    again.setProfile(pinned);
    QSignalSpy againIn(&again, &Session::signedIn), againTrust(&again, &Session::trustNeeded);
    QVERIFY(again.signIn(c));
    QVERIFY(againIn.wait(10000));
    QCOMPARE(againTrust.count(), 0);
    QVERIFY(sandbox.restart(nullptr, QStringList{QStringLiteral("--tls-cert"), cert2, QStringLiteral("--tls-key"), key2}));
    Session changed(m_settings.get(), &m_secrets);
    changed.setProfile(pinned);
    QSignalSpy changedTrust(&changed, &Session::trustNeeded);
    QVERIFY(changed.signIn(c));
    QVERIFY(changedTrust.wait(10000));
    QVERIFY(changedTrust.first().at(0).value<CertificateReview>().changedSincePinned);
    changed.answerTrust(Session::Refuse);
}

void TestServices::session_platform_oneVaultOrAChoice()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--serve-platform"), QStringLiteral("--platform-client-id"), QStringLiteral("svc"),
                           QStringLiteral("--platform-client-secret"), QStringLiteral("s3cret"), QStringLiteral("--platform-vaults"),
                           QStringLiteral("2")}));
    QUrl tenant = sandbox.url();
    tenant.setPath(QString());
    Credentials c;
    c.method = ConnectionProfile::Method::Platform;
    c.platformUrl = tenant.toString();
    c.clientId = QStringLiteral("svc");
    c.clientSecret = QStringLiteral("s3cret");
    Session s(m_settings.get(), &m_secrets);
    QSignalSpy choice(&s, &Session::vaultChoiceNeeded), signedIn(&s, &Session::signedIn);
    QVERIFY(s.signIn(c));
    QVERIFY(choice.wait(10000));
    const auto vaults = choice.first().at(0).value<QList<PlatformVault>>();
    QCOMPARE(vaults.size(), 2);
    s.chooseVault(vaults.at(1));
    QVERIFY(signedIn.wait(10000));
    QCOMPARE(s.client()->baseUrl(), sandbox.url());
    QCOMPARE(s.profile().vault, vaults.at(1).name);
    QCOMPARE(s.profile().platformClientId, QStringLiteral("svc"));
    QCOMPARE(s.displayName(), QStringLiteral("svc@127.0.0.1"));
    // Named up front, the vault needs no question; an unknown name is refused with the choices.
    Session named(m_settings.get(), &m_secrets);
    QSignalSpy namedIn(&named, &Session::signedIn), namedChoice(&named, &Session::vaultChoiceNeeded);
    c.vault = vaults.at(0).name;
    QVERIFY(named.signIn(c));
    QVERIFY(namedIn.wait(10000));
    QCOMPARE(namedChoice.count(), 0);
    Session wrong(m_settings.get(), &m_secrets);
    QSignalSpy wrongFailed(&wrong, &Session::signInFailed);
    c.vault = QStringLiteral("No Such Vault");
    QVERIFY(wrong.signIn(c));
    QVERIFY(wrongFailed.wait(10000));
    QVERIFY(wrongFailed.first().at(0).value<ApiError>().message().contains(vaults.at(0).name));
}

void TestServices::session_push_saysItIsWaiting()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--otp"), QStringLiteral("123456"), QStringLiteral("--push-delay-ms"), QStringLiteral("200")}));
    Session s(m_settings.get(), &m_secrets);
    QSignalSpy waiting(&s, &Session::waitingForPush), signedIn(&s, &Session::signedIn);
    Credentials c;
    c.server = sandbox.urlText();
    c.userName = QStringLiteral("admin");
    c.password = QStringLiteral("sandbox");
    c.oneTimeCode = QStringLiteral("push");
    QVERIFY(s.signIn(c));
    QCOMPARE(waiting.count(), 1);
    QVERIFY(signedIn.wait(10000));
    QCOMPARE(s.profile().oneTimeCode, QStringLiteral("push")); // asked up front next time
    // A denied push is a refusal with the provider's words; Cancel stops the wait.
    SandboxProcess denying;
    QVERIFY(denying.start({QStringLiteral("--otp"), QStringLiteral("123456"), QStringLiteral("--push"), QStringLiteral("deny"),
                           QStringLiteral("--push-delay-ms"), QStringLiteral("5000")}));
    Session d(m_settings.get(), &m_secrets);
    QSignalSpy failed(&d, &Session::signInFailed);
    c.server = denying.urlText();
    QVERIFY(d.signIn(c));
    d.cancelSignIn();
    QVERIFY(failed.count() == 1 || failed.wait(5000));
    QCOMPARE(failed.first().at(0).value<ApiError>().kind(), ApiError::Cancelled);
    QVERIFY(!d.isSigningIn());
}

void TestServices::session_testConnection_saysWhatItFound()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start());
    Session s(m_settings.get(), &m_secrets);
    QSignalSpy tested(&s, &Session::connectionTested);
    s.testConnection(sandbox.urlText());
    QVERIFY(tested.wait(10000));
    auto report = tested.takeFirst().at(0).value<ConnectionReport>();
    QVERIFY(report.reachable);
    QVERIFY(!report.usesTls);
    QVERIFY(report.apiAnswers);
    QVERIFY(report.lines().contains(
        Session::tr("The connection is not encrypted (http): passwords and tokens would cross the network in clear text.")));
    QCOMPARE(sandbox.requestCount(QStringLiteral("POST /oauth2/token")), 0); // nothing signed in

    HostileServer notAServer;
    notAServer.clearRoutes(); // not even the health check it answers by default
    notAServer.setFallback([](const HostileServer::Request &) {
        HostileServer::Reply r;
        r.contentType = "text/html";
        r.body = "<html>Welcome</html>";
        r.status = 404;
        return r;
    });
    s.testConnection(notAServer.baseUrl());
    QVERIFY(tested.wait(10000));
    report = tested.takeFirst().at(0).value<ConnectionReport>();
    QVERIFY(report.reachable);
    QVERIFY(!report.apiAnswers);

    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    s.testConnection(QStringLiteral("http://127.0.0.1:%1/SecretServer").arg(port));
    QVERIFY(tested.wait(10000));
    report = tested.takeFirst().at(0).value<ConnectionReport>();
    QVERIFY(!report.reachable);
    QVERIFY(TrText::is(report.lines().first(), Session::tr("The server %1 could not be reached: %2")));
}

void TestServices::session_proxy_fromTheEnvironmentOrTheProfile()
{
    // The "proxy" answers whatever it is asked as the health check of a Secret Server.
    HostileServer proxy;
    proxy.setFallback([](const HostileServer::Request &) { return HostileServer::Reply::json("{\"healthy\": true}"); });
    SandboxProcess sandbox;
    QVERIFY(sandbox.start());
    const QByteArray before = qgetenv("http_proxy"), noProxyBefore = qgetenv("no_proxy"), noProxyUpper = qgetenv("NO_PROXY");
    qputenv("http_proxy", QStringLiteral("http://127.0.0.1:%1").arg(proxy.serverPort()).toLatin1());
    qunsetenv("no_proxy");
    qunsetenv("NO_PROXY");
    auto restore = qScopeGuard([&] {
        qputenv("http_proxy", before);
        qputenv("no_proxy", noProxyBefore);
        qputenv("NO_PROXY", noProxyUpper);
    });
    Session s(m_settings.get(), &m_secrets);
    QSignalSpy tested(&s, &Session::connectionTested);
    s.testConnection(sandbox.urlText());
    QVERIFY(tested.wait(10000));
    QCOMPARE(proxy.requests().size(), 1); // through the proxy of the environment
    QVERIFY(proxy.requests().first().path.endsWith(QLatin1String("/api/v1/healthcheck")));
    // no_proxy exempts the host; a profile's "none" connects directly whatever the environment says.
    qputenv("no_proxy", "localhost,127.0.0.1");
    s.testConnection(sandbox.urlText());
    QVERIFY(tested.wait(10000));
    QCOMPARE(proxy.requests().size(), 1);
    qunsetenv("no_proxy");
    s.testConnection(sandbox.urlText(), QStringLiteral("none"));
    QVERIFY(tested.wait(10000));
    QCOMPARE(proxy.requests().size(), 1);
    QVERIFY(!s.applyNetwork(QStringLiteral("http://user:pw@proxy:8080"), QString()).isEmpty()); // no password in settings
    QVERIFY(!s.applyNetwork(QString(), QStringLiteral("/nonexistent.pem")).isEmpty());
}

void TestServices::configuration_neverSendsAnIdTheServerDidNotShow()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--type-ids"), QStringLiteral("none=7,aws=11,azure=12")}));
    auto s = session(sandbox);
    ConfigurationService config(s.get());
    QSignalSpy loaded(&config, &ConfigurationService::loaded);
    config.load();
    QVERIFY(loaded.wait(10000));
    config.fields()->setKind(KeyManagementKind::AwsKms);
    fillAws(config.fields());
    QVERIFY(config.fields()->isValid());
    QVERIFY(!config.canSave());
    QVERIFY(TrText::is(config.whyCannotSave(),
                       ConfigurationService::tr("The server has not shown which id it uses for %1; enter the id first.")));
    QVERIFY(!config.save());
    QCOMPARE(sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management")), 0);
    // Switching back to what the server has needs no id: "None" (7) was shown by the GET.
    config.fields()->setKind(KeyManagementKind::None);
    QVERIFY2(config.canSave() || !config.fields()->isDirty(), qPrintable(config.whyCannotSave()));
}

void TestServices::configuration_administratorsIdIsSentAndAMismatchIsSaid()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--type-ids"), QStringLiteral("none=7,aws=11,azure=12")}));
    auto s = session(sandbox);
    ConfigurationService config(s.get());
    QSignalSpy loaded(&config, &ConfigurationService::loaded), saved(&config, &ConfigurationService::saved),
        failed(&config, &ConfigurationService::failed);
    config.load();
    QVERIFY(loaded.wait(10000));
    // A wrong id (12 is Azure here): the server saves what it saves, and the console says so.
    config.fields()->setKind(KeyManagementKind::AwsKms);
    fillAws(config.fields());
    config.setTypeIdFromAdministrator(KeyManagementKind::AwsKms, 12);
    QVERIFY2(config.canSave(), qPrintable(config.whyCannotSave()));
    QVERIFY(config.save());
    QVERIFY(!config.save()); // one PUT per click
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() + failed.count() > 0, 10000);
    QCOMPARE(sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management")), 1);
    if (failed.isEmpty())
        QVERIFY(!saved.first().at(0).value<SaveOutcome>().typeAsAsked);
    // The right id: learned from the reply it is confirmed, and a later save matches.
    SandboxProcess clean;
    QVERIFY(clean.start({QStringLiteral("--type-ids"), QStringLiteral("none=7,aws=11,azure=12")}));
    auto s2 = session(clean);
    ConfigurationService config2(s2.get());
    QSignalSpy loaded2(&config2, &ConfigurationService::loaded), saved2(&config2, &ConfigurationService::saved);
    config2.load();
    QVERIFY(loaded2.wait(10000));
    config2.fields()->setKind(KeyManagementKind::AwsKms);
    fillAws(config2.fields());
    config2.setTypeIdFromAdministrator(KeyManagementKind::AwsKms, 11);
    QVERIFY(config2.save());
    QVERIFY(saved2.wait(10000));
    QVERIFY(saved2.first().at(0).value<SaveOutcome>().typeAsAsked);
    QVERIFY(config2.typeIdShownByServer(KeyManagementKind::AwsKms));
    // One name everywhere, before and after the server named it: the server's, with the console's in brackets.
    QCOMPARE(
        config2.typeName(KeyManagementKind::AwsKms),
        ConfigurationService::tr("%1 (%2)").arg(QStringLiteral("Amazon KMS"), KeyManagementTypes::defaultName(KeyManagementKind::AwsKms)));
}

void TestServices::configuration_saveStartsMaintenanceUntilTheServerAllowsAgain()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--maintenance-ms"), QStringLiteral("1500")}));
    auto s = session(sandbox);
    Workspace workspace(s.get());
    workspace.rotation()->setActiveInterval(100ms);
    ConfigurationService *config = workspace.configuration();
    QSignalSpy loaded(config, &ConfigurationService::loaded), saved(config, &ConfigurationService::saved);
    QSignalSpy maintenance(s->server(), &ServerState::maintenanceChanged);
    workspace.reload();
    QVERIFY(loaded.wait(10000));
    QTRY_VERIFY(workspace.rotation()->hasInfo());
    config->fields()->setKind(KeyManagementKind::AwsKms);
    fillAws(config->fields());
    config->setTypeIdFromAdministrator(KeyManagementKind::AwsKms, SandboxProcess::typeId(QStringLiteral("aws")));
    QVERIFY(config->save());
    QVERIFY(saved.wait(10000));
    QVERIFY(s->server()->inMaintenance());
    QCOMPARE(config->whyCannotSave(),
             ConfigurationService::tr(
                 "The server is re-encrypting its secret keys after the last change and refuses changes until it has finished."));
    QVERIFY(workspace.rotation()->eligibility().whyNotStart().contains(RotationEligibility::tr(
        "The server is re-encrypting its secret keys after a configuration change; it refuses changes until that finishes.")));
    // The server refuses writes meanwhile; the poll finds when it allows a rotation again.
    QTRY_VERIFY_WITH_TIMEOUT(!s->server()->inMaintenance(), 10000);
    QCOMPARE(maintenance.count(), 2);
    QVERIFY(workspace.rotation()->eligibility().canStart());
}

void TestServices::serverState_maintenanceEnding_refreshesTheRotationViewsOnce()
{
    // The reply that ends maintenance says infoChanged once: every rotation view (page, progress,
    // wizard) redraws on it, and the maintenance change used to say it a second time.
    SandboxProcess sandbox;
    QVERIFY(sandbox.start());
    auto s = session(sandbox);
    Workspace workspace(s.get());
    ConfigurationService *config = workspace.configuration();
    QSignalSpy loaded(config, &ConfigurationService::loaded), saved(config, &ConfigurationService::saved);
    workspace.reload();
    QVERIFY(loaded.wait(10000));
    QTRY_VERIFY(workspace.rotation()->hasInfo());
    int infos = 0;
    int afterTheEnd = -1;
    QObject context;
    connect(workspace.rotation(), &RotationMonitor::infoChanged, &context, [&infos] { ++infos; });
    // The monitor's own handler of the change runs first (connected first); whatever the same
    // reply says after it is counted until the event loop turns.
    connect(s->server(), &ServerState::maintenanceChanged, &context, [&](bool on) {
        if (on)
            return;
        QMetaObject::invokeMethod(
            &context, [&, at = infos] { afterTheEnd = infos - at; }, Qt::QueuedConnection);
    });
    config->fields()->setKind(KeyManagementKind::AwsKms);
    fillAws(config->fields());
    config->setTypeIdFromAdministrator(KeyManagementKind::AwsKms, SandboxProcess::typeId(QStringLiteral("aws")));
    QVERIFY(config->save());
    QVERIFY(saved.wait(10000));
    QVERIFY(s->server()->inMaintenance());
    QTRY_VERIFY_WITH_TIMEOUT(afterTheEnd >= 0, 10000); // the default sandbox allows a rotation again at once
    QVERIFY(!s->server()->inMaintenance());
    QCOMPARE(afterTheEnd, 0);
}

void TestServices::serverState_aTypeLearnedOrMaintenance_redrawsTheConfigurationOnce()
{
    // The Configuration page redraws on the service's busyChanged and on the server's typesChanged;
    // each change reaches it once (a type learned used to say busyChanged as well, and the page
    // listened to maintenance directly besides the service's busyChanged).
    Session s(m_settings.get(), &m_secrets);
    s.client()->setBaseUrl(QUrl(QStringLiteral("https://ss.example.test/SecretServer")));
    ConfigurationService config(&s);
    QSignalSpy busy(&config, &ConfigurationService::busyChanged);
    QSignalSpy types(s.server(), &ServerState::typesChanged);
    KeyManagementConfig reply;
    reply.typeId = 7;
    reply.typeName = QStringLiteral("None");
    ConfigurationReading::learn(s, reply); // as the service does with every configuration it reads
    QCOMPARE(types.count(), 1);
    QCOMPARE(busy.count(), 0);
    s.server()->setMaintenance(true);
    QCOMPARE(busy.count(), 1);
    s.server()->setMaintenance(true);
    QCOMPARE(busy.count(), 1);
    // Kept per address, as before the split.
    QCOMPARE(m_settings->types(s.client()->baseUrl()).idOf(KeyManagementKind::None), std::optional<int>(7));
}

void TestServices::serverState_sharedByTheFleetAndTheWorkspace()
{
    // One state per server: the Servers page's fleet and the window's workspace see the same one,
    // so what one learns (here: this account may not administer) the other holds to.
    Session s(m_settings.get(), &m_secrets);
    ConnectionProfile p;
    p.name = QStringLiteral("prod");
    p.server = QStringLiteral("https://ss.example.test/SecretServer");
    p.rotationPolicyDays = 90;
    m_settings->saveProfile(p);
    s.setProfile(p);
    ServerFleet fleet(m_settings.get(), &m_secrets);
    fleet.adopt(&s);
    QCOMPARE(fleet.session(fleet.rowOf(QStringLiteral("prod")))->server(), s.server());
    QCOMPARE(s.server()->rotationPolicyDays(), 90);
    s.server()->setMayAdminister(false); // as the fleet's read of the rotation found
    Workspace workspace(&s);
    QVERIFY(workspace.configuration()->fields()->isReadOnly());
    s.server()->setMayAdminister(true);
    QVERIFY(!workspace.configuration()->fields()->isReadOnly());
    // The policy set in the window is the profile's, saved with it.
    QSignalSpy keyAge(&workspace, &Workspace::keyAgeChanged);
    s.server()->setRotationPolicyDays(30);
    QCOMPARE(keyAge.count(), 1);
    QCOMPARE(s.profile().rotationPolicyDays, 30);
    QCOMPARE(m_settings->profile(QStringLiteral("prod"))->rotationPolicyDays, 30);
}

void TestServices::secretKeys_followedAfterASave_untilTheServerSaysItEnded()
{
    // A save starts a secret-key rotation over 4000 secrets at 4000 a second.
    SandboxProcess sandbox;
    QVERIFY(
        sandbox.start({QStringLiteral("--secrets"), QStringLiteral("4000"), QStringLiteral("--secret-key-rate"), QStringLiteral("4000")}));
    auto s = session(sandbox);
    Workspace workspace(s.get());
    workspace.rotation()->setActiveInterval(100ms);
    SecretKeyMonitor *keys = workspace.secretKeys();
    keys->setActiveInterval(50ms);
    ConfigurationService *config = workspace.configuration();
    QSignalSpy loaded(config, &ConfigurationService::loaded), saved(config, &ConfigurationService::saved);
    QSignalSpy ended(keys, &SecretKeyMonitor::runEnded);
    workspace.reload();
    QVERIFY(loaded.wait(10000));
    QTRY_VERIFY(keys->hasStatus());
    QVERIFY(!keys->isRotationRunning());
    config->fields()->setKind(KeyManagementKind::AwsKms);
    fillAws(config->fields());
    config->setTypeIdFromAdministrator(KeyManagementKind::AwsKms, SandboxProcess::typeId(QStringLiteral("aws")));
    QVERIFY(config->save());
    QVERIFY(saved.wait(10000));
    // Followed at once after the save: processed of total, in the server's count.
    QTRY_VERIFY_WITH_TIMEOUT(keys->isRotationRunning(), 5000);
    QVERIFY2(TrText::has(keys->progressText(), QCoreApplication::translate("SecretKeyText", "%1 of %2 secrets processed")
                                                   .arg(QStringLiteral("%1"), QStringLiteral("4000"))),
             qPrintable(keys->progressText()));
    QVERIFY(s->server()->inMaintenance());
    QVERIFY(ended.wait(10000));
    QCOMPARE(ended.first().at(0).value<SecretKeyRotationStatus::Outcome>(), SecretKeyRotationStatus::Outcome::Completed);
    QCOMPARE(keys->status().lastStatus, QStringLiteral("Completed"));
    QVERIFY(keys->status().message.contains(QLatin1String("4000")));
    QTRY_VERIFY_WITH_TIMEOUT(!s->server()->inMaintenance(), 10000);
}

void TestServices::secretKeys_saveRefusedWhileOneRuns_saysSoWithItsProgress()
{
    // A run started elsewhere (another console, the web UI): this console's save is refused, and
    // the refusal is said as the secret-key rotation's, with its progress.
    SandboxProcess sandbox;
    QVERIFY(
        sandbox.start({QStringLiteral("--secrets"), QStringLiteral("100000"), QStringLiteral("--secret-key-rate"), QStringLiteral("100")}));
    auto s = session(sandbox);
    Workspace workspace(s.get());
    ConfigurationService *config = workspace.configuration();
    QSignalSpy loaded(config, &ConfigurationService::loaded), failed(config, &ConfigurationService::failed);
    workspace.reload();
    QVERIFY(loaded.wait(10000));
    QUrl rotate = sandbox.url();
    rotate.setPath(rotate.path() + QStringLiteral("/api/v1/configuration/security/rotate-secret-keys"));
    QCOMPARE(httpRequest("POST", rotate, {}, {}, sandboxToken(sandbox.url())).status, 200);
    config->fields()->setKind(KeyManagementKind::AwsKms);
    fillAws(config->fields());
    config->setTypeIdFromAdministrator(KeyManagementKind::AwsKms, SandboxProcess::typeId(QStringLiteral("aws")));
    QVERIFY(config->save());
    QVERIFY(failed.wait(10000));
    const ApiError refusal = failed.first().at(1).value<ApiError>();
    QString explained;
    workspace.secretKeys()->explainRefusal(refusal, this, [&](const QString &text) { explained = text; });
    QTRY_VERIFY(!explained.isEmpty());
    QVERIFY2(TrText::is(explained,
                        QCoreApplication::translate("SecretKeyText", "Refused: a secret-key rotation is running on the server (%1). %2"))
                 && TrText::has(explained, QCoreApplication::translate("SecretKeyText", "%1 of %2 secrets processed")
                                               .arg(QStringLiteral("%1"), QStringLiteral("100000")))
                 && explained.endsWith(SecretKeyText::acceptsChangesOnceEnded()),
             qPrintable(explained));
    // Not running: nothing to add to the server's own refusal.
    SandboxProcess idle;
    QVERIFY(idle.start());
    auto t = session(idle);
    SecretKeyMonitor quiet(t.get());
    bool answered = false;
    quiet.explainRefusal(ApiError(ApiError::BadRequest, QStringLiteral("no")), this, [&](const QString &text) {
        answered = true;
        explained = text;
    });
    QTRY_VERIFY(answered);
    QVERIFY(explained.isEmpty());
}

void TestServices::secretKeys_aRunFromAnywhere_holdsSaveAndMekRotation()
{
    // One rule, whoever started the run: once the monitor knows one runs, a save and a MEK
    // rotation hold back with the sentence that says so; the cancelling run shows no time left.
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--secrets"), QStringLiteral("100000"), QStringLiteral("--secret-key-rate"),
                           QStringLiteral("100"), QStringLiteral("--secret-key-cancel-ms"), QStringLiteral("300")}));
    auto s = session(sandbox);
    Workspace workspace(s.get());
    ConfigurationService *config = workspace.configuration();
    SecretKeyMonitor *keys = workspace.secretKeys();
    keys->setActiveInterval(50ms);
    QSignalSpy loaded(config, &ConfigurationService::loaded);
    workspace.reload();
    QVERIFY(loaded.wait(10000));
    QTRY_VERIFY(keys->hasStatus() && workspace.rotation()->hasInfo());
    config->fields()->setKind(KeyManagementKind::AwsKms);
    fillAws(config->fields());
    config->setTypeIdFromAdministrator(KeyManagementKind::AwsKms, SandboxProcess::typeId(QStringLiteral("aws")));
    QVERIFY2(config->canSave(), qPrintable(config->whyCannotSave()));
    QVERIFY(s->server()->secretKeyRotationRunning().isEmpty());
    // Started elsewhere (another console, the command line).
    SecretKeyMonitor elsewhere(s.get());
    QSignalSpy acted(&elsewhere, &SecretKeyMonitor::actionFinished);
    elsewhere.start();
    QTRY_VERIFY(elsewhere.hasStatus());
    QVERIFY(elsewhere.requestStart());
    QVERIFY(acted.wait(10000));
    keys->pollNow();
    QTRY_VERIFY(keys->isRotationRunning());
    QVERIFY(!config->canSave());
    QVERIFY2(TrText::is(config->whyCannotSave(),
                        QCoreApplication::translate("SecretKeyText", "A secret-key rotation is running on the server (%1). %2")),
             qPrintable(config->whyCannotSave()));
    QVERIFY(!workspace.rotation()->eligibility().canStart());
    QCOMPARE(workspace.rotation()->eligibility().whyNotStart(), s->server()->secretKeyRotationRunning());
    QVERIFY(!config->save());
    QCOMPARE(sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management")), 0);
    // Cancelling: no time left; ended: both free again.
    QVERIFY(keys->requestCancel());
    QTRY_VERIFY(keys->isCancelling());
    QVERIFY2(!TrText::has(keys->progressText(), QCoreApplication::translate("SecretKeyText", ", about %1 left")),
             qPrintable(keys->progressText()));
    QTRY_VERIFY_WITH_TIMEOUT(!keys->isRotationRunning(), 10000);
    QVERIFY(s->server()->secretKeyRotationRunning().isEmpty());
    QVERIFY2(config->canSave(), qPrintable(config->whyCannotSave()));
}

void TestServices::secretKeys_startAndCancel_cancellingUntilTheServerConfirms()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--secrets"), QStringLiteral("100000"), QStringLiteral("--secret-key-rate"),
                           QStringLiteral("100"), QStringLiteral("--secret-key-cancel-ms"), QStringLiteral("300")}));
    auto s = session(sandbox);
    SecretKeyMonitor keys(s.get());
    keys.setActiveInterval(50ms);
    QSignalSpy acted(&keys, &SecretKeyMonitor::actionFinished), ended(&keys, &SecretKeyMonitor::runEnded);
    keys.start();
    QTRY_VERIFY(keys.hasStatus());
    QVERIFY(!keys.whyNotCancel().isEmpty()); // nothing runs
    QVERIFY(!keys.requestCancel());
    QVERIFY(keys.requestStart());
    QVERIFY(!keys.requestStart()); // one request at a time
    QVERIFY(acted.wait(10000));
    QVERIFY(!acted.first().at(1).value<ApiError>().isError());
    QVERIFY(keys.isRotationRunning());
    QVERIFY2(TrText::is(keys.whyNotStart(), SecretKeyMonitor::tr("A secret-key rotation is already running (%1).")),
             qPrintable(keys.whyNotStart()));
    QVERIFY(!keys.requestStart());
    QVERIFY(keys.requestCancel());
    QVERIFY(acted.wait(10000));
    QVERIFY(keys.isCancelling()); // until the server confirms the run has ended
    QVERIFY(!keys.whyNotCancel().isEmpty());
    QVERIFY(ended.wait(10000));
    QCOMPARE(ended.first().at(0).value<SecretKeyRotationStatus::Outcome>(), SecretKeyRotationStatus::Outcome::Cancelled);
    QVERIFY(!keys.isCancelling());
    QCOMPARE(sandbox.requestCount(QStringLiteral("POST /api/v1/configuration/security/rotate-secret-keys")), 1);
    QCOMPARE(sandbox.requestCount(QStringLiteral("POST /api/v1/configuration/security/cancel-rotate-secret-keys")), 1);
}

void TestServices::secretKeys_serverUnreachable_cancelWaitsForIt()
{
    // A run is known, then the server cannot be reached: Cancel is not offered (a walk-through
    // could ask for the host name and send it into the outage), as Start is not.
    SandboxProcess sandbox;
    QVERIFY(
        sandbox.start({QStringLiteral("--secrets"), QStringLiteral("100000"), QStringLiteral("--secret-key-rate"), QStringLiteral("10")}));
    auto s = session(sandbox);
    SecretKeyMonitor keys(s.get());
    keys.setActiveInterval(50ms);
    keys.setBackoff(50ms, 100ms);
    QSignalSpy acted(&keys, &SecretKeyMonitor::actionFinished);
    keys.start();
    QTRY_VERIFY(keys.hasStatus());
    QVERIFY(keys.requestStart());
    QVERIFY(acted.wait(10000));
    QVERIFY(keys.isRotationRunning());
    QVERIFY(keys.whyNotCancel().isEmpty());
    sandbox.stop();
    QTRY_VERIFY_WITH_TIMEOUT(keys.isConnectionLost(), 10000);
    QVERIFY(keys.isRotationRunning()); // what was last read
    QVERIFY2(TrText::is(keys.whyNotCancel(), SecretKeyMonitor::tr("The server cannot be reached; what is shown may be out of date.")),
             qPrintable(keys.whyNotCancel()));
    QVERIFY(!keys.requestCancel());
}

void TestServices::secretKeys_rateAndTimeLeft_followTheSessionsClock()
{
    // The rate and the time left come from a RateEstimator over the session's clock: with a
    // clock that moves a second per poll, they appear after a few polls without waiting seconds
    // (the server counts 100 secrets a millisecond, so every poll sees some progress).
    SandboxProcess sandbox;
    QVERIFY(sandbox.start(
        {QStringLiteral("--secrets"), QStringLiteral("100000000"), QStringLiteral("--secret-key-rate"), QStringLiteral("100000")}));
    auto s = session(sandbox);
    ManualClock clock;
    s->client()->setClock(&clock);
    SecretKeyMonitor keys(s.get());
    keys.setActiveInterval(0ms);
    keys.setIdleInterval(0ms);
    QSignalSpy acted(&keys, &SecretKeyMonitor::actionFinished), changed(&keys, &SecretKeyMonitor::statusChanged);
    keys.start();
    QTRY_VERIFY(keys.hasStatus());
    QVERIFY(keys.requestStart());
    QVERIFY(acted.wait(10000));
    QVERIFY(!keys.secretsPerSecond());
    for (int i = 0; i < 4; ++i) {
        clock.advance(1000);
        changed.clear();
        keys.pollNow();
        QVERIFY(changed.wait(10000));
    }
    QVERIFY(keys.secretsPerSecond().has_value());
    QVERIFY(*keys.secretsPerSecond() > 0);
    QVERIFY(keys.secondsLeft().has_value());
    QVERIFY2(TrText::has(keys.progressText(), QCoreApplication::translate("SecretKeyText", ", %1 per second"))
                 && TrText::has(keys.progressText(), QCoreApplication::translate("SecretKeyText", ", about %1 left")),
             qPrintable(keys.progressText()));
}

void TestServices::configuration_historyOn112_isSaidToBeMissing()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--api-version"), QStringLiteral("11.2")}));
    auto s = session(sandbox);
    ConfigurationService config(s.get());
    QSignalSpy failed(&config, &ConfigurationService::failed);
    config.reloadHistory();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(0).value<ConfigurationService::Operation>(), ConfigurationService::History);
    QVERIFY(!config.historyAvailable());
}

void TestServices::configuration_historyIsAskedAsTheServersVersionAllows()
{
    auto unserved = [](SandboxProcess &sandbox) {
        return sandbox.stats().value(QStringLiteral("requests")).toObject().value(QStringLiteral("other")).toInt();
    };
    auto reloadTwice = [](ConfigurationService &config) {
        QSignalSpy failed(&config, &ConfigurationService::failed);
        QSignalSpy loaded(&config, &ConfigurationService::historyLoaded);
        for (int i = 0; i < 2; ++i) {
            const qsizetype before = failed.count() + loaded.count();
            config.reloadHistory();
            if (!QTest::qWaitFor([&] { return failed.count() + loaded.count() > before; }, 10000))
                return -1;
        }
        return int(loaded.count());
    };
    // 11.2: never asked; the version once for the session.
    SandboxProcess old;
    QVERIFY(old.start({QStringLiteral("--api-version"), QStringLiteral("11.2")}));
    auto s = session(old);
    ConfigurationService config(s.get());
    QCOMPARE(reloadTwice(config), 0);
    QVERIFY(!config.historyAvailable());
    QCOMPARE(unserved(old), 0);
    QCOMPARE(old.requestCount(QStringLiteral("GET /api/v1/version")), 1);
    QCOMPARE(s->server()->version()->version().text, QStringLiteral("11.2.000002"));

    // A version between 11.2 and 11.7: asked once, and its 404 believed for the session.
    SandboxProcess between;
    QVERIFY(between.start(
        {QStringLiteral("--api-version"), QStringLiteral("11.2"), QStringLiteral("--server-version"), QStringLiteral("11.5.000001")}));
    auto s2 = session(between);
    ConfigurationService config2(s2.get());
    QCOMPARE(reloadTwice(config2), 0);
    QVERIFY(!config2.historyAvailable());
    QCOMPARE(unserved(between), 1);
    QCOMPARE(between.requestCount(QStringLiteral("GET /api/v1/version")), 1);

    // 11.7: asked every time.
    SandboxProcess current;
    QVERIFY(current.start());
    auto s3 = session(current);
    ConfigurationService config3(s3.get());
    QCOMPARE(reloadTwice(config3), 2);
    QVERIFY(config3.historyAvailable());
    QCOMPARE(current.requestCount(QStringLiteral("GET /api/v1/key-management/config/audit")), 2);
    QCOMPARE(current.requestCount(QStringLiteral("GET /api/v1/version")), 1);
}

void TestServices::monitor_slowServer_neverOverlapsPolls()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--latency-ms"), QStringLiteral("300"), QStringLiteral("--step-ms"), QStringLiteral("60000")}));
    auto s = session(sandbox);
    RotationMonitor monitor(s.get());
    monitor.setActiveInterval(10ms); // far shorter than the server's answer takes
    QSignalSpy changed(&monitor, &RotationMonitor::infoChanged);
    monitor.start();
    QVERIFY(monitor.isPolling());
    for (int i = 0; i < 20; ++i)
        monitor.pollNow(); // impatient users and timers: still one request at a time
    QVERIFY(changed.wait(10000));
    QVERIFY(monitor.requestStart());
    QTRY_VERIFY(monitor.info().isActive());
    // A few active polls, each waiting for the one before.
    const int target = sandbox.requestCount(QStringLiteral("GET /api/v1/key-management/mekrotationinfo")) + 4;
    QTRY_VERIFY_WITH_TIMEOUT(sandbox.requestCount(QStringLiteral("GET /api/v1/key-management/mekrotationinfo")) >= target, 15000);
    monitor.stop();
    const QJsonObject stats = sandbox.stats();
    QCOMPARE(stats.value(QStringLiteral("maxOpen")).toObject().value(QStringLiteral("GET /api/v1/key-management/mekrotationinfo")).toInt(),
             1);
}

void TestServices::monitor_followsARotationToCompletion_startSentOnce()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--step-ms"), QStringLiteral("60")}));
    auto s = session(sandbox);
    RotationMonitor monitor(s.get());
    monitor.setActiveInterval(40ms);
    QSignalSpy ended(&monitor, &RotationMonitor::rotationEnded);
    QSignalSpy acted(&monitor, &RotationMonitor::actionFinished);
    QVERIFY(!monitor.requestStart()); // nothing known yet: not eligible, nothing sent
    monitor.start();
    QTRY_VERIFY(monitor.hasInfo());
    QVERIFY(monitor.requestStart());
    QVERIFY(!monitor.requestStart()); // a second request while the first is out sends nothing
    QVERIFY(acted.wait(10000));
    QVERIFY(!acted.first().at(1).value<ApiError>().isError());
    QVERIFY(ended.wait(15000));
    QCOMPARE(ended.first().at(0).toBool(), true);
    QCOMPARE(monitor.info().processState, ProcessState::Completed);
    QCOMPARE(sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management/startmekrotation")), 1);
    // It saw the rotation walk in order (polls may skip a short step, never reorder).
    QList<int> order;
    for (const auto &seen : monitor.history())
        order << int(seen.status);
    QVERIFY(std::is_sorted(order.begin(), order.end()));
    QCOMPARE(order.last(), int(MekStatus::SessionDataRotationCompleted));
    QVERIFY(order.size() >= 5);
    QCOMPARE(monitor.timeline()->stateOf(MekStatus::DataRotationStarted), RotationTimelineModel::Done);
    QCOMPARE(monitor.lastItemsDone(), monitor.info().totalItems);
}

void TestServices::monitor_failureThenRetry_completes()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start(
        {QStringLiteral("--step-ms"), QStringLiteral("60"), QStringLiteral("--fail-at"), QStringLiteral("DataRotationCompleted")}));
    auto s = session(sandbox);
    RotationMonitor monitor(s.get());
    monitor.setActiveInterval(40ms);
    QSignalSpy ended(&monitor, &RotationMonitor::rotationEnded);
    monitor.start();
    QTRY_VERIFY(monitor.hasInfo());
    QVERIFY(monitor.requestStart());
    QVERIFY(ended.wait(15000));
    QCOMPARE(ended.first().at(0).toBool(), false);
    QCOMPARE(monitor.info().status, MekStatus::ProcessFailedAfterRotation);
    QVERIFY(monitor.eligibility().canRetry());
    QVERIFY(!monitor.eligibility().canStart());
    // The progress seen before the failure is kept, not reset to nothing, and agrees with the timeline.
    QVERIFY(monitor.lastItemsDone() > 0);
    QVERIFY(monitor.lastItemsDone() <= monitor.info().totalItems || monitor.info().totalItems == 0);
    if (monitor.timeline()->stateOf(MekStatus::DataRotationCompleted) == RotationTimelineModel::Done)
        QCOMPARE(monitor.lastItemsDone(), 1250);
    QVERIFY(monitor.requestRetry());
    QVERIFY(ended.wait(15000));
    QCOMPARE(ended.last().at(0).toBool(), true);
    QCOMPARE(sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management/retrymekstatus")), 1);
}

void TestServices::monitor_serverGone_backsOffThenResumes()
{
    QTemporaryDir dir;
    SandboxProcess sandbox;
    QVERIFY(sandbox.start(
        {QStringLiteral("--data"), dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("--step-ms"), QStringLiteral("60000")}));
    auto s = session(sandbox);
    s->client()->setTimeout(2000ms);
    RotationMonitor monitor(s.get());
    monitor.setActiveInterval(100ms);
    monitor.setBackoff(100ms, 800ms);
    monitor.start();
    QTRY_VERIFY(monitor.hasInfo());
    QVERIFY(monitor.requestStart()); // a running rotation keeps the monitor at the active pace
    QTRY_VERIFY(monitor.info().isActive());

    QSignalSpy lost(&monitor, &RotationMonitor::connectionLost);
    sandbox.stop();
    // Each failed poll doubles the wait it schedules, up to the most: the schedule is read, not timed.
    QList<qint64> delays;
    for (int i = 0; i < 6; ++i) {
        monitor.pollNow();
        QVERIFY(lost.wait(5000));
        delays << monitor.nextDelay().count();
    }
    QCOMPARE(delays, (QList<qint64>{100, 200, 400, 800, 800, 800}));
    QVERIFY(monitor.isConnectionLost());
    QCOMPARE(monitor.lastError().kind(), ApiError::ConnectionRefused);
    QVERIFY(!monitor.eligibility().canStart()); // what is shown may be out of date
    QVERIFY(monitor.eligibility().whyNotStart().contains(
        RotationEligibility::tr("The server cannot be reached, so the state shown may be out of date.")));

    QSignalSpy restored(&monitor, &RotationMonitor::connectionRestored);
    QString error;
    QVERIFY2(sandbox.restart(&error), qPrintable(error));
    QVERIFY(restored.wait(5000));
    QVERIFY(!monitor.isConnectionLost());
    QCOMPARE(monitor.nextDelay(), 100ms); // back to the active pace
    QVERIFY(monitor.info().isActive());   // the rotation, and its timeline, carry on
    QVERIFY(!monitor.history().isEmpty());
}

void TestServices::monitor_idle_pollsSlowlyOrNotAtAll()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start());
    auto s = session(sandbox);
    RotationMonitor monitor(s.get());
    monitor.setIdleInterval(0ms);
    QSignalSpy changed(&monitor, &RotationMonitor::infoChanged);
    monitor.start();
    QVERIFY(changed.wait(10000));
    QCOMPARE(monitor.nextDelay(), 0ms); // idle without idle polling: nothing scheduled
    QCOMPARE(monitor.secondsUntilNextPoll(), 0);
    monitor.setIdleInterval(30s);
    monitor.pollNow();
    QVERIFY(changed.wait(10000));
    QCOMPARE(monitor.nextDelay(), 30s);
    QCOMPARE(sandbox.requestCount(QStringLiteral("GET /api/v1/key-management/mekrotationinfo")), 2);
}

void TestServices::monitor_rateAndTimeLeft_followTheInjectedClock()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--step-ms"), QStringLiteral("60000")}));
    auto s = session(sandbox);
    ManualClock clock;
    RotationMonitor monitor(s.get());
    monitor.setClock(&clock);
    QVERIFY(!monitor.itemsPerSecond());
    // The ETA is the rate estimator's, fed by the monitor with the clock's time: proven on the
    // estimator with exact numbers (tst_itemmodels); here, that the monitor uses this clock.
    monitor.setIdleInterval(0ms);
    QSignalSpy changed(&monitor, &RotationMonitor::infoChanged);
    monitor.start();
    QVERIFY(changed.wait(10000));
    QCOMPARE(monitor.history().isEmpty() || monitor.history().last().atUtc.isValid(), true);
}

void TestServices::monitor_pollsOnItsClock_aTestMovesTimeInsteadOfWaiting()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start());
    auto s = session(sandbox);
    ManualClock clock;
    RotationMonitor monitor(s.get());
    monitor.setClock(&clock);
    monitor.setIdleInterval(30s);
    QSignalSpy changed(&monitor, &RotationMonitor::infoChanged);
    monitor.start();
    QVERIFY(changed.wait(10000));
    const QString path = QStringLiteral("GET /api/v1/key-management/mekrotationinfo");
    const int polls = sandbox.requestCount(path);
    // The next poll waits on the test's clock, not on Qt's: half a minute passes in no time.
    QTRY_VERIFY(clock.activeTimers() >= 1);
    QCOMPARE(monitor.secondsUntilNextPoll(), 30);
    clock.advance(29000);
    QCOMPARE(monitor.secondsUntilNextPoll(), 1);
    QCOMPARE(sandbox.requestCount(path), polls);
    clock.advance(1000);
    QTRY_COMPARE(sandbox.requestCount(path), polls + 1);
    QTRY_COMPARE(monitor.secondsUntilNextPoll(), 30); // and the one after is scheduled on it again
}

void TestServices::workspace_connectionLostOnAnyPage_thenBack()
{
    QTemporaryDir dir;
    SandboxProcess sandbox;
    QVERIFY(sandbox.start(
        {QStringLiteral("--data"), dir.filePath(QStringLiteral("w.sqlite")), QStringLiteral("--seed"), QStringLiteral("100")}));
    auto s = session(sandbox);
    Workspace workspace(s.get());
    workspace.rotation()->setBackoff(100ms, 200ms);
    QSignalSpy changed(&workspace, &Workspace::connectionChanged);
    QSignalSpy pages(workspace.audit(), &AuditBrowser::pageLoaded);
    workspace.reload();
    QVERIFY(pages.wait(10000));
    QVERIFY(!workspace.isConnectionLost());
    sandbox.stop();
    workspace.audit()->nextPage(); // any page's request finds the server gone
    QTRY_VERIFY(workspace.isConnectionLost());
    QVERIFY(!workspace.connectionProblem().isEmpty());
    QVERIFY(s->client()->isSignedIn()); // lost is not signed out
    QVERIFY(sandbox.restart());
    workspace.retryNow();
    QTRY_VERIFY_WITH_TIMEOUT(!workspace.isConnectionLost(), 10000);
}

void TestServices::monitor_backoff_cappedWhileTheWindowIsActive_serverRetryAfterHonoured()
{
    // A server that fails every poll; a Retry-After once asked.
    HostileServer server;
    server.acceptAnyPassword();
    int retryAfter = 0;
    int polls = 0;
    server.route(QStringLiteral("GET /api/v1/key-management/mekrotationinfo"), [&](const HostileServer::Request &) {
        ++polls;
        HostileServer::Reply r = HostileServer::Reply::json("{}", retryAfter > 0 ? 429 : 503);
        if (retryAfter > 0)
            r.headers.append({"Retry-After", QByteArray::number(retryAfter)});
        return r;
    });
    auto s = std::make_unique<Session>(m_settings.get(), &m_secrets);
    s->client()->setBaseUrl(QUrl(server.baseUrl()));
    s->client()->useBearerToken(QStringLiteral("t"));
    RotationMonitor monitor(s.get());
    QSignalSpy lost(&monitor, &RotationMonitor::connectionLost);
    auto delays = [&](int count) {
        QList<qint64> seconds;
        for (int i = 0; i < count; ++i) {
            monitor.pollNow();
            if (!lost.wait(5000))
                return QList<qint64>{-1};
            seconds << monitor.nextDelay().count() / 1000;
        }
        return seconds;
    };
    monitor.setWindowActive(true);
    monitor.start();
    QVERIFY(lost.wait(5000));
    QCOMPARE(monitor.nextDelay(), 2s);
    // The administrator at the window: the wait grows to 10 s, no more.
    QCOMPARE(delays(4), (QList<qint64>{4, 8, 10, 10}));
    QVERIFY(!monitor.isWaitingAsServerAsked());
    // Elsewhere: up to 60 s.
    monitor.setWindowActive(false);
    QCOMPARE(delays(4), (QList<qint64>{20, 40, 60, 60}));
    // The server asks for longer: honoured, and said.
    retryAfter = 240;
    QCOMPARE(delays(1), (QList<qint64>{240}));
    QVERIFY(monitor.isWaitingAsServerAsked());
    // The window gains the focus: it tries at once.
    retryAfter = 0;
    const int before = polls;
    monitor.setWindowActive(true);
    QVERIFY(lost.wait(5000));
    QCOMPARE(polls, before + 1);
    QCOMPARE(monitor.nextDelay(), 10s); // and the cap is the active one again
    QVERIFY(!monitor.isWaitingAsServerAsked());
    monitor.stop();
}

void TestServices::workspace_connectionBack_reloadsWhatThePagesShow()
{
    QTemporaryDir dir;
    SandboxProcess sandbox;
    QVERIFY(sandbox.start(
        {QStringLiteral("--data"), dir.filePath(QStringLiteral("w.sqlite")), QStringLiteral("--seed"), QStringLiteral("100")}));
    auto s = session(sandbox);
    Workspace workspace(s.get());
    workspace.rotation()->setBackoff(100ms, 200ms);
    QSignalSpy pages(workspace.audit(), &AuditBrowser::pageLoaded);
    QSignalSpy failed(workspace.audit(), &AuditBrowser::failed);
    workspace.reload();
    QVERIFY(pages.wait(10000));
    sandbox.stop();
    workspace.audit()->nextPage();
    QVERIFY(failed.wait(10000)); // the page asked for during the outage failed
    QTRY_VERIFY(workspace.isConnectionLost());
    pages.clear();
    QSignalSpy restored(&workspace, &Workspace::connectionRestored);
    QVERIFY(sandbox.restart());
    // Nobody clicks anything: the heartbeat finds the server, and the audit is read again.
    QVERIFY(restored.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(pages.count() >= 1, 10000);
    QVERIFY(!workspace.audit()->lastError().isError());
    QCOMPARE(workspace.audit()->model()->pageNumber(), 2); // what was asked for, not the first page again
}

void TestServices::browser_oneRotation_onlyItsRecordsAsOnePage()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("300")}));
    auto s = session(sandbox);
    // A day with more than one rotation, read over raw HTTP.
    const QList<QJsonObject> all = apiRecords(sandbox, QStringLiteral("sortBy[0].name=date&sortBy[0].direction=asc"));
    QMap<QDate, QSet<qint64>> rotationsOfDay;
    QMap<qint64, QList<QJsonObject>> recordsOf;
    for (const QJsonObject &r : all) {
        const QDateTime when = QDateTime::fromString(r.value(QStringLiteral("date")).toString(), Qt::ISODateWithMs).toUTC();
        const qint64 id = r.value(QStringLiteral("masterEncryptionKeyRotationInfoId")).toInteger();
        rotationsOfDay[when.date()].insert(id);
        recordsOf[id] << r;
    }
    QDate day;
    for (auto it = rotationsOfDay.cbegin(); it != rotationsOfDay.cend() && !day.isValid(); ++it) {
        if (it.value().size() >= 2)
            day = it.key();
    }
    QVERIFY2(day.isValid(), "the seed has no day with two rotations");
    // The rotation that appears second that day, and its first record's time there.
    QList<qint64> order;
    QMap<qint64, QDateTime> firstSeen;
    for (const QJsonObject &r : all) {
        const QDateTime when = QDateTime::fromString(r.value(QStringLiteral("date")).toString(), Qt::ISODateWithMs).toUTC();
        const qint64 id = r.value(QStringLiteral("masterEncryptionKeyRotationInfoId")).toInteger();
        if (when.date() == day && !firstSeen.contains(id)) {
            firstSeen.insert(id, when);
            order << id;
        }
    }
    const qint64 wanted = order.value(1, -1);
    const QDateTime started = firstSeen.value(wanted);
    QVERIFY(wanted > 0);
    int expected = 0;
    for (const QJsonObject &r : recordsOf.value(wanted)) {
        if (QDateTime::fromString(r.value(QStringLiteral("date")).toString(), Qt::ISODateWithMs).toUTC().date() == day)
            ++expected;
    }
    AuditBrowser browser(s->client());
    QSignalSpy loaded(&browser, &AuditBrowser::pageLoaded);
    browser.setPageSize(5); // smaller than the day: the browser reads every page of it
    QVERIFY(loaded.wait(10000));
    browser.showRotationStartedAt(started.addSecs(1)); // the rotation nearest to that moment
    QVERIFY(loaded.wait(10000));
    QCOMPARE(browser.rotationFilter(), std::optional<qint64>(wanted));
    QCOMPARE(browser.model()->rowCount(), expected);
    for (int row = 0; row < browser.model()->rowCount(); ++row)
        QCOMPARE(browser.model()->record(row).rotationInfoId, wanted);
    QVERIFY(!browser.model()->hasNext());
    QCOMPARE(browser.model()->pageInfo().total, qint64(expected));
    // Removed: the day's records of every rotation again.
    browser.setRotationFilter(std::nullopt);
    QVERIFY(loaded.wait(10000));
    QVERIFY(!browser.rotationFilter());
    QVERIFY(browser.model()->pageInfo().total > expected);
}

void TestServices::browser_everySortBothWays_matchesApi_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    for (int c = 0; c < RotationAuditModel::ColumnCount; ++c) {
        QTest::newRow(qPrintable(RotationAuditModel::sortName(c) + QStringLiteral(" asc"))) << c << false;
        QTest::newRow(qPrintable(RotationAuditModel::sortName(c) + QStringLiteral(" desc"))) << c << true;
    }
}

void TestServices::browser_everySortBothWays_matchesApi()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    if (SandboxProcess::variantHas(QStringLiteral("--ignore-sort")))
        QSKIP("this server ignores sorting (exporter_serverIgnoringTheSort_isExactAndSaysSo covers it)");
    if (!m_audit.isRunning())
        QVERIFY(m_audit.start({QStringLiteral("--seed"), QStringLiteral("1204")}));
    auto s = session(m_audit);
    AuditBrowser browser(s->client());
    QSignalSpy pages(&browser, &AuditBrowser::pageLoaded);
    browser.setPageSize(100);
    QVERIFY(pages.wait(10000));
    browser.nextPage(); // a page other than the first, so skip is checked too
    QVERIFY(pages.wait(10000));
    browser.setSort({RotationAuditModel::sortName(column), descending});
    QCOMPARE(browser.query().skip, 0); // a new sort starts at page 1
    QVERIFY(pages.wait(10000));
    const QList<QJsonObject> expected =
        apiRecords(m_audit, QStringLiteral("sortBy%5B0%5D.name=%1&sortBy%5B0%5D.direction=%2")
                                .arg(RotationAuditModel::sortName(column), descending ? QStringLiteral("Desc") : QStringLiteral("Asc")));
    RotationAuditModel *model = browser.model();
    QCOMPARE(model->rowCount(), 100);
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(model->record(r).auditId, expected.at(r).value(QStringLiteral("masterEncryptionKeyRotationInfoAuditId")).toInteger());
    QVERIFY(model->pageInfo().sortApplied(RotationAuditModel::sortName(column), descending));
}

void TestServices::browser_eachFilter_matchesApi()
{
    if (!m_audit.isRunning())
        QVERIFY(m_audit.start({QStringLiteral("--seed"), QStringLiteral("1204")}));
    auto s = session(m_audit);
    AuditBrowser browser(s->client());
    QSignalSpy pages(&browser, &AuditBrowser::pageLoaded);
    browser.setPageSize(500);
    QVERIFY(pages.wait(10000));
    struct Case
    {
        QString action;
        std::optional<int> user;
        QDate day;
        QString search;
        QString query;
    };
    const QList<Case> cases = {
        {QStringLiteral("Rotation Failed"), std::nullopt, {}, {}, QStringLiteral("filter.action=Rotation%20Failed")},
        {{}, 4, {}, {}, QStringLiteral("filter.userId=4")},
        {{}, std::nullopt, QDate(2020, 1, 3), {}, QStringLiteral("filter.date=2020-01-03")},
        {{}, std::nullopt, {}, QStringLiteral("+1 555"), QStringLiteral("filter.searchTerm=%2B1%20555")},
        {QStringLiteral("Status Changed"),
         1,
         {},
         QStringLiteral("maintenance"),
         QStringLiteral("filter.action=Status%20Changed&filter.userId=1&filter.searchTerm=maintenance")},
    };
    for (const Case &c : cases) {
        browser.setFilters(c.action, c.user, c.day, c.search);
        QVERIFY(pages.wait(10000));
        const QList<QJsonObject> expected = apiRecords(m_audit, c.query);
        QVERIFY2(!expected.isEmpty(), qPrintable(c.query));
        QCOMPARE(browser.model()->pageInfo().total, qint64(expected.size()));
        for (int r = 0; r < browser.model()->rowCount(); ++r)
            QCOMPARE(browser.model()->record(r).auditId,
                     expected.at(r).value(QStringLiteral("masterEncryptionKeyRotationInfoAuditId")).toInteger());
    }
}

void TestServices::browser_pagingEdges()
{
    if (!m_audit.isRunning())
        QVERIFY(m_audit.start({QStringLiteral("--seed"), QStringLiteral("1204")}));
    auto s = session(m_audit);
    AuditBrowser browser(s->client());
    QSignalSpy pages(&browser, &AuditBrowser::pageLoaded);
    browser.setFilters({}, std::nullopt, {}, QStringLiteral("no record says this"));
    QVERIFY(pages.wait(10000));
    QCOMPARE(browser.model()->rowCount(), 0);
    QCOMPARE(browser.model()->pageInfo().total, 0);
    QVERIFY(!browser.model()->hasNext());
    browser.lastPage(); // nothing to go to: no request
    QVERIFY(!browser.isLoading());

    // Exactly one page.
    browser.setPageSize(250);
    QVERIFY(pages.wait(10000));
    browser.setFilters(QStringLiteral("Rotation Failed"), std::nullopt, {}, {});
    QVERIFY(pages.wait(10000));
    const qint64 failures = browser.model()->pageInfo().total;
    QVERIFY(failures > 0 && failures <= 250);
    QCOMPARE(browser.model()->rowCount(), int(failures));
    QVERIFY(!browser.model()->hasNext() && !browser.model()->hasPrevious());
    QCOMPARE(browser.model()->pageTotal(), 1);

    // The last page is partial: 1204 records by 500.
    browser.setFilters({}, std::nullopt, {}, {});
    QVERIFY(pages.wait(10000));
    browser.setPageSize(500);
    QVERIFY(pages.wait(10000));
    browser.lastPage();
    QVERIFY(pages.wait(10000));
    QCOMPARE(browser.query().skip, 1000);
    QCOMPARE(browser.model()->rowCount(), 204);
    QCOMPARE(browser.model()->pageNumber(), 3);
    QVERIFY(!browser.model()->hasNext());
    browser.nextPage(); // past the end: nothing sent
    QVERIFY(!browser.isLoading());
    browser.previousPage();
    QVERIFY(pages.wait(10000));
    QCOMPARE(browser.query().skip, 500);
    // Page size change keeps the first record on screen in view.
    browser.setPageSize(100);
    QVERIFY(pages.wait(10000));
    QCOMPARE(browser.query().skip, 500);
    QCOMPARE(browser.model()->pageNumber(), 6);
}

void TestServices::browser_staleReply_isDiscarded()
{
    HostileServer server;
    server.route(QStringLiteral("GET /api/v1/key-management/audit"), [](const HostileServer::Request &request) {
        const QString action = request.query.queryItemValue(QStringLiteral("filter.action"), QUrl::FullyDecoded);
        HostileServer::Reply r = HostileServer::Reply::json("{\"records\": [{\"masterEncryptionKeyRotationInfoAuditId\": 1, \"action\": \""
                                                            + action.toUtf8() + "\"}], \"total\": 1}");
        if (action == QLatin1String("Status Changed"))
            r.delayMs = 500; // the older question gets the slower answer
        return r;
    });
    ApiClient client(new QNetworkAccessManager(this));
    client.setBaseUrl(QUrl(server.baseUrl()));
    client.useBearerToken(QStringLiteral("t"));
    AuditBrowser browser(&client);
    QSignalSpy pages(&browser, &AuditBrowser::pageLoaded);
    QSignalSpy finished(&client, &ApiClient::requestFinished);
    browser.setFilters(QStringLiteral("Status Changed"), std::nullopt, {}, {});     // slow
    QTRY_COMPARE(server.requests().size(), 1);                                      // it has reached the server
    browser.setFilters(QStringLiteral("Rotation Requested"), std::nullopt, {}, {}); // fast, newer
    QVERIFY(pages.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000); // the slow, stale answer has arrived too
    QCOMPARE(pages.count(), 1);
    QCOMPARE(browser.model()->record(0).action, QStringLiteral("Rotation Requested"));
}

void TestServices::exporter_csvEqualsApiFieldForField()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("2500")}));
    auto s = session(sandbox);
    QTemporaryDir dir;
    AuditExporter::Options options;
    options.query.sort = {QStringLiteral("notes"), false};
    options.byteOrderMark = true;
    const QString file = dir.filePath(QStringLiteral("audit.csv"));
    const ExportResult r = runExport(s->client(), file, options);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(r.message.contains(file));
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.mid(3).startsWith("AuditId,Date,UserId,UserName,DisplayName,Action,Status,Notes\r\n"));

    const QList<QJsonObject> expected = apiRecords(sandbox, QStringLiteral("sortBy%5B0%5D.name=notes&sortBy%5B0%5D.direction=Asc"));
    QCOMPARE(r.rows.size(), expected.size() + 1);
    QCOMPARE(r.rows.first(),
             (QStringList{QStringLiteral("AuditId"), QStringLiteral("Date"), QStringLiteral("UserId"), QStringLiteral("UserName"),
                          QStringLiteral("DisplayName"), QStringLiteral("Action"), QStringLiteral("Status"), QStringLiteral("Notes")}));
    int guarded = 0;
    auto unguard = [&](const QString &cell, const QString &original) {
        if (CsvWriter::needsFormulaGuard(original)) {
            ++guarded;
            return cell.startsWith(QLatin1Char('\'')) ? cell.mid(1) : QStringLiteral("<unguarded>") + cell;
        }
        return cell;
    };
    const bool sorted = !SandboxProcess::variantHas(QStringLiteral("--ignore-sort"));
    QHash<qint64, QJsonObject> byId;
    for (const QJsonObject &o : expected)
        byId.insert(o.value(QStringLiteral("masterEncryptionKeyRotationInfoAuditId")).toInteger(), o);
    for (int i = 0; i < expected.size(); ++i) {
        const QStringList &row = r.rows.at(i + 1);
        QCOMPARE(row.size(), 8);
        const QJsonObject o = sorted ? expected.at(i) : byId.value(row.at(0).toLongLong());
        QCOMPARE(row.at(0), QString::number(o.value(QStringLiteral("masterEncryptionKeyRotationInfoAuditId")).toInteger()));
        QCOMPARE(row.at(1), o.value(QStringLiteral("date")).toString());
        QCOMPARE(row.at(2), QString::number(o.value(QStringLiteral("userId")).toInt()));
        QCOMPARE(unguard(row.at(3), o.value(QStringLiteral("userName")).toString()), o.value(QStringLiteral("userName")).toString());
        QCOMPARE(unguard(row.at(4), o.value(QStringLiteral("displayName")).toString()), o.value(QStringLiteral("displayName")).toString());
        QCOMPARE(unguard(row.at(5), o.value(QStringLiteral("action")).toString()), o.value(QStringLiteral("action")).toString());
        QCOMPARE(row.at(6), o.value(QStringLiteral("currentStatus")).toString());
        QCOMPARE(unguard(row.at(7), o.value(QStringLiteral("notes")).toString()), o.value(QStringLiteral("notes")).toString());
    }
    QVERIFY(guarded > 100); // the seeded hostile cells were there, and each was guarded
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("audit.csv")}); // no temporary left behind
}

void TestServices::exporter_cancel_leavesNoFileAndSaysCancelled()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("3000"), QStringLiteral("--latency-ms"), QStringLiteral("150")}));
    auto s = session(sandbox);
    QTemporaryDir dir;
    AuditExporter::Options options;
    options.pageSize = 200;
    const QString file = dir.filePath(QStringLiteral("audit.csv"));
    const ExportResult r = runExport(s->client(), file, options, [](AuditExporter &e, qint64 written) {
        if (written > 0)
            e.cancel();
    });
    QCOMPARE(r.outcome, AuditExporter::Cancelled); // cancelled is cancelled, not "failed"
    QVERIFY2(r.message.contains(AuditExporter::tr("The export was cancelled."))
                 && r.message.endsWith(AuditExporter::tr("No file was written.")),
             qPrintable(r.message));
    QVERIFY(!QFile::exists(file));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestServices::exporter_failureMidExport_leavesExistingFileUntouched()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("3000")}));
    auto s = session(sandbox);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("audit.csv"));
    {
        QFile existing(file);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("last quarter's export\r\n");
    }
    AuditExporter::Options options;
    options.pageSize = 500;
    options.attempts = 3;
    options.firstRetryDelay = std::chrono::milliseconds(50);
    bool broken = false;
    const ExportResult r = runExport(s->client(), file, options, [&](AuditExporter &, qint64 written) {
        if (written > 0 && !broken) {
            broken = true; // the server starts failing half way
            sandbox.setFaults(
                QJsonObject{{QStringLiteral("failNext"), QJsonObject{{QStringLiteral("GET /api/v1/key-management/audit"), 20}}}});
        }
    });
    QCOMPARE(r.outcome, AuditExporter::Failed);
    QVERIFY2(TrText::has(r.message, AuditExporter::tr("The export stopped after %n attempt(s): %1", nullptr, 3))
                 && r.message.contains(QLatin1String("An error has occurred")), // the server's words
             qPrintable(r.message));
    QFile existing(file);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("last quarter's export\r\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestServices::exporter_transientFailures_areRetried()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("1504")}));
    auto s = session(sandbox);
    QVERIFY(
        sandbox.setFaults(QJsonObject{{QStringLiteral("failNext"), QJsonObject{{QStringLiteral("GET /api/v1/key-management/audit"), 2}}}}));
    QTemporaryDir dir;
    AuditExporter::Options options;
    options.firstRetryDelay = std::chrono::milliseconds(50);
    const ExportResult r = runExport(s->client(), dir.filePath(QStringLiteral("a.csv")), options);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.rows.size(), 1505);
}

void TestServices::exporter_asksAheadWithinItsWindow()
{
    // The server works on the next page while the console writes this one (that is what keeps an
    // export at the server's speed), and never has more than the window's pages asked of it.
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("1504"), QStringLiteral("--latency-ms"), QStringLiteral("20")}));
    auto s = session(sandbox);
    QTemporaryDir dir;
    for (int window : {1, 3}) {
        AuditExporter::Options options;
        options.pageSize = 100;
        options.window = window;
        const ExportResult r = runExport(s->client(), dir.filePath(QStringLiteral("w%1.csv").arg(window)), options);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.rows.size(), 1505);
        const int maxOpen =
            sandbox.stats().value(QStringLiteral("maxOpen")).toObject().value(QStringLiteral("GET /api/v1/key-management/audit")).toInt();
        // Never more than the window; more than one when it may (window 1 runs first, so its
        // figure is not hidden by window 3's).
        QVERIFY2(maxOpen <= window, qPrintable(QString::number(maxOpen)));
        QVERIFY2(maxOpen >= std::min(window, 2), qPrintable(QString::number(maxOpen)));
    }
}

void TestServices::exporter_serverWithSmallerPages_isHonoured()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("705"), QStringLiteral("--max-take"), QStringLiteral("200")}));
    auto s = session(sandbox);
    QTemporaryDir dir;
    const ExportResult r = runExport(s->client(), dir.filePath(QStringLiteral("a.csv")), AuditExporter::Options{});
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.rows.size(), 706);
}

void TestServices::exporter_recordsArrivingDuringExport_noDuplicatesNoGaps_data()
{
    QTest::addColumn<QString>("sort");
    QTest::addColumn<bool>("descending");
    QTest::newRow("newest first: new records land on top") << "date" << true;
    QTest::newRow("by notes: new records land in between") << "notes" << false;
}

void TestServices::exporter_recordsArrivingDuringExport_noDuplicatesNoGaps()
{
    QFETCH(QString, sort);
    QFETCH(bool, descending);
    if (SandboxProcess::variantHas(QStringLiteral("--ignore-sort")))
        QSKIP("without a sort by id the exporter refuses a changing total (exporter_hostileServer_failsWithTheReason)");
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("4002"), QStringLiteral("--step-ms"), QStringLiteral("10"),
                           QStringLiteral("--latency-ms"), QStringLiteral("60")}));
    auto s = session(sandbox);
    const QByteArray token = sandboxToken(sandbox.url());
    QUrl start = sandbox.url();
    start.setPath(start.path() + QStringLiteral("/api/v1/key-management/startmekrotation"));
    QUrl total = sandbox.url();
    total.setPath(total.path() + QStringLiteral("/api/v1/key-management/audit"));
    total.setQuery(QStringLiteral("take=1"));
    auto auditTotal = [&] { return httpRequest("GET", total, {}, {}, token).object().value(QStringLiteral("total")).toInteger(); };
    QTemporaryDir dir;
    AuditExporter::Options options;
    options.query.sort = {sort, descending};
    options.pageSize = 250;
    int rotations = 0;
    const ExportResult r = runExport(s->client(), dir.filePath(QStringLiteral("a.csv")), options, [&](AuditExporter &, qint64 written) {
        // Between the first pages, a rotation runs and writes new audit records (four are enough to
        // shift every later page; more only make the test slower).
        if (written == 0 || rotations >= 4)
            return;
        const qint64 before = auditTotal();
        if (httpRequest("PUT", start, {}, {}, token).status == 200) {
            ++rotations;
            QTRY_VERIFY_WITH_TIMEOUT(auditTotal() >= before + 11, 10000);
        }
    });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(rotations >= 3);
    QVERIFY(auditTotal() >= 4002 + 11 * rotations); // the audit did grow during the export
    QSet<QString> ids;
    for (int i = 1; i < r.rows.size(); ++i)
        ids.insert(r.rows.at(i).first());
    QCOMPARE(ids.size(), r.rows.size() - 1); // no duplicates
    QCOMPARE(ids.size(), 4002);              // no gaps: exactly the records there when it started
    for (int id = 1; id <= 4002; ++id)
        QVERIFY(ids.contains(QString::number(id)));
}

void TestServices::exporter_serverIgnoringTheSort_isExactAndSaysSo()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("2233"), QStringLiteral("--ignore-sort")}));
    auto s = session(sandbox);
    QTemporaryDir dir;
    AuditExporter::Options options;
    options.query.sort = {QStringLiteral("date"), true}; // what a real export asks for; this server ignores it
    options.pageSize = 300;
    const ExportResult r = runExport(s->client(), dir.filePath(QStringLiteral("a.csv")), options);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.rows.size(), 2234); // every record, once: nothing lost to de-duplication
    QSet<QString> ids;
    for (int i = 1; i < r.rows.size(); ++i)
        ids.insert(r.rows.at(i).first());
    QCOMPARE(ids.size(), 2233);
    const QString unsorted =
        AuditExporter::tr("The server did not apply the sort it was asked for; the rows are in the order it sent them.");
    QVERIFY2(r.notice.contains(unsorted), qPrintable(r.notice));
    QVERIFY(r.message.contains(unsorted));
}

void TestServices::exporter_dayRange_walksTheDays()
{
    if (!m_audit.isRunning())
        QVERIFY(m_audit.start({QStringLiteral("--seed"), QStringLiteral("1204")}));
    auto s = session(m_audit);
    QTemporaryDir dir;
    AuditExporter::Options options;
    options.fromDay = QDate(2020, 1, 4); // given either way round
    options.toDay = QDate(2020, 1, 2);
    options.pageSize = 100;
    const ExportResult r = runExport(s->client(), dir.filePath(QStringLiteral("days.csv")), options);
    QVERIFY2(r.ok(), qPrintable(r.message));
    qint64 expected = 0;
    for (QDate d = options.toDay; d <= options.fromDay; d = d.addDays(1))
        expected += apiRecords(m_audit, QStringLiteral("filter.date=") + d.toString(Qt::ISODate)).size();
    QVERIFY(expected > 0);
    QCOMPARE(r.rows.size() - 1, expected);
    for (int i = 1; i < r.rows.size(); ++i) {
        const QDate day = QDateTime::fromString(r.rows.at(i).at(1), Qt::ISODate).date();
        QVERIFY(day >= options.toDay && day <= options.fromDay);
    }
    // Newest first, as the default sort: the days are walked from the last to the first.
    QVERIFY(r.rows.at(1).at(1) >= r.rows.last().at(1));
}

void TestServices::exporter_hostileServer_failsWithTheReason_data()
{
    QTest::addColumn<QString>("behaviour");
    QTest::addColumn<QString>("reason");
    // The reason as the exporter words it (its tr() template; TrText fills what is left of %1…).
    QTest::newRow("the same page forever")
        << "same"
        << AuditExporter::tr("The export stopped: the server sent records already written %n time(s) in a row; its paging does "
                             "not advance (%1 of %2 records written).",
                             nullptr, 3);
    QTest::newRow("a total that keeps growing")
        << "growing"
        << AuditExporter::tr("The export stopped: the number of matching records changed from %1 to %2 while it ran, and this "
                             "server does not sort by audit id, so an exact file cannot be made. Try again.")
               .arg(110);
    QTest::newRow("fewer records than it said")
        << "short"
        << AuditExporter::tr("The export stopped: the server reported %1 matching records when the export began, but its pages "
                             "held %2 of them.")
               .replace(QLatin1String("%2"), QLatin1String("3"));
    QTest::newRow("a query that failed") << "unsuccessful" << ApiError(ApiError::QueryFailed).message();
}

void TestServices::exporter_hostileServer_failsWithTheReason()
{
    QFETCH(QString, behaviour);
    QFETCH(QString, reason);
    HostileServer server;
    auto record = [](qint64 id) {
        return QByteArray("{\"masterEncryptionKeyRotationInfoAuditId\": ") + QByteArray::number(id)
               + ", \"date\": \"2026-01-01T00:00:00Z\", \"notes\": \"n\"}";
    };
    int calls = 0;
    server.route(QStringLiteral("GET /api/v1/key-management/audit"), [&](const HostileServer::Request &request) {
        ++calls;
        const qint64 skip = request.query.queryItemValue(QStringLiteral("skip")).toLongLong();
        const int take = request.query.queryItemValue(QStringLiteral("take")).toInt();
        QByteArrayList records;
        qint64 total = 10;
        bool success = true;
        if (behaviour == QLatin1String("same")) {
            for (int i = 0; i < take && i < 5; ++i)
                records << record(i + 1); // whatever was asked, the same five
            total = 1000;
        } else if (behaviour == QLatin1String("growing")) {
            total = 10 + calls * 100;
            for (int i = 0; i < take; ++i)
                records << record(skip + i + 1);
        } else if (behaviour == QLatin1String("short")) {
            for (qint64 i = skip; i < 3 && i < skip + take; ++i)
                records << record(i + 1);
        } else {
            success = false;
        }
        return HostileServer::Reply::json("{\"records\": [" + records.join(',') + "], \"total\": " + QByteArray::number(total)
                                          + ", \"success\": " + (success ? "true" : "false") + "}");
    });
    ApiClient client(new QNetworkAccessManager(this));
    client.setBaseUrl(QUrl(server.baseUrl()));
    client.useBearerToken(QStringLiteral("t"));
    QTemporaryDir dir;
    AuditExporter::Options options;
    options.pageSize = 7;
    options.attempts = 1;
    const QString file = dir.filePath(QStringLiteral("a.csv"));
    const ExportResult r = runExport(&client, file, options);
    QCOMPARE(r.outcome, AuditExporter::Failed);
    QVERIFY2(TrText::has(r.message, reason), qPrintable(r.message));
    QVERIFY(!QFile::exists(file)); // never a partial file
    QVERIFY(calls < 500);          // and it stopped
}

void TestServices::exporter_cutShortAndRateLimited_areRetried()
{
    HostileServer server;
    int calls = 0;
    QElapsedTimer clock;
    server.route(QStringLiteral("GET /api/v1/key-management/audit"), [&](const HostileServer::Request &request) {
        ++calls;
        const qint64 skip = request.query.queryItemValue(QStringLiteral("skip")).toLongLong();
        QByteArrayList records;
        for (qint64 i = skip; i < 20 && i < skip + 10; ++i)
            records << "{\"masterEncryptionKeyRotationInfoAuditId\": " + QByteArray::number(i + 1) + "}";
        HostileServer::Reply r = HostileServer::Reply::json("{\"records\": [" + records.join(',') + "], \"total\": 20}");
        if (calls == 2) { // the first page: cut mid-body once
            r.mode = HostileServer::Reply::CloseAfter;
            r.cutAt = r.body.size() / 2;
        } else if (calls == 3) { // then slowed down once
            r = HostileServer::Reply::json("{\"message\": \"Too many requests.\"}", 429);
            r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
            clock.start();
        }
        return r;
    });
    ApiClient client(new QNetworkAccessManager(this));
    client.setBaseUrl(QUrl(server.baseUrl()));
    client.useBearerToken(QStringLiteral("t"));
    QTemporaryDir dir;
    AuditExporter::Options options;
    options.pageSize = 10;
    options.window = 1;
    options.firstRetryDelay = 10ms;
    const ExportResult r = runExport(&client, dir.filePath(QStringLiteral("a.csv")), options);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.rows.size(), 21);
    QVERIFY(clock.elapsed() >= 900); // the server's Retry-After was honoured
}

namespace {
// An audit of ten records, paged as asked, whose total is whatever `total(skip)` says ("null",
// "-1", "2.5", a number, or nothing at all).
void serveTenRecords(HostileServer &server, const std::function<QByteArray(qint64 skip)> &total)
{
    server.route(QStringLiteral("GET /api/v1/key-management/audit"), [total](const HostileServer::Request &request) {
        const qint64 skip = request.query.queryItemValue(QStringLiteral("skip")).toLongLong();
        const int take = request.query.queryItemValue(QStringLiteral("take")).toInt();
        const bool byIdDesc = request.query.queryItemValue(QStringLiteral("sortBy[0].direction")) == QLatin1String("Desc");
        QByteArrayList records;
        for (qint64 i = skip; i < 10 && i < skip + take; ++i)
            records << "{\"masterEncryptionKeyRotationInfoAuditId\": " + QByteArray::number(byIdDesc ? 10 - i : i + 1)
                           + ", \"date\": \"2026-01-01T00:00:00Z\"}";
        const QByteArray t = total(skip);
        return HostileServer::Reply::json("{\"records\": [" + records.join(',') + "]" + (t.isEmpty() ? QByteArray() : ", \"total\": " + t)
                                          + ", \"sortBy\": [{\"name\": \"masterEncryptionKeyRotationInfoAuditId\", \"direction\": \""
                                          + (byIdDesc ? "Desc" : "Asc") + "\"}], \"success\": true}");
    });
}
} // namespace

void TestServices::pager_walksToTheTotalOrTheStop_data()
{
    // Each page the fake server answers: the records it holds and the total it claims (-1: an
    // error of the given kind instead); stopAt: the page whose reading says stop (-1: none).
    QTest::addColumn<QList<int>>("records");
    QTest::addColumn<QList<int>>("totals");
    QTest::addColumn<int>("stopAt");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("requests");
    QTest::addColumn<qint64>("received");
    QTest::addColumn<QString>("says");
    QTest::newRow("to the total") << QList<int>{3, 3, 1} << QList<int>{7, 7, 7} << -1 << true << 3 << qint64(7) << QString();
    QTest::newRow("an empty page ends it") << QList<int>{3, 0} << QList<int>{9, 9} << -1 << true << 2 << qint64(3) << QString();
    QTest::newRow("the stop condition") << QList<int>{3, 3, 3} << QList<int>{9, 9, 9} << 1 << true << 2 << qint64(6) << QString();
    QTest::newRow("a total below what was received")
        << QList<int>{3, 3} << QList<int>{9, 5} << -1 << false << 2 << qint64(3) << QStringLiteral("5");
    QTest::newRow("a transient failure is retried")
        << QList<int>{3, -1, 3} << QList<int>{6, int(ApiError::ServerError), 6} << -1 << true << 3 << qint64(6) << QString();
    QTest::newRow("a refusal is not") << QList<int>{-1} << QList<int>{int(ApiError::PermissionDenied)} << -1 << false << 1 << qint64(0)
                                      << QString();
}

void TestServices::pager_walksToTheTotalOrTheStop()
{
    QFETCH(QList<int>, records);
    QFETCH(QList<int>, totals);
    QFETCH(int, stopAt);
    QFETCH(bool, ok);
    QFETCH(int, requests);
    QFETCH(qint64, received);
    QFETCH(QString, says);
    AuditPager pager;
    QList<qint64> skips;
    AuditPager::Options options;
    options.pageSize = 3;
    options.firstRetryDelay = std::chrono::milliseconds(1);
    QSignalSpy finished(&pager, &AuditPager::finished);
    pager.start(options, [&](qint64 skip, int take, QObject *context, const AuditPager::Reply &reply) -> ApiCall * {
        const qsizetype n = skips.size();
        skips << skip;
        QTimer::singleShot(0, context, [=] {
            if (n >= records.size())
                return reply({{}, ApiError(ApiError::BadJson, QStringLiteral("asked past the end"))});
            if (records.at(n) < 0)
                return reply({{}, ApiError(ApiError::Kind(totals.at(n)))});
            AuditPager::Reading page;
            page.info.total = totals.at(n);
            page.info.totalGiven = true;
            page.info.skip = skip;
            page.info.take = take;
            page.records = records.at(n);
            page.stop = n == stopAt;
            reply({page, {}});
        });
        return nullptr;
    });
    QVERIFY(finished.wait(2000));
    QCOMPARE(finished.at(0).at(0).toBool(), ok);
    QCOMPARE(skips.size(), requests);
    QCOMPARE(pager.received(), received);
    if (!says.isEmpty())
        QVERIFY2(finished.at(0).at(2).toString().contains(says), qPrintable(finished.at(0).at(2).toString()));
    QVERIFY(!pager.isRunning());
}

void TestServices::readRetry_policyTable_data()
{
    QTest::addColumn<int>("retry");      // 1 for the first retry
    QTest::addColumn<int>("retryAfter"); // seconds the server asked for; 0: none
    QTest::addColumn<qint64>("waitMs");
    // The policy: 1 s first, doubled, capped at 8 s; the server's Retry-After when longer.
    QTest::newRow("first retry") << 1 << 0 << qint64(1000);
    QTest::newRow("second") << 2 << 0 << qint64(2000);
    QTest::newRow("third") << 3 << 0 << qint64(4000);
    QTest::newRow("fourth, at the cap") << 4 << 0 << qint64(8000);
    QTest::newRow("sixth, capped") << 6 << 0 << qint64(8000);
    QTest::newRow("Retry-After longer than the schedule wins") << 1 << 5 << qint64(5000);
    QTest::newRow("Retry-After shorter than the schedule") << 4 << 2 << qint64(8000);
    QTest::newRow("Retry-After above the cap wins") << 6 << 30 << qint64(30000);
    QTest::newRow("Retry-After at ApiError's cap") << 1 << ApiError::maxRetryAfterSeconds << qint64(ApiError::maxRetryAfterSeconds) * 1000;
}

void TestServices::readRetry_policyTable()
{
    QFETCH(int, retry);
    QFETCH(int, retryAfter);
    QFETCH(qint64, waitMs);
    ReadRetry::Policy policy;
    policy.attempts = 10;
    policy.first = std::chrono::milliseconds(1000);
    policy.most = std::chrono::milliseconds(8000);
    ApiError error(ApiError::ServerError);
    error.setRetryAfterSeconds(retryAfter);
    QCOMPARE(ReadRetry::delay(policy, retry, error).count(), waitMs);
    // The retrier waits the same, one failure after another.
    ManualClock clock;
    ReadRetry retrier;
    retrier.setClock(&clock);
    retrier.setPolicy(policy);
    for (int i = 1; i < retry; ++i)
        QVERIFY(retrier.retry(ApiError(ApiError::ServerError), [] {}));
    QVERIFY(retrier.retry(error, [] {}));
    QCOMPARE(retrier.lastWait().count(), waitMs);
}

void TestServices::pager_retriesOnItsClock_aTestMovesTimeInsteadOfWaiting()
{
    // Two 503s (the second asking for 30 s), then the page: the retries wait on the clock, and
    // a test advances it instead of waiting 31 s; an error that is not transient is not retried.
    ManualClock clock;
    AuditPager pager;
    pager.setClock(&clock);
    AuditPager::Options options;
    options.pageSize = 5;
    options.attempts = 3;
    options.firstRetryDelay = std::chrono::milliseconds(1000);
    int asked = 0;
    QSignalSpy finished(&pager, &AuditPager::finished);
    pager.start(options, [&](qint64 skip, int take, QObject *, const AuditPager::Reply &reply) -> ApiCall * {
        ++asked;
        if (asked <= 2) {
            ApiError busy(ApiError::ServerError);
            busy.setRetryAfterSeconds(asked == 2 ? 30 : 0);
            reply({{}, busy});
            return nullptr;
        }
        AuditPager::Reading page;
        page.info.total = 3;
        page.info.totalGiven = true;
        page.info.skip = skip;
        page.info.take = take;
        page.records = 3;
        reply({page, {}});
        return nullptr;
    });
    QCOMPARE(asked, 1);
    clock.advance(999);
    QCOMPARE(asked, 1);
    clock.advance(1);
    QCOMPARE(asked, 2); // the first retry, after 1 s
    clock.advance(29999);
    QCOMPARE(asked, 2); // the server asked for 30 s: more than the schedule's 2 s
    clock.advance(1);
    QCOMPARE(asked, 3);
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.at(0).at(0).toBool());
    QCOMPARE(pager.received(), 3);

    asked = 0;
    finished.clear();
    pager.start(options, [&](qint64, int, QObject *, const AuditPager::Reply &reply) -> ApiCall * {
        ++asked;
        reply({{}, ApiError(ApiError::PermissionDenied)});
        return nullptr;
    });
    QCOMPARE(finished.size(), 1);
    QVERIFY(!finished.at(0).at(0).toBool());
    clock.advance(60000);
    QCOMPARE(asked, 1);
    QCOMPARE(clock.activeTimers(), 0);
}

void TestServices::pager_window_asksAheadAndTakesPagesInOrder()
{
    // The exporter's walk: three pages asked at once, answered last first, taken first first.
    AuditPager pager;
    AuditPager::Options options;
    options.pageSize = 2;
    options.window = 3;
    options.expectedTotal = 7;
    QList<std::pair<qint64, AuditPager::Reply>> asked;
    QList<qint64> counted;
    QList<qint64> accepted;
    QSignalSpy finished(&pager, &AuditPager::finished);
    pager.start(options, [&](qint64 skip, int take, QObject *, const AuditPager::Reply &reply) -> ApiCall * {
        Q_UNUSED(take);
        asked << std::make_pair(skip, reply);
        return nullptr;
    });
    const auto page = [&](qint64 skip, qint64 records) {
        AuditPager::Reading r;
        r.info.total = 7;
        r.info.totalGiven = true;
        r.records = records;
        r.count = [&counted, skip](AuditPager::Reading &) { counted << skip; };
        r.accept = [&accepted, skip](AuditPager::Reading &) { accepted << skip; };
        return ApiResult<AuditPager::Reading>{r, {}};
    };
    QCOMPARE(asked.size(), 3); // skip 0, 2, 4 at once
    QCOMPARE(asked.at(2).first, 4);
    asked.at(2).second(page(4, 2));
    asked.at(1).second(page(2, 2));
    QVERIFY(counted.isEmpty()); // nothing before the first page
    asked.at(0).second(page(0, 2));
    QCOMPARE(counted, (QList<qint64>{0, 2, 4}));
    QCOMPARE(accepted, counted);
    QCOMPARE(asked.size(), 4); // and the last page
    QCOMPARE(asked.at(3).first, 6);
    asked.at(3).second(page(6, 1));
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.at(0).at(0).toBool());
    QCOMPARE(pager.received(), 7);
}

void TestServices::exporter_retriesOnTheClientsClock()
{
    // The export's retry waits run on its client's clock: with a ManualClock it waits until the
    // test moves time (no 1 s of real time), and then goes on to a whole file.
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("30")}));
    auto s = session(sandbox);
    ManualClock clock;
    s->client()->setClock(&clock);
    QVERIFY(
        sandbox.setFaults(QJsonObject{{QStringLiteral("failNext"), QJsonObject{{QStringLiteral("GET /api/v1/key-management/audit"), 1}}}}));
    QTemporaryDir dir;
    AuditExporter exporter(s->client());
    QSignalSpy finished(&exporter, &AuditExporter::finished);
    AuditExporter::Options options;
    options.firstRetryDelay = std::chrono::milliseconds(1000);
    QVERIFY(exporter.exportToFile(dir.filePath(QStringLiteral("a.csv")), options));
    QTRY_COMPARE(clock.activeTimers(), 1); // the first request failed: a retry is due in 1 s
    QCOMPARE(sandbox.requestCount(QStringLiteral("GET /api/v1/key-management/audit")), 1);
    QVERIFY(!finished.wait(200)); // nothing moves while the clock stands still
    QCOMPARE(sandbox.requestCount(QStringLiteral("GET /api/v1/key-management/audit")), 1);
    clock.advance(1000);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).value<AuditExporter::Outcome>(), AuditExporter::Completed);
    QVERIFY(exporter.rowsWritten() >= 30);
    QCOMPARE(exporter.rowsWritten(), exporter.expectedRows());
}

void TestServices::rotationEvents_readsOneRotationsEventsForTheDialog()
{
    // The History page's events dialog renders this reader: one rotation's events, oldest first,
    // read day by day through the pager.
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("600")}));
    auto s = session(sandbox);
    RotationHistoryReader history(s->client());
    QSignalSpy read(&history, &RotationHistoryReader::finished);
    history.start();
    QVERIFY(read.wait(15000));
    const QList<RotationSummary> rotations = history.history().summaries();
    QVERIFY(!rotations.isEmpty());
    const RotationSummary &rotation = rotations.first();
    Workspace workspace(s.get());
    QObject owner;
    RotationEventsReader *reader = workspace.readRotationEvents(rotation, &owner);
    QCOMPARE(reader->parent(), &owner);
    QSignalSpy finished(reader, &RotationEventsReader::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(reader->eventCount(), rotation.events);
    QAbstractItemModelTester tester(reader->model());
    QCOMPARE(reader->model()->rowCount(), rotation.events);
    for (int r = 0; r < reader->model()->rowCount(); ++r) {
        QCOMPARE(reader->model()->index(r, RotationAuditModel::RotationColumn).data().toString(),
                 QStringLiteral("#%1").arg(rotation.rotationId));
        if (r > 0)
            QVERIFY(reader->model()->record(r - 1).dateUtc <= reader->model()->record(r).dateUtc);
    }
}

void TestServices::fleet_ownsTheServersModel()
{
    // The Servers page shows the fleet's model; it builds none of its own.
    MemorySecretStore keychain(true);
    ServerFleet fleet(m_settings.get(), &keychain);
    QVERIFY(fleet.model());
    QCOMPARE(fleet.model()->parent(), &fleet);
    QCOMPARE(fleet.model()->rowCount(), fleet.count());
}

void TestServices::exporter_contradictoryTotal_failsWithNoFile_data()
{
    QTest::addColumn<QByteArray>("first"); // the total on the first page (the export's count)
    QTest::addColumn<QByteArray>("later"); // on the pages after it
    QTest::addColumn<QString>("says");
    // What the export says, as PageInfo::totalContradiction words it (in the running language).
    const QString noTotal = QCoreApplication::translate(
        "PageText", "the server did not say how many records match (its total was null or missing), so the pages cannot "
                    "be checked for completeness.");
    const QString alreadySent = QCoreApplication::translate("PageText", "the server reported %1 matching records but had already sent %2.");
    QTest::newRow("negative")
        << QByteArray("-1") << QByteArray("-1")
        << QCoreApplication::translate("PageText", "the server reported %1 matching records, which cannot be.").arg(-1);
    QTest::newRow("null") << QByteArray("null") << QByteArray("null") << noTotal;
    QTest::newRow("missing") << QByteArray() << QByteArray() << noTotal;
    QTest::newRow("not a whole number") << QByteArray("2.5") << QByteArray("2.5")
                                        << QStringLiteral("total: expected an integer, got 2.5"); // the decoder's
    QTest::newRow("zero, with a record") << QByteArray("0") << QByteArray("0") << alreadySent.arg(0).arg(1);
    QTest::newRow("fewer than already received")
        << QByteArray("10") << QByteArray("3") << alreadySent.section(QLatin1String("%2"), 0, 0).arg(3);
    QTest::newRow("null later") << QByteArray("10") << QByteArray("null") << noTotal;
}

void TestServices::exporter_contradictoryTotal_failsWithNoFile()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, later);
    QFETCH(QString, says);
    HostileServer server;
    serveTenRecords(server, [&](qint64 skip) { return skip == 0 ? first : later; });
    ApiClient client(new QNetworkAccessManager(this));
    client.setBaseUrl(QUrl(server.baseUrl()));
    client.useBearerToken(QStringLiteral("t"));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("a.csv"));
    AuditExporter::Options options;
    options.pageSize = 4;
    options.attempts = 1;
    const ExportResult r = runExport(&client, file, options);
    QCOMPARE(r.outcome, AuditExporter::Failed);
    QVERIFY2(r.message.contains(says) && r.message.endsWith(AuditExporter::tr("No file was written.")), qPrintable(r.message));
    QVERIFY2(!r.message.contains(QLatin1Char('\n')), qPrintable(r.message)); // one line
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestServices::preflight_defaultSandbox_everyCheckPasses_inOrder()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start());
    auto s = session(sandbox);
    std::optional<PreflightReport> report;
    RotationPreflight::run(s->client(), {}, this, [&](const PreflightReport &r) { report = r; });
    QTRY_VERIFY(report.has_value());
    QStringList names;
    for (const PreflightCheck &c : report->checks) {
        names << c.name;
        QVERIFY2(c.outcome == PreflightCheck::Pass, qPrintable(c.name + QStringLiteral(": ") + c.finding));
    }
    QCOMPARE(names, Preflight::names());
    QCOMPARE(report->verdict({}), PreflightReport::Clear);
    QVERIFY2(report->find(QStringLiteral("nodes"))->finding.contains(QLatin1String("SS-NODE-1")),
             qPrintable(report->find(QStringLiteral("nodes"))->finding));
    QCOMPARE(sandbox.requestCount(QStringLiteral("GET /api/v2/configuration/backup-logs")), 1); // newest first: one page
}

void TestServices::preflight_refusedMissingOrUnreadable_isNotDetermined_neverAnEndedSession()
{
    HostileServer server;
    server.routeJson(QStringLiteral("GET /api/v1/key-management/mekrotationinfo"),
                     "{\"processState\": \"Completed\", \"hasPermission\": true, \"canRequestRotation\": true}");
    server.routeJson(QStringLiteral("GET /api/v1/nodes"), "{\"message\": \"You lack the View Server Nodes permission.\"}", 403);
    server.routeJson(QStringLiteral("GET /api/v2/configuration/backup-logs"), "{\"message\": \"No HTTP resource was found.\"}", 404);
    server.routeJson(QStringLiteral("GET /api/v1/healthcheck"), "{\"healthy\": \"yes\"}");
    ApiClient client(new QNetworkAccessManager(this));
    client.setBaseUrl(QUrl(server.baseUrl()));
    client.useBearerToken(QStringLiteral("t"), 3600);
    QSignalSpy expired(&client, &ApiClient::sessionExpired);
    // A key-management read works first: a refused read of the nodes must not be taken for an ended session.
    const auto info = [&] {
        std::optional<ApiResult<RotationInfo>> out;
        client.getRotationInfo(this, [&](const ApiResult<RotationInfo> &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
            return out;
        return out;
    }();
    QVERIFY(info && info->ok());
    std::optional<PreflightReport> report;
    RotationPreflight::run(&client, {}, this, [&](const PreflightReport &r) { report = r; });
    QTRY_VERIFY(report.has_value());
    const PreflightCheck *nodes = report->find(QStringLiteral("nodes"));
    QCOMPARE(nodes->outcome, PreflightCheck::NotDetermined);
    QVERIFY2(nodes->finding.contains(QLatin1String("GET /api/v1/nodes")) && nodes->finding.contains(QLatin1String("View Server Nodes")),
             qPrintable(nodes->finding));
    QCOMPARE(expired.count(), 0);
    const PreflightCheck *backup = report->find(QStringLiteral("backup"));
    QCOMPARE(backup->outcome, PreflightCheck::NotDetermined);
    QVERIFY2(backup->finding.contains(QLatin1String("(404)")), qPrintable(backup->finding));
    const PreflightCheck *health = report->find(QStringLiteral("health"));
    QCOMPARE(health->outcome, PreflightCheck::NotDetermined);
    QVERIFY2(TrText::is(health->finding, RotationPreflight::tr("The reply of %1 could not be read: %2")), qPrintable(health->finding));
    QCOMPARE(report->find(QStringLiteral("mek-rotation"))->outcome, PreflightCheck::Pass);
    QCOMPARE(report->verdict({}), PreflightReport::Undetermined);
}

void TestServices::history_contradictoryTotal_fails()
{
    // The rotation history (and so the report and the key's age) reads the same rule.
    for (const QByteArray &total : {QByteArray("-1"), QByteArray("null"), QByteArray("2")}) {
        HostileServer server;
        serveTenRecords(server, [&](qint64) { return total; });
        ApiClient client(new QNetworkAccessManager(this));
        client.setBaseUrl(QUrl(server.baseUrl()));
        client.useBearerToken(QStringLiteral("t"));
        RotationHistoryReader reader(&client);
        QSignalSpy finished(&reader, &RotationHistoryReader::finished);
        reader.start({});
        QVERIFY(finished.wait(30000));
        QVERIFY2(!finished.first().at(0).toBool(), total.constData());
        const QString message = finished.first().at(1).toString();
        QVERIFY2(TrText::has(message, QCoreApplication::translate("PageText", "the server reported %1 matching records, which cannot be."))
                     || TrText::has(message, QCoreApplication::translate(
                                                 "PageText", "the server reported %1 matching records but had already sent %2."))
                     || message.contains(QCoreApplication::translate(
                         "PageText", "the server did not say how many records match (its total was null or missing), so the pages cannot "
                                     "be checked for completeness.")),
                 qPrintable(message));
        QVERIFY(!reader.isComplete());
    }
}

namespace {
RotationHistoryReader::Options untilLastCompleted()
{
    RotationHistoryReader::Options o;
    o.untilLastCompleted = true;
    return o;
}

bool readHistory(RotationHistoryReader &reader, const RotationHistoryReader::Options &options = {})
{
    QSignalSpy finished(&reader, &RotationHistoryReader::finished);
    reader.start(options);
    return (finished.count() > 0 || finished.wait(30000)) && finished.first().at(0).toBool();
}

void startRotation(SandboxProcess &sandbox)
{
    QUrl start = sandbox.url();
    start.setPath(start.path() + QStringLiteral("/api/v1/key-management/startmekrotation"));
    QCOMPARE(httpRequest("PUT", start, {}, {}, sandboxToken(sandbox.url())).status, 200);
}
} // namespace

void TestServices::history_readsEveryRotationOfTheAudit()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("2500")}));
    auto s = session(sandbox);
    RotationHistoryReader reader(s->client());
    QVERIFY(readHistory(reader));
    QVERIFY(reader.isComplete());
    // Checked against the raw audit, grouped here by hand.
    const QList<QJsonObject> raw = apiRecords(sandbox, QStringLiteral("sortBy%5B0%5D.name=date&sortBy%5B0%5D.direction=Asc"));
    QCOMPARE(reader.eventsRead(), qint64(raw.size()));
    QMap<qint64, QList<QJsonObject>> byRotation;
    for (const QJsonObject &r : raw)
        byRotation[r.value(QStringLiteral("masterEncryptionKeyRotationInfoId")).toInteger()] << r;
    const QList<RotationSummary> rows = reader.history().summaries();
    QCOMPARE(rows.size(), byRotation.size());
    for (const RotationSummary &row : rows) {
        const QList<QJsonObject> &events = byRotation[row.rotationId];
        QCOMPARE(row.events, int(events.size()));
        QCOMPARE(row.requestedBy, events.first().value(QStringLiteral("displayName")).toString());
        QCOMPARE(row.startedUtc, JsonFields::parseDateTime(events.first().value(QStringLiteral("date")).toString()));
        const QString lastStatus = events.last().value(QStringLiteral("currentStatus")).toString();
        QCOMPARE(MekStatus::name(row.lastStatus), lastStatus);
    }
    // The seeded history has both kinds of failure, retried, and completed rotations.
    int retried = 0, completed = 0;
    for (const RotationSummary &row : rows) {
        retried += row.retries > 0;
        completed += row.outcome == RotationOutcome::Completed;
    }
    QVERIFY(retried > 0);
    QVERIFY(completed > rows.size() / 2);
}

void TestServices::history_untilLastCompleted_readsAPageOrTwo()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("20000")}));
    auto s = session(sandbox);
    RotationHistoryReader all(s->client());
    QVERIFY(readHistory(all));
    const int before = sandbox.requestCount(QStringLiteral("GET /api/v1/key-management/audit"));
    RotationHistoryReader quick(s->client());
    QVERIFY(readHistory(quick, untilLastCompleted()));
    QVERIFY2(sandbox.requestCount(QStringLiteral("GET /api/v1/key-management/audit")) - before <= 2,
             "more than two pages for the newest rotation");
    QVERIFY(quick.history().lastCompleted());
    QCOMPARE(quick.history().lastCompleted()->rotationId, all.history().lastCompleted()->rotationId);
    QCOMPARE(quick.history().lastCompleted()->startedUtc, all.history().lastCompleted()->startedUtc);
    QCOMPARE(quick.history().lastCompleted()->endedUtc, all.history().lastCompleted()->endedUtc);
    // A server that never rotated: read to the end, and no completed rotation.
    SandboxProcess fresh;
    QVERIFY(fresh.start());
    auto f = session(fresh);
    RotationHistoryReader none(f->client());
    QVERIFY(readHistory(none, untilLastCompleted()));
    QVERIFY(!none.history().lastCompleted());
}

void TestServices::history_eventsArrivingMeanwhile_areNotCounted()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("3000"), QStringLiteral("--step-ms"), QStringLiteral("5")}));
    auto s = session(sandbox);
    RotationHistoryReader reader(s->client());
    RotationHistoryReader::Options options;
    options.pageSize = 100;
    bool started = false;
    qint64 totalAtStart = 0;
    connect(&reader, &RotationHistoryReader::progress, this, [&](qint64, qint64 total) {
        if (std::exchange(started, true))
            return;
        totalAtStart = total;
        startRotation(sandbox); // a dozen events land on top while the history is read
    });
    QVERIFY(readHistory(reader, options));
    QTRY_VERIFY(sandbox.requestCount(QStringLiteral("GET /api/v1/key-management/audit")) > 0);
    QCOMPARE(reader.eventsRead(), totalAtStart); // exactly the history of the moment it started
    QVERIFY(reader.notice().isEmpty());
}

void TestServices::report_stableKeysPeriodTotalsAndNoSecret()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("4000")}));
    const QByteArray secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    QUrl config = sandbox.url();
    config.setPath(config.path() + QStringLiteral("/api/v1/key-management"));
    QCOMPARE(httpRequest("PUT", config,
                         "{\"keyManagementTypeId\": " + QByteArray::number(SandboxProcess::typeId(QStringLiteral("aws")))
                             + ", \"awsKmsAccessKeyId\": \"AKIAIOSFODNN7EXAMPLE\", \"awsKmsKeyArn\": "
                               "\"arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab\", \"awsKmsKeyId\": "
                               "\"1234abcd-12ab-34cd-56ef-1234567890ab\", \"awsKmsSecretAccessKey\": \""
                             + secret + "\"}",
                         "application/json", sandboxToken(sandbox.url()))
                 .status,
             200);
    auto s = session(sandbox);
    ComplianceReportBuilder builder(s.get());
    QSignalSpy finished(&builder, &ComplianceReportBuilder::finished);
    const QDate since(2020, 1, 1); // the seeded history's first day: every rotation is in the period
    builder.build(since, 365);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    const QJsonObject json = builder.report().toJson();
    for (const char *key :
         {"server", "consoleVersion", "generatedUtc", "generatedBy", "configuration", "configurationChanges", "rotationState",
          "secretKeyRotation", "lastCompletedRotation", "keyAgeDays", "policyMaxAgeDays", "rotations", "totals"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    // The last secret-key rotation, the one the save above started: its four published fields.
    const QJsonObject secretKeys = json.value(QStringLiteral("secretKeyRotation")).toObject();
    QCOMPARE(secretKeys.keys(), (QStringList{QStringLiteral("lastRequestDate"), QStringLiteral("lastRunDate"), QStringLiteral("lastStatus"),
                                             QStringLiteral("message")}));
    QCOMPARE(secretKeys.value(QStringLiteral("lastStatus")).toString(), QStringLiteral("Completed"));
    QVERIFY(secretKeys.value(QStringLiteral("lastRequestDate")).toString().endsWith(QLatin1Char('Z')));
    const QByteArray text = QJsonDocument(json).toJson();
    QVERIFY(!text.contains(secret)); // never a secret
    QVERIFY(!json.value(QStringLiteral("configuration")).toObject().contains(QStringLiteral("awsKmsSecretAccessKey")));
    QCOMPARE(json.value(QStringLiteral("configuration")).toObject().value(QStringLiteral("awsKmsKeyId")).toString(),
             QStringLiteral("1234abcd-12ab-34cd-56ef-1234567890ab"));
    QVERIFY(json.value(QStringLiteral("generatedUtc")).toString().endsWith(QLatin1Char('Z')));
    QVERIFY(!json.value(QStringLiteral("configurationChanges")).toArray().isEmpty()); // the save above, this year
    // Every rotation of the period, and only those; totals that add up.
    const QJsonArray rotations = json.value(QStringLiteral("rotations")).toArray();
    QVERIFY(rotations.size() > 5);
    QCOMPARE(rotations.size(), builder.report().rotations.size());
    int completed = 0, failed = 0;
    for (const auto &v : rotations) {
        const QJsonObject r = v.toObject();
        const QString outcome = r.value(QStringLiteral("outcome")).toString();
        QVERIFY(QStringList({QStringLiteral("Completed"), QStringLiteral("FailedBeforeKeySwap"), QStringLiteral("FailedAfterKeySwap"),
                             QStringLiteral("Running")})
                    .contains(outcome));
        const QDateTime started = QDateTime::fromString(r.value(QStringLiteral("startedUtc")).toString(), Qt::ISODate);
        const QDateTime ended = QDateTime::fromString(r.value(QStringLiteral("endedUtc")).toString(), Qt::ISODate);
        QVERIFY(started.date() >= since || (ended.isValid() && ended.date() >= since) || outcome == QLatin1String("Running"));
        completed += outcome == QLatin1String("Completed");
        failed += outcome.startsWith(QLatin1String("Failed"));
        QVERIFY(r.contains(QStringLiteral("rotationId")) && r.contains(QStringLiteral("requestedBy"))
                && r.contains(QStringLiteral("retries")));
    }
    const QJsonObject totals = json.value(QStringLiteral("totals")).toObject();
    QCOMPARE(totals.value(QStringLiteral("count")).toInt(), int(rotations.size()));
    QCOMPARE(totals.value(QStringLiteral("completed")).toInt(), completed);
    QCOMPARE(totals.value(QStringLiteral("failed")).toInt(), failed);
    QVERIFY(totals.value(QStringLiteral("medianDurationSeconds")).toDouble() > 0);
    // The seeded history ended in 2020: the key is years old, overdue against 365 days.
    QVERIFY(json.value(QStringLiteral("keyAgeDays")).toDouble() > 365);
    QCOMPARE(json.value(QStringLiteral("policyMaxAgeDays")).toInt(), 365);
    QCOMPARE(builder.report().keyAge.state, KeyAge::Overdue);
}

void TestServices::report_listsOnlyRotationsThatOverlapItsPeriod()
{
    const QDateTime since(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    RotationSummary cut; // requested years before, never ended: not "running" in this period
    cut.startedUtc = QDateTime(QDate(2020, 1, 3), QTime(4, 0), Qt::UTC);
    cut.lastEventUtc = cut.startedUtc.addSecs(900);
    cut.outcome = RotationOutcome::Running;
    QVERIFY(!ComplianceReport::inPeriod(cut, since));
    RotationSummary running = cut; // started before, still seen working in the period
    running.lastEventUtc = since.addDays(2);
    QVERIFY(ComplianceReport::inPeriod(running, since));
    RotationSummary endedIn = cut;
    endedIn.outcome = RotationOutcome::Completed;
    endedIn.endedUtc = since.addSecs(60);
    QVERIFY(ComplianceReport::inPeriod(endedIn, since));
    RotationSummary endedBefore = endedIn;
    endedBefore.endedUtc = since.addSecs(-60);
    endedBefore.lastEventUtc = endedBefore.endedUtc;
    QVERIFY(!ComplianceReport::inPeriod(endedBefore, since));
    RotationSummary startedIn;
    startedIn.startedUtc = since.addDays(1);
    startedIn.lastEventUtc = startedIn.startedUtc;
    QVERIFY(ComplianceReport::inPeriod(startedIn, since));
}

void TestServices::report_on112_saysThereIsNoConfigurationHistory()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--api-version"), QStringLiteral("11.2")}));
    auto s = session(sandbox);
    ComplianceReportBuilder builder(s.get());
    QSignalSpy finished(&builder, &ComplianceReportBuilder::finished);
    builder.build(QDate(), 30);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    const QJsonObject json = builder.report().toJson();
    QVERIFY(json.value(QStringLiteral("configurationChanges")).isNull());
    QVERIFY(json.value(QStringLiteral("keyAgeDays")).isNull()); // never rotated
    QVERIFY(json.value(QStringLiteral("lastCompletedRotation")).isNull());
    QCOMPARE(builder.report().since, QDate::currentDate().addDays(-365));
}

void TestServices::fleet_everyServerAtOnce_idleRunningFailedOverdueUnreachable()
{
    SandboxProcess idle, running, failed, overdue;
    QVERIFY(idle.start());
    QVERIFY(running.start({QStringLiteral("--step-ms"), QStringLiteral("60000")}));
    QVERIFY(failed.start(
        {QStringLiteral("--step-ms"), QStringLiteral("20"), QStringLiteral("--fail-at"), QStringLiteral("KeyRotationStarted")}));
    QVERIFY(overdue.start({QStringLiteral("--seed"), QStringLiteral("300")}));
    startRotation(running);
    startRotation(failed);
    QUrl info = failed.url();
    info.setPath(info.path() + QStringLiteral("/api/v1/key-management/mekrotationinfo"));
    QTRY_COMPARE_WITH_TIMEOUT(
        httpRequest("GET", info, {}, {}, sandboxToken(failed.url())).object().value(QStringLiteral("processState")).toString(),
        QStringLiteral("Failed"), 10000);
    QTcpServer closed; // a port that refuses: nothing listens once it is closed
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    MemorySecretStore keychain(true);
    const QList<QPair<QString, QString>> servers = {{QStringLiteral("idle"), idle.urlText()},
                                                    {QStringLiteral("running"), running.urlText()},
                                                    {QStringLiteral("failed"), failed.urlText()},
                                                    {QStringLiteral("overdue"), overdue.urlText()},
                                                    {QStringLiteral("gone"), QStringLiteral("http://127.0.0.1:%1/SecretServer").arg(port)}};
    for (const auto &[name, url] : servers) {
        ConnectionProfile p;
        p.name = name;
        p.server = url;
        p.userName = QStringLiteral("admin");
        p.rememberInKeychain = true;
        p.rotationPolicyDays = 365;
        m_settings->saveProfile(p);
        keychain.store(Session::keychainKey(p), QStringLiteral("sandbox"), nullptr);
    }
    ServerFleet fleet(m_settings.get(), &keychain);
    fleet.setMaxParallel(2);
    ServerFleetModel watched(&fleet); // the Servers page's table, checked through every change below
    QAbstractItemModelTester tester(&watched, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(fleet.count(), 5);
    QSignalSpy done(&fleet, &ServerFleet::refreshFinished);
    fleet.refreshAll();
    QVERIFY(fleet.isRefreshing());
    QVERIFY(done.wait(60000));
    auto at = [&](const char *name) { return fleet.status(fleet.rowOf(QLatin1String(name))); };
    QCOMPARE(at("gone").reach, ServerStatus::Unreachable);
    QVERIFY(!at("gone").problem.isEmpty());
    for (const char *name : {"idle", "running", "failed", "overdue"}) {
        QVERIFY2(at(name).signedIn, name);
        QVERIFY2(at(name).rotation.has_value(), name);
        QVERIFY2(at(name).keyAgeKnown, name);
    }
    QCOMPARE(at("idle").keyAge.state, KeyAge::Unknown);
    QVERIFY(at("idle").warnings.contains(ServerFleet::tr("No completed rotation known")));
    QVERIFY(at("running").rotation->isActive());
    QCOMPARE(at("failed").rotation->processState, ProcessState::Failed);
    QVERIFY(at("failed").warnings.contains(ServerFleet::tr("The last rotation failed")));
    QCOMPARE(at("overdue").keyAge.state, KeyAge::Overdue);
    QVERIFY(at("overdue").warnings.contains(ServerFleet::tr("Key overdue for rotation")));
    // Each server its own session: signing out of one leaves the others.
    Session *first = fleet.session(fleet.rowOf(QStringLiteral("idle")));
    Session *second = fleet.session(fleet.rowOf(QStringLiteral("overdue")));
    QVERIFY(first != second);
    fleet.signOut(fleet.rowOf(QStringLiteral("idle")));
    QTRY_VERIFY(!first->client()->isSignedIn());
    QVERIFY(second->client()->isSignedIn());
    QVERIFY(!at("idle").signedIn);
    // The table says it in words.
    ServerFleetModel model(&fleet);
    const int overdueRow = fleet.rowOf(QStringLiteral("overdue"));
    QCOMPARE(model.data(model.index(overdueRow, ServerFleetModel::KeyAgeColumn)).toString(),
             ServerFleetModel::tr("%1 days (policy %2)").arg(QLocale().toString(at("overdue").keyAge.ageDays, 'f', 1)).arg(365));
    QCOMPARE(model.data(model.index(fleet.rowOf(QStringLiteral("gone")), ServerFleetModel::ReachColumn)).toString(),
             ServerFleetModel::tr("Unreachable"));
    // A server signed in to that goes away: refreshed, it is unreachable, not "reachable" with a
    // warning (seen on the Servers page during an outage).
    overdue.stop();
    fleet.refresh(fleet.rowOf(QStringLiteral("overdue")));
    QVERIFY(done.wait(30000));
    QCOMPARE(at("overdue").reach, ServerStatus::Unreachable);
    QVERIFY(!at("overdue").problem.isEmpty());
    QCOMPARE(model.data(model.index(overdueRow, ServerFleetModel::ReachColumn)).toString(), ServerFleetModel::tr("Unreachable"));
}

void TestServices::fleet_neverSignsInWithACodeNorRepeatsAFailedSignIn()
{
    SandboxProcess twoFactor, plain;
    QVERIFY(twoFactor.start({QStringLiteral("--otp"), QStringLiteral("123456")}));
    QVERIFY(plain.start());
    MemorySecretStore keychain(true);
    ConnectionProfile code;
    code.name = QStringLiteral("needs a code");
    code.server = twoFactor.urlText();
    code.userName = QStringLiteral("admin");
    code.oneTimeCode = QStringLiteral("code");
    code.rememberInKeychain = true;
    ConnectionProfile wrong;
    wrong.name = QStringLiteral("wrong password");
    wrong.server = plain.urlText();
    wrong.userName = QStringLiteral("admin");
    wrong.rememberInKeychain = true;
    ConnectionProfile nothingKept;
    nothingKept.name = QStringLiteral("nothing kept");
    nothingKept.server = plain.urlText();
    nothingKept.userName = QStringLiteral("admin");
    for (const ConnectionProfile &p : {code, wrong, nothingKept})
        m_settings->saveProfile(p);
    keychain.store(Session::keychainKey(code), QStringLiteral("sandbox"), nullptr);
    keychain.store(Session::keychainKey(wrong), QStringLiteral("not-the-password"), nullptr);
    ServerFleet fleet(m_settings.get(), &keychain);
    QSignalSpy done(&fleet, &ServerFleet::refreshFinished);
    for (int round = 0; round < 2; ++round) {
        fleet.refreshAll();
        QVERIFY(done.wait(30000));
    }
    const ServerStatus &c = fleet.status(fleet.rowOf(code.name));
    QVERIFY(!c.signedIn && c.needsSignIn);
    QCOMPARE(c.signInNote, ServerFleet::tr("Needs a one-time code: sign in yourself."));
    QCOMPARE(twoFactor.requestCount(QStringLiteral("POST /oauth2/token")), 0); // never tried
    const ServerStatus &w = fleet.status(fleet.rowOf(wrong.name));
    QVERIFY(!w.signedIn && w.signInFailed);
    QCOMPARE(plain.requestCount(QStringLiteral("POST /oauth2/token")), 1); // once, not again on the second refresh
    const ServerStatus &n = fleet.status(fleet.rowOf(nothingKept.name));
    QVERIFY(!n.signedIn && n.needsSignIn);
    QCOMPARE(n.signInNote, ServerFleet::tr("No password is kept for it: sign in yourself."));
    QCOMPARE(n.reach, ServerStatus::Reachable);
}

void TestServices::fleet_profilesReorderedOrRemovedMidRefresh_eachAnswerLandsOnItsOwnRow()
{
    SandboxProcess slow, fast;
    QVERIFY(slow.start({QStringLiteral("--aws-type-name"), QStringLiteral("Slow KMS")}));
    QVERIFY(fast.start());
    QUrl config = slow.url();
    config.setPath(config.path() + QStringLiteral("/api/v1/key-management"));
    const QByteArray body =
        "{\"keyManagementTypeId\": " + QByteArray::number(SandboxProcess::typeId(QStringLiteral("aws")))
        + ", \"awsKmsAccessKeyId\": \"AKIAIOSFODNN7EXAMPLE\", \"awsKmsKeyArn\": \"arn:aws:kms:us-east-1:123456789012:key/"
          "1234abcd-12ab-34cd-56ef-1234567890ab\", \"awsKmsKeyId\": \"1234abcd-12ab-34cd-56ef-1234567890ab\", "
          "\"awsKmsSecretAccessKey\": \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"}";
    QCOMPARE(httpRequest("PUT", config, body, "application/json", sandboxToken(slow.url())).status, 200);
    QVERIFY(slow.setFaults(QJsonObject{{QStringLiteral("latencyMs"), 800}}));
    MemorySecretStore keychain(true);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<std::tuple<QString, QString, QDateTime>> servers = {{QStringLiteral("slow"), slow.urlText(), now},
                                                                    {QStringLiteral("fast"), fast.urlText(), now.addSecs(-60)},
                                                                    {QStringLiteral("going"), slow.urlText(), now.addSecs(-120)}};
    for (const auto &[name, url, used] : servers) {
        ConnectionProfile p;
        p.name = name;
        p.server = url;
        p.userName = QStringLiteral("admin");
        p.rememberInKeychain = true;
        p.lastUsedUtc = used;
        m_settings->saveProfile(p);
        keychain.store(Session::keychainKey(p), QStringLiteral("sandbox"), nullptr);
    }
    ServerFleet fleet(m_settings.get(), &keychain);
    ServerFleetModel model(&fleet);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The model says a reset begins while it still has the rows it had.
    QList<int> rowsAtReset;
    int countAtReset = -1;
    connect(&model, &QAbstractItemModel::modelAboutToBeReset, this, [&] {
        rowsAtReset << model.rowCount();
        countAtReset = fleet.count();
    });
    QCOMPARE(fleet.rowOf(QStringLiteral("slow")), 0);
    QSignalSpy done(&fleet, &ServerFleet::refreshFinished);
    fleet.refreshAll();
    QVERIFY(fleet.isRefreshing());
    // Mid-refresh: "fast" was used since (it moves to the top) and "going" is removed.
    ConnectionProfile fastNow = *m_settings->profile(QStringLiteral("fast"));
    fastNow.lastUsedUtc = now.addSecs(60);
    m_settings->saveProfile(fastNow);
    m_settings->removeProfile(QStringLiteral("going"));
    fleet.reloadProfiles();
    QCOMPARE(rowsAtReset, QList<int>{3});
    QCOMPARE(countAtReset, 3);
    QCOMPARE(fleet.count(), 2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(fleet.rowOf(QStringLiteral("fast")), 0);
    QCOMPARE(fleet.rowOf(QStringLiteral("slow")), 1);
    QCOMPARE(fleet.rowOf(QStringLiteral("going")), -1);
    QVERIFY(done.wait(60000));
    QTRY_VERIFY(!fleet.isRefreshing());
    const ServerStatus &s = fleet.status(fleet.rowOf(QStringLiteral("slow")));
    const ServerStatus &f = fleet.status(fleet.rowOf(QStringLiteral("fast")));
    QVERIFY(s.signedIn && f.signedIn);
    QCOMPARE(s.typeName, QStringLiteral("Slow KMS"));
    QVERIFY2(f.typeName != QStringLiteral("Slow KMS"), qPrintable(f.typeName));
    QVERIFY(!s.busy && !f.busy);
    QCOMPARE(model.data(model.index(fleet.rowOf(QStringLiteral("slow")), ServerFleetModel::TypeColumn)).toString(),
             QStringLiteral("Slow KMS"));
    QCOMPARE(model.data(model.index(fleet.rowOf(QStringLiteral("slow")), ServerFleetModel::ServerColumn)).toString(),
             QStringLiteral("slow"));
}

#ifdef Q_OS_WIN
// Settings through QSettings' native format: the registry, under the user's key.
void TestServices::windows_settingsLiveInTheRegistry()
{
    QSettings check; // what Settings opens: the default constructor's
    QCOMPARE(check.format(), QSettings::NativeFormat);
    QVERIFY2(check.fileName().startsWith(QLatin1String("\\HKEY_CURRENT_USER\\Software\\kmconsole-tests")), qPrintable(check.fileName()));
}

// The secrets the user asks to keep go to the Credential Manager (QtKeychain's Windows backend, or
// its API directly where the build has no QtKeychain), and come back, and go.
void TestServices::windows_credentialManagerKeepsAndForgetsASecret()
{
    KeychainSecretStore store;
    store.probe();
    QTRY_VERIFY(store.isProbed());
    QVERIFY2(store.isAvailable(), qPrintable(store.unavailableReason()));
    const QString key = QStringLiteral("tst_services-%1").arg(QCoreApplication::applicationPid());
    std::optional<bool> stored;
    store.store(key, QStringLiteral("s3cret ü"), [&](bool ok, const QString &) { stored = ok; });
    QTRY_VERIFY(stored.has_value());
    QVERIFY(*stored);
    std::optional<std::optional<QString>> read;
    store.read(key, [&](std::optional<QString> secret) { read = secret; });
    QTRY_VERIFY(read.has_value());
    QCOMPARE(read->value_or(QString()), QStringLiteral("s3cret ü"));
    std::optional<bool> removed;
    store.remove(key, [&](bool ok, const QString &) { removed = ok; });
    QTRY_VERIFY(removed.has_value());
    QVERIFY(*removed);
    read.reset();
    store.read(key, [&](std::optional<QString> secret) { read = secret; });
    QTRY_VERIFY(read.has_value());
    QVERIFY(!read->has_value());
}
#endif

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
