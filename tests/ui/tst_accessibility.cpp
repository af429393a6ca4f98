// The console for a screen reader and for the keyboard alone, offscreen, against real kmsandbox
// instances, through Qt's own accessibility interfaces (what AT-SPI hands Orca): every page and
// dialog in the states a person meets, walked for names, readable messages, Tab stops and
// mnemonics (in English, German and French); the colours of both themes; and the main tasks done
// with key events only.
#include "ui/AuditPage.h"
#include "ui/ConfigurationPage.h"
#include "ui/ConnectionBanner.h"
#include "ui/DayEdit.h"
#include "ui/FileChooser.h"
#include "ui/HistoryPage.h"
#include "ui/MainWindow.h"
#include "ui/Prompter.h"
#include "ui/ReportDialog.h"
#include "ui/RotationPage.h"
#include "ui/RotationWizard.h"
#include "ui/SignInDialog.h"
#include "ui/Theme.h"

#include "services/AuditBrowser.h"
#include "services/ConfigurationService.h"
#include "services/RotationMonitor.h"
#include "services/Workspace.h"
#include "session/Session.h"
#include "session/Settings.h"

#include "MemorySecretStore.h"
#include "SandboxProcess.h"
#include "TestLanguage.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDebug>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

#include <memory>

using namespace km;

namespace {
const QString password = QStringLiteral("Pw-Unique-7731");

template<class T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no widget named %s", name);
    return w;
}

// What an accessibility client receives: every update event, as Orca would be told of it.
struct Heard
{
    QObject *object;
    QAccessible::Event type;
    QAccessible::Role role;
    QString name;
};
QList<Heard> heard;

void recordUpdate(QAccessibleEvent *event)
{
    QAccessibleInterface *iface = event->accessibleInterface();
    heard.append(
        {event->object(), event->type(), iface ? iface->role() : QAccessible::NoRole, iface ? iface->text(QAccessible::Name) : QString()});
}

// Whether a change of `object` was announced: its role is AlertMessage or StatusBar, and
// ObjectShow or NameChanged was sent for it with `text` as its name.
// Offscreen (and wherever no accessibility bridge is active) Qt delivers no update event at all,
// not even to an installed handler: then what decides the announcement is checked, the role and
// the name that the event (sent by QLabel::setText and QWidget::show themselves) would carry.
bool announced(QObject *object, const QString &text)
{
    if (!QAccessible::isActive()) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(object);
        auto *widget = qobject_cast<QWidget *>(object);
        return iface && widget && widget->accessibleName().isEmpty()
               && (iface->role() == QAccessible::AlertMessage || iface->role() == QAccessible::StatusBar)
               && iface->text(QAccessible::Name).contains(text);
    }
    if (qEnvironmentVariableIsSet("KM_DEBUG_HEARD"))
        for (const Heard &h : std::as_const(heard))
            if (h.object == object)
                qDebug() << "heard" << h.type << h.role << h.name;
    for (const Heard &h : std::as_const(heard)) {
        if (h.object == object && (h.type == QAccessible::NameChanged || h.type == QAccessible::ObjectShow)
            && (h.role == QAccessible::AlertMessage || h.role == QAccessible::StatusBar) && h.name.contains(text))
            return true;
    }
    return false;
}

QString plain(const QLabel *label)
{
    const QString text = label->text();
    const bool rich = label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    QString t = rich ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    if (label->buddy())
        t.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return t;
}

QString nameOf(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}

QString describeWidget(QWidget *w)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QLatin1String(w->metaObject()->className()), w->objectName().isEmpty() ? nameOf(w) : w->objectName());
}

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return QChar();
}

// The letters Alt+letter would take in one window (what is shown now), and within each menu of its bar.
QStringList duplicateMnemonics(QWidget *window, const QString &state)
{
    QStringList problems;
    QMultiMap<QChar, QString> letters;
    auto add = [&](QMultiMap<QChar, QString> &map, const QString &text) {
        const QChar c = mnemonicOf(text);
        if (!c.isNull())
            map.insert(c, text);
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisibleTo(window))
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(letters, b->text());
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            add(letters, l->text());
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            add(letters, g->title());
    }
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *menu : main->menuBar()->actions()) {
            add(letters, menu->text());
            QMultiMap<QChar, QString> items;
            if (menu->menu()) {
                for (QAction *item : menu->menu()->actions())
                    add(items, item->text());
            }
            for (const QChar c : items.uniqueKeys()) {
                if (items.count(c) > 1)
                    problems << QStringLiteral("%1: menu %2: Alt+%3 is %4")
                                    .arg(state, menu->text(), c, QStringList(items.values(c)).join(QLatin1String(", ")));
            }
        }
    }
    for (const QChar c : letters.uniqueKeys()) {
        if (letters.count(c) > 1)
            problems << QStringLiteral("%1: Alt+%2 is %3").arg(state, c, QStringList(letters.values(c)).join(QLatin1String(", ")));
    }
    return problems;
}

