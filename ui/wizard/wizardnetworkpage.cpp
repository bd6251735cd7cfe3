#include "wizardnetworkpage.h"

#include "models/itemmodels/createrequestmodel.h"
#include "models/itemmodels/nicsmodel.h"
#include "models/itemmodels/securitygroupsmodel.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/loadstatewidget.h"
#include "ui/widgets/severitystyleproxy.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace wsc {

WizardNetworkPage::WizardNetworkPage(CreateRequestModel *requestModel, CatalogCache *catalogCache,
                                     QWidget *parent)
    : WizardPage(requestModel, catalogCache, parent)
    , m_nics(new NicsModel(requestModel, this))
    , m_nicsStyle(new SeverityStyleProxy(NicsModel::SeverityRole, this))
    , m_groups(new SecurityGroupsModel(requestModel, this))
    , m_groupsStyle(new SeverityStyleProxy(SecurityGroupsModel::SeverityRole, this))
{
    setObjectName(QStringLiteral("networkPage"));
    setOwnedPaths({QStringLiteral("nics"), QStringLiteral("security_groups")});
    m_nicsStyle->setSourceModel(m_nics);
    m_groupsStyle->setSourceModel(m_groups);

    auto *layout = new QVBoxLayout(this);

    // NICs.
    m_nicsBox = new QGroupBox(this);
    m_nicsBox->setObjectName(QStringLiteral("nicsBox"));
    auto *nicsLayout = new QVBoxLayout(m_nicsBox);
    m_nicsHint = new QLabel(m_nicsBox);
    m_nicsHint->setWordWrap(true);
    nicsLayout->addWidget(m_nicsHint);
    auto *nicsContent = new QWidget(m_nicsBox);
    auto *nicsContentLayout = new QVBoxLayout(nicsContent);
    nicsContentLayout->setContentsMargins(0, 0, 0, 0);
    auto *addRow = new QHBoxLayout;
    m_subnetLabel = new QLabel(nicsContent);
    m_subnetCombo = new QComboBox(nicsContent);
    m_subnetCombo->setObjectName(QStringLiteral("subnetCombo"));
    m_subnetCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_subnetLabel->setBuddy(m_subnetCombo);
    m_addButton = new QPushButton(nicsContent);
    m_addButton->setObjectName(QStringLiteral("addNicButton"));
    m_addButton->setAutoDefault(false);
    addRow->addWidget(m_subnetLabel);
    addRow->addWidget(m_subnetCombo, 1);
    addRow->addWidget(m_addButton);
    nicsContentLayout->addLayout(addRow);
    auto *listRow = new QHBoxLayout;
    m_nicsView = new QTableView(nicsContent);
    m_nicsView->setObjectName(QStringLiteral("nicsView"));
    m_nicsView->setModel(m_nicsStyle);
    m_nicsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_nicsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_nicsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_nicsView->setTabKeyNavigation(false);
    m_nicsView->horizontalHeader()->hide();
    m_nicsView->horizontalHeader()->setStretchLastSection(true);
    m_nicsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Room for the five NICs allowed, no more.
    m_nicsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_nicsView->setMaximumHeight(m_nicsView->verticalHeader()->defaultSectionSize()
                                         * NicsModel::MaxNics
                                 + 2 * m_nicsView->frameWidth());
    auto *moveColumn = new QVBoxLayout;
    m_upButton = new QPushButton(nicsContent);
    m_upButton->setObjectName(QStringLiteral("nicUpButton"));
    m_upButton->setAutoDefault(false);
    m_downButton = new QPushButton(nicsContent);
    m_downButton->setObjectName(QStringLiteral("nicDownButton"));
    m_downButton->setAutoDefault(false);
    m_removeButton = new QPushButton(nicsContent);
    m_removeButton->setObjectName(QStringLiteral("removeNicButton"));
    m_removeButton->setAutoDefault(false);
    moveColumn->addWidget(m_upButton);
    moveColumn->addWidget(m_downButton);
    moveColumn->addWidget(m_removeButton);
    moveColumn->addStretch(1);
    listRow->addWidget(m_nicsView, 1);
    listRow->addLayout(moveColumn);
    nicsContentLayout->addLayout(listRow, 1);
    m_nicsState = new LoadStateWidget(nicsContent, m_nicsBox);
    m_nicsState->setObjectName(QStringLiteral("subnetLoadState"));
    nicsLayout->addWidget(m_nicsState, 1);
    m_nicsMessage = new FieldMessage(m_nicsBox);
    m_nicsMessage->setObjectName(QStringLiteral("nicsMessage"));
    m_nicsMessage->setField(m_nicsView);
    nicsLayout->addWidget(m_nicsMessage);
    layout->addWidget(m_nicsBox);
    connect(m_addButton, &QPushButton::clicked, this, &WizardNetworkPage::onAdd);
    connect(m_removeButton, &QPushButton::clicked, this, &WizardNetworkPage::onRemove);
    connect(m_upButton, &QPushButton::clicked, this, [this] { onMove(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { onMove(+1); });
    connect(m_nicsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &WizardNetworkPage::updateButtons);
    connect(m_nics, &QAbstractItemModel::rowsInserted, this, &WizardNetworkPage::updateButtons);
    connect(m_nics, &QAbstractItemModel::rowsRemoved, this, &WizardNetworkPage::updateButtons);
    connect(m_nics, &QAbstractItemModel::rowsMoved, this, &WizardNetworkPage::updateButtons);
    connect(m_nics, &QAbstractItemModel::modelReset, this, &WizardNetworkPage::updateButtons);
    connect(m_subnetCombo, &QComboBox::currentIndexChanged, this,
            &WizardNetworkPage::updateButtons);

    // Security groups.
    m_groupsBox = new QGroupBox(this);
    m_groupsBox->setObjectName(QStringLiteral("securityGroupsBox"));
    auto *groupsLayout = new QVBoxLayout(m_groupsBox);
    m_groupsHint = new QLabel(m_groupsBox);
    m_groupsHint->setWordWrap(true);
    groupsLayout->addWidget(m_groupsHint);
    m_groupsView = new QListView(m_groupsBox);
    m_groupsView->setObjectName(QStringLiteral("securityGroupsView"));
    m_groupsView->setModel(m_groupsStyle);
    m_groupsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groupsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groupsView->setSpacing(2);
    m_groupsState = new LoadStateWidget(m_groupsView, m_groupsBox);
    m_groupsState->setObjectName(QStringLiteral("securityGroupLoadState"));
    groupsLayout->addWidget(m_groupsState, 1);
    m_groupsMessage = new FieldMessage(m_groupsBox);
    m_groupsMessage->setObjectName(QStringLiteral("securityGroupsMessage"));
    m_groupsMessage->setField(m_groupsView);
    groupsLayout->addWidget(m_groupsMessage);
    layout->addWidget(m_groupsBox, 1);

    m_otherMessage = new FieldMessage(this);
    m_otherMessage->setObjectName(QStringLiteral("networkOtherMessage"));
    layout->addWidget(m_otherMessage);

    static const QRegularExpression nicIndex(QStringLiteral("^nics\\[(\\d+)\\]"));
    bindMessage(m_nicsMessage, {QStringLiteral("nics")}, [](const Finding &f) {
        const QRegularExpressionMatch m = nicIndex.match(f.path);
        if (!m.hasMatch())
            return f.message;
        //: A problem of one NIC: "NIC 2: ...".
        return tr("NIC %1: %2").arg(m.captured(1).toInt() + 1).arg(f.message);
    });
    bindMessage(m_groupsMessage, {QStringLiteral("security_groups")});
    setFallbackMessage(m_otherMessage);
    bindLoadState(m_nicsState, {CatalogCache::Kind::Workspace, CatalogCache::Kind::Subnets});
    bindLoadState(m_groupsState,
                  {CatalogCache::Kind::Workspace, CatalogCache::Kind::SecurityGroups});

    retranslateUi();
    fillSubnets();
    readModel();
}

void WizardNetworkPage::initializePage()
{
    catalog()->load(CatalogCache::Kind::Workspace);
    catalog()->load(CatalogCache::Kind::Subnets);
    catalog()->load(CatalogCache::Kind::SecurityGroups);
    applyDefaultGroup();
    readModel();
    refreshMessages();
}

bool WizardNetworkPage::isReady() const
{
    return catalog()->isReady(CatalogCache::Kind::Workspace)
           && catalog()->isReady(CatalogCache::Kind::Subnets)
           && catalog()->isReady(CatalogCache::Kind::SecurityGroups);
}

void WizardNetworkPage::retranslateUi()
{
    setTitle(tr("Network"));
    setSubTitle(tr("Choose the subnets of the desktops' network cards and the security groups "
                   "that filter their traffic."));
    m_nicsBox->setTitle(tr("Network interfaces (NICs)"));
    m_nicsHint->setText(tr("Up to %1 NICs, the first one primary. With none, each desktop gets "
                           "one NIC on the workspace's default subnet.")
                                .arg(NicsModel::MaxNics));
    m_subnetLabel->setText(tr("S&ubnet:"));
    m_subnetCombo->setAccessibleName(tr("Subnet to add"));
    m_addButton->setText(tr("&Add NIC"));
    m_addButton->setAccessibleName(tr("Add a NIC on the chosen subnet"));
    m_nicsView->setAccessibleName(tr("NICs, in order"));
    m_upButton->setText(tr("Move u&p"));
    m_upButton->setAccessibleName(tr("Move the NIC up"));
    m_downButton->setText(tr("Move do&wn"));
    m_downButton->setAccessibleName(tr("Move the NIC down"));
    m_removeButton->setText(tr("Re&move"));
    m_removeButton->setAccessibleName(tr("Remove the NIC"));
    m_groupsBox->setTitle(tr("Security groups"));
    m_groupsHint->setText(tr("Tick up to %1 groups (space bar on the selected one). The "
                             "workspace's desktop group is ticked until you change it.")
                                  .arg(SecurityGroupsModel::MaxGroups));
    m_groupsView->setAccessibleName(tr("Security groups"));
    fillSubnets();
}

void WizardNetworkPage::catalogChanged(CatalogCache::Kind kind)
{
    if (kind == CatalogCache::Kind::Subnets || kind == CatalogCache::Kind::Workspace)
        fillSubnets();
    if (kind == CatalogCache::Kind::Workspace || kind == CatalogCache::Kind::SecurityGroups)
        applyDefaultGroup();
}

void WizardNetworkPage::fillSubnets()
{
    const QSignalBlocker blocker(m_subnetCombo);
    const QString current = m_subnetCombo->currentData().toString();
    m_subnetCombo->clear();
    // Desktops may only use the workspace's own subnets (the service refuses the others).
    const QStringList workspaceSubnets = catalog()->workspace().subnetIds;
    for (const SubnetInfo &s : request()->subnets()) {
        if (!workspaceSubnets.isEmpty() && !workspaceSubnets.contains(s.id))
            continue;
        //: A subnet in the list: "subnet-office (192.168.0.0/18)".
        m_subnetCombo->addItem(tr("%1 (%2)").arg(s.name, s.cidr), s.id);
    }
    m_subnetCombo->setCurrentIndex(std::max(0, m_subnetCombo->findData(current)));
    updateButtons();
}

void WizardNetworkPage::applyDefaultGroup()
{
    if (request()->securityGroupsChosen() || !request()->securityGroups().isEmpty())
        return;
    const QString id = catalog()->workspace().desktopSecurityGroupId;
    if (id.isEmpty() || !catalog()->isReady(CatalogCache::Kind::SecurityGroups))
        return;
    request()->setSecurityGroups({id});
}

void WizardNetworkPage::updateButtons()
{
    const int row = m_nicsView->currentIndex().isValid() ? m_nicsView->currentIndex().row() : -1;
    m_addButton->setEnabled(m_nics->canAdd() && m_subnetCombo->count() > 0);
    m_removeButton->setEnabled(row >= 0);
    m_upButton->setEnabled(row > 0);
    m_downButton->setEnabled(row >= 0 && row < m_nics->rowCount() - 1);
}

void WizardNetworkPage::onAdd()
{
    const QString id = m_subnetCombo->currentData().toString();
    if (id.isEmpty() || !m_nics->canAdd())
        return;
    m_nics->addSubnet(id);
    m_nicsView->setCurrentIndex(m_nicsStyle->index(m_nics->rowCount() - 1, 0));
}

void WizardNetworkPage::onRemove()
{
    const QModelIndex current = m_nicsView->currentIndex();
    if (!current.isValid())
        return;
    m_nics->removeRows(current.row(), 1);
    updateButtons();
}

void WizardNetworkPage::onMove(int delta)
{
    const QModelIndex current = m_nicsView->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    const int target = row + delta;
    if (target < 0 || target >= m_nics->rowCount())
        return;
    // moveRows takes the destination as "before this row" in the old numbering.
    if (m_nics->moveRows({}, row, 1, {}, delta > 0 ? target + 1 : target))
        m_nicsView->setCurrentIndex(m_nicsStyle->index(target, 0));
    updateButtons();
}

void WizardNetworkPage::readModel()
{
    updateButtons();
}

} // namespace wsc
