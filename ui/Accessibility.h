#pragma once

#include <QString>
#include <QWidget>

// What a control is for, for screen readers and, as a tooltip, for the mouse.
inline void describe(QWidget *widget, const QString &description, bool asToolTip = true)
{
    widget->setAccessibleDescription(description);
    if (asToolTip && widget->toolTip().isEmpty())
        widget->setToolTip(description);
}
