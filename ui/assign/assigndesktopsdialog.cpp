#include "assigndesktopsdialog.h"

#include "assignmentdelegate.h"
#include "assignmentreviewwidget.h"
#include "sharedusersdialog.h"

#include "ui/csvimport/severitystyleproxy.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/loadstatewidget.h"

#include "api/batchplan.h"
#include "api/errorcatalog.h"
#include "api/jobcenter.h"
#include "api/workspaceclient.h"

#include "models/assignmentimport.h"
#include "models/assignmentmodel.h"
#include "models/attacherrorlocator.h"
#include "models/attachrules.h"
#include "models/candidateusersmodel.h"
#include "models/desktopfilterproxy.h"
#include "models/desktoplistmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace {

enum Page { PairPage, ReviewPage };

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setAlternatingRowColors(false); // severity tints must stay unambiguous
    view->setWordWrap(false);
    view->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    return view;
}

/** A shortcut that works while @p view (or its editor) has the focus. */
QAction *viewAction(QWidget *view, const QKeySequence &key)
{
    auto *action = new QAction(view);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(action);
    return action;
}

QString itemDetail(const BatchItem &item)
{
    if (item.subJobStatus == SubJobStatus::Running)
        return AssignDesktopsDialog::tr("Assigning… %1%").arg(item.process);
    if (item.subJobStatus == SubJobStatus::Waiting)
        return AssignDesktopsDialog::tr("Queued on the service");
    switch (item.chunkState) {
    case ChunkState::Planned:
        return AssignDesktopsDialog::tr("Waiting to be sent");
    case ChunkState::Sent:
        return AssignDesktopsDialog::tr("Sent");
    case ChunkState::Accepted:
        return AssignDesktopsDialog::tr("Accepted; following the job");
    case ChunkState::Unknown:
        return AssignDesktopsDialog::tr("No answer; checking whether it arrived");
    case ChunkState::Done:
    case ChunkState::Failed:
    case ChunkState::Cancelled:
        break;
    }
    return ChunkStates::displayName(item.chunkState);
}

} // namespace

AssignDesktopsDialog::AssignDesktopsDialog(WorkspaceClient *client, JobCenter *jobs,
                                           QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_jobs(jobs)
    , m_refreshTimer(new QTimer(this))
    , m_model(new AssignmentModel(this))
    , m_assignmentProxy(new SeverityStyleProxy(AssignmentModel::SeverityRole, this))
    , m_delegate(new AssignmentDelegate(this))
    , m_desktops(new DesktopListModel(this))
    , m_desktopProxy(new DesktopFilterProxy(this))
    , m_candidates(new CandidateUsersModel(this))
    , m_candidateFilter(new QSortFilterProxyModel(this))
    , m_candidateProxy(new SeverityStyleProxy(CandidateUsersModel::SeverityRole, this))
{
    setObjectName(QStringLiteral("AssignDesktopsDialog"));
    if (m_client)
        m_context.attachCap = m_client->config().attachCap;
    m_model->setContext(m_context);
    m_assignmentProxy->setSourceModel(m_model);
    m_assignmentProxy->setIconColumn(AssignmentModel::StatusColumn);
    m_desktopProxy->setSourceModel(m_desktops);
    m_desktopProxy->setSortRole(Qt::DisplayRole);
    m_candidateFilter->setSourceModel(m_candidates);
    m_candidateFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_candidateFilter->setFilterKeyColumn(-1);
    m_candidateProxy->setSourceModel(m_candidateFilter);
    m_candidateProxy->setIconColumn(CandidateUsersModel::NameColumn);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &AssignDesktopsDialog::refreshFromBatch);

    buildUi();
    retranslateUi();

    connect(m_model, &AssignmentModel::summaryChanged, this, &AssignDesktopsDialog::updateState);
    if (m_jobs) {
        connect(m_jobs, &JobCenter::itemChanged, this,
                [this](const QString &batchId, int) { onItemChanged(batchId); });
        connect(m_jobs, &JobCenter::batchChanged, this, &AssignDesktopsDialog::onItemChanged);
        connect(m_jobs, &JobCenter::batchFinished, this, &AssignDesktopsDialog::onBatchFinished);
    }
    resize(1240, 860);
    updateState();
    reload();
}

AssignDesktopsDialog::~AssignDesktopsDialog() = default;

void AssignDesktopsDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(buildPairPage());
    m_pages->addWidget(buildReviewPage());
    layout->addWidget(m_pages, 1);

    // Own row rather than a QDialogButtonBox: Back must sit left of Assign in every style.
    auto *buttons = new QHBoxLayout;
    m_backButton = new QPushButton(this);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_reviewButton = new QPushButton(this);
    m_reviewButton->setObjectName(QStringLiteral("reviewButton"));
    m_submitButton = new QPushButton(this);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    buttons->addStretch(1);
    for (QPushButton *b : {m_backButton, m_reviewButton, m_submitButton, m_closeButton}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    layout->addLayout(buttons);
    connect(m_backButton, &QPushButton::clicked, this, &AssignDesktopsDialog::onBack);
    connect(m_reviewButton, &QPushButton::clicked, this, &AssignDesktopsDialog::onReview);
    connect(m_submitButton, &QPushButton::clicked, this, &AssignDesktopsDialog::onSubmit);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
}

