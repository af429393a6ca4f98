#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

// Every modal question the console asks goes through here, so that GUI tests can answer it:
// queueAnswer() makes the next ask() return that answer without showing anything, and
// lastQuestion() tells what was asked.
class Prompter
{
    Q_DECLARE_TR_FUNCTIONS(Prompter)

public:
    enum Answer { Yes, No, Save, Discard, Cancel, TrustOnce, TrustAlways, Ok };

    struct Question
    {
        QString title;
        QString text;
        QString details; // informative text under the main text
        QList<Answer> answers;
        Answer defaultAnswer = Cancel;
        bool warning = false;
    };

    static Answer ask(QWidget *parent, const Question &question);
    static void inform(QWidget *parent, const QString &title, const QString &text, bool error = false);

    static void queueAnswer(Answer answer);
    static int queuedAnswers();
    static QString lastQuestion(); // text and details of the last question, answered or not
    static int questionsAsked();

private:
    static QList<Answer> s_queue;
    static QString s_last;
    static int s_asked;
};
