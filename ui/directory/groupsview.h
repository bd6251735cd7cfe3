#pragma once

#include "directoryview.h"
#include "models/domain/usergroup.h"

#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace wsc {

class AppSettings;
class DirectoryEntryModel;
class FieldMessage;
class GroupTableModel;

/**
 * The Groups tab: the directory's user groups with a search; create, rename and delete (several
 * at once, after a confirmation that names them); the members of the selected group, added from
 * the directory (a picker) and removed several at once; and "Assign desktops…", which opens the
 * assignment dialog with the group as the entry of the shared desktops.
 */
class GroupsView : public DirectoryView
{
    Q_OBJECT
public:
    explicit GroupsView(AppSettings *settings, QWidget *parent = nullptr);

    /** Reads the groups again (and the members of the selected one). */
    void refresh() override;

    /** The group selected (the one whose members are shown), or an empty one. */
    UserGroup currentGroup() const;
    /** The groups selected in the list. */
    QList<UserGroup> selectedGroups() const;
    /** Selects the group named @p name (after a load). */
    void selectGroup(const QString &name);

    void createGroup();
    void renameGroup();
    /** Asks, then deletes the selected groups one by one; the status line says what happened. */
    void deleteGroups();
    /** Opens the picker; the users chosen are added to the current group. */
    void addMembers();
    /** Asks, then removes the selected members from the current group. */
    void removeMembers();

    GroupTableModel *model() const { return m_model; }
    DirectoryEntryModel *membersModel() const { return m_members; }
    QTableView *table() const { return m_table; }
    QTableView *membersTable() const { return m_membersTable; }

    void saveLayout();
    void restoreLayout();

signals:
    void membersLoaded(bool ok, int count);
    /** "Assign desktops…": the main window opens the assignment dialog for @p group. */
    void assignRequested(const UserGroup &group);

private:
    void retranslateUi() override;
    /** DirectoryView's, and the read of the members too. */
    void leaveSession() override;
    void clearForSession() override;
    void updateCount() override;
    void updateButtons() override;
    void loadMembers();

    AppSettings *m_settings;
    QPointer<ApiCall> m_membersCall;
    QString m_selectAfterLoad;
    QString m_membersOf; ///< the group id whose members are listed

    GroupTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    DirectoryEntryModel *m_members = nullptr;
    QSortFilterProxyModel *m_membersFilter = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_renameButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_assignButton = nullptr;
    QLabel *m_count = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_membersLabel = nullptr;
    QLabel *m_memberSearchLabel = nullptr;
    QLineEdit *m_memberSearch = nullptr;
    QTableView *m_membersTable = nullptr;
    LoadStateWidget *m_membersState = nullptr;
    QPushButton *m_addMembersButton = nullptr;
    QPushButton *m_removeMembersButton = nullptr;
};

} // namespace wsc
