#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class QWidget;

namespace km {

// Every modal question the console asks goes through here, so that GUI tests can answer it:
// queueAnswer() makes the next ask() return that answer without showing anything, queueText()
// the next typed answer (a host name, an id, a choice), and lastQuestion() tells what was asked.
class Prompter
{
    Q_DECLARE_TR_FUNCTIONS(Prompter)

public:
    enum Answer { Yes, No, Save, Discard, Cancel, TrustOnce, TrustAlways, Ok, Retry, Open, ShowInFolder };

    struct Question
    {
        QString title;
        QString text;
        QString details; // informative text under the main text
        QList<Answer> answers;
        Answer defaultAnswer = Cancel;
        bool warning = false;
        bool information = false; // says something done, asks nothing: the information icon
    };

    static Answer ask(QWidget *parent, const Question &question);
    static void inform(QWidget *parent, const QString &title, const QString &text, bool error = false);

    // The administrator types `expected` (case-insensitive) to go ahead: true when they did.
    static bool confirmByTyping(QWidget *parent, const QString &title, const QString &text, const QString &expected,
                                const QString &confirmLabel);
    // One of items, or nullopt when cancelled.
    static std::optional<int> choose(QWidget *parent, const QString &title, const QString &text, const QStringList &items);
    // Two days (from, to), or nullopt when cancelled. Tests queue "YYYY-MM-DD..YYYY-MM-DD".
    static std::optional<std::pair<QDate, QDate>> askDayRange(QWidget *parent, const QString &title, const QString &text, const QDate &from,
                                                              const QDate &to);
    // A whole number from the administrator, or nullopt when cancelled. The field starts empty and
    // Cancel is the default button (Enter cancels), since a number here is never a safe guess;
    // refuse, when given, says why a number cannot be taken, and the dialog stays open with it.
    using Refusal = std::function<QString(int)>;
    static std::optional<int> askNumber(QWidget *parent, const QString &title, const QString &text, int minimum, int maximum,
                                        const Refusal &refuse = {});
    static QString lastRefusal(); // what refuse said to the last number refused

    static void queueAnswer(Answer answer);
    static void queueText(const QString &text); // for confirmByTyping, choose (the item's text, or "#N") and askNumber
    static int queuedAnswers();
    static QString lastQuestion(); // text and details of the last question, answered or not
    static int questionsAsked();
    static bool lastWasInformation(); // the last question showed the information icon

private:
    static std::optional<QString> takeText();

    static QList<Answer> s_queue;
    static QStringList s_texts;
    static QString s_last;
    static QString s_lastRefusal;
    static int s_asked;
    static bool s_lastInformation;
};

} // namespace km
