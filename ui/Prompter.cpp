#include "ui/Prompter.h"

#include "ui/DayEdit.h"
#include "ui/Theme.h"

#include <algorithm>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QFormLayout>
#include <QVBoxLayout>

namespace km {

QList<Prompter::Answer> Prompter::s_queue;
QStringList Prompter::s_texts;
QString Prompter::s_last;
QString Prompter::s_lastRefusal;
int Prompter::s_asked = 0;
bool Prompter::s_lastInformation = false;

namespace {
QString buttonText(Prompter::Answer a)
{
    switch (a) {
    case Prompter::Yes: return Prompter::tr("&Yes");
    case Prompter::No: return Prompter::tr("&No");
    case Prompter::Save: return Prompter::tr("&Save");
    case Prompter::Discard: return Prompter::tr("&Discard");
    case Prompter::Cancel: return Prompter::tr("Cancel");
    case Prompter::TrustOnce: return Prompter::tr("Trust &once");
    case Prompter::TrustAlways: return Prompter::tr("&Always trust for this server");
    case Prompter::Ok: return Prompter::tr("OK");
    case Prompter::Retry: return Prompter::tr("&Retry");
    case Prompter::Open: return Prompter::tr("&Open");
    case Prompter::ShowInFolder: return Prompter::tr("Show in &folder");
    }
    return QString();
}

QMessageBox::ButtonRole roleOf(Prompter::Answer a)
{
    switch (a) {
    case Prompter::Cancel: return QMessageBox::RejectRole;
    case Prompter::No: return QMessageBox::NoRole;
    case Prompter::Discard: return QMessageBox::DestructiveRole;
    case Prompter::Open:
    case Prompter::ShowInFolder: return QMessageBox::ActionRole;
    default: return QMessageBox::AcceptRole;
    }
}
} // namespace

std::optional<QString> Prompter::takeText()
{
    if (s_texts.isEmpty())
        return std::nullopt;
    return s_texts.takeFirst();
}

Prompter::Answer Prompter::ask(QWidget *parent, const Question &q)
{
    ++s_asked;
    s_last = q.text + QLatin1Char('\n') + q.details;
    s_lastInformation = q.information && !q.warning;
    if (!s_queue.isEmpty())
        return s_queue.takeFirst();

    QMessageBox box(q.warning       ? QMessageBox::Warning
                    : q.information ? QMessageBox::Information
                                    : QMessageBox::Question,
                    q.title, q.text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("prompt"));
    box.setInformativeText(q.details);
    box.setTextFormat(Qt::PlainText);
    QList<QPair<QAbstractButton *, Answer>> buttons;
    for (Answer a : q.answers) {
        QPushButton *b = box.addButton(buttonText(a), roleOf(a));
        buttons.append({b, a});
        if (a == q.defaultAnswer)
            box.setDefaultButton(b);
        if (a == Cancel || (a == Ok && !q.answers.contains(Cancel)))
            box.setEscapeButton(b);
    }
    box.exec();
    for (const auto &[button, answer] : buttons) {
        if (box.clickedButton() == button)
            return answer;
    }
    return Cancel;
}

void Prompter::inform(QWidget *parent, const QString &title, const QString &text, bool error)
{
    ask(parent, {title, text, QString(), {Ok}, Ok, error, !error});
}

bool Prompter::confirmByTyping(QWidget *parent, const QString &title, const QString &text, const QString &expected,
                               const QString &confirmLabel)
{
    ++s_asked;
    s_last = text;
    if (const auto typed = takeText())
        return typed->trimmed().compare(expected, Qt::CaseInsensitive) == 0;
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("typedConfirmation"));
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    layout->addWidget(label);
    auto *edit = new QLineEdit;
    edit->setObjectName(QStringLiteral("typedConfirmationEdit"));
    edit->setAccessibleName(tr("Type %1 to confirm").arg(expected));
    label->setBuddy(edit);
    layout->addWidget(edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *go = buttons->addButton(confirmLabel, QDialogButtonBox::AcceptRole);
    go->setEnabled(false);
    go->setToolTip(tr("Type %1 above first.").arg(expected));
    QObject::connect(edit, &QLineEdit::textChanged, go, [go, expected](const QString &t) {
        const bool match = t.trimmed().compare(expected, Qt::CaseInsensitive) == 0;
        go->setEnabled(match);
        go->setToolTip(match ? QString() : tr("Type %1 above first.").arg(expected));
    });
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return dialog.exec() == QDialog::Accepted && edit->text().trimmed().compare(expected, Qt::CaseInsensitive) == 0;
}

std::optional<int> Prompter::choose(QWidget *parent, const QString &title, const QString &text, const QStringList &items)
{
    ++s_asked;
    s_last = text;
    if (const auto typed = takeText()) {
        // A test answers with the item's text, or "#N" for the N-th (from 0).
        bool isIndex = false;
        const int number = typed->startsWith(QLatin1Char('#')) ? typed->mid(1).toInt(&isIndex) : -1;
        const int index = isIndex ? number : int(items.indexOf(*typed));
        return index >= 0 && index < items.size() ? std::optional<int>(index) : std::nullopt;
    }
    bool ok = false;
    const QString item = QInputDialog::getItem(parent, title, text, items, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    return int(items.indexOf(item));
}

std::optional<std::pair<QDate, QDate>> Prompter::askDayRange(QWidget *parent, const QString &title, const QString &text, const QDate &from,
                                                             const QDate &to)
{
    ++s_asked;
    s_last = text;
    if (const auto typed = takeText()) {
        const QDate a = DayEdit::parse(typed->section(QStringLiteral(".."), 0, 0));
        const QDate b = DayEdit::parse(typed->section(QStringLiteral(".."), 1, 1));
        return a.isValid() && b.isValid() ? std::optional<std::pair<QDate, QDate>>({a, b}) : std::nullopt;
    }
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("dayRangeDialog"));
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *form = new QFormLayout;
    auto *fromEdit = new DayEdit;
    auto *toEdit = new DayEdit;
    fromEdit->setDay(from);
    toEdit->setDay(to);
    form->addRow(tr("&From (UTC):"), fromEdit);
    form->addRow(tr("&To (UTC):"), toEdit);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted || !fromEdit->day().isValid() || !toEdit->day().isValid())
        return std::nullopt;
    return std::pair<QDate, QDate>{fromEdit->day(), toEdit->day()};
}