QWidget *AssignDesktopsDialog::buildPairPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *vertical = new QSplitter(Qt::Vertical, page);
    vertical->setObjectName(QStringLiteral("pairSplitter"));
    vertical->setChildrenCollapsible(false);
    auto *top = new QSplitter(Qt::Horizontal, vertical);
    top->setChildrenCollapsible(false);

    // Left: desktops waiting for a user.
    m_desktopsBox = new QGroupBox(top);
    m_desktopsBox->setObjectName(QStringLiteral("desktopsBox"));
    auto *dl = new QVBoxLayout(m_desktopsBox);
    m_desktopSearch = new QLineEdit(m_desktopsBox);
    m_desktopSearch->setObjectName(QStringLiteral("desktopSearchEdit"));
    m_desktopSearch->setClearButtonEnabled(true);
    dl->addWidget(m_desktopSearch);
    m_desktopsView = makeTable(m_desktopsBox, QStringLiteral("desktopsView"));
    m_desktopsView->setModel(m_desktopProxy);
    m_desktopsView->setSortingEnabled(true);
    m_desktopsView->sortByColumn(DesktopListModel::NameColumn, Qt::AscendingOrder);
    m_desktopsView->horizontalHeader()->setDefaultSectionSize(110);
    m_desktopsView->verticalHeader()->setVisible(false);
    m_desktopsState = new LoadStateWidget(m_desktopsView, m_desktopsBox);
    m_desktopsState->setObjectName(QStringLiteral("desktopsState"));
    dl->addWidget(m_desktopsState, 1);
    auto *dButtons = new QHBoxLayout;
    m_addDesktopsButton = new QPushButton(m_desktopsBox);
    m_addDesktopsButton->setObjectName(QStringLiteral("addDesktopsButton"));
    m_addAllDesktopsButton = new QPushButton(m_desktopsBox);
    m_addAllDesktopsButton->setObjectName(QStringLiteral("addAllDesktopsButton"));
    m_reloadButton = new QPushButton(m_desktopsBox);
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    for (QPushButton *b : {m_addDesktopsButton, m_addAllDesktopsButton, m_reloadButton})
        b->setAutoDefault(false);
    dButtons->addWidget(m_addDesktopsButton);
    dButtons->addWidget(m_addAllDesktopsButton);
    dButtons->addStretch(1);
    dButtons->addWidget(m_reloadButton);
    dl->addLayout(dButtons);
    connect(m_desktopSearch, &QLineEdit::textChanged, m_desktopProxy,
            &DesktopFilterProxy::setSearchText);
    connect(m_addDesktopsButton, &QPushButton::clicked, this, [this] { onAddDesktops(false); });
    connect(m_addAllDesktopsButton, &QPushButton::clicked, this, [this] { onAddDesktops(true); });
    connect(m_reloadButton, &QPushButton::clicked, this, &AssignDesktopsDialog::reload);
    connect(m_desktopsState, &LoadStateWidget::retryRequested, this,
            &AssignDesktopsDialog::loadDesktops);
    connect(m_desktopsView, &QTableView::doubleClicked, this, [this] { onAddDesktops(false); });
    connect(viewAction(m_desktopsView, Qt::Key_Return), &QAction::triggered, this,
            [this] { onAddDesktops(false); });
    connect(m_desktopsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AssignDesktopsDialog::updateState);
    connect(m_desktopProxy, &QAbstractItemModel::rowsInserted, this,
            &AssignDesktopsDialog::updateState);
    connect(m_desktopProxy, &QAbstractItemModel::rowsRemoved, this,
            &AssignDesktopsDialog::updateState);
    connect(m_desktopProxy, &QAbstractItemModel::modelReset, this,
            &AssignDesktopsDialog::updateState);

    // Right: users.
    m_usersBox = new QGroupBox(top);
    m_usersBox->setObjectName(QStringLiteral("usersBox"));
    auto *ul = new QVBoxLayout(m_usersBox);
    m_userSearch = new QLineEdit(m_usersBox);
    m_userSearch->setObjectName(QStringLiteral("userSearchEdit"));
    m_userSearch->setClearButtonEnabled(true);
    ul->addWidget(m_userSearch);
    m_usersView = makeTable(m_usersBox, QStringLiteral("usersView"));
    m_usersView->setModel(m_candidateProxy);
    m_usersView->horizontalHeader()->setDefaultSectionSize(120);
    m_usersView->verticalHeader()->setVisible(false);
    m_usersState = new LoadStateWidget(m_usersView, m_usersBox);
    m_usersState->setObjectName(QStringLiteral("usersState"));
    ul->addWidget(m_usersState, 1);
    auto *typedRow = new QHBoxLayout;
    m_typedUserEdit = new QLineEdit(m_usersBox);
    m_typedUserEdit->setObjectName(QStringLiteral("typedUserEdit"));
    m_addTypedUserButton = new QPushButton(m_usersBox);
    m_addTypedUserButton->setObjectName(QStringLiteral("addTypedUserButton"));
    typedRow->addWidget(m_typedUserEdit, 1);
    typedRow->addWidget(m_addTypedUserButton);
    ul->addLayout(typedRow);
    auto *uButtons = new QHBoxLayout;
    m_importButton = new QPushButton(m_usersBox);
    m_importButton->setObjectName(QStringLiteral("importCsvButton"));
    m_createUsersButton = new QPushButton(m_usersBox);
    m_createUsersButton->setObjectName(QStringLiteral("createUsersButton"));
    for (QPushButton *b : {m_addTypedUserButton, m_importButton, m_createUsersButton})
        b->setAutoDefault(false);
    uButtons->addWidget(m_importButton);
    uButtons->addStretch(1);
    uButtons->addWidget(m_createUsersButton);
    ul->addLayout(uButtons);
    connect(m_userSearch, &QLineEdit::textChanged, m_candidateFilter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_typedUserEdit, &QLineEdit::returnPressed, this,
            &AssignDesktopsDialog::onAddTypedUser);
    connect(m_typedUserEdit, &QLineEdit::textChanged, this, &AssignDesktopsDialog::updateState);
    connect(m_addTypedUserButton, &QPushButton::clicked, this,
            &AssignDesktopsDialog::onAddTypedUser);
    connect(m_importButton, &QPushButton::clicked, this, &AssignDesktopsDialog::onImportClicked);
    connect(m_createUsersButton, &QPushButton::clicked, this,
            &AssignDesktopsDialog::onCreateMissingClicked);
    connect(m_usersState, &LoadStateWidget::retryRequested, this, &AssignDesktopsDialog::loadUsers);
    connect(m_usersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AssignDesktopsDialog::updateState);
    connect(m_usersView, &QTableView::doubleClicked, this, &AssignDesktopsDialog::onPairInOrder);
    top->addWidget(m_desktopsBox);
    top->addWidget(m_usersBox);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);

    // Middle: the pairing.
    m_assignBox = new QGroupBox(vertical);
    m_assignBox->setObjectName(QStringLiteral("assignBox"));
    auto *al = new QVBoxLayout(m_assignBox);
    auto *tools = new QHBoxLayout;
    m_pairButton = new QPushButton(m_assignBox);
    m_pairButton->setObjectName(QStringLiteral("pairInOrderButton"));
    m_clearButton = new QPushButton(m_assignBox);
    m_clearButton->setObjectName(QStringLiteral("clearPairingButton"));
    m_removeButton = new QPushButton(m_assignBox);
    m_removeButton->setObjectName(QStringLiteral("removeRowsButton"));
    m_sharedButton = new QPushButton(m_assignBox);
    m_sharedButton->setObjectName(QStringLiteral("sharedUsersButton"));
    for (QPushButton *b : {m_pairButton, m_clearButton, m_removeButton, m_sharedButton}) {
        b->setAutoDefault(false);
        tools->addWidget(b);
    }
    tools->addSpacing(12);
    m_bulkGroupLabel = new QLabel(m_assignBox);
    m_bulkGroupCombo = new QComboBox(m_assignBox);
    m_bulkGroupCombo->setObjectName(QStringLiteral("bulkGroupCombo"));
    m_bulkGroupCombo->addItem(QString());
    m_bulkGroupCombo->addItems(AssignmentModel::allowedGroups(QString()));
    m_bulkGroupLabel->setBuddy(m_bulkGroupCombo);
    tools->addStretch(1);
    tools->addWidget(m_bulkGroupLabel);
    tools->addWidget(m_bulkGroupCombo);
    al->addLayout(tools);
    // On a line of its own: long languages must not widen the dialog past the screen.
    m_countsLabel = new QLabel(m_assignBox);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_countsLabel->setWordWrap(true);
    al->addWidget(m_countsLabel);
    m_resultLabel = new QLabel(m_assignBox);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel->setVisible(false);
    al->addWidget(m_resultLabel);
    m_assignView = makeTable(m_assignBox, QStringLiteral("assignmentView"));
    m_assignView->setModel(m_assignmentProxy);
    m_assignView->setItemDelegate(m_delegate);
    m_assignView->setEditTriggers(QAbstractItemView::DoubleClicked
                                  | QAbstractItemView::EditKeyPressed
                                  | QAbstractItemView::AnyKeyPressed);
    m_assignView->setSelectionBehavior(QAbstractItemView::SelectItems);
    QHeaderView *header = m_assignView->horizontalHeader();
    header->resizeSection(AssignmentModel::DesktopColumn, 130);
    header->resizeSection(AssignmentModel::UserColumn, 170);
    header->resizeSection(AssignmentModel::GroupColumn, 120);
    header->resizeSection(AssignmentModel::EmailColumn, 190);
    header->resizeSection(AssignmentModel::NewNameColumn, 150);
    header->resizeSection(AssignmentModel::ClearDataColumn, 90);
    al->addWidget(m_assignView, 1);
    m_clearDataHint = new QLabel(m_assignBox);
    m_clearDataHint->setObjectName(QStringLiteral("clearDataHint"));
    m_clearDataHint->setWordWrap(true);
    m_clearDataHint->setForegroundRole(QPalette::PlaceholderText);
    al->addWidget(m_clearDataHint);
    m_importIssuesView = new QListWidget(m_assignBox);
    m_importIssuesView->setObjectName(QStringLiteral("importIssuesView"));
    m_importIssuesView->setMaximumHeight(90);
    m_importIssuesView->setVisible(false);
    al->addWidget(m_importIssuesView);
    connect(m_pairButton, &QPushButton::clicked, this, &AssignDesktopsDialog::onPairInOrder);
    connect(m_clearButton, &QPushButton::clicked, this, &AssignDesktopsDialog::onClearPairing);
    connect(m_removeButton, &QPushButton::clicked, this, &AssignDesktopsDialog::onRemoveRows);
    connect(m_sharedButton, &QPushButton::clicked, this, &AssignDesktopsDialog::onSharedUsers);
    connect(m_bulkGroupCombo, &QComboBox::activated, this, &AssignDesktopsDialog::onBulkGroup);
    connect(viewAction(m_assignView, QKeySequence::Delete), &QAction::triggered, this,
            &AssignDesktopsDialog::onRemoveRows);
    connect(m_assignView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AssignDesktopsDialog::updateState);
    connect(m_assignView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AssignDesktopsDialog::updateState);
    connect(m_assignView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == AssignmentModel::UserColumn
            && index.data(AssignmentModel::SharedRole).toBool()
            && !(index.flags() & Qt::ItemIsEditable)) {
            onSharedUsers();
        }
    });

    // Bottom: what changes for the whole request.
    m_optionsBox = new QGroupBox(vertical);
    m_optionsBox->setObjectName(QStringLiteral("optionsBox"));
    auto *ol = new QGridLayout(m_optionsBox);
    m_imageTypeLabel = new QLabel(m_optionsBox);
    m_imageTypeCombo = new QComboBox(m_optionsBox);
    m_imageTypeCombo->setObjectName(QStringLiteral("imageTypeCombo"));
    m_imageTypeCombo->addItem(QString(), QString());
    m_imageTypeCombo->addItem(QString(), QStringLiteral("private"));
    m_imageTypeCombo->addItem(QString(), QStringLiteral("gold"));
    m_imageTypeCombo->addItem(QString(), QStringLiteral("market"));
    m_imageTypeLabel->setBuddy(m_imageTypeCombo);
    m_imageIdLabel = new QLabel(m_optionsBox);
    m_imageIdEdit = new QLineEdit(m_optionsBox);
    m_imageIdEdit->setObjectName(QStringLiteral("imageIdEdit"));
    m_imageIdEdit->setClearButtonEnabled(true);
    m_imageIdLabel->setBuddy(m_imageIdEdit);
    m_policyLabel = new QLabel(m_optionsBox);
    m_policyEdit = new QLineEdit(m_optionsBox);
    m_policyEdit->setObjectName(QStringLiteral("namePolicyEdit"));
    m_policyEdit->setClearButtonEnabled(true);
    m_policyLabel->setBuddy(m_policyEdit);
    m_optionsMessage = new FieldMessage(m_optionsBox);
    m_optionsMessage->setObjectName(QStringLiteral("optionsMessage"));
    ol->addWidget(m_imageTypeLabel, 0, 0);
    ol->addWidget(m_imageTypeCombo, 0, 1);
    ol->addWidget(m_imageIdLabel, 0, 2);
    ol->addWidget(m_imageIdEdit, 0, 3);
    ol->addWidget(m_policyLabel, 1, 0);
    ol->addWidget(m_policyEdit, 1, 1, 1, 3);
    ol->addWidget(m_optionsMessage, 2, 0, 1, 4);
    ol->setColumnStretch(3, 1);
    connect(m_imageTypeCombo, &QComboBox::currentIndexChanged, this,
            &AssignDesktopsDialog::onOptionsChanged);
    connect(m_imageIdEdit, &QLineEdit::textChanged, this, &AssignDesktopsDialog::onOptionsChanged);
    connect(m_policyEdit, &QLineEdit::textChanged, this, &AssignDesktopsDialog::onOptionsChanged);

    vertical->addWidget(top);
    vertical->addWidget(m_assignBox);
    vertical->addWidget(m_optionsBox);
    vertical->setStretchFactor(0, 2);
    vertical->setStretchFactor(1, 3);
    vertical->setStretchFactor(2, 0);
    layout->addWidget(vertical);
    return page;
}

