#include "ui/DayEdit.h"

#include "ui/Accessibility.h"
#include "ui/Theme.h"

#include <QAction>
#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QStyle>
#include <QToolButton>
#include <QWidgetAction>

#include <utility>

namespace km {

DayEdit::DayEdit(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit = new QLineEdit;
    m_edit->setPlaceholderText(tr("YYYY-MM-DD"));
    Accessibility::setValidated(m_edit); // a refused day is said as the invalid state, with the reason
    // Our own clear button, not QLineEdit's: that one is indistinguishable from typing the field
    // empty, and emptying it on the way to typing another day must not drop the filter meanwhile.
    m_clearAction = m_edit->addAction(style()->standardIcon(QStyle::SP_LineEditClearButton), QLineEdit::TrailingPosition);
    m_clearAction->setObjectName(QStringLiteral("clearDayAction"));
    m_clearAction->setText(tr("Clear the day")); // the button's name, for a reader
    m_clearAction->setToolTip(tr("Clear the day"));
    m_clearAction->setVisible(false);
    connect(m_clearAction, &QAction::triggered, this, [this] {
        m_edit->clear();
        commit();
    });
    m_edit->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 ")) + 32);
    m_calendarButton = new QToolButton;
    m_calendarButton->setText(QStringLiteral("▾"));
    m_calendarButton->setAccessibleName(tr("Pick a day from a calendar"));
    m_calendarButton->setObjectName(QStringLiteral("dayCalendarButton"));
    describe(m_calendarButton, tr("Opens a calendar to pick the day from."), false);
    m_calendarButton->setToolTip(tr("Pick a day from a calendar"));
    m_calendarButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_calendarButton);
    auto *calendar = new QCalendarWidget;
    calendar->setGridVisible(true);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(calendar);
    menu->addAction(action);
    m_calendarButton->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, calendar,
            [this, calendar] { calendar->setSelectedDate(m_day.isValid() ? m_day : QDate::currentDate()); });
    connect(calendar, &QCalendarWidget::clicked, this, [this, menu](const QDate &date) {
        menu->close();
        setDay(date);
        Q_EMIT dayChanged(m_day);
    });
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_calendarButton);
    connect(m_edit, &QLineEdit::editingFinished, this, &DayEdit::commit);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) { m_clearAction->setVisible(!text.isEmpty()); });
}

QDate DayEdit::parse(const QString &text)
{
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (d.isValid() && t.size() == 10)
        return d;
    // The locale's short form, with the year written in full: no two-digit guessing.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    d = QLocale().toDate(t, format);
    return d;
}

void DayEdit::setDay(const QDate &day)
{
    m_day = day;
    m_acceptable = true;
    m_edit->setText(day.isValid() ? day.toString(Qt::ISODate) : QString());
    m_edit->setStyleSheet(QString());
    if (Accessibility::isInvalid(m_edit))
        Accessibility::setInvalid(m_edit, QString());
    m_edit->setToolTip(tr("A day as YYYY-MM-DD (UTC), typed or picked from the calendar."));
    if (!std::exchange(m_problem, QString()).isEmpty())
        Q_EMIT problemChanged(QString());
}

bool DayEdit::commit()
{
    const QString text = m_edit->text().trimmed();
    const QDate day = text.isEmpty() ? QDate() : parse(text);
    if (!text.isEmpty() && !day.isValid()) {
        // Refused, never reinterpreted: the previous day stays in force.
        m_acceptable = false;
        m_edit->setStyleSheet(Theme::errorText(this));
        QString why =
            tr("\"%1\" is not a date. Type it as YYYY-MM-DD, for example %2.").arg(text, QDate::currentDate().toString(Qt::ISODate));
        // The form is right but a part is out of range: say which.
        const QStringList parts = text.split(QLatin1Char('-'));
        if (parts.size() == 3 && parts.at(0).size() == 4 && parts.at(1).size() == 2 && parts.at(2).size() == 2) {
            bool y = false, m = false, d = false;
            const int year = parts.at(0).toInt(&y), month = parts.at(1).toInt(&m), dayOfMonth = parts.at(2).toInt(&d);
            if (y && m && d && (month < 1 || month > 12))
                why = tr("\"%1\" is not a date: there is no month %2 (months go from 01 to 12).").arg(text).arg(month);
            else if (y && m && d)
                why = tr("\"%1\" is not a date: %2 has no day %3 (it has %4 days).")
                          .arg(text, QDate(year, month, 1).toString(QStringLiteral("yyyy-MM")))
                          .arg(dayOfMonth)
                          .arg(QDate(year, month, 1).daysInMonth());
        }
        m_edit->setToolTip(why);
        Accessibility::setInvalid(m_edit, why); // not only red: the state, and the reason in the description
        m_problem = why;
        Q_EMIT problemChanged(why);
        return false;
    }
    const bool changed = day != m_day || !m_acceptable;
    setDay(day);
    if (changed)
        Q_EMIT dayChanged(m_day);
    return true;
}

} // namespace km
