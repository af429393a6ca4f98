// What an installation delivers: cmake --install lays out the binaries, the desktop entry, the
// icon, the AppStream metadata and the man pages, which the platform's own validators accept;
// the installed console runs; and CPack builds a .deb whose dependencies a Debian 12 system can
// satisfy.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 300000)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return {-1, {}, p.errorString().toUtf8()};
    p.waitForFinished(timeoutMs);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}
} // namespace

class TestInstall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void install_laysOutEveryFile_data();
    void install_laysOutEveryFile();
    void desktopEntry_isValid();
    void metainfo_isValid();
    void manPages_render();
    void installedConsole_runs();
    void debianPackage_hasItsFilesAndSatisfiableDependencies();

private:
    QTemporaryDir m_prefix;
};

void TestInstall::initTestCase()
{
    const Run r = run(QStringLiteral(CMAKE_COMMAND),
                      {QStringLiteral("--install"), QStringLiteral(BUILD_DIR), QStringLiteral("--prefix"), m_prefix.path()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestInstall::install_laysOutEveryFile_data()
{
    QTest::addColumn<QString>("path");
    for (const char *p : {"bin/kmconsole", "bin/kmsandbox", "share/applications/org.kmconsole.kmconsole.desktop",
                          "share/icons/hicolor/scalable/apps/kmconsole.svg", "share/metainfo/org.kmconsole.kmconsole.metainfo.xml",
                          "share/man/man1/kmconsole.1", "share/man/man1/kmsandbox.1"})
        QTest::newRow(p) << QString::fromLatin1(p);
}

void TestInstall::install_laysOutEveryFile()
{
    QFETCH(QString, path);
    QVERIFY2(QFile::exists(m_prefix.filePath(path)), qPrintable(path));
}

void TestInstall::desktopEntry_isValid()
{
    const Run r = run(QStringLiteral("desktop-file-validate"),
                      {m_prefix.filePath(QStringLiteral("share/applications/org.kmconsole.kmconsole.desktop"))});
    QVERIFY2(r.exitCode == 0 && r.out.trimmed().isEmpty(), (r.out + r.err).constData());
}

void TestInstall::metainfo_isValid()
{
    const Run r =
        run(QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                             m_prefix.filePath(QStringLiteral("share/metainfo/org.kmconsole.kmconsole.metainfo.xml"))});
    QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
}

void TestInstall::manPages_render()
{
    for (const char *page : {"kmconsole.1", "kmsandbox.1"}) {
        const Run r =
            run(QStringLiteral("groff"), {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-P-cbu"), QStringLiteral("-ww"),
                                          m_prefix.filePath(QStringLiteral("share/man/man1/") + QLatin1String(page))});
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), r.err.constData());
        QVERIFY(r.out.contains("SYNOPSIS"));
    }
}

void TestInstall::installedConsole_runs()
{
    // No display needed for --version and --help.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(m_prefix.filePath(QStringLiteral("bin/kmconsole")), {QStringLiteral("--version")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(p.readAllStandardOutput().trimmed(), QByteArray("kmconsole " KMCONSOLE_VERSION));
    const Run sandbox = run(m_prefix.filePath(QStringLiteral("bin/kmsandbox")), {QStringLiteral("--version")});
    QCOMPARE(sandbox.exitCode, 0);
}

void TestInstall::debianPackage_hasItsFilesAndSatisfiableDependencies()
{
    QTemporaryDir out;
    const Run cpack = run(QStringLiteral(CPACK_COMMAND),
                          {QStringLiteral("--config"), QStringLiteral(BUILD_DIR "/CPackConfig.cmake"), QStringLiteral("-B"), out.path()});
    QVERIFY2(cpack.exitCode == 0, (cpack.out + cpack.err).constData());
    const QStringList debs = QDir(out.path()).entryList({QStringLiteral("*.deb")});
    QCOMPARE(debs.size(), 1);
    const QString deb = out.filePath(debs.first());
    QVERIFY(debs.first().startsWith(QLatin1String("kmconsole_" KMCONSOLE_VERSION)));

    const Run depends = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), deb, QStringLiteral("Depends")});
    for (const char *dep : {"libqt6widgets6", "libqt6network6", "libqt6httpserver6", "libqt6sql6", "qt6-qpa-plugins", "libqt6sql6-sqlite",
                            "libqt6svg6", "libc6"})
        QVERIFY2(depends.out.contains(dep),
                 qPrintable(QStringLiteral("%1 missing from Depends: %2").arg(QLatin1String(dep), QString::fromUtf8(depends.out))));
    const Run contents = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), deb});
    for (const char *file : {"./usr/bin/kmconsole", "./usr/bin/kmsandbox", "./usr/share/applications/org.kmconsole.kmconsole.desktop",
                             "./usr/share/icons/hicolor/scalable/apps/kmconsole.svg", "./usr/share/man/man1/kmconsole.1"})
        QVERIFY2(contents.out.contains(file), file);

    // apt would install it: every dependency is known and satisfiable here (Debian 12).
    const Run apt = run(QStringLiteral("apt-get"), {QStringLiteral("install"), QStringLiteral("--simulate"), QStringLiteral("-y"), deb});
    QVERIFY2(apt.exitCode == 0, (apt.out + apt.err).constData());
}

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