QWidget *AssignDesktopsDialog::buildReviewPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_reviewSummary = new QLabel(page);
    m_reviewSummary->setObjectName(QStringLiteral("reviewSummary"));
    m_reviewSummary->setWordWrap(true);
    layout->addWidget(m_reviewSummary);
    m_createMissingCheck = new QCheckBox(page);
    m_createMissingCheck->setObjectName(QStringLiteral("createMissingCheck"));
    m_createMissingCheck->setChecked(true);
    layout->addWidget(m_createMissingCheck);
    m_missingLabel = new QLabel(page);
    m_missingLabel->setObjectName(QStringLiteral("missingLabel"));
    m_missingLabel->setWordWrap(true);
    m_missingLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_missingLabel);
    m_review = new AssignmentReviewWidget(page);
    m_review->setObjectName(QStringLiteral("review"));
    layout->addWidget(m_review, 1);
    auto *statusRow = new QHBoxLayout;
    m_submitStatus = new QLabel(page);
    m_submitStatus->setObjectName(QStringLiteral("submitStatus"));
    m_submitStatus->setWordWrap(true);
    m_submitStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("submitProgress"));
    m_progress->setVisible(false);
    statusRow->addWidget(m_submitStatus, 1);
    statusRow->addWidget(m_progress);
    layout->addLayout(statusRow);
    connect(m_createMissingCheck, &QCheckBox::toggled, this, &AssignDesktopsDialog::updateState);
    return page;
}

