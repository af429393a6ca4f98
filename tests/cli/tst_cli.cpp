// kmconsole's commands without a window, run as a script would: exit codes, stdout, stderr, and
// no secret in any of them.
#include "SandboxProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run kmconsole(const QStringList &arguments, const QByteArray &stdinText = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // the commands must not need a display
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb")); // would fail if a window were made
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KMCONSOLE_PATH), arguments);
    p.waitForStarted();
    p.write(stdinText);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

const QByteArray secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void configShow_text_printsFieldsNeverSecrets();
    void configShow_json_leavesSecretsOut();
    void configShow_token_works();
    void configShow_wrongPassword_exits1WithReason();
    void configShow_noPasswordSource_refusesCommandLinePassword();
    void configShow_unreachable_exits1();
    void unknownCommand_exits2();
    void rotation_startRefusesWrongHostOrMissingConfirmation();
    void rotation_startWait_completesWithExit0AndProgress();
    void rotation_failedThenRetryWait_exit2ThenExit0();
    void rotation_statusJson_andAuditorRefused();

private:
    SandboxProcess m_sandbox;
};

void TestCli::initTestCase()
{
    QVERIFY(m_sandbox.start());
    QUrl config = m_sandbox.url();
    config.setPath(config.path() + QStringLiteral("/api/v1/key-management"));
    const QByteArray body = "{\"keyManagementTypeId\": 1, \"awsKmsAccessKeyId\": \"AKIAIOSFODNN7EXAMPLE\","
                            "\"awsKmsKeyArn\": \"arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab\","
                            "\"awsKmsKeyId\": \"1234abcd-12ab-34cd-56ef-1234567890ab\", \"awsKmsSecretAccessKey\": \"" + secret + "\"}";
    QCOMPARE(httpRequest("PUT", config, body, "application/json", sandboxToken(m_sandbox.url())).status, 200);
}

