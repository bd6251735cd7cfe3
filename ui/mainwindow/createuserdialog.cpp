#include "createuserdialog.h"

#include "createuserchecks.h"

#include "api/http/errorcatalog.h"
#include "api/http/workspaceclient.h"
#include "ui/widgets/fieldmessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wsc {

CreateUserDialog::CreateUserDialog(WorkspaceClient *client, const ValidationContext &context,
                                   QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_context(context)
{
    setObjectName(QStringLiteral("createUserDialog"));
    buildUi();
    retranslateUi();
    validate();
}

void CreateUserDialog::buildUi()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addField = [this, form](QLabel *&label, QWidget *field, FieldMessage *&message,
                                 const QString &path) {
        label = new QLabel(this);
        label->setBuddy(field);
        message = new FieldMessage(path, field, this);
        message->setObjectName(field->objectName() + QStringLiteral("Message"));
        auto *box = FieldMessage::column(field, message);
        form->addRow(label, box);
    };

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("userNameEdit"));
    m_name->setMaxLength(64);
    addField(m_nameLabel, m_name, m_nameMessage, QStringLiteral("user_name"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("userEmailEdit"));
    addField(m_emailLabel, m_email, m_emailMessage, QStringLiteral("user_email"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("userPhoneEdit"));
    addField(m_phoneLabel, m_phone, m_phoneMessage, QStringLiteral("user_phone"));

    m_activationLabel = new QLabel(this);
    m_activation = new QComboBox(this);
    m_activation->setObjectName(QStringLiteral("userActivationCombo"));
    m_activation->addItem(QString(), QStringLiteral("USER_ACTIVATE"));
    m_activation->addItem(QString(), QStringLiteral("ADMIN_ACTIVATE"));
    m_activationLabel->setBuddy(m_activation);
    form->addRow(m_activationLabel, m_activation);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("userPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    addField(m_passwordLabel, m_password, m_passwordMessage, QStringLiteral("password"));
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("userPasswordConfirmEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    addField(m_confirmLabel, m_confirm, m_confirmMessage, QStringLiteral("password_confirm"));

    m_expires = new QCheckBox(this);
    m_expires->setObjectName(QStringLiteral("userExpiresCheck"));
    m_expiryDate = new QDateEdit(QDate::currentDate().addYears(1), this);
    m_expiryDate->setObjectName(QStringLiteral("userExpiryDate"));
    m_expiryDate->setCalendarPopup(true);
    m_expiryDate->setEnabled(false);
    m_expiryMessage = new FieldMessage(QStringLiteral("account_expires"), m_expiryDate, this);
    auto *expiry = FieldMessage::column(m_expiryDate, m_expiryMessage);
    form->addRow(m_expires, expiry);

    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("userDescriptionEdit"));
    addField(m_descriptionLabel, m_description, m_descriptionMessage,
             QStringLiteral("description"));

    m_serviceError = new QLabel(this);
    m_serviceError->setObjectName(QStringLiteral("createUserError"));
    m_serviceError->setWordWrap(true);
    m_serviceError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serviceError->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createUserButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateUserDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_serviceError);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_name, m_email, m_phone, m_password, m_confirm, m_description})
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_touched = true;
            validate();
        });
    connect(m_activation, &QComboBox::currentIndexChanged, this, &CreateUserDialog::validate);
    connect(m_expires, &QCheckBox::toggled, this, [this](bool on) {
        m_expiryDate->setEnabled(on);
        validate();
    });
    connect(m_expiryDate, &QDateEdit::dateChanged, this, &CreateUserDialog::validate);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

void CreateUserDialog::retranslateUi()
{
    setWindowTitle(tr("Create User"));
    m_nameLabel->setText(tr("&User name:"));
    m_name->setPlaceholderText(tr("e.g. zhangsan"));
    m_emailLabel->setText(tr("&E-mail:"));
    m_phoneLabel->setText(tr("&Phone:"));
    m_phone->setPlaceholderText(tr("e.g. +86-13800000000"));
    m_activationLabel->setText(tr("&Activation:"));
    m_activation->setItemText(0, tr("The user activates the account (link by e-mail or SMS)"));
    m_activation->setItemText(1, tr("The administrator sets the password"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_confirmLabel->setText(tr("&Confirm password:"));
    m_expires->setText(tr("E&xpires on:"));
    m_expiryDate->setAccessibleName(tr("Expiry date of the account"));
    m_descriptionLabel->setText(tr("&Description:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&reate"));
    validate();
}

void CreateUserDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

CreateUserRequest CreateUserDialog::request() const
{
    CreateUserRequest r;
    r.userName = m_name->text().trimmed();
    r.userEmail = m_email->text().trimmed();
    r.userPhone = m_phone->text().trimmed();
    r.activeType = m_activation->currentData().toString();
    if (r.activeType == QLatin1String("ADMIN_ACTIVATE"))
        r.password = m_password->text();
    if (m_expires->isChecked())
        r.accountExpires = QDateTime(m_expiryDate->date(), QTime(23, 59, 59), Qt::UTC)
                                   .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    r.description = m_description->text();
    return r;
}

void CreateUserDialog::validate()
{
    const bool admin = m_activation->currentData().toString() == QLatin1String("ADMIN_ACTIVATE");
    m_password->setEnabled(admin);
    m_confirm->setEnabled(admin);
    m_findings = CreateUserChecks::check(request(), m_confirm->text(), m_context,
                                         QDateTime::currentDateTimeUtc());
    // An untouched form shows no red: the errors appear once the administrator starts typing.
    const Findings shown = m_touched ? m_findings : Findings();
    for (FieldMessage *m : {m_nameMessage, m_emailMessage, m_phoneMessage, m_passwordMessage,
                            m_confirmMessage, m_expiryMessage, m_descriptionMessage})
        m->setFindings(shown);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!hasErrors(m_findings) && !m_call);
}

void CreateUserDialog::submit()
{
    m_touched = true;
    validate();
    if (hasErrors(m_findings) || m_call)
        return;
    m_serviceError->setVisible(false);
    const CreateUserRequest r = request();
    TypedCall<QString> *call = m_client->createUser(r, this);
    m_call = call;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    setCursor(Qt::BusyCursor);
    connect(call, &ApiCall::finished, this, [this, call, r] {
        call->deleteLater();
        m_call = nullptr;
        unsetCursor();
        if (call->isOk()) {
            m_createdId = call->result();
            emit userCreated(r.userName, m_createdId);
            accept();
            return;
        }
        const ApiError error = call->error();
        if (error.httpStatus == 409) {
            m_nameMessage->setMessage(Severity::Error,
                                      tr("A user called \"%1\" already exists.").arg(r.userName));
            m_name->setFocus();
        } else {
            m_serviceError->setText(ErrorCatalog::describe(error));
            m_serviceError->setVisible(true);
        }
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    });
}

} // namespace wsc
