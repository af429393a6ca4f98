#pragma once

#include <QAbstractButton>
#include <QLabel>
#include <QStringList>
#include <QToolButton>
#include <QWidget>

namespace km {

// Text that does not fit where it is shown: a button or an unwrapped label narrower than its text.
// An icon-only tool button (a line edit's clear button, named "Clear" for screen readers) shows no
// text: its text is its accessible name, not something cut off.
inline QStringList clippedText(QWidget *root)
{
    QStringList found;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->window() != root->window())
            continue;
        QString text;
        int needed = 0;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->wordWrap() || label->text().isEmpty() || !label->pixmap().isNull() || label->textFormat() == Qt::RichText)
                continue;
            text = label->text();
            needed = label->minimumSizeHint().width();
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (button->text().isEmpty())
                continue;
            auto *tool = qobject_cast<QToolButton *>(button);
            if (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly && !tool->icon().isNull())
                continue;
            text = button->text();
            needed = button->sizeHint().width();
        } else {
            continue;
        }
        if (w->width() + 1 < needed)
            found << QStringLiteral("\"%1\" (%2): %3 px shown, %4 needed").arg(text.left(60), w->objectName()).arg(w->width()).arg(needed);
    }
    return found;
}

} // namespace km
