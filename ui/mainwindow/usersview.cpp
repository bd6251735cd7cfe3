#include "usersview.h"

#include "createuserdialog.h"
#include "usertablemodel.h"

#include "api/http/workspaceclient.h"
#include "api/profiles/session.h"
#include "ui/directory/deleteusersdialog.h"
#include "ui/directory/edituserdialog.h"
#include "ui/settings/appsettings.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/listtable.h"
#include "ui/widgets/loadstatewidget.h"

#include "api/http/errorcatalog.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace wsc {

namespace {
const QString LayoutName = QStringLiteral("users");
}

UsersView::UsersView(AppSettings *settings, QWidget *parent)
    : DirectoryView(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("usersView"));
    m_model = new UserTableModel(this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(UserTableModel::SortRole);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("userSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        updateCount();
    });
    m_createButton = new QPushButton(this);
    m_createButton->setObjectName(QStringLiteral("createUserOpenButton"));
    m_createButton->setIcon(QIcon(QStringLiteral(":/icons/actions/user-add.png")));
    connect(m_createButton, &QPushButton::clicked, this, &UsersView::createUser);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("userCount"));
    m_editButton = new QPushButton(this);
    m_editButton->setObjectName(QStringLiteral("editUserButton"));
    m_lockButton = new QPushButton(this);
    m_lockButton->setObjectName(QStringLiteral("lockUsersButton"));
    m_unlockButton = new QPushButton(this);
    m_unlockButton->setObjectName(QStringLiteral("unlockUsersButton"));
    m_resetButton = new QPushButton(this);
    m_resetButton->setObjectName(QStringLiteral("resetPasswordButton"));
    m_deleteButton = new QPushButton(this);
    m_deleteButton->setObjectName(QStringLiteral("deleteUsersOpenButton"));
    connect(m_editButton, &QPushButton::clicked, this, &UsersView::editUser);
    connect(m_lockButton, &QPushButton::clicked, this, [this] { setLocked(true); });
    connect(m_unlockButton, &QPushButton::clicked, this, [this] { setLocked(false); });
    connect(m_resetButton, &QPushButton::clicked, this, &UsersView::resetPassword);
    connect(m_deleteButton, &QPushButton::clicked, this, &UsersView::deleteUsers);
    m_status = new FieldMessage(this);
    m_status->setObjectName(QStringLiteral("userStatus"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_createButton);
    bar->addWidget(m_editButton);
    bar->addWidget(m_lockButton);
    bar->addWidget(m_unlockButton);
    bar->addWidget(m_resetButton);
    bar->addWidget(m_deleteButton);
    bar->addStretch(1);
    bar->addWidget(m_count);

    m_table = ListTable::make(this, QStringLiteral("userTable"), m_filter);
    m_table->sortByColumn(UserTableModel::NameColumn, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionsMovable(true);
    const int cw = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(UserTableModel::NameColumn, cw * 18);
    m_table->setColumnWidth(UserTableModel::EmailColumn, cw * 28);
    m_table->setColumnWidth(UserTableModel::PhoneColumn, cw * 16);
    m_table->setColumnWidth(UserTableModel::DesktopsColumn, cw * 10);
    m_table->setColumnWidth(UserTableModel::StateColumn, cw * 10);
    m_table->setColumnWidth(UserTableModel::GroupsColumn, cw * 18);

    m_loadState = new LoadStateWidget(m_table, this);
    m_loadState->setObjectName(QStringLiteral("userLoadState"));
    connect(m_loadState, &LoadStateWidget::retryRequested, this, &UsersView::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_loadState, 1);
    layout->addWidget(m_status);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersView::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &UsersView::editUser);
    retranslateUi();
    restoreLayout();
}

void UsersView::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search users…"));
    m_search->setAccessibleName(tr("Search users"));
    m_table->setAccessibleName(tr("Users"));
    m_createButton->setText(tr("&Create User…"));
    m_search->setAccessibleName(tr("Search users"));
    m_table->setAccessibleName(tr("Users of the directory"));
    m_editButton->setText(tr("&Edit…"));
    m_editButton->setAccessibleName(tr("Edit the selected user"));
    m_lockButton->setText(tr("&Lock"));
    m_lockButton->setAccessibleName(tr("Lock the selected users"));
    m_unlockButton->setText(tr("U&nlock"));
    m_unlockButton->setAccessibleName(tr("Unlock the selected users"));
    m_resetButton->setText(tr("Reset &Password…"));
    m_resetButton->setAccessibleName(tr("Reset the password of the selected users"));
    m_deleteButton->setText(tr("Dele&te…"));
    m_deleteButton->setAccessibleName(tr("Delete the selected users"));
    m_model->retranslate();
    updateCount();
    updateButtons();
}

void UsersView::clearForSession()
{
    m_status->clear();
    m_model->setUsers({});
    m_createButton->setEnabled(m_session != nullptr);
    updateButtons();
}