void AssignDesktopsDialog::retranslateUi()
{
    setWindowTitle(tr("Assign desktops to users"));
    m_desktopsBox->setTitle(tr("Desktops waiting for a user"));
    m_desktopSearch->setPlaceholderText(tr("Search by name, IP, status, zone or product"));
    m_desktopSearch->setAccessibleName(tr("Search desktops"));
    m_desktopsView->setAccessibleName(tr("Desktops waiting for a user"));
    m_addDesktopsButton->setText(tr("&Add selected"));
    m_addDesktopsButton->setAccessibleName(tr("Add the selected desktops to the assignment"));
    m_addAllDesktopsButton->setText(tr("Add all &shown"));
    m_addAllDesktopsButton->setAccessibleName(tr("Add every desktop shown to the assignment"));
    m_reloadButton->setText(tr("Re&load"));
    m_reloadButton->setAccessibleName(tr("Reload desktops and users"));

    m_usersBox->setTitle(tr("Users"));
    m_userSearch->setPlaceholderText(tr("Search users"));
    m_userSearch->setAccessibleName(tr("Search users"));
    m_usersView->setAccessibleName(tr("Users to pair"));
    m_typedUserEdit->setPlaceholderText(tr("Type a user name"));
    m_typedUserEdit->setAccessibleName(tr("User name to add to the list"));
    m_addTypedUserButton->setText(tr("Add &name"));
    m_addTypedUserButton->setAccessibleName(tr("Add the typed user name"));
    m_importButton->setText(tr("&Import CSV…"));
    m_importButton->setAccessibleName(tr("Import users or pairings from a CSV file"));
    m_importButton->setToolTip(
            tr("Columns: desktop_id or computer_name, user_name, user_group, user_email, "
               "new_computer_name, is_clear_data (English or Chinese headers). Without a "
               "desktop column the users join this list."));
    m_createUsersButton->setText(tr("Create &missing users"));
    m_createUsersButton->setAccessibleName(tr("Create the users missing from the directory"));

    m_assignBox->setTitle(tr("Assignment"));
    m_pairButton->setText(tr("&Pair in order"));
    m_pairButton->setAccessibleName(tr("Pair the selected users with desktops in order"));
    m_pairButton->setToolTip(tr("Gives the selected users, top to bottom, to the selected rows "
                                "(or to the rows without a user)."));
    m_clearButton->setText(tr("&Clear pairing"));
    m_clearButton->setAccessibleName(tr("Clear the pairing of the selected rows"));
    m_clearButton->setToolTip(tr("Clears the selected rows, or every row when none is selected."));
    m_removeButton->setText(tr("&Remove"));
    m_removeButton->setAccessibleName(tr("Remove the selected rows from the assignment"));
    m_sharedButton->setText(tr("Users and &groups…"));
    m_sharedButton->setAccessibleName(tr("Choose the users and groups of a shared desktop"));
    m_bulkGroupLabel->setText(tr("Set gr&oup:"));
    m_bulkGroupCombo->setAccessibleName(tr("Set the user group of the selected rows"));
    m_bulkGroupCombo->setItemText(0, tr("(choose)"));
    m_assignView->setAccessibleName(tr("Desktops and their users"));
    m_importIssuesView->setAccessibleName(tr("Problems of the imported file"));
    m_clearDataHint->setText(
            tr("Clear data only matters when a desktop goes back to the same user it was "
               "detached from: checked (the service's default) wipes that user's data, "
               "unchecked keeps it."));

    m_optionsBox->setTitle(tr("For every desktop of this assignment (optional)"));
    m_imageTypeLabel->setText(tr("C&hange image:"));
    m_imageTypeCombo->setItemText(0, tr("No change"));
    m_imageTypeCombo->setItemText(1, tr("Private image"));
    m_imageTypeCombo->setItemText(2, tr("Public (gold) image"));
    m_imageTypeCombo->setItemText(3, tr("Marketplace image"));
    m_imageTypeCombo->setAccessibleName(tr("Image type"));
    m_imageIdLabel->setText(tr("Image &ID:"));
    m_imageIdEdit->setAccessibleName(tr("Image ID"));
    m_policyLabel->setText(tr("Desk&top name policy ID:"));
    m_policyEdit->setAccessibleName(tr("Desktop name policy ID"));
    m_policyEdit->setToolTip(tr("A policy that generates desktop names; a new computer name "
                                "given on a row wins over it."));

    m_createMissingCheck->setAccessibleName(tr("Create missing users first"));
    m_backButton->setText(tr("< &Back"));
    m_backButton->setAccessibleName(tr("Back to the pairing"));
    m_reviewButton->setText(tr("Re&view…"));
    m_reviewButton->setAccessibleName(tr("Review the requests"));
    m_closeButton->setText(tr("Close"));
    m_closeButton->setAccessibleName(tr("Close"));
    m_progress->setAccessibleName(tr("Assignment progress"));
    m_submitStatus->setAccessibleName(tr("Submission status"));
    m_reviewSummary->setAccessibleName(tr("Summary"));
    // Header texts come from the models' translations.
    emit m_model->headerDataChanged(Qt::Horizontal, 0, AssignmentModel::ColumnCount - 1);
    emit m_desktops->headerDataChanged(Qt::Horizontal, 0, DesktopListModel::ColumnCount - 1);
    emit m_candidates->headerDataChanged(Qt::Horizontal, 0, CandidateUsersModel::ColumnCount - 1);
    onOptionsChanged();
    updateState();
}

void AssignDesktopsDialog::setContext(const ValidationContext &context)
{
    m_context = context;
    m_contextGiven = true;
    m_model->setContext(m_context);
}

void AssignDesktopsDialog::reload()
{
    if (!m_client)
        return;
    if (!m_contextGiven)
        loadWorkspace();
    loadDesktops();
    loadUsers();
}

void AssignDesktopsDialog::loadWorkspace()
{
    auto *call = m_client->workspaceInfo(this);
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        DomainType type = DomainType::LiteAs;
        if (call->isOk() && !m_contextGiven
            && ValidationContext::parseDomainType(call->result().domainType, &type)) {
            m_context.domainType = type;
            m_model->setContext(m_context);
        }
    });
}

