// The translations: complete (no unfinished, vanished or obsolete entries), faithful to the
// placeholders, in step with the sources (lupdate finds no string the .ts files lack), and used
// by the console (--lang, in the window's strings and on the command line).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include "SandboxProcess.h" // runHostProgram

using namespace km;

namespace {
struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the plural forms
    QString type;             // "unfinished", "vanished", "obsolete" or empty
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *language)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                messages.append(current);
            continue;
        }
        if (xml.name() == QLatin1String("TS"))
            *language = xml.attributes().value(QLatin1String("language")).toString();
        else if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message")) {
            current = Message{context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (xml.name() == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.translations << xml.readElementText();
        } else if (xml.name() == QLatin1String("numerusform"))
            current.translations << xml.readElementText();
    }
    return messages;
}

QStringList placeholders(const QString &text)
{
    QStringList found;
    auto it = QRegularExpression(QStringLiteral("%(\\d+|n|v|m)")).globalMatch(text);
    while (it.hasNext())
        found << it.next().captured(0);
    found.removeDuplicates();
    found.sort();
    return found;
}

const QString tsDir = QStringLiteral(KMCONSOLE_SOURCE_DIR "/translations");
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tsFile_isComplete_data();
    void tsFile_isComplete();
    void sources_haveNoStringTheTsFilesLack();
    void translator_servesTheWindowsStrings();
    void commandLine_followsLangAndLocale();
};

void TestTranslations::tsFile_isComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "kmconsole_en.ts"
                        << "en_US";
    QTest::newRow("de") << "kmconsole_de.ts"
                        << "de_DE";
    QTest::newRow("fr") << "kmconsole_fr.ts"
                        << "fr_FR";
}

void TestTranslations::tsFile_isComplete()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    QString declared;
    const QList<Message> messages = readTs(QDir(tsDir).filePath(file), &declared);
    QCOMPARE(declared, language);
    QVERIFY(!messages.isEmpty());
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
        QVERIFY2(m.type.isEmpty(), qPrintable(QStringLiteral("%1 entry: %2").arg(m.type, where)));
        QVERIFY2(!m.translations.isEmpty(), qPrintable(where));
        if (m.numerus)
            QVERIFY2(m.translations.size() == 2, qPrintable(where));
        for (const QString &t : m.translations) {
            QVERIFY2(!t.isEmpty(), qPrintable(where));
            QVERIFY2(placeholders(t) == placeholders(m.source), qPrintable(QStringLiteral("placeholders differ: ") + where));
            // A shortcut marker must survive translation, or the keyboard path is lost.
            if (m.source.contains(QRegularExpression(QStringLiteral("&[^ &]"))) && !m.source.contains(QLatin1String("<")))
                QVERIFY2(t.contains(QRegularExpression(QStringLiteral("&[^ &]"))), qPrintable(QStringLiteral("no shortcut: ") + where));
        }
    }
    if (file == QLatin1String("kmconsole_en.ts")) {
        for (const Message &m : messages)
            QVERIFY2(m.numerus, "the English source file holds plural forms only");
    }
}