bool interactive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::Link:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ProgressBar:
    case QAccessible::Chart: return true;
    default: return false;
    }
}

// Names and readable texts, for the widgets of one window as they are shown now.
QStringList unreadable(QWidget *window, const QString &state)
{
    QStringList problems;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisibleTo(window))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface)
            continue;
        if (interactive(iface->role()) && iface->text(QAccessible::Name).trimmed().isEmpty())
            problems << QStringLiteral("%1: %2 has no name").arg(state, describeWidget(w));
        if (auto *label = qobject_cast<QLabel *>(w); label && !label->text().isEmpty()) {
            const QString text = plain(label).trimmed();
            if (!label->accessibleName().isEmpty() && label->accessibleName() != text)
                problems << QStringLiteral("%1: %2 is named \"%3\", which hides its text \"%4\"")
                                .arg(state, describeWidget(w), label->accessibleName(), text.left(60));
            else if (iface->text(QAccessible::Name).trimmed().isEmpty() && !text.isEmpty())
                problems << QStringLiteral("%1: %2 reads as nothing").arg(state, describeWidget(w));
        }
    }
    return problems;
}

// Tab from the first stop round the whole window: every stop visible and named, every table left.
QStringList tabStops(QWidget *window, const QString &state)
{
    QStringList problems;
    window->activateWindow();
    QApplication::setActiveWindow(window);
    if (!QTest::qWaitFor([&] { return QApplication::activeWindow() == window; }, 2000))
        return {QStringLiteral("%1: the window does not become active").arg(state)};
    QWidget *first = window->focusWidget();
    if (!first || !first->isVisible()) {
        for (QWidget *w = window->nextInFocusChain(); w != window; w = w->nextInFocusChain()) {
            if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && w->window() == window) {
                w->setFocus(Qt::TabFocusReason);
                break;
            }
        }
        first = QApplication::focusWidget();
    }
    if (!first)
        return {QStringLiteral("%1: nothing takes the focus").arg(state)};
    QList<QWidget *> seen;
    QWidget *w = first;
    for (int i = 0; i < 120; ++i) {
        if (!w->isVisible() || w->width() < 2 || w->height() < 2)
            problems << QStringLiteral("%1: an invisible Tab stop, %2").arg(state, describeWidget(w));
        QString name = nameOf(w);
        if (name.trimmed().isEmpty() && w->parentWidget())
            name = nameOf(w->parentWidget()); // a combo's or spin box's own line edit
        if (name.trimmed().isEmpty())
            problems << QStringLiteral("%1: an unnamed Tab stop, %2").arg(state, describeWidget(w));
        seen << w;
        QTest::keyClick(w, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        if (!next)
            break;
        if (next == w) {
            problems << QStringLiteral("%1: Tab does not leave %2").arg(state, describeWidget(w));
            break;
        }
        if (next == first || seen.contains(next))
            break;
        w = next;
    }
    // And back: Shift+Tab leaves every table too.
    for (QWidget *stop : std::as_const(seen)) {
        if (!qobject_cast<QAbstractItemView *>(stop))
            continue;
        stop->setFocus(Qt::TabFocusReason);
        QTest::keyClick(stop, Qt::Key_Backtab, Qt::ShiftModifier);
        if (QApplication::focusWidget() == stop)
            problems << QStringLiteral("%1: Shift+Tab does not leave %2").arg(state, describeWidget(stop));
    }
    return problems;
}

bool installLanguage(const QString &language, std::vector<std::unique_ptr<QTranslator>> &installed)
{
    return installTestLanguage(QStringLiteral(KMCONSOLE_QM_DIR), language, installed);
}
} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void messages_areReadAsTheyAreAndAnnounced();
    void everyPageAndDialog_namedReadableLeavableAndMnemonicsUnique_data();
    void everyPageAndDialog_namedReadableLeavableAndMnemonicsUnique();
    void contrast_bothThemesReadAndTheFocusFrameIsTwoPixels();
    void keyboard_mainTasksWithKeysAlone();