void AssignDesktopsDialog::loadDesktops()
{
    m_desktopsLoaded = false;
    m_desktopsState->showBusy(tr("Reading the desktops that have no user…"));
    DesktopQuery query;
    query.userAttached = false;
    auto *call = m_client->allDesktops(query, this);
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        m_desktopsLoaded = true;
        if (!call->isOk()) {
            m_desktopsState->showError(call->error());
            checkLoaded();
            return;
        }
        QList<DesktopInfo> free;
        QHash<QString, QString> names;
        for (const DesktopInfo &d : call->result()) {
            names.insert(d.computerName, d.desktopId);
            // The filter already asks for these; a desktop that got a user meanwhile stays out.
            if (!d.hasUser())
                free.append(d);
        }
        m_desktops->setDesktops(free);
        for (const AssignmentRow &row : m_model->rows())
            m_desktops->setAdded(row.desktop.desktopId, true);
        m_model->setTakenComputerNames(names);
        m_desktopsView->resizeColumnToContents(DesktopListModel::NameColumn);
        m_desktopsState->showContent();
        checkLoaded();
    });
}

void AssignDesktopsDialog::loadUsers()
{
    m_usersLoaded = false;
    m_usersState->showBusy(tr("Reading the directory…"));
    auto *call = m_client->users({}, this);
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        m_usersLoaded = true;
        if (!call->isOk()) {
            m_usersState->showError(call->error());
            checkLoaded();
            return;
        }
        setDirectory(call->result());
        m_usersState->showContent();
        checkLoaded();
    });
}

void AssignDesktopsDialog::setDirectory(const QList<DirectoryUser> &users)
{
    m_directory = users;
    m_candidates->setDirectoryUsers(users);
    m_model->setDirectory(users);
    m_delegate->setUserNames(m_candidates->userNames());
    m_candidates->setPairedCounts(m_model->pairedCounts());
}

void AssignDesktopsDialog::checkLoaded()
{
    updateState();
    if (isLoaded())
        emit loaded();
}

QList<int> AssignDesktopsDialog::selectedAssignmentRows() const
{
    QSet<int> rows;
    for (const QModelIndex &index : m_assignView->selectionModel()->selectedIndexes())
        rows.insert(m_assignmentProxy->mapToSource(index).row());
    QList<int> out(rows.cbegin(), rows.cend());
    std::sort(out.begin(), out.end());
    return out;
}

void AssignDesktopsDialog::onAddDesktops(bool all)
{
    QList<int> proxyRows;
    if (all) {
        for (int r = 0; r < m_desktopProxy->rowCount(); ++r)
            proxyRows.append(r);
    } else {
        for (const QModelIndex &index : m_desktopsView->selectionModel()->selectedRows())
            proxyRows.append(index.row());
        std::sort(proxyRows.begin(), proxyRows.end());
    }
    QList<DesktopInfo> chosen;
    for (const int r : std::as_const(proxyRows)) {
        const QModelIndex source = m_desktopProxy->mapToSource(m_desktopProxy->index(r, 0));
        chosen.append(m_desktops->desktop(source.row()));
    }
    if (chosen.isEmpty())
        return;
    m_model->addDesktops(chosen);
    for (const DesktopInfo &d : std::as_const(chosen))
        m_desktops->setAdded(d.desktopId, true);
    m_resultLabel->setVisible(false);
}

void AssignDesktopsDialog::onRemoveRows()
{
    if (m_busy)
        return;
    QList<int> rows = selectedAssignmentRows();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (const int row : std::as_const(rows)) {
        const QString id = m_model->row(row).desktop.desktopId;
        if (m_model->removeRows(row, 1))
            m_desktops->setAdded(id, false);
    }
}

void AssignDesktopsDialog::onAddTypedUser()
{
    const QString name = m_typedUserEdit->text().trimmed();
    if (name.isEmpty())
        return;
    CandidateUser user;
    user.userName = name;
    user.source = CandidateUser::Source::Typed;
    const int row = m_candidates->addCandidate(user);
    m_typedUserEdit->clear();
    m_delegate->setUserNames(m_candidates->userNames());
    const QModelIndex index = m_candidateProxy->mapFromSource(
            m_candidateFilter->mapFromSource(m_candidates->index(row, 0)));
    if (index.isValid()) {
        m_usersView->selectionModel()->select(index, QItemSelectionModel::Select
                                                             | QItemSelectionModel::Rows);
        m_usersView->scrollTo(index);
    }
}

void AssignDesktopsDialog::onPairInOrder()
{
    // The users in the order the list shows them (sorted or filtered as the administrator sees).
    QList<int> proxyRows;
    for (const QModelIndex &index : m_usersView->selectionModel()->selectedRows())
        proxyRows.append(index.row());
    std::sort(proxyRows.begin(), proxyRows.end());
    QList<CandidateUser> users;
    for (const int r : std::as_const(proxyRows)) {
        const QModelIndex source = m_candidateFilter->mapToSource(
                m_candidateProxy->mapToSource(m_candidateProxy->index(r, 0)));
        users.append(m_candidates->candidate(source.row()));
    }
    if (users.isEmpty())
        return;
    const int made = m_model->pairInOrder(users, selectedAssignmentRows());
    m_candidates->setPairedCounts(m_model->pairedCounts());
    m_resultLabel->setText(tr("%n desktop(s) paired.", nullptr, made));
    m_resultLabel->setVisible(true);
}

void AssignDesktopsDialog::onClearPairing()
{
    m_model->clearPairing(selectedAssignmentRows());
    m_candidates->setPairedCounts(m_model->pairedCounts());
}

