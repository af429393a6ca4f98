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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
