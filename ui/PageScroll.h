#pragma once

#include <QString>

class QVBoxLayout;
class QWidget;

namespace km {

// A page that scrolls on a small screen rather than making the window taller than the screen:
// fills the page with a frameless scroll area (objectName scrollName) that has no Tab stop of its
// own (the controls inside are the stops), and answers the layout of the content inside it.
class PageScroll
{
public:
    static QVBoxLayout *install(QWidget *page, const QString &scrollName);
};

} // namespace km