private:
    std::unique_ptr<MainWindow> openWindow(SandboxProcess *sandbox = nullptr);
    void check(QWidget *window, const QString &state);

    QTemporaryDir m_home;
    SandboxProcess m_sandbox;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<Session> m_session;
    QStringList m_problems;
    QStringList m_mnemonics;
};

void TestAccessibility::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("kmconsole-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.path());
    QAccessible::installUpdateHandler(recordUpdate);
    QAccessible::setActive(true);
    QString error;
    QVERIFY2(m_sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--seed"), QStringLiteral("60")}, &error),
             qPrintable(error));
}

void TestAccessibility::init()
{
    m_session.reset();
    m_settings.reset();
    QSettings().clear();
    m_settings = std::make_unique<Settings>();
    m_secrets = std::make_unique<MemorySecretStore>(false);
    m_session = std::make_unique<Session>(m_settings.get(), m_secrets.get());
    heard.clear();
    m_problems.clear();
    m_mnemonics.clear();
}

void TestAccessibility::cleanup()
{
    QCOMPARE(Prompter::queuedAnswers(), 0);
}

std::unique_ptr<MainWindow> TestAccessibility::openWindow(SandboxProcess *sandbox)
{
    SignInDialog dialog(m_session.get());
    dialog.prefill((sandbox ? sandbox : &m_sandbox)->urlText(), QStringLiteral("admin"), QString());
    dialog.setPassword(password);
    dialog.show();
    dialog.submit();
    if (!QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 15000))
        return nullptr;
    auto window = std::make_unique<MainWindow>(m_session.get());
    window->rotationMonitor()->setActiveInterval(std::chrono::milliseconds(100));
    window->show();
    window->showPage(MainWindow::ConfigurationPageIndex);
    const bool ready = QTest::qWaitFor(
        [&] { return window->workspace()->configuration()->fields()->hasLoaded() && window->rotationMonitor()->hasInfo(); }, 10000);
    return ready ? std::move(window) : nullptr;
}

void TestAccessibility::check(QWidget *window, const QString &state)
{
    QApplication::processEvents();
    m_problems += unreadable(window, state);
    m_problems += tabStops(window, state);
    m_mnemonics += duplicateMnemonics(window, state);
}