void UsersView::refresh()
{
    if (!m_session)
        return;
    readList(
            tr("Loading users…"), [this] { return m_session->client()->users({}, this); },
            [this](const QList<DirectoryUser> &users) {
                // The selection survives a refresh (after an action): by user id.
                QStringList selected;
                for (const DirectoryUser &u : selectedUsers())
                    selected << u.id;
                m_model->setUsers(users);
                for (const QString &id : std::as_const(selected)) {
                    for (int row = 0; row < m_model->rowCount(); ++row) {
                        if (m_model->user(row).id == id) {
                            m_table->selectionModel()->select(
                                    m_filter->mapFromSource(m_model->index(row, 0)),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
                        }
                    }
                }
            },
            [this] {
                if (m_selectAfterLoad.isEmpty())
                    return;
                const int row = m_model->rowOf(m_selectAfterLoad);
                if (row >= 0) {
                    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
                    m_table->selectRow(index.row());
                    m_table->scrollTo(index);
                }
                m_selectAfterLoad.clear();
            });
}

void UsersView::createUser()
{
    if (!m_session)
        return;
    ValidationContext context;
    ValidationContext::parseDomainType(m_session->workspace().domainType, &context.domainType);
    auto *dialog = new CreateUserDialog(m_session->client(), context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateUserDialog::userCreated, this, [this](const QString &name) {
        m_selectAfterLoad = name;
        emit userCreated(name);
        refresh();
    });
    dialog->open();
}

void UsersView::saveLayout()
{
    m_settings->setHeaderState(LayoutName, m_table->horizontalHeader()->saveState());
}

void UsersView::restoreLayout()
{
    const QByteArray header = m_settings->headerState(LayoutName);
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
}

void UsersView::updateCount()
{
    const int total = m_model->rowCount();
    m_count->setText(countText(m_filter->rowCount(), total, tr("%n user(s)", nullptr, total),
                               tr("%1 of %2 shown")));
}

// --- actions on the selected users ---------------------------------------------------------

QList<DirectoryUser> UsersView::selectedUsers() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<DirectoryUser> users;
    for (const int row : std::as_const(rows))
        users << m_model->user(m_filter->mapToSource(m_filter->index(row, 0)).row());
    return users;
}

void UsersView::updateButtons()
{
    const bool ready = m_session && !m_action;
    const QList<DirectoryUser> users = selectedUsers();
    const bool anyLocked = std::any_of(users.cbegin(), users.cend(),
                                       [](const DirectoryUser &u) { return u.locked; });
    const bool anyUnlocked = std::any_of(users.cbegin(), users.cend(),
                                         [](const DirectoryUser &u) { return !u.locked; });
    m_editButton->setEnabled(ready && users.size() == 1);
    m_lockButton->setEnabled(ready && anyUnlocked);
    m_unlockButton->setEnabled(ready && anyLocked);
    m_resetButton->setEnabled(ready && !users.isEmpty());
    m_deleteButton->setEnabled(ready && !users.isEmpty());
}

void UsersView::runForEach(const QList<DirectoryUser> &users,
                           const std::function<ApiCall *(const DirectoryUser &)> &make,
                           const std::function<QString(int)> &doneText)
{
    // One request per user; a refusal for one does not stop the others, and is named.
    EachTexts texts;
    texts.working = [users](int i) { return tr("Working on %1…").arg(users.at(i).userName); };
    texts.refused = [users](int i, const QString &reason) {
        return tr("%1: %2").arg(users.at(i).userName, reason);
    };
    texts.done = doneText;
    runEach(
            int(users.size()), [users, make](int i) { return make(users.at(i)); }, texts);
}

void UsersView::editUser()
{
    const QList<DirectoryUser> users = selectedUsers();
    if (!m_session || m_action || users.size() != 1)
        return;
    ValidationContext context;
    ValidationContext::parseDomainType(m_session->workspace().domainType, &context.domainType);
    // The list leaves out some flags: the dialog starts from the user's detail.
    const DirectoryUser listed = users.constFirst();
    auto *call = m_session->client()->userDetail(listed.id, this);
    m_action = call;
    m_status->setHint(tr("Reading %1…").arg(listed.userName));
    updateButtons();
    connect(call, &ApiCall::finished, this, [this, call, listed, context] {
        call->deleteLater();
        if (m_action != call)
            return;
        m_action = nullptr;
        m_status->clear();
        updateButtons();
        DirectoryUser user = call->isOk() ? call->result() : listed;
        if (user.id.isEmpty())
            user.id = listed.id;
        if (user.userName.isEmpty())
            user.userName = listed.userName;
        auto *dialog = new EditUserDialog(m_session->client(), user, context, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &EditUserDialog::saved, this, [this](const QString &name) {
            m_status->setHint(tr("User %1 saved.").arg(name));
            refresh();
            emit actionFinished(true);
        });
        dialog->open();
    });
}

