#include "groupsview.h"

#include "directoryentrymodel.h"
#include "directorypickerdialog.h"
#include "groupdialog.h"
#include "grouptablemodel.h"

#include "api/http/workspaceclient.h"
#include "api/profiles/session.h"
#include "ui/settings/appsettings.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/listtable.h"
#include "ui/widgets/loadstatewidget.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace wsc {

namespace {

const QString LayoutName = QStringLiteral("groups");
const QString MembersLayoutName = QStringLiteral("groupMembers");

QTableView *makeTable(QWidget *parent, const QString &name, QAbstractItemModel *model)
{
    QTableView *table = ListTable::make(parent, name, model);
    table->setTabKeyNavigation(false); // Tab goes on to the members pane
    return table;
}

QStringList names(const QList<UserGroup> &groups)
{
    QStringList out;
    for (const UserGroup &g : groups)
        out << g.name;
    return out;
}

} // namespace

GroupsView::GroupsView(AppSettings *settings, QWidget *parent)
    : DirectoryView(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("groupsView"));
    m_model = new GroupTableModel(this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(GroupTableModel::SortRole);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_members = new DirectoryEntryModel(this);
    m_members->setKinds(true, false);
    m_membersFilter = new QSortFilterProxyModel(this);
    m_membersFilter->setSourceModel(m_members);
    m_membersFilter->setSortRole(DirectoryEntryModel::SortRole);
    m_membersFilter->setFilterKeyColumn(-1);
    m_membersFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    // Groups: search, actions, list.
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("groupSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    m_searchLabel->setBuddy(m_search);
    m_createButton = new QPushButton(this);
    m_createButton->setObjectName(QStringLiteral("createGroupButton"));
    m_renameButton = new QPushButton(this);
    m_renameButton->setObjectName(QStringLiteral("renameGroupButton"));
    m_deleteButton = new QPushButton(this);
    m_deleteButton->setObjectName(QStringLiteral("deleteGroupsButton"));
    m_assignButton = new QPushButton(this);
    m_assignButton->setObjectName(QStringLiteral("assignGroupButton"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("groupCount"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_searchLabel);
    bar->addWidget(m_search, 2);
    bar->addWidget(m_createButton);
    bar->addWidget(m_renameButton);
    bar->addWidget(m_deleteButton);
    bar->addWidget(m_assignButton);
    bar->addStretch(1);
    bar->addWidget(m_count);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("groupsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_table = makeTable(m_splitter, QStringLiteral("groupTable"), m_filter);
    m_table->sortByColumn(GroupTableModel::NameColumn, Qt::AscendingOrder);
    const int cw = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(GroupTableModel::NameColumn, cw * 18);
    m_table->setColumnWidth(GroupTableModel::DescriptionColumn, cw * 24);
    m_table->setColumnWidth(GroupTableModel::MembersColumn, cw * 12);
    m_table->setColumnWidth(GroupTableModel::DesktopsColumn, cw * 12);
    m_table->setColumnWidth(GroupTableModel::PlatformColumn, cw * 8);
    m_loadState = new LoadStateWidget(m_table, m_splitter);
    m_loadState->setObjectName(QStringLiteral("groupLoadState"));
    m_splitter->addWidget(m_loadState);

    // Members of the current group.
    auto *membersPane = new QWidget(m_splitter);
    auto *membersLayout = new QVBoxLayout(membersPane);
    membersLayout->setContentsMargins(0, 0, 0, 0);
    m_membersLabel = new QLabel(membersPane);
    m_membersLabel->setObjectName(QStringLiteral("membersLabel"));
    QFont bold = m_membersLabel->font();
    bold.setBold(true);
    m_membersLabel->setFont(bold);
    m_memberSearchLabel = new QLabel(membersPane);
    m_memberSearch = new QLineEdit(membersPane);
    m_memberSearch->setObjectName(QStringLiteral("memberSearch"));
    m_memberSearch->setClearButtonEnabled(true);
    m_memberSearchLabel->setBuddy(m_memberSearch);
    auto *memberSearchRow = new QHBoxLayout;
    memberSearchRow->addWidget(m_memberSearchLabel);
    memberSearchRow->addWidget(m_memberSearch, 1);
    m_membersTable = makeTable(membersPane, QStringLiteral("membersTable"), m_membersFilter);
    m_membersTable->sortByColumn(DirectoryEntryModel::NameColumn, Qt::AscendingOrder);
    m_membersTable->setColumnHidden(DirectoryEntryModel::KindColumn, true);
    m_membersTable->setColumnWidth(DirectoryEntryModel::NameColumn, cw * 18);
    m_membersTable->setColumnWidth(DirectoryEntryModel::DetailColumn, cw * 30);
    m_membersState = new LoadStateWidget(m_membersTable, membersPane);
    m_membersState->setObjectName(QStringLiteral("membersLoadState"));
    m_addMembersButton = new QPushButton(membersPane);
    m_addMembersButton->setObjectName(QStringLiteral("addMembersButton"));
    m_removeMembersButton = new QPushButton(membersPane);
    m_removeMembersButton->setObjectName(QStringLiteral("removeMembersButton"));
    auto *memberButtons = new QHBoxLayout;
    memberButtons->addWidget(m_addMembersButton);
    memberButtons->addWidget(m_removeMembersButton);
    memberButtons->addStretch(1);
    membersLayout->addWidget(m_membersLabel);
    membersLayout->addLayout(memberSearchRow);
    membersLayout->addWidget(m_membersState, 1);
    membersLayout->addLayout(memberButtons);
    m_splitter->addWidget(membersPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    m_status = new FieldMessage(this);
    m_status->setObjectName(QStringLiteral("groupStatus"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        updateCount();
    });
    connect(m_memberSearch, &QLineEdit::textChanged, m_membersFilter,
            [this](const QString &text) { m_membersFilter->setFilterFixedString(text.trimmed()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        if (currentGroup().id != m_membersOf)
            loadMembers();
    });
    connect(m_membersTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GroupsView::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &GroupsView::renameGroup);
    connect(m_createButton, &QPushButton::clicked, this, &GroupsView::createGroup);
    connect(m_renameButton, &QPushButton::clicked, this, &GroupsView::renameGroup);
    connect(m_deleteButton, &QPushButton::clicked, this, &GroupsView::deleteGroups);
    connect(m_assignButton, &QPushButton::clicked, this, [this] {
        const UserGroup group = currentGroup();
        if (!group.id.isEmpty())
            emit assignRequested(group);
    });
    connect(m_addMembersButton, &QPushButton::clicked, this, &GroupsView::addMembers);
    connect(m_removeMembersButton, &QPushButton::clicked, this, &GroupsView::removeMembers);
    connect(m_loadState, &LoadStateWidget::retryRequested, this, &GroupsView::refresh);
    connect(m_membersState, &LoadStateWidget::retryRequested, this, &GroupsView::loadMembers);

    retranslateUi();
    restoreLayout();
    updateButtons();
}

void GroupsView::retranslateUi()
{
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Group name or description"));
    m_search->setAccessibleName(tr("Search groups"));
    m_createButton->setText(tr("&New Group…"));
    m_createButton->setAccessibleName(tr("Create a user group"));
    m_renameButton->setText(tr("&Rename…"));
    m_renameButton->setAccessibleName(tr("Rename the selected group"));
    m_deleteButton->setText(tr("Dele&te…"));
    m_deleteButton->setAccessibleName(tr("Delete the selected groups"));
    m_assignButton->setText(tr("&Assign Desktops…"));
    m_assignButton->setAccessibleName(tr("Assign shared desktops to the selected group"));
    m_assignButton->setToolTip(tr("Opens the assignment dialog with this group as the entry of "
                                  "the shared desktops you add."));
    m_table->setAccessibleName(tr("User groups"));
    m_memberSearchLabel->setText(tr("Search &members:"));
    m_memberSearch->setAccessibleName(tr("Search the members"));
    m_membersTable->setAccessibleName(tr("Members of the group"));
    m_addMembersButton->setText(tr("Add Mem&bers…"));
    m_addMembersButton->setAccessibleName(tr("Add users to the group"));
    m_removeMembersButton->setText(tr("Remove from &Group"));
    m_removeMembersButton->setAccessibleName(tr("Remove the selected members from the group"));
    m_model->retranslate();
    m_members->retranslate();
    updateCount();
    updateButtons();
}

void GroupsView::leaveSession()
{
    abortCalls({&m_call, &m_membersCall, &m_action});
}

void GroupsView::clearForSession()
{
    m_membersOf.clear();
    m_model->setGroups({});
    m_members->setUsers({});
    m_status->clear();
    updateButtons();
}

void GroupsView::refresh()
{
    if (!m_session)
        return;
    if (m_selectAfterLoad.isEmpty())
        m_selectAfterLoad = currentGroup().name;
    readList(
            tr("Loading groups…"), [this] { return m_session->client()->userGroups({}, this); },
            [this](const QList<UserGroup> &groups) {
                m_membersOf.clear();
                m_model->setGroups(groups);
            },
            [this] {
                const QString select = m_selectAfterLoad;
                m_selectAfterLoad.clear();
                if (!select.isEmpty())
                    selectGroup(select);
                // Selecting loads the members; nothing selected clears the list of the group
                // before.
                if (currentGroup().id != m_membersOf || m_membersOf.isEmpty())
                    loadMembers();
            });
}

void GroupsView::selectGroup(const QString &name)
{
    const int row = m_model->rowOfName(name);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                              | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

UserGroup GroupsView::currentGroup() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return {};
    return m_model->group(m_filter->mapToSource(rows.constFirst()).row());
}

QList<UserGroup> GroupsView::selectedGroups() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(m_filter->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    QList<UserGroup> out;
    for (const int row : std::as_const(rows))
        out.append(m_model->group(row));
    return out;
}

void GroupsView::loadMembers()
{
    if (m_membersCall)
        m_membersCall->abort();
    const UserGroup group = currentGroup();
    m_membersOf = group.id;
    m_members->setUsers({});
    updateButtons();
    if (group.id.isEmpty() || !m_session) {
        m_membersState->showContent();
        return;
    }
    m_membersState->showBusy(tr("Loading members…"));
    TypedCall<QList<DirectoryUser>> *call = m_session->client()->groupUsers(group.id, {}, this);
    m_membersCall = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        if (m_membersCall != call)
            return;
        m_membersCall = nullptr;
        if (!call->isOk()) {
            if (call->error().kind != ApiError::Kind::Cancelled) {
                m_membersState->showError(call->error());
                emit membersLoaded(false, 0);
            }
            return;
        }
        m_members->setUsers(call->result());
        m_membersState->showContent();
        updateButtons();
        emit membersLoaded(true, int(call->result().size()));
    });
}

void GroupsView::updateCount()
{
    const int total = m_model->rowCount();
    m_count->setText(countText(m_filter->rowCount(), total, tr("%n group(s)", nullptr, total),
                               tr("%1 of %2 shown")));
}

void GroupsView::updateButtons()
{
    const bool ready = m_session && !m_action;
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    const UserGroup group = currentGroup();
    m_createButton->setEnabled(ready);
    m_renameButton->setEnabled(ready && selected == 1);
    m_deleteButton->setEnabled(ready && selected > 0);
    m_assignButton->setEnabled(m_session && selected == 1);
    m_addMembersButton->setEnabled(ready && !group.id.isEmpty());
    m_removeMembersButton->setEnabled(ready && !group.id.isEmpty()
                                      && m_membersTable->selectionModel()->hasSelection());
    m_membersLabel->setText(
            group.id.isEmpty()
                    ? (selected > 1 ? tr("%n group(s) selected", nullptr, selected)
                                    : tr("Select a group to see its members."))
                    //: "Members of sales (12)"
                    : tr("Members of %1 (%2)")
                              .arg(group.name, QLocale().toString(m_members->rowCount())));
}

void GroupsView::createGroup()
{
    if (!m_session || m_action)
        return;
    auto *dialog = new GroupDialog(m_session->client(), names(m_model->groups()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GroupDialog::saved, this, [this](const UserGroup &group) {
        m_selectAfterLoad = group.name;
        m_status->setHint(tr("Group %1 created.").arg(group.name));
        refresh();
        emit actionFinished(true);
    });
    dialog->open();
}

void GroupsView::renameGroup()
{
    const UserGroup group = currentGroup();
    if (!m_session || m_action || group.id.isEmpty())
        return;
    auto *dialog = new GroupDialog(m_session->client(), group, names(m_model->groups()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GroupDialog::saved, this, [this, group](const UserGroup &saved) {
        m_selectAfterLoad = saved.name;
        m_status->setHint(saved.name == group.name
                                  ? tr("Group %1 saved.").arg(saved.name)
                                  : tr("Group %1 renamed to %2.").arg(group.name, saved.name));
        refresh();
        emit actionFinished(true);
    });
    dialog->open();
}

void GroupsView::deleteGroups()
{
    const QList<UserGroup> groups = selectedGroups();
    if (!m_session || m_action || groups.isEmpty())
        return;
    int members = 0;
    int desktops = 0;
    for (const UserGroup &g : groups) {
        members += g.userQuantity;
        desktops += g.totalDesktops;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete groups"),
                                tr("Delete %n group(s)?", nullptr, int(groups.size())),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteGroupsBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QStringList lines{names(groups).join(QStringLiteral(", "))};
    lines << tr("Their %n member(s) stay in the directory; only the grouping goes.", nullptr,
                members);
    if (desktops > 0)
        lines << tr("%n desktop(s) are assigned to these groups: their users lose the access "
                    "given through the group.",
                    nullptr, desktops);
    box->setInformativeText(lines.join(QLatin1Char('\n')));
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    QPushButton *keep = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, groups](QAbstractButton *b) {
        if (b != remove)
            return;
        // One request per group (DeleteUserGroup takes one id); a failure does not stop the rest.
        EachTexts texts;
        texts.working = [groups](int i) { return tr("Deleting %1…").arg(groups.at(i).name); };
        texts.refused = [groups](int i, const QString &reason) {
            return tr("%1 was not deleted: %2").arg(groups.at(i).name, reason);
        };
        texts.done = [](int done) { return tr("%n group(s) deleted.", nullptr, done); };
        runEach(
                int(groups.size()),
                [this, groups](int i) -> ApiCall * {
                    return m_session->client()->deleteUserGroup(groups.at(i).id, this);
                },
                texts);
    });
    box->open();
}

void GroupsView::addMembers()
{
    const UserGroup group = currentGroup();
    if (!m_session || m_action || group.id.isEmpty())
        return;
    auto *picker
            = new DirectoryPickerDialog(m_session->client(), DirectoryPickerDialog::Users, this);
    picker->setObjectName(QStringLiteral("addMembersPicker"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setIntro(
            tr("Add users to the group %1. Members already in it are greyed.").arg(group.name));
    QStringList taken;
    for (int row = 0; row < m_members->rowCount(); ++row)
        taken << m_members->user(row).id;
    picker->setTaken(taken);
    connect(picker, &QDialog::accepted, this, [this, picker, group] {
        const QList<DirectoryUser> users = picker->pickedUsers();
        if (users.isEmpty())
            return;
        QStringList ids;
        for (const DirectoryUser &u : users)
            ids << u.id;
        m_selectAfterLoad = group.name;
        runAction(m_session->client()->addUsersToGroup(group.id, ids, this), tr("Working…"),
                  tr("%n user(s) added to %1.", nullptr, int(ids.size())).arg(group.name));
    });
    picker->open();
}

void GroupsView::removeMembers()
{
    const UserGroup group = currentGroup();
    if (!m_session || m_action || group.id.isEmpty())
        return;
    QList<DirectoryUser> users;
    for (const QModelIndex &index : m_membersTable->selectionModel()->selectedRows())
        users << m_members->user(m_membersFilter->mapToSource(index).row());
    if (users.isEmpty())
        return;
    QStringList ids;
    QStringList userNames;
    for (const DirectoryUser &u : std::as_const(users)) {
        ids << u.id;
        userNames << u.userName;
    }
    auto *box = new QMessageBox(
            QMessageBox::Question, tr("Remove members"),
            tr("Remove %n user(s) from the group %1?", nullptr, int(users.size())).arg(group.name),
            QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("removeMembersBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("%1\nThe users stay in the directory; they lose the desktops "
                               "given to the group.")
                                    .arg(userNames.join(QStringLiteral(", "))));
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    QPushButton *keep = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, group, ids](QAbstractButton *b) {
        if (b != remove || m_action || !m_session)
            return;
        m_selectAfterLoad = group.name;
        runAction(m_session->client()->removeUsersFromGroup(group.id, ids, this), tr("Working…"),
                  tr("%n user(s) removed from %1.", nullptr, int(ids.size())).arg(group.name));
    });
    box->open();
}

void GroupsView::saveLayout()
{
    m_settings->setHeaderState(LayoutName, m_table->horizontalHeader()->saveState());
    m_settings->setHeaderState(MembersLayoutName, m_membersTable->horizontalHeader()->saveState());
    m_settings->setSplitterState(LayoutName, m_splitter->saveState());
}

void GroupsView::restoreLayout()
{
    const QByteArray header = m_settings->headerState(LayoutName);
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    const QByteArray members = m_settings->headerState(MembersLayoutName);
    if (!members.isEmpty())
        m_membersTable->horizontalHeader()->restoreState(members);
    const QByteArray splitter = m_settings->splitterState(LayoutName);
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

} // namespace wsc