void TestAccessibility::messages_areReadAsTheyAreAndAnnounced()
{
    // The sign-in error: read as it is, and announced when it appears.
    {
        SignInDialog dialog(m_session.get());
        dialog.prefill(m_sandbox.urlText(), QStringLiteral("admin"), QString());
        dialog.setPassword(QStringLiteral("wrong"));
        dialog.show();
        dialog.submit();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 15000);
        auto *message = child<QLabel>(&dialog, "signInError");
        QCOMPARE(nameOf(message), message->text());
        QCOMPARE(QAccessible::queryAccessibleInterface(message)->role(), QAccessible::AlertMessage);
        QVERIFY(announced(message, dialog.errorText().left(20)));
    }
    auto window = openWindow();
    QVERIFY(window);
    // The rotation state and the key's age read as what they say.
    window->showPage(MainWindow::RotationPageIndex);
    RotationPage *rotation = window->rotationPage();
    QTRY_VERIFY(!rotation->stateText().isEmpty() && rotation->stateText() != RotationPage::tr("Loading…"));
    auto *state = child<QLabel>(rotation, "stateLabel");
    QCOMPARE(nameOf(state), rotation->stateText());
    QTRY_VERIFY_WITH_TIMEOUT(
        window->workspace()->isKeyAgeKnown() && rotation->keyAgeText().startsWith(window->workspace()->keyAge().sentence()), 10000);
    auto *age = child<QLabel>(rotation, "keyAgeLabel");
    QCOMPARE(nameOf(age), rotation->keyAgeText());
    QVERIFY(announced(age, rotation->keyAgeText().left(10)));
    // The current step too.
    auto *step = child<QLabel>(rotation, "statusSentence");
    QCOMPARE(nameOf(step), step->text());
    // A page of the audit is announced ("Page 2 of …"), and so is the order after a sort by keyboard.
    window->showPage(MainWindow::AuditPageIndex);
    AuditPage *audit = window->auditPage();
    QTRY_VERIFY_WITH_TIMEOUT(audit->browser()->hasLoaded(), 10000);
    auto *pageLabel = child<QLabel>(audit, "pageLabel");
    heard.clear();
    QTest::mouseClick(child<QPushButton>(audit, "nextPage"), Qt::LeftButton);
    // "Page 2 of", in the words of the running language.
    const QString page2 = AuditPage::tr("Page %1 of %2 · %n record(s)", nullptr, 2).section(QLatin1String("%2"), 0, 0).arg(2);
    QTRY_VERIFY(pageLabel->text().startsWith(page2));
    QVERIFY(announced(pageLabel, page2.trimmed()));
    auto *view = child<QTableView>(audit, "auditView");
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 2));
    QTest::keyClick(view, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    const QString column = view->model()->headerData(2, Qt::Horizontal).toString();
    QTRY_COMPARE(audit->browser()->query().sort.field, RotationAuditModel::sortName(2));
    auto *sortState = child<QLabel>(audit, "auditViewSortState");
    QTRY_VERIFY(announced(sortState, column));
    // The same keys again sort the same column the other way (seen: the new page put the current
    // cell back in the first column, so the second press sorted by Date).
    QTRY_VERIFY(!audit->browser()->isLoading());
    const bool wasDescending = audit->browser()->query().sort.descending;
    QTest::keyClick(view, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(audit->browser()->query().sort.descending, !wasDescending);
    QCOMPARE(audit->browser()->query().sort.field, RotationAuditModel::sortName(2));
    QCOMPARE(view->currentIndex().column(), 2);
    // A wrong day: the invalid state, with the reason in the description; put right, both go.
    auto *day = child<QLineEdit>(audit, "dayFilterEdit");
    day->setFocus();
    QTest::keyClicks(day, QStringLiteral("31.31.2024"));
    QTest::keyClick(day, Qt::Key_Return);
    QAccessibleInterface *dayIface = QAccessible::queryAccessibleInterface(day);
    QVERIFY(dayIface->state().invalid);
    QVERIFY2(dayIface->text(QAccessible::Description).contains(QLatin1String("31.31.2024")),
             qPrintable(dayIface->text(QAccessible::Description)));
    QVERIFY(dayIface->text(QAccessible::Description).contains(QLatin1String("(UTC)"))); // and what the field takes
    day->selectAll();
    QTest::keyClicks(day, QStringLiteral("2024-03-01"));
    QTest::keyClick(day, Qt::Key_Return);
    QVERIFY(!dayIface->state().invalid);
    QVERIFY(!dayIface->text(QAccessible::Description).contains(QLatin1String("31.31")));
    // A field of the configuration: the same.
    window->showPage(MainWindow::ConfigurationPageIndex);
    ConfigurationPage *config = window->configurationPage();
    auto *combo = child<QComboBox>(config, "typeCombo");
    combo->setCurrentIndex(combo->findData(int(KeyManagementKind::AwsKms)));
    Q_EMIT combo->activated(combo->currentIndex());
    auto *arn = child<QLineEdit>(config, "awsKmsKeyArnEdit");
    arn->setFocus();
    QTest::keyClicks(arn, QStringLiteral("not an arn"));
    QAccessibleInterface *arnIface = QAccessible::queryAccessibleInterface(arn);
    QTRY_VERIFY(arnIface->state().invalid);
    QCOMPARE(arnIface->role(), QAccessible::EditableText);
    QCOMPARE(arnIface->text(QAccessible::Value), QStringLiteral("not an arn"));
    QVERIFY(arnIface->text(QAccessible::Description).startsWith(child<QLabel>(config, "awsKmsKeyArnProblem")->text()));
    // Saved: the banner is an alert, read as it is.
    Prompter::queueAnswer(Prompter::Discard);
    window->reload();
    QTRY_VERIFY(!window->workspace()->configuration()->fields()->isDirty());
}

void TestAccessibility::everyPageAndDialog_namedReadableLeavableAndMnemonicsUnique_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestAccessibility::everyPageAndDialog_namedReadableLeavableAndMnemonicsUnique()
{
    QFETCH(QString, language);
    std::vector<std::unique_ptr<QTranslator>> translators;
    QVERIFY(installLanguage(language, translators));
    auto removeTranslators = qScopeGuard([&] {
        for (auto &t : translators)
            QCoreApplication::removeTranslator(t.get());
    });
    const bool english = language == QLatin1String("en");

    // Signed out: the sign-in dialog, with each way to sign in, the network options, and an error.
    {
        SignInDialog dialog(m_session.get());
        dialog.show();
        QTest::mouseClick(child<QToolButton>(&dialog, "networkToggle"), Qt::LeftButton);
        check(&dialog, QStringLiteral("sign-in, password"));
        child<QRadioButton>(&dialog, "tokenRadio")->setChecked(true);
        check(&dialog, QStringLiteral("sign-in, token"));
        child<QRadioButton>(&dialog, "platformRadio")->setChecked(true);
        check(&dialog, QStringLiteral("sign-in, platform"));
        child<QRadioButton>(&dialog, "passwordRadio")->setChecked(true);
        dialog.prefill(m_sandbox.urlText(), QStringLiteral("admin"), QString());
        dialog.setPassword(QStringLiteral("wrong"));
        dialog.submit();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 15000);
        check(&dialog, QStringLiteral("sign-in, refused"));
    }
    // Signed in, idle: every page.
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--seed"), QStringLiteral("40"),
                           QStringLiteral("--step-ms"), QStringLiteral("300"), QStringLiteral("--fail-at"),
                           QStringLiteral("SessionDataRotationStarted"), QStringLiteral("--maintenance-ms"), QStringLiteral("3000")}));
    auto window = openWindow(&sandbox);
    QVERIFY(window);
    for (int p = 0; p < MainWindow::PageCount; ++p) {
        QVERIFY(window->showPage(p));
        if (p == MainWindow::HistoryPageIndex)
            QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(window->historyPage(), "openRotationButton")->isEnabled(), 15000);
        if (p == MainWindow::AuditPageIndex)
            QTRY_VERIFY_WITH_TIMEOUT(window->auditPage()->browser()->hasLoaded(), 10000);
        check(window.get(), QStringLiteral("signed in, page %1").arg(p + 1));
    }
    // The History page's events of a rotation.
    {
        window->showPage(MainWindow::HistoryPageIndex);
        QTest::mouseClick(child<QPushButton>(window->historyPage(), "openRotationButton"), Qt::LeftButton);
        auto *events = window->historyPage()->findChild<QDialog *>(QStringLiteral("rotationEventsDialog"));
        QVERIFY(events);
        QTRY_VERIFY(!child<QLabel>(events, "eventsState")->text().contains(QLatin1String("…")));
        check(events, QStringLiteral("events of a rotation"));
        events->close();
    }
    // The audit with a bad day.
    {
        window->showPage(MainWindow::AuditPageIndex);
        auto *day = child<QLineEdit>(window->auditPage(), "dayFilterEdit");
        day->setText(QStringLiteral("2024-02-31"));
        Q_EMIT day->editingFinished();
        QVERIFY(QAccessible::queryAccessibleInterface(day)->state().invalid);
        check(window.get(), QStringLiteral("audit, bad day"));
        day->clear();
        Q_EMIT day->editingFinished();
    }
    // The report dialog.
    {
        ReportDialog *report = window->showReportDialog();
        check(report, QStringLiteral("report dialog"));
        report->reject();
    }
    // The configuration edited, with an error.
    window->showPage(MainWindow::ConfigurationPageIndex);
    ConfigurationPage *config = window->configurationPage();
    {
        auto *combo = child<QComboBox>(config, "typeCombo");
        combo->setCurrentIndex(combo->findData(int(KeyManagementKind::AwsKms)));
        Q_EMIT combo->activated(combo->currentIndex());
        child<QLineEdit>(config, "awsKmsKeyArnEdit")->setText(QStringLiteral("not an arn"));
        Q_EMIT child<QLineEdit>(config, "awsKmsKeyArnEdit")->textEdited(QStringLiteral("not an arn"));
        check(window.get(), QStringLiteral("configuration with an error"));
        Prompter::queueAnswer(Prompter::Discard);
        window->reload();
        QTRY_VERIFY(!config->hasUnsavedChanges());
    }
    // The wizard, page by page, then the rotation running and failed.
    window->showPage(MainWindow::RotationPageIndex);
    QTRY_VERIFY(window->rotationMonitor()->eligibility().canStart());
    RotationWizard *wizard = window->rotationPage()->openWizard();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    check(wizard, QStringLiteral("wizard, checks"));
    wizard->next();
    check(wizard, QStringLiteral("wizard, backup"));
    if (auto *backup = child<QAbstractButton>(wizard, "backupCheck"); backup->isVisible())
        backup->setChecked(true);
    wizard->next();
    check(wizard, QStringLiteral("wizard, confirmation"));
    child<QLineEdit>(wizard, "confirmHostEdit")->setText(wizard->host());
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(window->rotationMonitor()->info().isActive(), 10000);
    check(wizard, QStringLiteral("wizard, running"));
    check(window.get(), QStringLiteral("rotation running"));
    QTRY_VERIFY_WITH_TIMEOUT(window->rotationMonitor()->info().processState == ProcessState::Failed, 20000);
    QTRY_VERIFY(wizard->outcomeText().contains(QLatin1String("\n")));
    check(wizard, QStringLiteral("wizard, failed"));
    wizard->reject();
    QTRY_VERIFY(!window->rotationPage()->wizard());
    check(window.get(), QStringLiteral("rotation failed"));
    // Connection lost.
    window->rotationMonitor()->setBackoff(std::chrono::milliseconds(1000), std::chrono::milliseconds(4000));
    sandbox.stop();
    window->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!window->connectionBanner()->text().isEmpty(), 10000);
    check(window.get(), QStringLiteral("connection lost"));
    QVERIFY(announced(child<QLabel>(window->connectionBanner(), "connectionBannerText"), QStringLiteral(" ")));

    m_problems.removeDuplicates();
    m_mnemonics.removeDuplicates();
    for (const QString &p : std::as_const(m_problems))
        qWarning("%s", qPrintable(p));
    if (english)
        QVERIFY2(m_problems.isEmpty(), "see the warnings above");
    for (const QString &m : std::as_const(m_mnemonics))
        qWarning("[%s] duplicate mnemonic: %s", qPrintable(language), qPrintable(m));
    QVERIFY2(m_mnemonics.isEmpty(), "duplicate mnemonics: see the warnings above");
}

