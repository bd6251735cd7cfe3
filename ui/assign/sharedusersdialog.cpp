#include "sharedusersdialog.h"

#include "api/http/workspaceclient.h"
#include "models/itemmodels/assignmentmodel.h"
#include "models/itemmodels/attachuserinfomodel.h"
#include "ui/directory/directorypickerdialog.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/severitystyleproxy.h"
#include "ui/widgets/windowfit.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace wsc {

SharedUsersDialog::SharedUsersDialog(const QString &computerName, const ValidationContext &context,
                                     QWidget *parent)
    : QDialog(parent)
    , m_computerName(computerName)
    , m_os(context.os)
    , m_model(new AttachUserInfoModel(this))
    , m_proxy(new SeverityStyleProxy(AttachUserInfoModel::SeverityRole, this))
{
    setObjectName(QStringLiteral("SharedUsersDialog"));
    m_model->setContext(context, computerName);
    m_proxy->setSourceModel(m_model);
    buildUi();
    retranslateUi();
    connect(m_model, &AttachUserInfoModel::findingsChanged, this, &SharedUsersDialog::updateState);
    updateState();
    WindowFit::remember(this, QStringLiteral("sharedUsers"), QSize(640, 440));
}

void SharedUsersDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_introLabel = new QLabel(this);
    m_introLabel->setWordWrap(true);
    layout->addWidget(m_introLabel);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("sharedUsersView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setTabKeyNavigation(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(130);
    m_view->verticalHeader()->setVisible(false);
    layout->addWidget(m_view, 1);

    auto *grid = new QGridLayout;
    m_userLabel = new QLabel(this);
    m_userEdit = new QLineEdit(this);
    m_userEdit->setObjectName(QStringLiteral("sharedUserEdit"));
    m_userLabel->setBuddy(m_userEdit);
    m_addUserButton = new QPushButton(this);
    m_addUserButton->setObjectName(QStringLiteral("addSharedUserButton"));
    m_addUserButton->setAutoDefault(false);
    grid->addWidget(m_userLabel, 0, 0);
    grid->addWidget(m_userEdit, 0, 1, 1, 2);
    grid->addWidget(m_addUserButton, 0, 3);

    m_groupLabel = new QLabel(this);
    m_groupNameEdit = new QLineEdit(this);
    m_groupNameEdit->setObjectName(QStringLiteral("sharedGroupNameEdit"));
    m_groupLabel->setBuddy(m_groupNameEdit);
    m_groupIdEdit = new QLineEdit(this);
    m_groupIdEdit->setObjectName(QStringLiteral("sharedGroupIdEdit"));
    m_addGroupButton = new QPushButton(this);
    m_addGroupButton->setObjectName(QStringLiteral("addSharedGroupButton"));
    m_addGroupButton->setAutoDefault(false);
    grid->addWidget(m_groupLabel, 1, 0);
    grid->addWidget(m_groupNameEdit, 1, 1);
    grid->addWidget(m_groupIdEdit, 1, 2);
    grid->addWidget(m_addGroupButton, 1, 3);

    m_userGroupLabel = new QLabel(this);
    m_userGroupCombo = new QComboBox(this);
    m_userGroupCombo->setObjectName(QStringLiteral("sharedUserGroupCombo"));
    m_userGroupLabel->setBuddy(m_userGroupCombo);
    // The groups of the desktop's OS, its standard one first.
    m_userGroupCombo->addItems(AssignmentModel::allowedGroups(ValidationContext::osName(m_os)));
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeSharedButton"));
    m_removeButton->setAutoDefault(false);
    m_pickButton = new QPushButton(this);
    m_pickButton->setObjectName(QStringLiteral("pickSharedButton"));
    m_pickButton->setAutoDefault(false);
    m_pickButton->setVisible(false);
    grid->addWidget(m_userGroupLabel, 2, 0);
    grid->addWidget(m_userGroupCombo, 2, 1);
    grid->addWidget(m_pickButton, 2, 2);
    grid->addWidget(m_removeButton, 2, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    layout->addLayout(grid);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("sharedCountLabel"));
    layout->addWidget(m_countLabel);
    m_message = new FieldMessage(this);
    m_message->setObjectName(QStringLiteral("sharedMessage"));
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("sharedButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("sharedOkButton"));
    m_buttons->button(QDialogButtonBox::Cancel)
            ->setObjectName(QStringLiteral("sharedCancelButton"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addUserButton, &QPushButton::clicked, this, &SharedUsersDialog::onAddUser);
    connect(m_userEdit, &QLineEdit::returnPressed, this, &SharedUsersDialog::onAddUser);
    connect(m_addGroupButton, &QPushButton::clicked, this, &SharedUsersDialog::onAddGroup);
    connect(m_groupIdEdit, &QLineEdit::returnPressed, this, &SharedUsersDialog::onAddGroup);
    connect(m_removeButton, &QPushButton::clicked, this, &SharedUsersDialog::onRemove);
    connect(m_pickButton, &QPushButton::clicked, this, &SharedUsersDialog::onPick);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SharedUsersDialog::updateState);
    connect(m_userEdit, &QLineEdit::textChanged, this, &SharedUsersDialog::updateState);
    connect(m_groupNameEdit, &QLineEdit::textChanged, this, &SharedUsersDialog::updateState);
    connect(m_groupIdEdit, &QLineEdit::textChanged, this, &SharedUsersDialog::updateState);
}

void SharedUsersDialog::retranslateUi()
{
    setWindowTitle(tr("Users and groups of %1").arg(m_computerName));
    m_introLabel->setText(tr("A shared desktop can be given to several users and user groups "
                             "(at most %1). Users must exist in the directory; a group is "
                             "named by its name and ID.")
                                  .arg(AttachUserInfoModel::MaxEntries));
    m_view->setAccessibleName(tr("Users and groups of the desktop"));
    m_userLabel->setText(tr("&User:"));
    m_userEdit->setPlaceholderText(tr("User name from the directory"));
    m_userEdit->setAccessibleName(tr("User name to add"));
    m_addUserButton->setText(tr("&Add user"));
    m_addUserButton->setAccessibleName(tr("Add the user"));
    m_groupLabel->setText(tr("&Group:"));
    m_groupNameEdit->setPlaceholderText(tr("Group name"));
    m_groupNameEdit->setAccessibleName(tr("Group name to add"));
    m_groupIdEdit->setPlaceholderText(tr("Group ID"));
    m_groupIdEdit->setAccessibleName(tr("Group ID to add"));
    m_addGroupButton->setText(tr("Add gr&oup"));
    m_addGroupButton->setAccessibleName(tr("Add the group"));
    m_userGroupLabel->setText(tr("Righ&ts (user group):"));
    m_userGroupCombo->setAccessibleName(tr("User group of new entries"));
    m_userGroupCombo->setToolTip(tr("administrators and sudo give full control of the desktop; "
                                    "users and default are standard rights."));
    m_pickButton->setText(tr("&Pick from directory…"));
    m_pickButton->setAccessibleName(tr("Pick users and groups from the directory"));
    m_removeButton->setText(tr("Re&move selected"));
    m_removeButton->setAccessibleName(tr("Remove the selected entries"));
    updateState();
}

void SharedUsersDialog::setDirectory(const QList<DirectoryUser> &users)
{
    m_model->setDirectory(users);
    QStringList names;
    names.reserve(users.size());
    for (const DirectoryUser &u : users)
        names.append(u.userName);
    if (QCompleter *old = m_userEdit->completer()) {
        m_userEdit->setCompleter(nullptr);
        old->deleteLater();
    }
    auto *completer = new QCompleter(names, m_userEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_userEdit->setCompleter(completer);
}

void SharedUsersDialog::setClient(WorkspaceClient *client)
{
    m_client = client;
    m_pickButton->setVisible(client != nullptr);
}

void SharedUsersDialog::onPick()
{
    if (!m_client)
        return;
    auto *picker = new DirectoryPickerDialog(
            m_client, DirectoryPickerDialog::Users | DirectoryPickerDialog::Groups, this);
    picker->setObjectName(QStringLiteral("sharedPicker"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setIntro(tr("Users and groups for %1. Entries the desktop has already are greyed.")
                             .arg(m_computerName));
    QStringList taken;
    for (const AttachUserInfo &info : m_model->infos())
        taken << (info.userId.isEmpty() ? info.userName : info.userId);
    picker->setTaken(taken);
    connect(picker, &QDialog::accepted, this,
            [this, picker] { addPicked(picker->pickedUsers(), picker->pickedGroups()); });
    picker->open();
}

void SharedUsersDialog::addPicked(const QList<DirectoryUser> &users, const QList<UserGroup> &groups)
{
    const QString rights = m_userGroupCombo->currentText();
    for (const DirectoryUser &u : users)
        m_model->addUser(u.userName, rights);
    for (const UserGroup &g : groups)
        m_model->addGroup(g.name, g.id, rights);
    updateState();
}

void SharedUsersDialog::setInfos(const QList<AttachUserInfo> &infos)
{
    m_model->setInfos(infos);
}

QList<AttachUserInfo> SharedUsersDialog::infos() const
{
    return m_model->infos();
}

void SharedUsersDialog::onAddUser()
{
    const QString name = m_userEdit->text().trimmed();
    if (name.isEmpty())
        return;
    const int row = m_model->addUser(name, m_userGroupCombo->currentText());
    m_userEdit->clear();
    m_view->scrollTo(m_proxy->index(row, 0));
}

void SharedUsersDialog::onAddGroup()
{
    const QString name = m_groupNameEdit->text().trimmed();
    if (name.isEmpty())
        return;
    const int row = m_model->addGroup(name, m_groupIdEdit->text(), m_userGroupCombo->currentText());
    m_groupNameEdit->clear();
    m_groupIdEdit->clear();
    m_groupNameEdit->setFocus();
    m_view->scrollTo(m_proxy->index(row, 0));
}

void SharedUsersDialog::onRemove()
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (const int row : std::as_const(rows))
        m_model->removeRows(row, 1);
}

void SharedUsersDialog::updateState()
{
    if (!m_countLabel)
        return;
    m_countLabel->setText(tr("%1, %2 (at most %3)")
                                  .arg(tr("%n user(s)", nullptr, m_model->userCount()),
                                       tr("%n group(s)", nullptr, m_model->groupCount()))
                                  .arg(AttachUserInfoModel::MaxEntries));
    const Findings findings = m_model->findings();
    Findings errors;
    for (const Finding &f : findings) {
        if (f.isError())
            errors.append(f);
    }
    if (errors.isEmpty())
        m_message->clear();
    else
        m_message->setFindings(errors.mid(0, 1));
    m_addUserButton->setEnabled(!m_userEdit->text().trimmed().isEmpty());
    m_addGroupButton->setEnabled(!m_groupNameEdit->text().trimmed().isEmpty());
    m_removeButton->setEnabled(m_view->selectionModel()->hasSelection());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!hasErrors(findings));
}

void SharedUsersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace wsc