void AssignDesktopsDialog::onImportClicked()
{
    const QString dir
            = m_csvPath.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                      : QFileInfo(m_csvPath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import an assignment CSV"), dir,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importCsv(path);
}

void AssignDesktopsDialog::importCsv(const QString &path)
{
    const AssignmentImportResult read = AssignmentImport::readFile(path);
    m_importIssues.clear();
    if (!read.readable) {
        m_importIssues.append(
                {0, QString(), QStringLiteral("csv.unreadable"), Severity::Error, read.readError});
        showImportIssues();
        return;
    }
    m_csvPath = path;
    const bool pairsDesktops = read.columnMapping.contains(QStringLiteral("desktop_id"))
                               || read.columnMapping.contains(QStringLiteral("computer_name"));
    if (pairsDesktops) {
        const AssignmentMapping mapping
                = AssignmentImport::map(read.rows, m_desktops->desktops(), m_context);
        m_importIssues = read.fileIssues + mapping.issues;
        const int applied = m_model->applyMapping(mapping, m_desktops->desktops());
        for (const AttachDesktop &d : mapping.request.desktops)
            m_desktops->setAdded(d.desktopId, true);
        m_resultLabel->setText(tr("%n desktop(s) paired from %1.", nullptr, applied)
                                       .arg(QFileInfo(path).fileName()));
    } else {
        // A plain list of users: they wait on the right for "Pair in order".
        for (const CsvIssue &issue : read.fileIssues) {
            if (issue.code != QLatin1String("csv.missing_column")
                || issue.column == QLatin1String("user_name"))
                m_importIssues.append(issue);
        }
        m_usersView->clearSelection();
        int added = 0;
        for (const AssignmentImportRow &row : read.rows) {
            for (const CsvIssue &issue : row.issues) {
                if (issue.code != QLatin1String("assign.desktop_required"))
                    m_importIssues.append(issue);
            }
            if (row.userName.isEmpty())
                continue;
            CandidateUser user;
            user.userName = row.userName;
            user.userEmail = row.userEmail;
            user.userGroup = row.userGroup;
            user.source = CandidateUser::Source::Csv;
            user.line = row.line;
            const int at = m_candidates->addCandidate(user);
            const QModelIndex index = m_candidateProxy->mapFromSource(
                    m_candidateFilter->mapFromSource(m_candidates->index(at, 0)));
            if (index.isValid()) {
                m_usersView->selectionModel()->select(index, QItemSelectionModel::Select
                                                                     | QItemSelectionModel::Rows);
            }
            ++added;
        }
        m_delegate->setUserNames(m_candidates->userNames());
        m_resultLabel->setText(tr("%n user(s) read from %1 and selected; choose the desktops "
                                  "and press Pair in order.",
                                  nullptr, added)
                                       .arg(QFileInfo(path).fileName()));
    }
    m_resultLabel->setVisible(true);
    m_candidates->setPairedCounts(m_model->pairedCounts());
    showImportIssues();
}

void AssignDesktopsDialog::showImportIssues()
{
    m_importIssuesView->clear();
    for (const CsvIssue &issue : std::as_const(m_importIssues)) {
        auto *item = new QListWidgetItem(
                issue.line > 0 ? tr("Line %1: %2").arg(issue.line).arg(issue.message)
                               : issue.message,
                m_importIssuesView);
        item->setIcon(issue.isError() ? SeverityStyleProxy::errorIcon()
                                      : SeverityStyleProxy::warningIcon());
    }
    m_importIssuesView->setVisible(!m_importIssues.isEmpty());
}

void AssignDesktopsDialog::onSharedUsers()
{
    const QModelIndex current = m_assignmentProxy->mapToSource(m_assignView->currentIndex());
    if (!current.isValid() || !m_model->row(current.row()).isShared())
        return;
    const int row = current.row();
    const AssignmentRow &r = m_model->row(row);
    ValidationContext ctx = m_context;
    OsType os = OsType::Unknown;
    ctx.os = ValidationContext::parseOs(r.desktop.osType, &os) ? os : OsType::Unknown;
    auto *dialog = new SharedUsersDialog(
            r.newComputerName.isEmpty() ? r.desktop.computerName : r.newComputerName, ctx, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDirectory(m_directory);
    QList<AttachUserInfo> infos = r.sharedUsers;
    if (infos.isEmpty() && !r.userName.isEmpty()) {
        // The flat user becomes the first entry, so nothing chosen so far is lost.
        infos.append({QStringLiteral("USER"), r.userId, r.userName, r.userGroup});
    }
    dialog->setInfos(infos);
    const QString desktopId = r.desktop.desktopId;
    connect(dialog, &QDialog::accepted, this, [this, dialog, desktopId] {
        const int at = m_model->rowOf(desktopId);
        if (at >= 0)
            m_model->setSharedUsers(at, dialog->infos());
        m_candidates->setPairedCounts(m_model->pairedCounts());
    });
    m_sharedDialog = dialog;
    dialog->open();
}

void AssignDesktopsDialog::onBulkGroup(int index)
{
    if (index <= 0)
        return;
    m_model->setColumnForRows(selectedAssignmentRows(), AssignmentModel::GroupColumn,
                              m_bulkGroupCombo->itemText(index));
    m_bulkGroupCombo->setCurrentIndex(0);
}

AttachRequest AssignDesktopsDialog::currentRequest() const
{
    AttachRequest request = m_model->request(m_model->sendableRows());
    request.imageType = m_imageTypeCombo->currentData().toString();
    request.imageId = m_imageIdEdit->text().trimmed();
    request.desktopNamePolicyId = m_policyEdit->text().trimmed();
    return request;
}

Findings AssignDesktopsDialog::optionFindings() const
{
    AttachRequest options;
    options.imageType = m_imageTypeCombo->currentData().toString();
    options.imageId = m_imageIdEdit->text().trimmed();
    options.desktopNamePolicyId = m_policyEdit->text().trimmed();
    Findings out;
    for (const Finding &f : AttachRules::validate(options, m_context)) {
        if (!f.path.startsWith(QLatin1String("desktops")))
            out.append(f);
    }
    return out;
}

void AssignDesktopsDialog::onOptionsChanged()
{
    const Findings findings = optionFindings();
    if (findings.isEmpty())
        m_optionsMessage->clear();
    else
        m_optionsMessage->setFindings(findings);
    updateState();
}

void AssignDesktopsDialog::onReview()
{
    const QList<int> rows = m_model->sendableRows();
    if (rows.isEmpty() || m_model->errorCount() > 0 || hasErrors(optionFindings()))
        return;
    AttachRequest request = currentRequest();
    ValidationContext ctx = m_context;
    if (m_client)
        ctx.attachCap = m_client->config().attachCap;
    Findings problems;
    const BatchPlan plan = BatchPlan::forAttach(request, ctx, &problems);
    m_reviewIds = m_model->desktopIds(rows);
    m_review->setPlan(plan);
    QStringList sizes;
    for (const BatchChunk &c : plan.chunks)
        sizes.append(QString::number(c.sourceIndexes.size()));
    m_reviewSummary->setText(
            tr("%1 will be assigned in %2 of at most %3 desktops each (%4).")
                    .arg(tr("%n desktop(s)", nullptr, int(request.desktops.size())),
                         tr("%n request(s)", nullptr, int(plan.chunks.size())))
                    .arg(ctx.attachCap)
                    .arg(sizes.join(QStringLiteral(", "))));
    const QStringList missing = m_model->missingUsers();
    m_createMissingCheck->setVisible(!missing.isEmpty());
    m_createMissingCheck->setText(tr("Create the %n user(s) missing from the directory first",
                                     nullptr, int(missing.size())));
    QStringList lines;
    for (const QString &name : missing) {
        const QString email = emailFor(name);
        lines.append(email.isEmpty() ? tr("%1 (no email: the directory needs one to send the "
                                          "activation link; add it on the row)")
                                               .arg(name)
                                     : tr("%1 <%2>").arg(name, email));
    }
    m_missingLabel->setText(lines.join(QLatin1Char('\n')));
    m_missingLabel->setVisible(!missing.isEmpty());
    m_statusText = hasErrors(problems) ? problems.first().message : QString();
    m_submitStatus->setText(m_statusText);
    m_progress->setVisible(false);
    m_pages->setCurrentIndex(ReviewPage);
    updateState();
    m_submitButton->setFocus();
}

void AssignDesktopsDialog::onBack()
{
    if (m_busy)
        return;
    m_pages->setCurrentIndex(PairPage);
    updateState();
}

QList<int> AssignDesktopsDialog::rowsOf(const QStringList &desktopIds) const
{
    QList<int> rows;
    for (const QString &id : desktopIds) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            rows.append(row);
    }
    return rows;
}

QString AssignDesktopsDialog::emailFor(const QString &userName) const
{
    const QString key = userName.toCaseFolded();
    for (const AssignmentRow &r : m_model->rows()) {
        if (r.userName.toCaseFolded() == key && !r.userEmail.isEmpty())
            return r.userEmail;
    }
    const int at = m_candidates->rowOf(userName);
    return at >= 0 ? m_candidates->candidate(at).userEmail : QString();
}

void AssignDesktopsDialog::onCreateMissingClicked()
{
    const QStringList missing = m_model->missingUsers();
    if (missing.isEmpty())
        return;
    createMissingUsers(missing, [](bool) {});
}

void AssignDesktopsDialog::createMissingUsers(const QStringList &names,
                                              std::function<void(bool)> done)
{
    setBusy(true);
    struct Progress
    {
        int pending = 0;
        int created = 0;
        int failed = 0;
        QList<DirectoryUser> added;
        QStringList errors;
    };
    auto progress = std::make_shared<Progress>();
    progress->pending = int(names.size());
    m_submitStatus->setText(tr("Creating %n user(s)…", nullptr, int(names.size())));
    m_resultLabel->setText(m_submitStatus->text());
    m_resultLabel->setVisible(true);
    for (const QString &name : names) {
        CreateUserRequest request;
        request.userName = name;
        request.userEmail = emailFor(name);
        // The directory mails the activation link; without an address nobody could activate.
        request.activeType = QStringLiteral("USER_ACTIVATE");
        auto *call = m_client->createUser(request, this);
        connect(call, &ApiCall::finished, this, [this, call, name, progress, done] {
            call->deleteLater();
            if (call->isOk() || call->error().errorCode == QLatin1String("WKS.00170110")) {
                // Created now, or created meanwhile by someone else: either way it exists.
                DirectoryUser u;
                u.id = call->isOk() ? call->result() : QString();
                u.userName = name;
                progress->added.append(u);
                ++progress->created;
            } else {
                ++progress->failed;
                const QString text = tr("User %1 could not be created: %2")
                                             .arg(name, ErrorCatalog::describe(call->error()));
                progress->errors.append(text);
                const QString key = name.toCaseFolded();
                for (int row = 0; row < m_model->rowCount(); ++row) {
                    if (m_model->row(row).userName.toCaseFolded() == key)
                        m_model->setFailed(row, call->error().errorCode, text);
                }
            }
            if (--progress->pending > 0)
                return;
            QList<DirectoryUser> directory = m_directory;
            directory += progress->added;
            setDirectory(directory);
            setBusy(false);
            const QString summary = progress->failed == 0
                                            ? tr("%n user(s) created in the directory.", nullptr,
                                                 progress->created)
                                            : progress->errors.join(QLatin1Char('\n'));
            m_submitStatus->setText(summary);
            m_resultLabel->setText(summary);
            emit usersCreated(progress->created, progress->failed);
            done(progress->failed == 0);
        });
    }
}

void AssignDesktopsDialog::onSubmit()
{
    if (m_busy || m_reviewIds.isEmpty() || !m_jobs)
        return;
    const QStringList missing = m_model->missingUsers();
    if (m_createMissingCheck->isChecked() && !missing.isEmpty()) {
        createMissingUsers(missing, [this](bool ok) {
            if (ok)
                startBatch();
            else
                m_pages->setCurrentIndex(PairPage); // the rows say which user failed
        });
        return;
    }
    startBatch();
}

void AssignDesktopsDialog::startBatch()
{
    // The rows reviewed, as they stand now (user ids may have been filled in meanwhile).
    const QList<int> rows = rowsOf(m_reviewIds);
    AttachRequest request = m_model->request(rows);
    request.imageType = m_imageTypeCombo->currentData().toString();
    request.imageId = m_imageIdEdit->text().trimmed();
    request.desktopNamePolicyId = m_policyEdit->text().trimmed();
    BatchSource source;
    source.origin = m_csvPath.isEmpty() ? QStringLiteral("assignment dialog") : m_csvPath;
    for (const int row : rows)
        source.lines.append(m_model->row(row).line);
    setBusy(true);
    const QString id = m_jobs->startAttach(request, source);
    if (id.isEmpty()) {
        setBusy(false);
        m_statusText = tr("The assignment was not started: %1").arg(m_jobs->lastError());
        m_submitStatus->setText(m_statusText);
        return;
    }
    m_batchId = id;
    m_sentIds = m_reviewIds;
    m_model->setSending(rows);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_statusText = tr("Sending %n desktop(s)…", nullptr, int(m_sentIds.size()));
    m_submitStatus->setText(m_statusText);
    emit submitted(id);
    refreshFromBatch();
}

void AssignDesktopsDialog::onItemChanged(const QString &batchId)
{
    if (!m_batchId.isEmpty() && batchId == m_batchId && m_busy)
        m_refreshTimer->start();
}

void AssignDesktopsDialog::refreshFromBatch()
{
    if (!m_jobs || m_batchId.isEmpty())
        return;
    const QList<BatchItem> items = m_jobs->items(m_batchId);
    QHash<int, QList<int>> chunkSources;
    for (const BatchItem &item : items)
        chunkSources[item.chunk].append(item.sourceIndex);
    for (QList<int> &sources : chunkSources)
        std::sort(sources.begin(), sources.end());
    // Rows are found by desktop ID: the table may have grown since the batch started.
    const QStringList &idOfSource = m_sentIds;

    for (const BatchItem &item : items) {
        const int row = m_model->rowOf(m_sentIds.value(item.sourceIndex));
        if (row < 0 || row >= m_model->rowCount())
            continue;
        const AssignmentRow::State state = m_model->row(row).state;
        switch (item.outcome()) {
        case BatchItem::Outcome::Pending:
        case BatchItem::Outcome::Running:
            m_model->setProgress(row, itemDetail(item));
            break;
        case BatchItem::Outcome::Succeeded:
            if (state != AssignmentRow::State::Assigned)
                m_model->setAssigned(row);
            break;
        case BatchItem::Outcome::Cancelled:
            if (state == AssignmentRow::State::Sending)
                m_model->setBlocked(row, tr("Cancelled before it was sent; nothing was applied."));
            break;
        case BatchItem::Outcome::Refused:
        case BatchItem::Outcome::Failed: {
            if (state != AssignmentRow::State::Sending)
                break;
            if (item.errorKind.isEmpty()) {
                // The request was accepted; the service's job failed for this desktop.
                m_model->setFailed(row, item.errorCode,
                                   tr("The service could not assign the desktop: %1 (%2)")
                                           .arg(item.message, item.errorCode));
                break;
            }
            // The whole request was refused: put the error on the desktop(s) it names.
            const QList<int> named = AttachErrorLocator::locate(
                    item.message, chunkSources.value(item.chunk), idOfSource);
            if (named.isEmpty() || named.contains(item.sourceIndex)) {
                m_model->setFailed(row, item.errorCode,
                                   ErrorCatalog::describe(item.requestError()));
            } else {
                const int culprit = m_model->rowOf(m_sentIds.value(named.first()));
                m_model->setBlocked(
                        row, tr("Not assigned: the service refused the whole request because "
                                "of desktop %1 (row %2), so nothing in it was applied. Fix or "
                                "remove that row and submit again.")
                                     .arg(m_model->row(culprit).desktop.computerName)
                                     .arg(culprit + 1));
            }
            break;
        }
        }
    }
    if (!m_jobs)
        return;
    const BatchSummary summary = m_jobs->batch(m_batchId);
    m_progress->setValue(summary.progress);
    m_statusText = tr("%1 of %2 assigned, %3 failed, %4 in progress.")
                           .arg(summary.succeeded)
                           .arg(summary.desktops)
                           .arg(summary.failed)
                           .arg(summary.running + summary.pending);
    m_submitStatus->setText(m_statusText);
}

void AssignDesktopsDialog::onBatchFinished(const QString &batchId)
{
    if (batchId != m_batchId || !m_busy)
        return;
    m_refreshTimer->stop();
    refreshFromBatch();
    m_model->releaseSending(tr("The batch ended without news of this desktop; see the jobs "
                               "panel."));
    setBusy(false);
    int assigned = 0;
    for (const int row : rowsOf(m_sentIds))
        assigned += m_model->row(row).isDone() ? 1 : 0;
    const int notAssigned = int(m_sentIds.size()) - assigned;
    m_resultText = notAssigned == 0
                           ? tr("All %n desktop(s) were assigned.", nullptr, assigned)
                           : tr("%1 assigned; %n desktop(s) not assigned: their rows say why. "
                                "Fix them and submit again.",
                                nullptr, notAssigned)
                                     .arg(assigned);
    m_resultLabel->setText(m_resultText);
    m_resultLabel->setVisible(true);
    m_submitStatus->setText(m_resultText);
    m_progress->setVisible(false);
    m_reviewIds.clear();
    // Back to the table: that is where the outcome of each desktop is shown.
    m_pages->setCurrentIndex(PairPage);
    updateState();
    emit batchDone(batchId);
}

void AssignDesktopsDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateState();
}