void TestAccessibility::contrast_bothThemesReadAndTheFocusFrameIsTwoPixels()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    const QList<QPair<QString, QPalette>> themes = {{QStringLiteral("light"), Theme::readable(fusion->standardPalette())},
                                                    {QStringLiteral("dark"), Theme::darkPalette()}};
    QStringList problems;
    for (const auto &[theme, palette] : themes) {
        const QList<Theme::ColourPair> pairs = Theme::colourPairs(palette);
        QVERIFY(pairs.size() >= 20);
        for (const Theme::ColourPair &pair : pairs) {
            const double ratio = Theme::contrast(pair.text, pair.background);
            if (ratio < 4.5)
                problems << QStringLiteral("%1: %2 is %3:1 (%4 on %5)")
                                .arg(theme, pair.what)
                                .arg(ratio, 0, 'f', 2)
                                .arg(pair.text.name(), pair.background.name());
        }
    }
    for (const QString &p : std::as_const(problems))
        qWarning("%s", qPrintable(p));
    QVERIFY2(problems.isEmpty(), "colours under 4.5:1: see the warnings above");

    // The focus frame, drawn on a list's current item and on the current cell of a selected row,
    // in both themes: at least 2 px of a colour that shows.
    std::unique_ptr<QStyle> style(Theme::withFocusFrame(QStyleFactory::create(QStringLiteral("Fusion"))));
    for (const auto &[theme, palette] : themes) {
        for (bool selected : {false, true}) {
            QImage image(60, 24, QImage::Format_RGB32);
            const QColor behind = palette.color(selected ? QPalette::Highlight : QPalette::Base);
            image.fill(behind);
            QPainter painter(&image);
            QStyleOptionFocusRect focus;
            focus.rect = QRect(0, 0, 60, 24);
            focus.palette = palette;
            focus.state = QStyle::State_HasFocus | QStyle::State_KeyboardFocusChange | QStyle::State_Item | QStyle::State_Enabled
                          | (selected ? QStyle::State_Selected : QStyle::State_None);
            focus.backgroundColor = behind;
            style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &painter, nullptr);
            painter.end();
            int width = 0;
            while (width < 10 && image.pixelColor(width, 12) != behind)
                ++width;
            QVERIFY2(width >= Theme::focusFrameWidth && width >= 2,
                     qPrintable(QStringLiteral("%1, %2: focus frame %3 px")
                                    .arg(theme, selected ? QStringLiteral("selected") : QStringLiteral("plain"))
                                    .arg(width)));
            QVERIFY2(Theme::contrast(image.pixelColor(0, 12), behind) >= 3.0,
                     qPrintable(QStringLiteral("%1: the focus frame does not show").arg(theme)));
        }
    }
}

