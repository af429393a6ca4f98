#pragma once

#include <QAccessible>
#include <QString>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QTableView;

namespace km {

// What a control is for, for screen readers and, as a tooltip, for the mouse.
inline void describe(QWidget *widget, const QString &description, bool asToolTip = true)
{
    widget->setAccessibleDescription(description);
    if (asToolTip && widget->toolTip().isEmpty())
        widget->setToolTip(description);
}

// What Qt 6.4 offers screen readers beyond its own interfaces (it has no announcement event before
// 6.8): a text that is announced is in a widget whose role is AlertMessage (banners, endings) or
// StatusBar (page, sort, progress), named by its own text, and a change of that text sends
// NameChanged (QLabel::setText does, while no fixed accessible name hides the text); showing it
// sends ObjectShow.
namespace Accessibility {
// Gives a label (or another widget) a role of its own; a label stays named by its text. Call it
// before the widget is first shown.
void setRole(QWidget *widget, QAccessible::Role role);
// A new wrapping plain-text label with that role (StatusBar: a state line; AlertMessage: a
// banner): its text is read as it is and announced when it changes.
QLabel *announcedLabel(const QString &objectName, QAccessible::Role role = QAccessible::StatusBar);
// Says that a field's value is wrong, and why: the accessible invalid state, the reason in the
// description (before what the field takes), and a StateChanged and DescriptionChanged event.
// An empty reason clears it. Only fields made checkable with setValidated() carry the state.
void setValidated(QLineEdit *edit);
// hint: what the field takes; null keeps the description the field had while it was valid.
void setInvalid(QLineEdit *edit, const QString &reason, const QString &hint = QString());
bool isInvalid(const QLineEdit *edit);
// Sorting a grid without a mouse: Ctrl+Shift+S sorts by the current cell's column (again: the other
// way), and the context menu (the Menu key, Shift+F10) names every column and direction. sort
// does it; the returned label (role StatusBar) says the order, for the caller to place.
using SortFunction = std::function<void(int column, Qt::SortOrder order)>;
QLabel *addKeyboardSort(QTableView *view, const SortFunction &sort);
// "Sorted by Date, descending." in a sort label, as the grid's header names the column.
void sayOrder(QLabel *label, QTableView *view, int column, Qt::SortOrder order);
// Names the clear button QLineEdit shows while it has text ("Clear"), which Qt leaves unnamed.
void nameClearButton(QLineEdit *edit);
// A window's text without its mnemonic markers.
QString withoutMnemonic(QString text);
} // namespace Accessibility

} // namespace km
