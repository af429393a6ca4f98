#include "MainWindow.h"

#include "ApiClient.h"

#include <QAction>
#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolBar>

MainWindow::MainWindow(ApiClient *client, QWidget *parent)
    : QMainWindow(parent), m_client(client), m_configView(new QTextBrowser), m_rotationView(new QTextBrowser),
      m_connection(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("kmconsole — %1").arg(client->baseUrl().toDisplayString()));
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("pages"));
    m_configView->setObjectName(QStringLiteral("configurationSummary"));
    m_rotationView->setObjectName(QStringLiteral("rotationSummary"));
    tabs->addTab(m_configView, tr("&Configuration"));
    tabs->addTab(m_rotationView, tr("&Rotation"));
    setCentralWidget(tabs);

    auto *reloadAction = new QAction(tr("&Reload"), this);
    reloadAction->setObjectName(QStringLiteral("reloadAction"));
    reloadAction->setShortcut(QKeySequence::Refresh);
    connect(reloadAction, &QAction::triggered, this, &MainWindow::reload);
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->addAction(reloadAction);

    m_connection->setObjectName(QStringLiteral("connectionState"));
    statusBar()->addPermanentWidget(m_connection);
    connect(client, &ApiClient::requestFinished, this, [this](bool ok, const ApiError &error) {
        m_connection->setText(ok ? tr("%1 @ %2: connected").arg(m_client->userName(), m_client->baseUrl().host())
                                 : tr("Last request failed: %1").arg(error.message()));
    });
    resize(900, 600);
    reload();
}

void MainWindow::reload()
{
    m_client->getConfig(this, [this](const ApiResult<KeyManagementConfig> &r) {
        if (!r.ok())
            return m_configView->setPlainText(r.error.message());
        const KeyManagementConfig &c = r.value;
        m_configView->setPlainText(tr("Type: %1 (id %2)\nAWS access key id: %3\nAWS key ARN: %4\nAWS key id: %5\n"
                                      "Azure vault URL: %6\nAzure key name: %7\nAzure key version: %8\nAzure principal id: %9")
                                       .arg(c.typeName).arg(c.typeId).arg(c.awsAccessKeyId, c.awsKeyArn, c.awsKeyId,
                                                                          c.azureBaseUrl, c.azureKeyName, c.azureKeyVersion,
                                                                          c.azurePrincipalId));
    });
    m_client->getRotationInfo(this, [this](const ApiResult<RotationInfo> &r) {
        if (!r.ok())
            return m_rotationView->setPlainText(r.error.message());
        const RotationInfo &i = r.value;
        m_rotationView->setPlainText(tr("State: %1\nStatus: %2\nItems to rotate: %3 of %4\n%5")
                                         .arg(i.processStateName, i.statusName)
                                         .arg(i.itemsToRotate).arg(i.totalItems).arg(i.warningMessage));
    });
}