void TestTranslations::sources_haveNoStringTheTsFilesLack()
{
    // Run lupdate over the sources into copies of the committed files: nothing may be added
    // (a new, untranslated string) or dropped (a vanished one).
    QTemporaryDir dir;
    for (const QString &lang : {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("en")}) {
        const QString name = QStringLiteral("kmconsole_%1.ts").arg(lang);
        QVERIFY(QFile::copy(QDir(tsDir).filePath(name), dir.filePath(name)));
        QFile::setPermissions(dir.filePath(name), QFile::ReadOwner | QFile::WriteOwner);
        QStringList args{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none")};
        if (lang == QLatin1String("en"))
            args << QStringLiteral("-pluralonly");
        // The include roots, as the update_translations target gives them: without them lupdate cannot
        // read a class's header and puts a km::Class's strings in the context "Class".
        args << QStringLiteral("-I") << QStringLiteral(".") << QStringLiteral("-I") << QStringLiteral("app");
        args << QStringLiteral("app") << QStringLiteral("ui") << QStringLiteral("models") << QStringLiteral("-ts") << dir.filePath(name);
        // Debian's lupdate in the Windows build too: a host tool, like moc (runHostProgram).
        QCOMPARE(runHostProgram(QStringLiteral(LUPDATE_PATH), args, QStringLiteral(KMCONSOLE_SOURCE_DIR), 120000), 0);
        QString committedLanguage, updatedLanguage;
        const QList<Message> committed = readTs(QDir(tsDir).filePath(name), &committedLanguage);
        const QList<Message> updated = readTs(dir.filePath(name), &updatedLanguage);
        QSet<QString> before, after;
        for (const Message &m : committed)
            before.insert(m.context + QLatin1Char('|') + m.source);
        for (const Message &m : updated) {
            after.insert(m.context + QLatin1Char('|') + m.source);
            QVERIFY2(m.type.isEmpty(), qPrintable(QStringLiteral("%1: a string the .ts file lacks (run the update_translations target "
                                                                 "and translate it): %2 / %3")
                                                      .arg(name, m.context, m.source)));
        }
        QCOMPARE(after, before);
    }
}

void TestTranslations::translator_servesTheWindowsStrings()
{
    QTranslator de, fr;
    QVERIFY(de.load(QStringLiteral(KMCONSOLE_QM_DIR "/kmconsole_de.qm")));
    QVERIFY(fr.load(QStringLiteral(KMCONSOLE_QM_DIR "/kmconsole_fr.qm")));
    QCOMPARE(de.translate("km::SignInDialog", "&Sign In"), QStringLiteral("&Anmelden"));
    QCOMPARE(fr.translate("km::SignInDialog", "&Sign In"), QStringLiteral("&Se connecter"));
    QCOMPARE(de.translate("km::ConfigurationPage", "Page %1 of %2 (%n change(s))", nullptr, 1),
             QStringLiteral("Seite %1 von %2 (%n Änderung)"));
    QCOMPARE(de.translate("km::ConfigurationPage", "Page %1 of %2 (%n change(s))", nullptr, 3),
             QStringLiteral("Seite %1 von %2 (%n Änderungen)"));
    QCOMPARE(fr.translate("km::AuditExporter", "Exported %n record(s).", nullptr, 1), QStringLiteral("%n enregistrement exporté."));
    QCOMPARE(fr.translate("km::AuditExporter", "Exported %n record(s).", nullptr, 0),
             QStringLiteral("%n enregistrement exporté.")); // French: 0 is singular
    QTranslator en;
    QVERIFY(en.load(QStringLiteral(KMCONSOLE_QM_DIR "/kmconsole_en.qm")));
    QCOMPARE(en.translate("km::AuditExporter", "Exported %n record(s).", nullptr, 2), QStringLiteral("Exported %n records."));
}

void TestTranslations::commandLine_followsLangAndLocale()
{
    auto help = [](const QStringList &args, const QString &lang) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), lang);
        env.insert(QStringLiteral("LC_ALL"), lang);
        env.remove(QStringLiteral("LANGUAGE"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KMCONSOLE_PATH), args);
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    const QStringList configHelp{QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--help")};
    QVERIFY(help(configHelp, QStringLiteral("C.UTF-8")).contains(QLatin1String("Secrets are never printed")));
    QVERIFY(help(configHelp, QStringLiteral("C.UTF-8")).contains(QLatin1String("kmconsole config show")));
    QVERIFY(help(configHelp + QStringList{QStringLiteral("--lang"), QStringLiteral("de")}, QStringLiteral("C.UTF-8"))
                .contains(QLatin1String("Geheime Werte werden nie ausgegeben")));
    QVERIFY(help(configHelp + QStringList{QStringLiteral("--lang=fr")}, QStringLiteral("C.UTF-8"))
                .contains(QStringLiteral("Les secrets ne sont jamais affichés")));
    QVERIFY(help(configHelp, QStringLiteral("de_DE.UTF-8")).contains(QLatin1String("Geheime Werte")));
    QVERIFY(help(configHelp + QStringList{QStringLiteral("--lang"), QStringLiteral("en")}, QStringLiteral("de_DE.UTF-8"))
                .contains(QLatin1String("Secrets are never printed")));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
