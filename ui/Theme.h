#pragma once

#include <QString>

class QWidget;

// Colours for messages and states that read well on a light and on a dark palette. Text always
// says what the colour means; the colour only helps.
namespace Theme {
enum Tone { Error, Success, Warning, Neutral, Active };
bool isDark(const QWidget *widget);
QString errorText(const QWidget *widget);                 // style sheet for red text
QString banner(Tone tone, const QWidget *widget);         // a boxed message
QString frame(Tone tone, const QWidget *widget, const QString &selector); // a panel's background
}
