#include "Prompter.h"

#include <QMessageBox>
#include <QPushButton>

QList<Prompter::Answer> Prompter::s_queue;
QString Prompter::s_last;
int Prompter::s_asked = 0;

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
    }
    return QString();
}

QMessageBox::ButtonRole roleOf(Prompter::Answer a)
{
    switch (a) {
    case Prompter::Cancel: return QMessageBox::RejectRole;
    case Prompter::No: return QMessageBox::NoRole;
    case Prompter::Discard: return QMessageBox::DestructiveRole;
    default: return QMessageBox::AcceptRole;
    }
}
} // namespace

Prompter::Answer Prompter::ask(QWidget *parent, const Question &q)
{
    ++s_asked;
    s_last = q.text + QLatin1Char('\n') + q.details;
    if (!s_queue.isEmpty())
        return s_queue.takeFirst();

    QMessageBox box(q.warning ? QMessageBox::Warning : QMessageBox::Question, q.title, q.text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("prompt"));
    box.setInformativeText(q.details);
    box.setTextFormat(Qt::PlainText);
    QList<QPair<QAbstractButton *, Answer>> buttons;
    for (Answer a : q.answers) {
        QPushButton *b = box.addButton(buttonText(a), roleOf(a));
        buttons.append({b, a});
        if (a == q.defaultAnswer)
            box.setDefaultButton(b);
        if (a == Cancel)
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
    ask(parent, {title, text, QString(), {Ok}, Ok, error});
}

void Prompter::queueAnswer(Answer answer)
{
    s_queue.append(answer);
}

int Prompter::queuedAnswers()
{
    return int(s_queue.size());
}

QString Prompter::lastQuestion()
{
    return s_last;
}

int Prompter::questionsAsked()
{
    return s_asked;
}
