#pragma once

#include <QColor>
#include <QList>
#include <QString>

class QPalette;
class QStyle;
class QWidget;

namespace km {

// Colours for messages and states that read well on a light and on a dark palette. Text always
// says what the colour means; the colour only helps.
namespace Theme {
enum Tone { Error, Success, Warning, Neutral, Active };
bool isDark(const QWidget *widget);
QString errorText(const QWidget *widget);                                 // style sheet for red text
QString banner(Tone tone, const QWidget *widget);                         // a boxed message
QString frame(Tone tone, const QWidget *widget, const QString &selector); // a panel's background

// Readable for everyone: text at least 4.5:1 against what is behind it (WCAG 2 AA), and a focus
// indicator 2 px wide.
constexpr double minimumContrast = 4.5;
constexpr int focusFrameWidth = 2;
double contrast(const QColor &a, const QColor &b); // WCAG 2 contrast ratio, 1 to 21
// The palette given, with every text colour that reads under 4.5:1 against its background
// (placeholders, selected items and rows included) moved until it does; the rest as it was.
QPalette readable(QPalette palette);
QPalette darkPalette(); // the console's dark theme (Fusion), already readable
// The style given (the application's when null), drawing a focus frame 2 px wide in a colour that
// shows on the item behind it. The caller owns it, or gives it to QApplication::setStyle.
QStyle *withFocusFrame(QStyle *base = nullptr);
// Every pair of text and background colours the console draws with palette and style sheets,
// named, for checking.
struct ColourPair
{
    QString what;
    QColor text;
    QColor background;
};
QList<ColourPair> colourPairs(const QPalette &palette);
} // namespace Theme

} // namespace km
