#include "ui/Accessibility.h"

#include <QAccessibleWidget>
#include <QAction>
#include <QCoreApplication>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QTableView>
#include <QTextDocumentFragment>

namespace km {

namespace {
const char roleProperty[] = "kmAccessibleRole";
const char validatedProperty[] = "kmValidated";
const char invalidProperty[] = "kmInvalid";

// A label with a role of its own (an alert, a status line, a link), named by its text.
class RoleLabel : public QAccessibleWidget
{
public:
    RoleLabel(QLabel *label, QAccessible::Role role) : QAccessibleWidget(label, role) {}

    QLabel *label() const { return static_cast<QLabel *>(object()); }

    QString text(QAccessible::Text t) const override
    {
        if (t != QAccessible::Name)
            return QAccessibleWidget::text(t);
        if (!label()->accessibleName().isEmpty())
            return label()->accessibleName();
        const QString text = label()->text();
        const bool rich = label()->textFormat() == Qt::RichText || (label()->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
        return rich ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    }

    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        if (role() == QAccessible::Link)
            s.linked = true;
        return s;
    }

    QStringList actionNames() const override
    {
        QStringList names = QAccessibleWidget::actionNames();
        if (role() == QAccessible::Link)
            names.prepend(pressAction());
        return names;
    }

    void doAction(const QString &action) override
    {
        if (role() == QAccessible::Link && action == pressAction()) {
            static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
            const QRegularExpressionMatch m = href.match(label()->text());
            if (m.hasMatch())
                Q_EMIT label()->linkActivated(m.captured(1));
            return;
        }
        QAccessibleWidget::doAction(action);
    }
};

// A line edit that can say that its value is wrong (the state Qt's own interface never sets).
class ValidatedLineEdit : public QAccessibleWidget, public QAccessibleTextInterface, public QAccessibleEditableTextInterface
{
public:
    explicit ValidatedLineEdit(QLineEdit *edit) : QAccessibleWidget(edit, QAccessible::EditableText) {}

    QLineEdit *edit() const { return static_cast<QLineEdit *>(object()); }
    QString shown() const { return edit()->echoMode() == QLineEdit::Normal ? edit()->text() : edit()->displayText(); }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Value)
            return shown();
        return QAccessibleWidget::text(t);
    }
    void setText(QAccessible::Text t, const QString &text) override
    {
        if (t == QAccessible::Value && !edit()->isReadOnly())
            edit()->setText(text);
        else
            QAccessibleWidget::setText(t, text);
    }
    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        s.editable = !edit()->isReadOnly();
        s.readOnly = edit()->isReadOnly();
        s.selectableText = true;
        s.passwordEdit = edit()->echoMode() != QLineEdit::Normal;
        s.invalid = edit()->property(invalidProperty).toBool();
        return s;
    }
    void *interface_cast(QAccessible::InterfaceType t) override
    {
        if (t == QAccessible::TextInterface)
            return static_cast<QAccessibleTextInterface *>(this);
        if (t == QAccessible::EditableTextInterface)
            return static_cast<QAccessibleEditableTextInterface *>(this);
        return QAccessibleWidget::interface_cast(t);
    }

    // QAccessibleTextInterface
    void selection(int index, int *start, int *end) const override
    {
        *start = *end = 0;
        if (index == 0 && edit()->hasSelectedText()) {
            *start = edit()->selectionStart();
            *end = *start + int(edit()->selectedText().size());
        }
    }
    int selectionCount() const override { return edit()->hasSelectedText() ? 1 : 0; }
    void addSelection(int start, int end) override { setSelection(0, start, end); }
    void removeSelection(int) override { edit()->deselect(); }
    void setSelection(int, int start, int end) override { edit()->setSelection(start, end - start); }
    int cursorPosition() const override { return edit()->cursorPosition(); }
    void setCursorPosition(int position) override { edit()->setCursorPosition(position); }
    QString text(int start, int end) const override { return shown().mid(start, end - start); }
    int characterCount() const override { return int(shown().size()); }
    QRect characterRect(int) const override { return QRect(); }
    int offsetAtPoint(const QPoint &point) const override { return edit()->cursorPositionAt(edit()->mapFromGlobal(point)); }
    void scrollToSubstring(int, int end) override { edit()->setCursorPosition(end); }
    QString attributes(int offset, int *start, int *end) const override
    {
        *start = *end = offset;
        return QString();
    }

    // QAccessibleEditableTextInterface
    void deleteText(int start, int end) override { replaceText(start, end, QString()); }
    void insertText(int offset, const QString &text) override { replaceText(offset, offset, text); }
    void replaceText(int start, int end, const QString &text) override
    {
        if (edit()->isReadOnly())
            return;
        QString t = edit()->text();
        t.replace(start, end - start, text);
        edit()->setText(t);
        edit()->setCursorPosition(int(start + text.size()));
    }
};

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    const QVariant role = object->property(roleProperty);
    if (className == QLatin1String("QLabel") && role.isValid())
        return new RoleLabel(static_cast<QLabel *>(object), QAccessible::Role(role.toInt()));
    if (className == QLatin1String("QLineEdit") && object->property(validatedProperty).toBool())
        return new ValidatedLineEdit(static_cast<QLineEdit *>(object));
    if (role.isValid() && className == QLatin1String(object->metaObject()->className()) && !qobject_cast<QLabel *>(object))
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::Role(role.toInt()));
    return nullptr;
}