void AssignDesktopsDialog::updateState()
{
    if (!m_submitButton)
        return;
    const bool review = m_pages->currentIndex() == ReviewPage;
    const int paired = m_model->pairedCount();
    const int errors = m_model->errorCount();
    const bool optionErrors = hasErrors(optionFindings());
    const QList<int> sendable = m_model->sendableRows();
    const QStringList missing = m_model->missingUsers();

    m_backButton->setVisible(review);
    m_backButton->setEnabled(!m_busy);
    m_reviewButton->setVisible(!review);
    m_reviewButton->setEnabled(!m_busy && !sendable.isEmpty() && errors == 0 && !optionErrors);
    m_submitButton->setVisible(review);
    bool missingWithoutEmail = false;
    if (m_createMissingCheck->isChecked()) {
        for (const QString &name : missing)
            missingWithoutEmail = missingWithoutEmail || emailFor(name).isEmpty();
    }
    m_submitButton->setEnabled(review && !m_busy && !m_reviewIds.isEmpty() && m_jobs
                               && !missingWithoutEmail);
    m_submitButton->setText(tr("&Assign %n desktop(s)", nullptr, int(m_reviewIds.size())));
    m_submitButton->setAccessibleName(m_submitButton->text().remove(QLatin1Char('&')));

    m_addDesktopsButton->setEnabled(m_desktopsView->selectionModel()->hasSelection());
    m_addAllDesktopsButton->setEnabled(m_desktopProxy->rowCount() > 0);
    m_reloadButton->setEnabled(!m_busy);
    m_addTypedUserButton->setEnabled(!m_typedUserEdit->text().trimmed().isEmpty());
    m_createUsersButton->setEnabled(!m_busy && !missing.isEmpty());
    m_createUsersButton->setToolTip(
            missing.isEmpty()
                    ? tr("Every paired user is in the directory.")
                    : tr("Not in the directory: %1").arg(missing.join(QStringLiteral(", "))));
    m_candidates->setPairedCounts(m_model->pairedCounts());
    const bool hasRows = m_model->rowCount() > 0;
    m_pairButton->setEnabled(!m_busy && hasRows && m_usersView->selectionModel()->hasSelection());
    m_clearButton->setEnabled(!m_busy && paired > 0);
    m_removeButton->setEnabled(!m_busy && !selectedAssignmentRows().isEmpty());
    const QModelIndex current = m_assignmentProxy->mapToSource(m_assignView->currentIndex());
    m_sharedButton->setEnabled(!m_busy && current.isValid()
                               && m_model->row(current.row()).isShared()
                               && !m_model->row(current.row()).isDone());
    m_bulkGroupCombo->setEnabled(!m_busy && !selectedAssignmentRows().isEmpty());

    m_desktopsBox->setTitle(tr("Desktops waiting for a user (%1 of %2 shown)")
                                    .arg(m_desktopProxy->rowCount())
                                    .arg(m_desktops->rowCount()));
    QStringList counts;
    counts << tr("%n desktop(s)", nullptr, m_model->rowCount()) << tr("%n paired", nullptr, paired);
    if (errors > 0)
        counts << tr("%n with errors", nullptr, errors);
    if (m_model->doneCount() > 0)
        counts << tr("%n assigned", nullptr, m_model->doneCount());
    m_countsLabel->setText(counts.join(QStringLiteral(" · ")));
}

void AssignDesktopsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_submitButton) {
        retranslateUi();
        if (m_pages->currentIndex() == ReviewPage && !m_busy)
            onReview();
    }
    QDialog::changeEvent(event);
}
