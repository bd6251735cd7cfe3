#pragma once

#include "models/domain/directoryuser.h"
#include "ui/directory/directoryview.h"

#include <QPointer>
#include <QStringList>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace wsc {

class AppSettings;
class UserTableModel;

/**
 * The users tab: the Workspace directory's users, a search, refresh, "Create user", and the
 * actions on the selected users (several at once): edit, lock, unlock, reset the password and
 * delete, the destructive ones after a confirmation that names the users.
 */
class UsersView : public DirectoryView
{
    Q_OBJECT
public:
    explicit UsersView(AppSettings *settings, QWidget *parent = nullptr);

    void refresh() override;
    /** Opens the create-user dialog (non-modal on the window; refreshes after a success). */
    void createUser();

    /** The users selected in the table, in table order. */
    QList<DirectoryUser> selectedUsers() const;
    /** Opens the edit dialog for the one selected user. */
    void editUser();
    /** Locks (or unlocks) the selected users, one request each. */
    void setLocked(bool locked);
    /** Asks how, then resets the passwords of the selected users. */
    void resetPassword();
    /** Asks (typing the count for several), then deletes the selected users. */
    void deleteUsers();

    UserTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *createButton() const { return m_createButton; }

    void saveLayout();
    void restoreLayout();

signals:
    void userCreated(const QString &userName);

private:
    void retranslateUi() override;
    void clearForSession() override;
    void updateCount() override;
    void updateButtons() override;
    /** Runs @p make for each user in turn (one request each); the status line sums it up. */
    void runForEach(const QList<DirectoryUser> &users,
                    const std::function<ApiCall *(const DirectoryUser &)> &make,
                    const std::function<QString(int)> &doneText);
    void showPassword(const DirectoryUser &user, const QString &password);

    AppSettings *m_settings;
    QString m_selectAfterLoad;

    UserTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_lockButton = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QPushButton *m_resetButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace wsc