void installFactory()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed);
}
} // namespace

void Accessibility::setRole(QWidget *widget, QAccessible::Role role)
{
    installFactory();
    widget->setProperty(roleProperty, int(role));
    // An interface made before (a label given its text at construction) is replaced by this one.
    if (QAccessibleInterface *made = QAccessible::queryAccessibleInterface(widget); made && made->role() != role)
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(made));
}

QLabel *Accessibility::announcedLabel(const QString &objectName, QAccessible::Role role)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    setRole(label, role);
    return label;
}

void Accessibility::setValidated(QLineEdit *edit)
{
    installFactory();
    edit->setProperty(validatedProperty, true);
    if (QAccessibleInterface *made = QAccessible::queryAccessibleInterface(edit); made && !dynamic_cast<ValidatedLineEdit *>(made))
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(made));
}

bool Accessibility::isInvalid(const QLineEdit *edit)
{
    return edit->property(invalidProperty).toBool();
}

void Accessibility::setInvalid(QLineEdit *edit, const QString &reason, const QString &givenHint)
{
    const bool was = isInvalid(edit);
    QString hint = givenHint;
    if (hint.isNull()) {
        if (!was)
            edit->setProperty("kmHint", edit->accessibleDescription());
        hint = edit->property("kmHint").toString();
    }
    const QString description = reason.isEmpty() ? hint : hint.isEmpty() ? reason : QStringLiteral("%1 %2").arg(reason, hint);
    edit->setProperty(invalidProperty, !reason.isEmpty());
    edit->setAccessibleDescription(description); // sends DescriptionChanged when it differs
    if (was != !reason.isEmpty() && QAccessible::isActive()) {
        QAccessible::State changed;
        changed.invalid = true;
        QAccessibleStateChangeEvent event(edit, changed);
        QAccessible::updateAccessibility(&event);
    }
}

QString Accessibility::withoutMnemonic(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&'))
            text.remove(i, 1); // "&&" keeps one
    }
    return text;
}

void Accessibility::sayOrder(QLabel *label, QTableView *view, int column, Qt::SortOrder order)
{
    const QString name = view->model() ? view->model()->headerData(column, Qt::Horizontal).toString() : QString();
    label->setText(order == Qt::AscendingOrder ? QCoreApplication::translate("Accessibility", "Sorted by %1, ascending.").arg(name)
                                               : QCoreApplication::translate("Accessibility", "Sorted by %1, descending.").arg(name));
}

QLabel *Accessibility::addKeyboardSort(QTableView *view, const SortFunction &sort)
{
    auto *status = new QLabel;
    status->setObjectName(view->objectName() + QStringLiteral("SortState"));
    setRole(status, QAccessible::StatusBar);
    auto sortBy = [view, sort, status](int column, Qt::SortOrder order) {
        // The server's sorted page replaces the rows: the current cell stays in the sorted column,
        // so that the same keys sort it the other way.
        const auto keepColumn = [view, column] {
            if (QAbstractItemModel *model = view->model(); model && model->rowCount() > 0 && column < model->columnCount())
                view->selectionModel()->setCurrentIndex(model->index(std::max(0, view->currentIndex().row()), column),
                                                        QItemSelectionModel::NoUpdate);
        };
        if (view->model())
            QObject::connect(view->model(), &QAbstractItemModel::modelReset, view, keepColumn, Qt::SingleShotConnection);
        sort(column, order);
        sayOrder(status, view, column, order);
        keepColumn();
    };
    auto *byCurrent = new QAction(QCoreApplication::translate("Accessibility", "Sort by this column"), view);
    byCurrent->setObjectName(view->objectName() + QStringLiteral("SortAction"));
    byCurrent->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    byCurrent->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(byCurrent);
    QObject::connect(byCurrent, &QAction::triggered, view, [view, sortBy] {
        const int column = std::max(0, view->currentIndex().column());
        const QHeaderView *header = view->horizontalHeader();
        const bool sameColumn = header->isSortIndicatorShown() && header->sortIndicatorSection() == column;
        sortBy(column, sameColumn && header->sortIndicatorOrder() == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view, [view, sortBy](const QPoint &at) {
        QMenu menu(view);
        menu.setObjectName(QStringLiteral("sortMenu"));
        const int columns = view->model() ? view->model()->columnCount() : 0;
        for (int c = 0; c < columns; ++c) {
            const QString name = view->model()->headerData(c, Qt::Horizontal).toString();
            menu.addAction(QCoreApplication::translate("Accessibility", "Sort by %1, ascending").arg(name), view,
                           [sortBy, c] { sortBy(c, Qt::AscendingOrder); });
            menu.addAction(QCoreApplication::translate("Accessibility", "Sort by %1, descending").arg(name), view,
                           [sortBy, c] { sortBy(c, Qt::DescendingOrder); });
        }
        menu.exec(view->viewport()->mapToGlobal(at));
    });
    return status;
}

void Accessibility::nameClearButton(QLineEdit *edit)
{
    if (auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(QCoreApplication::translate("Accessibility", "Clear"));
}

} // namespace km
