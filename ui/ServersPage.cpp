#include "ui/ServersPage.h"

#include "ui/Accessibility.h"
#include "ui/ColumnFitter.h"

#include <QToolButton>
#include "ui/SignInDialog.h"

#include "services/ServerFleet.h"
#include "session/Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace km {

ServersPage::ServersPage(ServerFleet *fleet, Session *current, QWidget *parent)
    : QWidget(parent), m_fleet(fleet), m_current(current), m_model(fleet->model())
{
    setObjectName(QStringLiteral("serversPage"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every saved server. Refreshing signs in by itself only where a password is kept in the "
                                "keychain, never with a one-time code or push, and never again after a failed sign-in."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("serversView"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Servers"));
    describe(m_view, tr("One row per saved server; Enter opens it."), false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the grid; the arrows move inside it
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // a handful of rows
    m_view->horizontalHeader()->setSectionResizeMode(ServerFleetModel::WarningsColumn, QHeaderView::Stretch);
    // At any width Server, its state, Key age and Warnings stay; the others elide, then hide.
    auto *columns = new ColumnFitter(
        m_view,
        {ServerFleetModel::ServerColumn, ServerFleetModel::RotationColumn, ServerFleetModel::KeyAgeColumn,
         ServerFleetModel::WarningsColumn},
        {ServerFleetModel::ReachColumn, ServerFleetModel::SignInColumn, ServerFleetModel::LastRotationColumn, ServerFleetModel::TypeColumn},
        ServerFleetModel::WarningsColumn);
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("serversState"));
    m_state->setWordWrap(true);
    Accessibility::setRole(m_state, QAccessible::StatusBar);
    m_refresh = new QPushButton(tr("&Refresh all"));
    m_refresh->setObjectName(QStringLiteral("refreshServersButton"));
    describe(m_refresh, tr("Asks every server for its state, a few at a time."));
    m_signIn = new QPushButton(tr("&Sign in…"));
    m_signIn->setObjectName(QStringLiteral("signInServerButton"));
    describe(m_signIn, tr("Signs in to the selected server, with the sign-in dialog."));
    m_open = new QPushButton(tr("&Open"));
    m_open->setObjectName(QStringLiteral("openServerButton"));
    describe(m_open, tr("Opens the selected server in its own window."));
    m_signOut = new QPushButton(tr("Sign o&ut"));
    m_signOut->setObjectName(QStringLiteral("signOutServerButton"));
    describe(m_signOut, tr("Signs out of the selected server; the others stay signed in."));
    buttons->addWidget(m_state, 1);
    buttons->addWidget(columns->chooserButton());
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_signOut);
    buttons->addWidget(m_open);
    layout->addLayout(buttons);

    connect(m_refresh, &QPushButton::clicked, this, &ServersPage::refreshAll);
    connect(m_signIn, &QPushButton::clicked, this, [this] { signInTo(currentRow()); });
    connect(m_open, &QPushButton::clicked, this, [this] { open(currentRow()); });
    connect(m_signOut, &QPushButton::clicked, this, [this] { signOut(currentRow()); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) { open(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ServersPage::updateButtons);
    connect(fleet, &ServerFleet::changed, this, &ServersPage::updateButtons);
    connect(fleet, &ServerFleet::listChanged, this, &ServersPage::updateButtons);
    connect(fleet, &ServerFleet::refreshFinished, this, [this] {
        m_state->setText(tr("Refreshed %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        updateButtons();
    });
    updateButtons();
}

void ServersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        m_fleet->reloadProfiles();
        refreshAll();
    }
}

int ServersPage::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

void ServersPage::updateButtons()
{
    const int row = currentRow();
    const bool valid = row >= 0 && row < m_fleet->count();
    const ServerStatus *s = valid ? &m_fleet->status(row) : nullptr;
    m_refresh->setEnabled(!m_fleet->isRefreshing());
    m_signIn->setEnabled(s && !s->signedIn && !s->busy);
    m_signIn->setToolTip(s && s->signedIn ? tr("Already signed in.") : tr("Signs in to the selected server, with the sign-in dialog."));
    m_open->setEnabled(s && !s->busy);
    m_signOut->setEnabled(s && s->signedIn && !s->busy);
    m_signOut->setToolTip(s && !s->signedIn ? tr("Not signed in.") : tr("Signs out of the selected server; the others stay signed in."));
    if (m_fleet->isRefreshing())
        m_state->setText(tr("Refreshing…"));
    if (!m_view->currentIndex().isValid() && m_fleet->count() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void ServersPage::refreshAll()
{
    m_fleet->refreshAll();
    updateButtons();
}

bool ServersPage::signInTo(int row)
{
    if (row < 0 || row >= m_fleet->count())
        return false;
    if (m_fleet->status(row).signedIn)
        return true;
    Session *session = m_fleet->session(row);
    SignInDialog dialog(session, this);
    if (!m_fleet->status(row).profile.name.isEmpty())
        dialog.selectProfile(m_fleet->status(row).profile.name);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_fleet->signedInByUser(row);
    return true;
}

void ServersPage::open(int row)
{
    if (row < 0 || row >= m_fleet->count())
        return;
    if (!m_fleet->status(row).signedIn && !signInTo(row))
        return;
    Q_EMIT openRequested(m_fleet->session(row));
}

void ServersPage::signOut(int row)
{
    if (row < 0 || row >= m_fleet->count())
        return;
    m_fleet->signOut(row);
}

QString ServersPage::stateText() const
{
    return m_state->text();
}

} // namespace km
