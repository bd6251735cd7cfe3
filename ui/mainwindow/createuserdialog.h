#pragma once

#include "api/http/apicall.h"
#include "models/domain/createuserrequest.h"
#include "models/rules/finding.h"
#include "models/rules/validationcontext.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace wsc {

class FieldMessage;
class WorkspaceClient;

/**
 * Creates one user of the Workspace directory: the fields of CreateUserRequest, each checked
 * as it is typed (CreateUserChecks), sent with the session's client. The dialog stays open with
 * everything typed when the service refuses (a name that exists, no quota) and says why.
 */
class CreateUserDialog : public QDialog
{
    Q_OBJECT
public:
    CreateUserDialog(WorkspaceClient *client, const ValidationContext &context,
                     QWidget *parent = nullptr);

    /** The request the fields make now. */
    CreateUserRequest request() const;
    Findings findings() const { return m_findings; }
    /** The id of the created user (after accept). */
    QString createdId() const { return m_createdId; }

signals:
    void userCreated(const QString &userName, const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void validate();
    void submit();

    WorkspaceClient *m_client;
    ValidationContext m_context;
    Findings m_findings;
    QString m_createdId;
    QPointer<ApiCall> m_call;
    bool m_touched = false;

    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    FieldMessage *m_nameMessage = nullptr;
    QLabel *m_emailLabel = nullptr;
    QLineEdit *m_email = nullptr;
    FieldMessage *m_emailMessage = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLineEdit *m_phone = nullptr;
    FieldMessage *m_phoneMessage = nullptr;
    QLabel *m_activationLabel = nullptr;
    QComboBox *m_activation = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    FieldMessage *m_passwordMessage = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_confirm = nullptr;
    FieldMessage *m_confirmMessage = nullptr;
    QCheckBox *m_expires = nullptr;
    QDateEdit *m_expiryDate = nullptr;
    FieldMessage *m_expiryMessage = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QLineEdit *m_description = nullptr;
    FieldMessage *m_descriptionMessage = nullptr;
    QLabel *m_serviceError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace wsc
