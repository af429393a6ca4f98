#include "ui/Theme.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QWidget>

#include <cmath>

namespace km {

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

namespace {
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

QColor mix(const QColor &from, const QColor &to, double t)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t), float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

// Moves `colour` toward black or white (whichever is further from `against`) until it reads.
QColor readableOn(const QColor &colour, const QColor &against, double needed = Theme::minimumContrast)
{
    if (Theme::contrast(colour, against) >= needed)
        return colour;
    const QColor target = luminance(against) > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
    for (int step = 1; step <= 20; ++step) {
        const QColor c = mix(colour, target, step / 20.0);
        if (Theme::contrast(c, against) >= needed)
            return c;
    }
    return target;
}

// A background moved away from the text on it until the text reads (a selection colour).
QColor backgroundFor(const QColor &background, const QColor &text)
{
    if (Theme::contrast(text, background) >= Theme::minimumContrast)
        return background;
    const QColor target = luminance(text) > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
    for (int step = 1; step <= 20; ++step) {
        const QColor c = mix(background, target, step / 20.0);
        if (Theme::contrast(text, c) >= Theme::minimumContrast)
            return c;
    }
    return target;
}

class FocusFrameStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const override
    {
        if (element != PE_FrameFocusRect)
            return QProxyStyle::drawPrimitive(element, option, painter, widget);
        const auto *focus = qstyleoption_cast<const QStyleOptionFocusRect *>(option);
        const QColor behind = focus && focus->backgroundColor.isValid() ? focus->backgroundColor : option->palette.color(QPalette::Base);
        // On a selected row, the selection's own text colour; elsewhere the highlight, when it shows.
        QColor colour =
            option->state & State_Selected ? option->palette.color(QPalette::HighlightedText) : option->palette.color(QPalette::Highlight);
        if (Theme::contrast(colour, behind) < 3.0)
            colour = option->palette.color(QPalette::Text);
        if (Theme::contrast(colour, behind) < 3.0)
            colour = luminance(behind) > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
        painter->save();
        QPen pen(colour, Theme::focusFrameWidth);
        pen.setJoinStyle(Qt::MiterJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->setRenderHint(QPainter::Antialiasing, false);
        const qreal half = Theme::focusFrameWidth / 2.0;
        painter->drawRect(QRectF(option->rect).adjusted(half, half, -half, -half));
        painter->restore();
    }
};
} // namespace

double Theme::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette Theme::readable(QPalette p)
{
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Text, readableOn(p.color(group, QPalette::Text), p.color(group, QPalette::Base)));
        p.setColor(group, QPalette::WindowText, readableOn(p.color(group, QPalette::WindowText), p.color(group, QPalette::Window)));
        p.setColor(group, QPalette::ButtonText, readableOn(p.color(group, QPalette::ButtonText), p.color(group, QPalette::Button)));
        // The placeholder is drawn half-transparent by default: an opaque colour that reads.
        QColor placeholder = p.color(group, QPalette::PlaceholderText);
        const QColor base = p.color(group, QPalette::Base);
        if (placeholder.alphaF() < 1.0)
            placeholder = mix(base, QColor(placeholder.rgb()), placeholder.alphaF());
        p.setColor(group, QPalette::PlaceholderText, readableOn(placeholder, base));
        // Alternating rows: the text reads on both.
        p.setColor(group, QPalette::AlternateBase, backgroundFor(p.color(group, QPalette::AlternateBase), p.color(group, QPalette::Text)));
        // The selected sidebar item and table rows: the selection darkens (or lightens) until its text reads.
        p.setColor(group, QPalette::Highlight,
                   backgroundFor(p.color(group, QPalette::Highlight), p.color(group, QPalette::HighlightedText)));
        p.setColor(group, QPalette::ToolTipText, readableOn(p.color(group, QPalette::ToolTipText), p.color(group, QPalette::ToolTipBase)));
        p.setColor(group, QPalette::Link, readableOn(p.color(group, QPalette::Link), base));
    }
    return p;
}

QPalette Theme::darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Button, QColor(0x3c, 0x3f, 0x44));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x44));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x86, 0x8b));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x86, 0x8b));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x86, 0x8b));
    return readable(p);
}

QStyle *Theme::withFocusFrame(QStyle *base)
{
    // A fresh instance of the style: QProxyStyle owns its base, and the application owns its own.
    QStyle *inner = base ? base : QStyleFactory::create(QApplication::style()->name());
    return new FocusFrameStyle(inner);
}

QList<Theme::ColourPair> Theme::colourPairs(const QPalette &p)
{
    QList<ColourPair> pairs;
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        const QString g = group == QPalette::Active ? QStringLiteral("active") : QStringLiteral("inactive");
        auto add = [&](const char *what, QPalette::ColorRole text, QPalette::ColorRole background) {
            pairs.append({g + QLatin1Char(' ') + QLatin1String(what), p.color(group, text), p.color(group, background)});
        };
        add("Text/Base", QPalette::Text, QPalette::Base);
        add("Text/AlternateBase (alternating rows)", QPalette::Text, QPalette::AlternateBase);
        add("WindowText/Window", QPalette::WindowText, QPalette::Window);
        add("ButtonText/Button", QPalette::ButtonText, QPalette::Button);
        add("PlaceholderText/Base", QPalette::PlaceholderText, QPalette::Base);
        add("HighlightedText/Highlight (the selected sidebar item and table rows)", QPalette::HighlightedText, QPalette::Highlight);
        add("ToolTipText/ToolTipBase", QPalette::ToolTipText, QPalette::ToolTipBase);
        add("Link/Base", QPalette::Link, QPalette::Base);
    }
    // The style sheets: banners and panels (their text on their background), red error text on the window and on a field.
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    const char *tones[] = {"error", "success", "warning", "neutral", "active"};
    for (int tone = 0; tone < 5; ++tone) {
        const Colours &c = table[tone][dark ? 1 : 0];
        pairs.append({QStringLiteral("%1 banner").arg(QLatin1String(tones[tone])), QColor(QLatin1String(c.text)),
                      QColor(QLatin1String(c.background))});
    }
    const QColor error(QLatin1String(dark ? "#ff8a80" : "#b3261e"));
    pairs.append({QStringLiteral("error text/Window"), error, p.color(QPalette::Window)});
    pairs.append({QStringLiteral("error text/Base"), error, p.color(QPalette::Base)});
    return pairs;
}

} // namespace km
