#pragma once

#include "models/domain/directoryuser.h"
#include "models/domain/updateuserrequest.h"
#include "models/rules/finding.h"
#include "models/rules/validationcontext.h"
#include "ui/widgets/requestdialog.h"

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace wsc {

/**
 * Edits one directory user (UpdateUserInfo): e-mail, phone, description and the account flags.
 * Fields are checked as they are typed with the create-user rules; only what changed is sent,
 * and a refusal is shown in the dialog, which stays open with what was typed.
 */
class EditUserDialog : public RequestDialog
{
    Q_OBJECT
public:
    EditUserDialog(WorkspaceClient *client, const DirectoryUser &user,
                   const ValidationContext &context, QWidget *parent = nullptr);

    /** The fields that differ from the user as it was (empty: nothing to send). */
    UpdateUserRequest changes() const;
    Findings findings() const { return m_findings; }

    void accept() override;

signals:
    void saved(const QString &userName);

private:
    void buildUi();
    void retranslateUi() override;
    void validate();
    void setBusy(bool busy) override;

    DirectoryUser m_user;
    ValidationContext m_context;
    Findings m_findings;

    QLabel *m_emailLabel = nullptr;
    QLineEdit *m_email = nullptr;
    FieldMessage *m_emailMessage = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLineEdit *m_phone = nullptr;
    FieldMessage *m_phoneMessage = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QLineEdit *m_description = nullptr;
    FieldMessage *m_descriptionMessage = nullptr;
    QCheckBox *m_disabled = nullptr;
    QCheckBox *m_enableChange = nullptr;
    QCheckBox *m_nextLoginChange = nullptr;
    QCheckBox *m_neverExpires = nullptr;
    FieldMessage *m_serviceMessage = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace wsc
