#include "ui/PageScroll.h"

#include <QApplication>
#include <QScrollArea>
#include <QVBoxLayout>

namespace km {

QVBoxLayout *PageScroll::install(QWidget *page, const QString &scrollName)
{
    auto *scroll = new QScrollArea;
    scroll->setObjectName(scrollName);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(scroll);
    auto *content = new QWidget;
    scroll->setWidget(content);
    // QScrollArea follows Tab only between its own children: focus that arrives from outside
    // (Shift+Tab from the page list, Tab from the connection banner) is brought into sight here.
    QObject::connect(qApp, &QApplication::focusChanged, scroll, [scroll, content](QWidget *, QWidget *now) {
        if (now && content->isAncestorOf(now))
            scroll->ensureWidgetVisible(now);
    });
    return new QVBoxLayout(content);
}

} // namespace km
