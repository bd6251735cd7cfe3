#pragma once

#include "models/domain/usergroup.h"
#include "ui/widgets/requestdialog.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace wsc {

/**
 * Creates a user group (CreateUserGroup, LOCAL) or renames one and edits its description
 * (UpdateUserGroup). The name is checked as it is typed (the characters the service takes, and
 * not a name another group has); the service's refusal is shown in the dialog, which stays open.
 */
class GroupDialog : public RequestDialog
{
    Q_OBJECT
public:
    /** Creates a group; @p takenNames are the names of the groups that exist (any case). */
    GroupDialog(WorkspaceClient *client, const QStringList &takenNames, QWidget *parent = nullptr);
    /** Edits @p group. */
    GroupDialog(WorkspaceClient *client, const UserGroup &group, const QStringList &takenNames,
                QWidget *parent = nullptr);

    bool isEditing() const { return !m_group.id.isEmpty(); }
    /** The group as created or edited (after done()). */
    UserGroup group() const { return m_group; }

    void accept() override;

signals:
    /** The service took the group (created or changed): @p group as it is now. */
    void saved(const UserGroup &group);

private:
    void buildUi();
    void retranslateUi() override;
    void validate();
    void setBusy(bool busy) override;

    UserGroup m_group;
    QStringList m_taken; ///< case-folded

    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    FieldMessage *m_nameMessage = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QLineEdit *m_descriptionEdit = nullptr;
    FieldMessage *m_submitMessage = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace wsc
