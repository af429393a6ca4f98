#include "Theme.h"

#include <QPalette>
#include <QWidget>

namespace {
struct Colours
{
    const char *background;
    const char *text;
    const char *border;
};

// {light, dark} per tone
const Colours table[][2] = {
    {{"#fde7e9", "#5f0f0a", "#b3261e"}, {"#5c1a16", "#ffdad6", "#ff8a80"}}, // Error
    {{"#e6f2ea", "#0f3d1f", "#2e7d32"}, {"#1e3a28", "#c8f0d4", "#66bb6a"}}, // Success
    {{"#fff4e5", "#4a2c00", "#b26a00"}, {"#4a3200", "#ffe0b2", "#ffb74d"}}, // Warning
    {{"#eef2f7", "#1b1b1b", "#c4ccd6"}, {"#263140", "#dde6f3", "#51607a"}}, // Neutral
    {{"#e3f0fb", "#1b1b1b", "#90b8de"}, {"#1f3a52", "#d6ebff", "#4f86b8"}}, // Active
};

const Colours &colours(Theme::Tone tone, const QWidget *w)
{
    return table[tone][Theme::isDark(w) ? 1 : 0];
}
} // namespace

bool Theme::isDark(const QWidget *widget)
{
    return widget->palette().color(QPalette::Window).lightness() < 128;
}

QString Theme::errorText(const QWidget *widget)
{
    return QStringLiteral("color: %1;").arg(QLatin1String(isDark(widget) ? "#ff8a80" : "#b3261e"));
}

QString Theme::banner(Tone tone, const QWidget *widget)
{
    const Colours &c = colours(tone, widget);
    return QStringLiteral("background: %1; color: %2; padding: 6px; border: 1px solid %3; border-radius: 3px;")
        .arg(QLatin1String(c.background), QLatin1String(c.text), QLatin1String(c.border));
}

QString Theme::frame(Tone tone, const QWidget *widget, const QString &selector)
{
    const Colours &c = colours(tone, widget);
    return QStringLiteral("%1 { background: %2; border: 1px solid %3; border-radius: 4px; } %1 QLabel { color: %4; }")
        .arg(selector, QLatin1String(c.background), QLatin1String(c.border), QLatin1String(c.text));
}
