#pragma once

#include "models/domain/attachuserinfo.h"
#include "models/domain/directoryuser.h"
#include "models/domain/usergroup.h"
#include "models/rules/validationcontext.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace wsc {

class AttachUserInfoModel;
class FieldMessage;
class SeverityStyleProxy;
class WorkspaceClient;

/**
 * Chooses the users and groups of one SHARED (multi-user) desktop, its attach_user_infos: users
 * from the directory (completed as typed) and groups by name and ID, each with its user group,
 * every entry checked as it is edited. OK stays disabled while an entry is wrong.
 */
class SharedUsersDialog : public QDialog
{
    Q_OBJECT
public:
    SharedUsersDialog(const QString &computerName, const ValidationContext &context,
                      QWidget *parent = nullptr);

    void setDirectory(const QList<DirectoryUser> &users);
    /** With a client, "Pick from directory…" chooses users and groups from a searchable list. */
    void setClient(WorkspaceClient *client);
    /** Adds the users and groups chosen in the picker (with the rights chosen for new ones). */
    void addPicked(const QList<DirectoryUser> &users, const QList<UserGroup> &groups);
    void setInfos(const QList<AttachUserInfo> &infos);
    QList<AttachUserInfo> infos() const;
    AttachUserInfoModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void onAddUser();
    void onAddGroup();
    void onRemove();
    void onPick();
    void updateState();

    QString m_computerName;
    OsType m_os = OsType::Unknown;
    AttachUserInfoModel *m_model = nullptr;
    SeverityStyleProxy *m_proxy = nullptr;

    QLabel *m_introLabel = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QPushButton *m_addUserButton = nullptr;
    QLabel *m_groupLabel = nullptr;
    QLineEdit *m_groupNameEdit = nullptr;
    QLineEdit *m_groupIdEdit = nullptr;
    QPushButton *m_addGroupButton = nullptr;
    QLabel *m_userGroupLabel = nullptr;
    QComboBox *m_userGroupCombo = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_pickButton = nullptr;
    QPointer<WorkspaceClient> m_client;
    QLabel *m_countLabel = nullptr;
    FieldMessage *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace wsc