void TestAccessibility::keyboard_mainTasksWithKeysAlone()
{
    // Keys go where the focus is (to the active window when a focused button has just hidden itself).
    auto focused = [] { return QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow(); };
    auto press = [&](int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) { QTest::keyClick(focused(), Qt::Key(key), modifiers); };
    auto tabTo = [&](QWidget *target) {
        for (int i = 0; i < 60 && focused() != target; ++i)
            press(Qt::Key_Tab);
        return focused() == target;
    };

    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--password"), password, QStringLiteral("--seed"), QStringLiteral("300"),
                           QStringLiteral("--step-ms"), QStringLiteral("40"), QStringLiteral("--maintenance-ms"), QStringLiteral("500")}));
    // Sign in: Alt+E to the server, type, Tab, type, Alt+W to the password, Enter.
    SignInDialog dialog(m_session.get());
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QTRY_VERIFY(focused() && focused()->window() == &dialog);
    press(Qt::Key_E, Qt::AltModifier);
    QCOMPARE(focused(), child<QLineEdit>(&dialog, "serverEdit"));
    QTest::keyClicks(focused(), sandbox.urlText());
    press(Qt::Key_Tab);
    QCOMPARE(focused(), child<QLineEdit>(&dialog, "userEdit"));
    QTest::keyClicks(focused(), QStringLiteral("admin"));
    press(Qt::Key_W, Qt::AltModifier);
    QCOMPARE(focused(), child<QLineEdit>(&dialog, "passwordEdit"));
    QTest::keyClicks(focused(), password);
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted, 15000);

    MainWindow window(m_session.get());
    window.rotationMonitor()->setActiveInterval(std::chrono::milliseconds(100));
    window.show();
    QApplication::setActiveWindow(&window);
    QTRY_VERIFY(window.workspace()->configuration()->fields()->hasLoaded());

    // Switch the provider and save: Ctrl+1, Alt+T to the type; an arrow opens the list and does not
    // switch by itself; Enter takes it; the focus stays on the list.
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_1));
    QTRY_COMPARE(window.currentPage(), int(MainWindow::ConfigurationPageIndex));
    ConfigurationPage *config = window.configurationPage();
    auto *combo = child<QComboBox>(config, "typeCombo");
    QTRY_VERIFY(combo->isEnabled());
    press(Qt::Key_T, Qt::AltModifier);
    QTRY_COMPARE(focused(), combo);
    const int before = combo->currentIndex();
    press(Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), before); // nothing switched yet
    QCOMPARE(config->service()->fields()->kind(), KeyManagementKind::None);
    QTRY_VERIFY(combo->view()->isVisible());
    QTest::keyClick(combo->view(), Qt::Key_Home);
    while (combo->view()->currentIndex().row() != combo->findData(int(KeyManagementKind::AwsKms)))
        QTest::keyClick(combo->view(), Qt::Key_Down);
    QTest::keyClick(combo->view(), Qt::Key_Return);
    QTRY_COMPARE(config->service()->fields()->kind(), KeyManagementKind::AwsKms);
    QTRY_VERIFY(!combo->view()->isVisible());
    QApplication::setActiveWindow(&window); // offscreen, a closed popup does not hand the activation back by itself
    QTRY_COMPARE(focused(), combo);         // never moved by the choice
    const QList<QPair<const char *, QString>> values = {
        {"awsKmsAccessKeyIdEdit", QStringLiteral("AKIAIOSFODNN7EXAMPLE")},
        {"awsKmsSecretAccessKeyEdit", QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")},
        {"awsKmsKeyIdEdit", QStringLiteral("1234abcd-12ab-34cd-56ef-1234567890ab")},
        {"awsKmsKeyArnEdit", QStringLiteral("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")}};
    for (const auto &[name, value] : values) {
        QVERIFY2(tabTo(child<QLineEdit>(config, name)), name);
        QTest::keyClicks(focused(), value);
    }
    if (config->service()->typeIdFor(KeyManagementKind::AwsKms) == std::nullopt) {
        Prompter::queueText(QString::number(SandboxProcess::typeId(QStringLiteral("aws"))));
        press(Qt::Key_I, Qt::AltModifier);
        QTRY_VERIFY(config->service()->typeIdFor(KeyManagementKind::AwsKms).has_value());
    }
    QApplication::setActiveWindow(&window);
    QTRY_VERIFY(QApplication::focusWidget()); // the keyboard is somewhere, never nowhere
    QTRY_VERIFY(child<QPushButton>(config, "saveButton")->isEnabled());
    Prompter::queueAnswer(Prompter::Save);
    QVERIFY(tabTo(child<QPushButton>(config, "saveButton")));
    press(Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(config->bannerKind() == QLatin1String("saved"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.workspace()->session()->server()->inMaintenance(), 15000);

    // Page and sort the audit: Ctrl+3, Tab into the grid, Alt+N a page on, Ctrl+Shift+S sorts.
    QTest::keySequence(focused(), QKeySequence(Qt::CTRL | Qt::Key_3));
    QTRY_COMPARE(window.currentPage(), int(MainWindow::AuditPageIndex));
    AuditPage *audit = window.auditPage();
    QTRY_VERIFY_WITH_TIMEOUT(audit->browser()->hasLoaded(), 10000);
    auto *view = child<QTableView>(audit, "auditView");
    QVERIFY(tabTo(view));
    press(Qt::Key_Tab); // and out again
    QVERIFY(focused() != view);
    press(Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(audit->browser()->model()->pageNumber(), 2);
    QVERIFY(tabTo(view));
    press(Qt::Key_Right);
    press(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(audit->browser()->query().sort.field, RotationAuditModel::sortName(view->currentIndex().column()));
    QVERIFY(!child<QLabel>(audit, "auditViewSortState")->text().isEmpty());

    // Export: Alt+E opens the menu, Enter takes the first entry; the file is named by the seam.
    QTemporaryDir dir;
    FileChooser::queueAnswer(dir.filePath(QStringLiteral("audit.csv")));
    Prompter::queueAnswer(Prompter::Ok);
    QTimer::singleShot(0, this, [] {
        QTRY_VERIFY(QApplication::activePopupWidget());
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Down);
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Return);
    });
    press(Qt::Key_E, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir.filePath(QStringLiteral("audit.csv"))) && !audit->isExporting(), 20000);
    QTRY_COMPARE(Prompter::queuedAnswers(), 0);
    QVERIFY(Prompter::lastWasInformation()); // "Export finished" informs, with the information icon

    // A report: Ctrl+Shift+R, Alt+S; the dialog's Tab reaches Cancel.
    QApplication::setActiveWindow(&window); // offscreen, the closed menu does not hand the activation back
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QTRY_VERIFY(window.findChild<ReportDialog *>());
    QWidget *report = window.findChild<ReportDialog *>();
    QApplication::setActiveWindow(report); // what the window manager does with a new dialog
    QTRY_VERIFY(focused() && focused()->window() == report);
    QVERIFY(tabTo(child<QPushButton>(report, "cancelReportButton")));
    FileChooser::queueAnswer(dir.filePath(QStringLiteral("report.json")));
    Prompter::queueAnswer(Prompter::Ok);
    press(Qt::Key_J, Qt::AltModifier);
    press(Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir.filePath(QStringLiteral("report.json"))), 30000);
    QTRY_COMPARE(Prompter::queuedAnswers(), 0);
    QVERIFY(Prompter::lastWasInformation()); // "Report saved"

    // The wizard, to the end, then the focus is back on the button that opened it.
    QApplication::setActiveWindow(&window);
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_2));
    QTRY_COMPARE(window.currentPage(), int(MainWindow::RotationPageIndex));
    auto *rotate = child<QPushButton>(window.rotationPage(), "rotateButton");
    QTRY_VERIFY_WITH_TIMEOUT(rotate->isEnabled(), 15000);
    QTRY_VERIFY(focused() && focused()->window() == &window);
    QVERIFY(tabTo(rotate));
    press(Qt::Key_Space);
    RotationWizard *wizard = window.rotationPage()->wizard();
    QVERIFY(wizard);
    QApplication::setActiveWindow(wizard);
    QTRY_VERIFY(focused() && focused()->window() == wizard);
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    press(Qt::Key_Return);
    QTRY_COMPARE(wizard->currentId(), int(RotationWizard::BackupPageId));
    // The page's text is where the focus goes: heard first.
    QCOMPARE(focused(), child<QLabel>(wizard, "backupText"));
    if (child<QAbstractButton>(wizard, "backupCheck")->isVisible()) {
        press(Qt::Key_D, Qt::AltModifier);
        QVERIFY(child<QAbstractButton>(wizard, "backupCheck")->isChecked());
    }
    press(Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(wizard->currentId(), int(RotationWizard::ConfirmPageId));
    QCOMPARE(focused(), child<QLabel>(wizard, "confirmWarning"));
    press(Qt::Key_Tab);
    QCOMPARE(focused(), child<QLineEdit>(wizard, "confirmHostEdit"));
    QTest::keyClicks(focused(), wizard->host());
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::CommitButton)->isEnabled(), 10000);
    press(Qt::Key_S, Qt::AltModifier); // Start rotation
    QTRY_COMPARE(wizard->currentId(), int(RotationWizard::RunPageId));
    QTRY_COMPARE_WITH_TIMEOUT(wizard->outcomeKind(), QStringLiteral("completed"), 20000);
    press(Qt::Key_Return);
    QTRY_VERIFY(!window.rotationPage()->wizard());
    QTRY_COMPARE(focused(), static_cast<QWidget *>(rotate));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
