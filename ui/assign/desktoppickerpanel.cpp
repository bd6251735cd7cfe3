#include "desktoppickerpanel.h"

#include "assignviews.h"

#include "api/http/workspaceclient.h"
#include "models/itemmodels/assignmentmodel.h"
#include "models/itemmodels/desktopfilterproxy.h"
#include "models/itemmodels/desktoplistmodel.h"
#include "ui/widgets/loadstatewidget.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace wsc {

DesktopPickerPanel::DesktopPickerPanel(WorkspaceClient *client, DesktopListModel *desktops,
                                       AssignmentModel *assignment, QWidget *parent)
    : QGroupBox(parent)
    , m_client(client)
    , m_desktops(desktops)
    , m_assignment(assignment)
    , m_proxy(new DesktopFilterProxy(this))
{
    setObjectName(QStringLiteral("desktopsBox"));
    m_proxy->setSourceModel(m_desktops);
    m_proxy->setSortRole(Qt::DisplayRole);

    auto *layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("desktopSearchEdit"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_view = AssignViews::makeTable(this, "desktopsView");
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DesktopListModel::NameColumn, Qt::AscendingOrder);
    m_view->horizontalHeader()->setDefaultSectionSize(110);
    m_view->verticalHeader()->setVisible(false);
    m_state = new LoadStateWidget(m_view, this);
    m_state->setObjectName(QStringLiteral("desktopsState"));
    layout->addWidget(m_state, 1);
    auto *buttons = new QHBoxLayout;
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addDesktopsButton"));
    m_addAllButton = new QPushButton(this);
    m_addAllButton->setObjectName(QStringLiteral("addAllDesktopsButton"));
    m_reloadButton = new QPushButton(this);
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    for (QPushButton *b : {m_addButton, m_addAllButton, m_reloadButton})
        b->setAutoDefault(false);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_addAllButton);
    buttons->addStretch(1);
    buttons->addWidget(m_reloadButton);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &DesktopFilterProxy::setSearchText);
    connect(m_addButton, &QPushButton::clicked, this, [this] { addDesktops(false); });
    connect(m_addAllButton, &QPushButton::clicked, this, [this] { addDesktops(true); });
    connect(m_reloadButton, &QPushButton::clicked, this, &DesktopPickerPanel::reloadRequested);
    connect(m_state, &LoadStateWidget::retryRequested, this, &DesktopPickerPanel::load);
    connect(m_view, &QTableView::doubleClicked, this, [this] { addDesktops(false); });
    connect(AssignViews::viewAction(m_view, Qt::Key_Return), &QAction::triggered, this,
            [this] { addDesktops(false); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DesktopPickerPanel::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DesktopPickerPanel::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DesktopPickerPanel::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DesktopPickerPanel::updateState);
    retranslateUi();
}

void DesktopPickerPanel::load()
{
    if (!m_client)
        return;
    m_loaded = false;
    m_state->showBusy(tr("Reading the desktops that have no user…"));
    // All of them: a CSV that names a desktop with a user, or a broken one, is told so, and new
    // computer names are checked against every desktop's.
    auto *call = m_client->allDesktops(DesktopQuery(), this);
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        m_loaded = true;
        if (!call->isOk()) {
            m_state->showError(call->error());
            updateState();
            emit loaded();
            return;
        }
        QList<DesktopInfo> free;
        QHash<QString, QString> names;
        m_all = call->result();
        for (const DesktopInfo &d : std::as_const(m_all)) {
            names.insert(d.computerName, d.desktopId);
            // A desktop in ERROR cannot be assigned: the service refuses it.
            if (!d.hasUser() && !d.isInError())
                free.append(d);
        }
        // Desktops already in the assignment stay hidden: the list follows the assignment.
        m_desktops->setDesktops(free);
        m_assignment->setTakenComputerNames(names);
        m_view->resizeColumnToContents(DesktopListModel::NameColumn);
        m_state->showContent();
        updateState();
        emit loaded();
    });
}

void DesktopPickerPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateState();
}

void DesktopPickerPanel::addDesktops(bool all)
{
    QList<int> proxyRows;
    if (all) {
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            proxyRows.append(r);
    } else {
        for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
            proxyRows.append(index.row());
        std::sort(proxyRows.begin(), proxyRows.end());
    }
    QList<DesktopInfo> chosen;
    for (const int r : std::as_const(proxyRows))
        chosen.append(m_desktops->desktop(m_proxy->mapToSource(m_proxy->index(r, 0)).row()));
    if (chosen.isEmpty())
        return;
    // The list hides them by itself: it follows the assignment model's rows.
    emit desktopsAdded(m_assignment->addDesktops(chosen));
}

void DesktopPickerPanel::updateState()
{
    m_addButton->setEnabled(m_view->selectionModel()->hasSelection());
    m_addAllButton->setEnabled(m_proxy->rowCount() > 0);
    m_reloadButton->setEnabled(!m_busy);
    setTitle(tr("Desktops waiting for a user (%1 of %2 shown)")
                     .arg(m_proxy->rowCount())
                     .arg(m_desktops->rowCount()));
}

void DesktopPickerPanel::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search by name, IP, status, zone or product"));
    m_search->setAccessibleName(tr("Search desktops"));
    m_view->setAccessibleName(tr("Desktops waiting for a user"));
    m_addButton->setText(tr("&Add selected"));
    m_addButton->setAccessibleName(tr("Add the selected desktops to the assignment"));
    m_addAllButton->setText(tr("Add all &shown"));
    m_addAllButton->setAccessibleName(tr("Add every desktop shown to the assignment"));
    m_reloadButton->setText(tr("Re&load"));
    m_reloadButton->setAccessibleName(tr("Reload desktops and users"));
    // Header texts come from the model's translations.
    emit m_desktops->headerDataChanged(Qt::Horizontal, 0, DesktopListModel::ColumnCount - 1);
    updateState();
}

void DesktopPickerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

} // namespace wsc
