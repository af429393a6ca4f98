#include "ui/ColumnFitter.h"

#include "ui/Accessibility.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace km {

ColumnFitter::ColumnFitter(QTableView *view, const QList<int> &required, const QList<int> &optional, int stretch)
    : QObject(view), m_view(view), m_required(required), m_optional(optional), m_stretch(stretch)
{
    QHeaderView *header = view->horizontalHeader();
    const int count = view->model()->columnCount();
    for (int c = 0; c < count; ++c) {
        const auto mode = header->sectionResizeMode(c);
        m_initial << (mode == QHeaderView::ResizeToContents || mode == QHeaderView::Stretch ? 0 : header->sectionSize(c));
    }
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setTextElideMode(Qt::ElideNone); // a header is read whole, or the column is not shown
    view->setTextElideMode(Qt::ElideRight);
    view->viewport()->installEventFilter(this);
    header->installEventFilter(this); // its font and style, which the headers' widths follow

    m_button = new QToolButton;
    m_button->setObjectName(view->objectName() + QStringLiteral("Columns"));
    m_button->setText(tr("Columns")); // no mnemonic: every letter of it is taken on some page
    m_button->setPopupMode(QToolButton::InstantPopup);
    describe(m_button, tr("Shows or hides columns; the ones that do not fit are hidden first."));
    auto *buttonMenu = new QMenu(m_button);
    connect(buttonMenu, &QMenu::aboutToShow, this, [this, buttonMenu] { fillMenu(buttonMenu); });
    m_button->setMenu(buttonMenu);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &at) {
        QMenu menu;
        fillMenu(&menu);
        menu.exec(header->mapToGlobal(at));
    });
    connect(view->model(), &QAbstractItemModel::modelReset, this, &ColumnFitter::scheduleFit);
    connect(view->model(), &QAbstractItemModel::headerDataChanged, this, &ColumnFitter::scheduleFit);
    connect(view->model(), &QAbstractItemModel::rowsInserted, this, &ColumnFitter::scheduleFit);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ColumnFitter::scheduleFit);
    fit();
}

int ColumnFitter::headerWidth(const QHeaderView *header, int column)
{
    const QString text = header->model()->headerData(column, Qt::Horizontal).toString();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int arrow =
        header->isSortIndicatorShown() ? header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + margin : 0;
    return std::max(header->sectionSizeHint(column), header->fontMetrics().horizontalAdvance(text) + 4 * margin + arrow);
}

int ColumnFitter::preferred(int column) const
{
    const int header = headerWidth(m_view->horizontalHeader(), column);
    if (column == m_stretch)
        return header;
    const int initial = column < m_initial.size() ? m_initial.at(column) : 0;
    if (initial > 0)
        return std::max(initial, header);
    return std::max(static_cast<const QAbstractItemView *>(m_view)->sizeHintForColumn(column), header);
}

QList<int> ColumnFitter::hiddenColumns() const
{
    QList<int> hidden;
    for (int c = 0; c < m_view->model()->columnCount(); ++c) {
        if (m_view->isColumnHidden(c))
            hidden << c;
    }
    return hidden;
}

void ColumnFitter::scheduleFit()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        fit();
    });
}

void ColumnFitter::fit()
{
    if (m_fitting)
        return;
    m_fitting = true;
    QHeaderView *header = m_view->horizontalHeader();
    const int count = m_view->model()->columnCount();
    const int room = std::max(m_view->viewport()->width(), 0);

    QList<int> width(count, 0);
    QList<bool> shown(count, false);
    int used = 0;
    // The required columns first, at their width, narrowed down to their header's when there is no room.
    for (int c : std::as_const(m_required)) {
        shown[c] = true;
        width[c] = preferred(c);
        used += width[c];
    }
    for (auto it = m_required.crbegin(); it != m_required.crend() && used > room; ++it) {
        const int least = headerWidth(header, *it);
        const int take = std::min(width[*it] - least, used - room);
        width[*it] -= take;
        used -= take;
    }
    // Then the others, most important first: while their headers fit; chosen ones always.
    QList<int> optional;
    for (int c : std::as_const(m_optional)) {
        if (m_chosenHidden.contains(c))
            continue;
        optional << c;
        shown[c] = true;
        width[c] = headerWidth(header, c);
        used += width[c];
    }
    for (auto it = optional.crbegin(); it != optional.crend() && used > room; ++it) {
        if (m_chosenShown.contains(*it))
            continue;
        shown[*it] = false;
        used -= width[*it];
    }
    // What is left widens them again, most important first, up to the width they want.
    for (int c : std::as_const(optional)) {
        if (!shown[c] || used >= room)
            continue;
        const int grow = std::min(preferred(c) - width[c], room - used);
        if (grow > 0) {
            width[c] += grow;
            used += grow;
        }
    }
    // And the rest goes to the stretching column (or the last one shown).
    int stretch = m_stretch >= 0 && m_stretch < count && shown[m_stretch] ? m_stretch : -1;
    for (int c = count - 1; stretch < 0 && c >= 0; --c) {
        if (shown[c])
            stretch = c;
    }
    if (stretch >= 0 && used < room)
        width[stretch] += room - used;
    for (int c = 0; c < count; ++c) {
        m_view->setColumnHidden(c, !shown[c]);
        if (shown[c] && header->sectionSize(c) != width[c])
            header->resizeSection(c, width[c]);
    }
    m_fitting = false;
}

void ColumnFitter::fillMenu(QMenu *menu)
{
    menu->clear();
    for (int c = 0; c < m_view->model()->columnCount(); ++c) {
        QAction *a = menu->addAction(m_view->model()->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!m_view->isColumnHidden(c));
        a->setObjectName(QStringLiteral("column%1Action").arg(c));
        const bool required = m_required.contains(c);
        a->setEnabled(!required); // always shown
        if (required)
            continue;
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            if (on) {
                m_chosenHidden.remove(c);
                m_chosenShown.insert(c);
            } else {
                m_chosenShown.remove(c);
                m_chosenHidden.insert(c);
            }
            fit();
        });
    }
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fit();
    // A header is polished when its page is first shown, after the fit: the Windows style then
    // measures its text wider, and a header fitted before came out clipped (tst_layout, French,
    // under Wine). Fitted again then, and when its font or style changes; not at every showing,
    // which would undo the widths a user gave the columns.
    if (watched == m_view->horizontalHeader()) {
        const bool firstShow = event->type() == QEvent::Show && !m_headerShown;
        if (firstShow)
            m_headerShown = true;
        if (firstShow || event->type() == QEvent::Polish || event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
            scheduleFit();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace km
