#pragma once

#include <QDate>
#include <QWidget>

class QAction;
class QLineEdit;
class QToolButton;

namespace km {

// A day, typed or picked from a calendar. Typed text means what it says: YYYY-MM-DD, or the
// locale's own date form with a four-digit year; anything else is refused with the reason in the
// tooltip, never turned into another day. Empty means no day.
class DayEdit : public QWidget
{
    Q_OBJECT

public:
    explicit DayEdit(QWidget *parent = nullptr);

    QDate day() const { return m_day; }
    void setDay(const QDate &day); // an invalid date empties it
    bool isAcceptable() const { return m_acceptable; }
    QString problem() const { return m_problem; } // why the typed text was refused; empty when it was not
    QLineEdit *lineEdit() const { return m_edit; }
    static QDate parse(const QString &text); // invalid when it is not a date

    // Takes what is typed now (as Enter or leaving the field would); false when it is not a date.
    bool commit();

Q_SIGNALS:
    void dayChanged(const QDate &day);           // after editing finished or a pick
    void problemChanged(const QString &problem); // refused (the reason) or fine again (empty)

private:
    QLineEdit *m_edit;
    QToolButton *m_calendarButton;
    QAction *m_clearAction;
    QDate m_day;
    bool m_acceptable = true;
    QString m_problem;
};

} // namespace km
