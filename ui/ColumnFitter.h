#pragma once

#include <QList>
#include <QObject>
#include <QSet>

class QHeaderView;
class QMenu;
class QTableView;
class QToolButton;

namespace km {

// Fits a table's columns to its width, so that the columns that matter stay on screen at any
// size: the required ones are always shown; the others keep their width while there is room,
// then elide (down to their header's width), then hide, the least important first. A header is
// never elided. The chooser (a button's menu, and the header's context menu) brings hidden
// columns back or hides optional ones; what the user chose there stays chosen.
class ColumnFitter : public QObject
{
    Q_OBJECT

public:
    // optional: most important first. stretch: the column given the room left over (-1: the last shown).
    ColumnFitter(QTableView *view, const QList<int> &required, const QList<int> &optional, int stretch = -1);

    QToolButton *chooserButton() const { return m_button; }
    QList<int> hiddenColumns() const;
    // The width a column needs for its header to be read whole (text, padding, sort indicator).
    static int headerWidth(const QHeaderView *header, int column);
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int preferred(int column) const;
    void fillMenu(QMenu *menu);
    void scheduleFit();

    QTableView *m_view;
    QList<int> m_required;
    QList<int> m_optional;
    int m_stretch;
    QList<int> m_initial;     // the widths the page asked for; 0: measure the contents
    QSet<int> m_chosenShown;  // shown by the user even without room
    QSet<int> m_chosenHidden; // hidden by the user
    QToolButton *m_button;
    bool m_fitting = false;
    bool m_scheduled = false;
    bool m_headerShown = false; // the header was shown, and its columns fitted then, once
};

} // namespace km