void UsersView::setLocked(bool locked)
{
    if (!m_session || m_action)
        return;
    QList<DirectoryUser> users;
    for (const DirectoryUser &u : selectedUsers()) {
        if (u.locked != locked)
            users << u;
    }
    if (users.isEmpty())
        return;
    WorkspaceClient *client = m_session->client();
    const UserStatusAction action = locked ? UserStatusAction::Lock : UserStatusAction::Unlock;
    runForEach(
            users,
            [this, client, action](const DirectoryUser &u) -> ApiCall * {
                return client->changeUserStatus(u.id, action, this);
            },
            [locked](int done) {
                return locked ? tr("%n user(s) locked.", nullptr, done)
                              : tr("%n user(s) unlocked.", nullptr, done);
            });
}

void UsersView::resetPassword()
{
    const QList<DirectoryUser> users = selectedUsers();
    if (!m_session || m_action || users.isEmpty())
        return;
    QStringList names;
    for (const DirectoryUser &u : users)
        names << u.userName;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Reset password"),
                                tr("Reset the password of %n user(s)?", nullptr, int(users.size())),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("resetPasswordBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QString info = names.join(QStringLiteral(", "));
    info += QLatin1Char('\n')
            + tr("“Send reset notice”: the service tells each user how to set a new password. "
                 "“Generate password” (one user): a random password is made and shown once.");
    box->setInformativeText(info);
    QPushButton *notice = box->addButton(tr("&Send Reset Notice"), QMessageBox::AcceptRole);
    notice->setObjectName(QStringLiteral("sendResetButton"));
    QPushButton *generate = nullptr;
    if (users.size() == 1) {
        generate = box->addButton(tr("&Generate Password"), QMessageBox::ActionRole);
        generate->setObjectName(QStringLiteral("generatePasswordButton"));
    }
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    WorkspaceClient *client = m_session->client();
    connect(box, &QMessageBox::buttonClicked, this,
            [this, client, users, notice, generate](QAbstractButton *b) {
                if (m_action || !m_session)
                    return;
                if (b == notice) {
                    runForEach(
                            users,
                            [this, client](const DirectoryUser &u) -> ApiCall * {
                                return client->changeUserStatus(
                                        u.id, UserStatusAction::ResetPassword, this);
                            },
                            [](int done) {
                                return tr("Password reset for %n user(s): the service notifies "
                                          "them.",
                                          nullptr, done);
                            });
                } else if (generate && b == generate) {
                    const DirectoryUser user = users.constFirst();
                    // A self-activated user must be told the password (the service insists).
                    QStringList notify;
                    if (user.activeType != QLatin1String("ADMIN_ACTIVATE")) {
                        if (!user.userEmail.isEmpty())
                            notify << QStringLiteral("email");
                        if (!user.userPhone.isEmpty())
                            notify << QStringLiteral("phone");
                    }
                    auto *call = client->resetRandomPassword(user.id, notify, this);
                    m_action = call;
                    m_status->setHint(tr("Working on %1…").arg(user.userName));
                    updateButtons();
                    connect(call, &ApiCall::finished, this, [this, call, user] {
                        call->deleteLater();
                        if (m_action != call)
                            return;
                        if (!call->isOk()) {
                            finishAction(false,
                                         tr("%1: %2").arg(user.userName,
                                                          ErrorCatalog::describe(call->error())));
                            return;
                        }
                        showPassword(user, call->result());
                        finishAction(true,
                                     tr("A new password was made for %1.").arg(user.userName));
                    });
                }
            });
    box->open();
}

void UsersView::showPassword(const DirectoryUser &user, const QString &password)
{
    // Shown once, never logged or stored: the service makes a new one on every request.
    auto *box = new QMessageBox(QMessageBox::Information, tr("New password"),
                                tr("The new password of %1:").arg(user.userName),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("newPasswordBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(password);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QPushButton *copy = box->addButton(tr("&Copy and Close"), QMessageBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyPasswordButton"));
    connect(box, &QMessageBox::buttonClicked, box, [copy, password](QAbstractButton *b) {
        if (b == copy)
            QApplication::clipboard()->setText(password);
    });
    box->open();
}

void UsersView::deleteUsers()
{
    const QList<DirectoryUser> users = selectedUsers();
    if (!m_session || m_action || users.isEmpty())
        return;
    auto *dialog = new DeleteUsersDialog(users, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    WorkspaceClient *client = m_session->client();
    connect(dialog, &QDialog::accepted, this, [this, client, users] {
        if (m_action || !m_session)
            return;
        const int count = int(users.size());
        ApiCall *call = nullptr;
        if (count == 1) {
            call = client->deleteUser(users.constFirst().id, this);
        } else {
            QStringList ids;
            for (const DirectoryUser &u : users)
                ids << u.id;
            call = client->deleteUsers(ids, this);
        }
        // The deleted rows go: nothing stays selected through the refresh.
        connect(call, &ApiCall::finished, m_table, &QTableView::clearSelection);
        runAction(call, tr("Deleting %n user(s)…", nullptr, count),
                  tr("%n user(s) deleted.", nullptr, count));
    });
    dialog->open();
}

} // namespace wsc