void TestCli::configShow_text_printsFieldsNeverSecrets()
{
    const Run r = kmconsole({QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--server"), m_sandbox.urlText(),
                             QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                            "sandbox\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("Amazon KMS"));
    QVERIFY(r.out.contains("AKIAIOSFODNN7EXAMPLE"));
    QVERIFY(r.out.contains("(never shown)"));
    QVERIFY(!r.out.contains(secret) && !r.err.contains(secret));
    QVERIFY(!r.out.contains("sandbox\n"));
}

void TestCli::configShow_json_leavesSecretsOut()
{
    const Run r = kmconsole({QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--json"), QStringLiteral("--server"),
                             m_sandbox.urlText(), QStringLiteral("--user"), QStringLiteral("auditor"), QStringLiteral("--password-stdin")},
                            "sandbox\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonParseError e{};
    const QJsonObject o = QJsonDocument::fromJson(r.out, &e).object();
    QCOMPARE(e.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QStringLiteral("keyManagementTypeId")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("awsKmsKeyId")).toString(), QStringLiteral("1234abcd-12ab-34cd-56ef-1234567890ab"));
    QVERIFY(!o.contains(QStringLiteral("awsKmsSecretAccessKey")));
    QVERIFY(!o.contains(QStringLiteral("azureKeyVaultPrincipalSecret")));
}

void TestCli::configShow_token_works()
{
    const QByteArray token = sandboxToken(m_sandbox.url());
    const Run r = kmconsole({QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--server"), m_sandbox.urlText() + QStringLiteral("/api/v1"),
                             QStringLiteral("--token-stdin")}, token + "\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("AKIAIOSFODNN7EXAMPLE"));
    QVERIFY(!r.out.contains(token) && !r.err.contains(token));
}

void TestCli::configShow_wrongPassword_exits1WithReason()
{
    const Run r = kmconsole({QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--server"), m_sandbox.urlText(),
                             QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                            "not-the-password\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith("kmconsole: Sign-in failed") && r.err.contains("not correct"), r.err.constData());
    QVERIFY(!r.err.contains("not-the-password"));
}

void TestCli::configShow_noPasswordSource_refusesCommandLinePassword()
{
    const Run r = kmconsole({QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--server"), m_sandbox.urlText(),
                             QStringLiteral("--user"), QStringLiteral("admin")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("--password-stdin"), r.err.constData());
    const Run bad = kmconsole({QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--password"), QStringLiteral("x")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("Unknown option"), bad.err.constData());
}

void TestCli::configShow_unreachable_exits1()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    const Run r = kmconsole({QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--server"),
                             QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("--user"), QStringLiteral("admin"),
                             QStringLiteral("--password-stdin")}, "x\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("refused the connection"), r.err.constData());
}

void TestCli::unknownCommand_exits2()
{
    const Run r = kmconsole({QStringLiteral("config"), QStringLiteral("delete")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("Unknown command"));
}

void TestCli::rotation_startRefusesWrongHostOrMissingConfirmation()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--step-ms"), QStringLiteral("30")}));
    const QStringList base{QStringLiteral("rotation"), QStringLiteral("start"), QStringLiteral("--server"), sandbox.urlText(),
                           QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-stdin")};
    Run r = kmconsole(base + QStringList{QStringLiteral("--confirm-host"), QStringLiteral("127.0.0.1")}, "sandbox\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--confirm-backup"), r.err.constData());
    r = kmconsole(base + QStringList{QStringLiteral("--confirm-backup"), QStringLiteral("--confirm-host"), QStringLiteral("prod.example.com")},
                  "sandbox\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("does not match") && r.err.contains("nothing was sent"), r.err.constData());
    QCOMPARE(sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management/startmekrotation")), 0);
}

void TestCli::rotation_startWait_completesWithExit0AndProgress()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--step-ms"), QStringLiteral("40")}));
    const Run r = kmconsole({QStringLiteral("rotation"), QStringLiteral("start"), QStringLiteral("--confirm-backup"),
                             QStringLiteral("--confirm-host"), QStringLiteral("127.0.0.1"), QStringLiteral("--wait"),
                             QStringLiteral("--poll-interval"), QStringLiteral("50"), QStringLiteral("--server"), sandbox.urlText(),
                             QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                            "sandbox\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.contains("Rotation started on 127.0.0.1"));
    QVERIFY2(r.err.contains("Re-encrypting secrets"), r.err.constData());
    QVERIFY(r.err.contains("Completed:"));
    QCOMPARE(sandbox.requestCount(QStringLiteral("PUT /api/v1/key-management/startmekrotation")), 1);
    // While a rotation runs, a second start is refused with the server's words.
    SandboxProcess slow;
    QVERIFY(slow.start({QStringLiteral("--step-ms"), QStringLiteral("60000")}));
    const QStringList start{QStringLiteral("rotation"), QStringLiteral("start"), QStringLiteral("--confirm-backup"),
                            QStringLiteral("--confirm-host"), QStringLiteral("127.0.0.1"), QStringLiteral("--server"),
                            slow.urlText(), QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-stdin")};
    QCOMPARE(kmconsole(start, "sandbox\n").exitCode, 0);
    const Run second = kmconsole(start, "sandbox\n");
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains("already in progress"), second.err.constData());
}

void TestCli::rotation_failedThenRetryWait_exit2ThenExit0()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--step-ms"), QStringLiteral("40"), QStringLiteral("--fail-at"), QStringLiteral("MarkDataStarted")}));
    const QStringList connection{QStringLiteral("--server"), sandbox.urlText(), QStringLiteral("--user"), QStringLiteral("admin"),
                                 QStringLiteral("--password-stdin"), QStringLiteral("--poll-interval"), QStringLiteral("50")};
    Run r = kmconsole(QStringList{QStringLiteral("rotation"), QStringLiteral("start"), QStringLiteral("--confirm-backup"),
                                  QStringLiteral("--confirm-host"), QStringLiteral("127.0.0.1"), QStringLiteral("--wait")} + connection,
                      "sandbox\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("The rotation failed") && r.err.contains("MarkDataStarted"), r.err.constData());

    r = kmconsole(QStringList{QStringLiteral("rotation"), QStringLiteral("status"), QStringLiteral("--wait")} + connection, "sandbox\n");
    QCOMPARE(r.exitCode, 2); // still failed: nothing to follow
    QVERIFY(r.out.contains("Failed"));

    r = kmconsole(QStringList{QStringLiteral("rotation"), QStringLiteral("retry"), QStringLiteral("--wait")} + connection, "sandbox\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.contains("Retrying from MarkDataStarted"));
    QVERIFY(r.err.contains("Completed:"));
    r = kmconsole(QStringList{QStringLiteral("rotation"), QStringLiteral("retry")} + connection, "sandbox\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no failed"), r.err.constData());
}

void TestCli::rotation_statusJson_andAuditorRefused()
{
    const Run r = kmconsole({QStringLiteral("rotation"), QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--server"),
                             m_sandbox.urlText(), QStringLiteral("--user"), QStringLiteral("auditor"), QStringLiteral("--password-stdin")},
                            "sandbox\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("processState")).toString(), QStringLiteral("None"));
    QCOMPARE(o.value(QStringLiteral("totalItems")).toInt(), 1250);
    QCOMPARE(o.value(QStringLiteral("hasPermission")).toBool(), false);
    const Run refused = kmconsole({QStringLiteral("rotation"), QStringLiteral("start"), QStringLiteral("--confirm-backup"),
                                   QStringLiteral("--confirm-host"), QStringLiteral("127.0.0.1"), QStringLiteral("--server"),
                                   m_sandbox.urlText(), QStringLiteral("--user"), QStringLiteral("auditor"), QStringLiteral("--password-stdin")},
                                  "sandbox\n");
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("lacks the Administer Key Management permission"), refused.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