std::optional<int> Prompter::askNumber(QWidget *parent, const QString &title, const QString &text, int minimum, int maximum,
                                       const Refusal &refuse)
{
    ++s_asked;
    s_last = text;
    s_lastRefusal.clear();
    const auto check = [&](const QString &typed, int *value) -> QString {
        bool ok = false;
        *value = typed.trimmed().toInt(&ok);
        if (!ok || *value < minimum || *value > maximum)
            return tr("Type a whole number from %1 to %2.").arg(minimum).arg(maximum);
        return refuse ? refuse(*value) : QString();
    };
    if (const auto typed = takeText()) {
        int value = 0;
        s_lastRefusal = check(*typed, &value);
        return s_lastRefusal.isEmpty() ? std::optional<int>(value) : std::nullopt;
    }
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("numberDialog"));
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(text);
    label->setObjectName(QStringLiteral("numberText"));
    label->setWordWrap(true); // fits a 900 px screen whatever the text's length
    label->setTextFormat(Qt::PlainText);
    layout->addWidget(label);
    auto *edit = new QLineEdit; // empty: nothing is offered that Enter could accept by mistake
    edit->setObjectName(QStringLiteral("numberEdit"));
    edit->setAccessibleName(title);
    edit->setValidator(new QIntValidator(minimum, maximum, edit));
    label->setBuddy(edit);
    layout->addWidget(edit);
    auto *problem = new QLabel;
    problem->setObjectName(QStringLiteral("numberProblem"));
    problem->setWordWrap(true);
    problem->setTextFormat(Qt::PlainText);
    problem->setStyleSheet(Theme::errorText(&dialog));
    problem->hide();
    layout->addWidget(problem);
    auto *buttons = new QDialogButtonBox;
    QPushButton *ok = buttons->addButton(QDialogButtonBox::Ok);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    ok->setAutoDefault(false);
    cancel->setDefault(true);
    layout->addWidget(buttons);
    int value = 0;
    // The height the wrapped text needs at the width the dialog will have: adjustSize() measures
    // it at the size hint's width, which a wider font (Windows) puts beyond the maximum width,
    // and the dialog then came out too short for its question.
    const auto fitHeight = [&] {
        dialog.ensurePolished();
        layout->activate();
        const int width = std::clamp(dialog.sizeHint().width(), dialog.minimumWidth(), dialog.maximumWidth());
        dialog.resize(width, std::max(dialog.heightForWidth(width), dialog.minimumSizeHint().height()));
    };
    QObject::connect(ok, &QPushButton::clicked, &dialog, [&] {
        const QString why = check(edit->text(), &value);
        problem->setText(why);
        problem->setVisible(!why.isEmpty());
        edit->setAccessibleDescription(why);
        if (why.isEmpty()) {
            dialog.accept();
            return;
        }
        s_lastRefusal = why;
        // The reason takes room of its own (nothing else is squeezed), and the field has the focus
        // again with its text selected, so the next try is typed straight away.
        fitHeight();
        edit->setFocus();
        edit->selectAll();
    });
    QObject::connect(cancel, &QPushButton::clicked, &dialog, &QDialog::reject);
    // Cancel is the default while the field is empty or what it holds would be refused (Enter takes
    // nothing by mistake); once a number that would be taken is typed, Enter means OK: what was
    // typed is never dropped without a word.
    QObject::connect(edit, &QLineEdit::textChanged, &dialog, [&check, edit, ok, cancel] {
        int typedValue = 0;
        const bool typed = check(edit->text(), &typedValue).isEmpty();
        ok->setDefault(typed);
        cancel->setDefault(!typed);
    });
    dialog.setMinimumWidth(std::min(480, parent ? parent->width() : 480));
    dialog.setMaximumWidth(560);
    fitHeight();
    return dialog.exec() == QDialog::Accepted ? std::optional<int>(value) : std::nullopt;
}

QString Prompter::lastRefusal()
{
    return s_lastRefusal;
}

void Prompter::queueAnswer(Answer answer)
{
    s_queue.append(answer);
}

void Prompter::queueText(const QString &text)
{
    s_texts.append(text);
}

int Prompter::queuedAnswers()
{
    return int(s_queue.size() + s_texts.size());
}

QString Prompter::lastQuestion()
{
    return s_last;
}

bool Prompter::lastWasInformation()
{
    return s_lastInformation;
}

int Prompter::questionsAsked()
{
    return s_asked;
}

} // namespace km
