#include "edituserdialog.h"

#include "api/http/workspaceclient.h"
#include "models/rules/createuserrules.h"
#include "ui/widgets/fieldmessage.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wsc {

EditUserDialog::EditUserDialog(WorkspaceClient *client, const DirectoryUser &user,
                               const ValidationContext &context, QWidget *parent)
    : RequestDialog(client, parent)
    , m_user(user)
    , m_context(context)
{
    setObjectName(QStringLiteral("EditUserDialog"));
    buildUi();
    m_email->setText(user.userEmail);
    m_phone->setText(user.userPhone);
    m_description->setText(user.description);
    m_disabled->setChecked(user.disabled);
    m_enableChange->setChecked(user.enableChangePassword);
    m_nextLoginChange->setChecked(user.nextLoginChangePassword);
    m_neverExpires->setChecked(user.passwordNeverExpired);
    retranslateUi();
    validate();
}

void EditUserDialog::buildUi()
{
    auto *form = new QFormLayout;
    const auto field = [this, form](QLabel *&label, QLineEdit *&edit, FieldMessage *&message,
                                    const char *name, const QString &path) {
        label = new QLabel(this);
        edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        label->setBuddy(edit);
        message = new FieldMessage(path, edit, this);
        auto *column = FieldMessage::column(edit, message);
        form->addRow(label, column);
        connect(edit, &QLineEdit::textChanged, this, &EditUserDialog::validate);
    };
    field(m_emailLabel, m_email, m_emailMessage, "editEmailEdit", QStringLiteral("user_email"));
    field(m_phoneLabel, m_phone, m_phoneMessage, "editPhoneEdit", QStringLiteral("user_phone"));
    field(m_descriptionLabel, m_description, m_descriptionMessage, "editDescriptionEdit",
          QStringLiteral("description"));
    m_disabled = new QCheckBox(this);
    m_disabled->setObjectName(QStringLiteral("editDisabledCheck"));
    m_enableChange = new QCheckBox(this);
    m_enableChange->setObjectName(QStringLiteral("editEnableChangeCheck"));
    m_nextLoginChange = new QCheckBox(this);
    m_nextLoginChange->setObjectName(QStringLiteral("editNextLoginChangeCheck"));
    m_neverExpires = new QCheckBox(this);
    m_neverExpires->setObjectName(QStringLiteral("editNeverExpiresCheck"));
    for (QCheckBox *box : {m_disabled, m_enableChange, m_nextLoginChange, m_neverExpires}) {
        form->addRow(box);
        connect(box, &QCheckBox::toggled, this, &EditUserDialog::validate);
    }
    m_serviceMessage = new FieldMessage(this);
    m_serviceMessage->setObjectName(QStringLiteral("editServiceMessage"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("editSaveButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("editCancelButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_serviceMessage);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditUserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 72),
           sizeHint().height());
}

void EditUserDialog::retranslateUi()
{
    setWindowTitle(tr("Edit user %1").arg(m_user.userName));
    m_emailLabel->setText(tr("&Email:"));
    m_email->setAccessibleName(tr("Email"));
    m_phoneLabel->setText(tr("&Phone:"));
    m_phone->setAccessibleName(tr("Phone"));
    m_descriptionLabel->setText(tr("&Description:"));
    m_description->setAccessibleName(tr("Description"));
    m_disabled->setText(tr("Account d&isabled (the user cannot sign in)"));
    m_disabled->setAccessibleName(tr("Account disabled"));
    m_enableChange->setText(tr("User may &change the password"));
    m_enableChange->setAccessibleName(tr("User may change the password"));
    m_nextLoginChange->setText(tr("User must change the password at the &next sign-in"));
    m_nextLoginChange->setAccessibleName(tr("Change the password at the next sign-in"));
    m_neverExpires->setText(tr("Password ne&ver expires"));
    m_neverExpires->setAccessibleName(tr("Password never expires"));
    m_buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save the user"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    validate();
}

UpdateUserRequest EditUserDialog::changes() const
{
    UpdateUserRequest r;
    const QString email = m_email->text().trimmed();
    const QString phone = m_phone->text().trimmed();
    const QString description = m_description->text().trimmed();
    if (email != m_user.userEmail)
        r.userEmail = email;
    if (phone != m_user.userPhone)
        r.userPhone = phone;
    if (description != m_user.description)
        r.description = description;
    if (m_disabled->isChecked() != m_user.disabled)
        r.disabled = m_disabled->isChecked();
    if (m_enableChange->isChecked() != m_user.enableChangePassword)
        r.enableChangePassword = m_enableChange->isChecked();
    if (m_nextLoginChange->isChecked() != m_user.nextLoginChangePassword)
        r.nextLoginChangePassword = m_nextLoginChange->isChecked();
    if (m_neverExpires->isChecked() != m_user.passwordNeverExpired)
        r.passwordNeverExpired = m_neverExpires->isChecked();
    return r;
}

void EditUserDialog::validate()
{
    if (!m_buttons)
        return;
    // The create rules hold for the fields that can be edited (e-mail, phone, description, and
    // one of e-mail or phone for a self-activated user); name and password are not edited here.
    CreateUserRequest probe;
    probe.userName = m_user.userName;
    probe.userEmail = m_email->text().trimmed();
    probe.userPhone = m_phone->text().trimmed();
    probe.description = m_description->text().trimmed();
    probe.activeType = m_user.activeType == QLatin1String("ADMIN_ACTIVATE")
                               ? QStringLiteral("ADMIN_ACTIVATE")
                               : QStringLiteral("USER_ACTIVATE");
    m_findings.clear();
    for (const Finding &f :
         CreateUserRules::check(probe, m_context, QDateTime::currentDateTimeUtc())) {
        if (!f.path.startsWith(QLatin1String("password"))
            && !f.path.startsWith(QLatin1String("user_name")))
            m_findings.append(f);
    }
    for (FieldMessage *m : {m_emailMessage, m_phoneMessage, m_descriptionMessage})
        m->setFindings(m_findings);
    m_buttons->button(QDialogButtonBox::Save)
            ->setEnabled(!m_call && !hasErrors(m_findings) && !changes().isEmpty());
}

void EditUserDialog::accept()
{
    if (!m_client || m_call || hasErrors(m_findings))
        return;
    const UpdateUserRequest request = changes();
    if (request.isEmpty()) {
        QDialog::accept();
        return;
    }
    follow(m_client->updateUser(m_user.id, request, this), m_serviceMessage,
           [this](ApiCall *) { emit saved(m_user.userName); });
}

void EditUserDialog::setBusy(bool busy)
{
    if (busy)
        m_serviceMessage->setHint(tr("Saving…"));
    validate();
}

} // namespace wsc
