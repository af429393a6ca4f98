#include "ui/PageScroll.h"

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
    return new QVBoxLayout(content);
}

} // namespace km
