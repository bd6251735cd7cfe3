#include "groupdialog.h"

#include "api/http/workspaceclient.h"
#include "models/rules/apilimits.h"
#include "models/rules/attachrules.h"
#include "ui/widgets/fieldmessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wsc {

GroupDialog::GroupDialog(WorkspaceClient *client, const QStringList &takenNames, QWidget *parent)
    : GroupDialog(client, UserGroup(), takenNames, parent)
{}

GroupDialog::GroupDialog(WorkspaceClient *client, const UserGroup &group,
                         const QStringList &takenNames, QWidget *parent)
    : RequestDialog(client, parent)
    , m_group(group)
{
    setObjectName(QStringLiteral("GroupDialog"));
    for (const QString &name : takenNames) {
        // Its own name is not taken when renaming.
        if (name.compare(group.name, Qt::CaseInsensitive) != 0 || group.id.isEmpty())
            m_taken.append(name.toCaseFolded());
    }
    buildUi();
    retranslateUi();
    m_nameEdit->setText(group.name);
    m_descriptionEdit->setText(group.description);
    validate();
}

void GroupDialog::buildUi()
{
    auto *form = new QFormLayout;
    m_nameLabel = new QLabel(this);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("groupNameEdit"));
    m_nameEdit->setMaxLength(ApiLimits::GroupNameMax);
    m_nameLabel->setBuddy(m_nameEdit);
    m_nameMessage = new FieldMessage(this);
    m_nameMessage->setObjectName(QStringLiteral("groupNameMessage"));
    m_nameMessage->setField(m_nameEdit);
    auto *nameColumn = FieldMessage::column(m_nameEdit, m_nameMessage);
    form->addRow(m_nameLabel, nameColumn);
    m_descriptionLabel = new QLabel(this);
    m_descriptionEdit = new QLineEdit(this);
    m_descriptionEdit->setObjectName(QStringLiteral("groupDescriptionEdit"));
    m_descriptionEdit->setMaxLength(ApiLimits::GroupDescriptionMax);
    m_descriptionLabel->setBuddy(m_descriptionEdit);
    form->addRow(m_descriptionLabel, m_descriptionEdit);

    m_submitMessage = new FieldMessage(this);
    m_submitMessage->setObjectName(QStringLiteral("groupSubmitMessage"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("groupOkButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("groupCancelButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_submitMessage);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &GroupDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GroupDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 70),
           sizeHint().height());
}

void GroupDialog::retranslateUi()
{
    setWindowTitle(isEditing() ? tr("Rename group %1").arg(m_group.name) : tr("New group"));
    m_nameLabel->setText(tr("Group &name:"));
    m_nameEdit->setAccessibleName(tr("Group name"));
    m_descriptionLabel->setText(tr("&Description:"));
    m_descriptionEdit->setAccessibleName(tr("Group description"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(isEditing() ? tr("&Save") : tr("C&reate"));
    m_buttons->button(QDialogButtonBox::Ok)
            ->setAccessibleName(isEditing() ? tr("Save the group") : tr("Create the group"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    validate();
}

void GroupDialog::validate()
{
    if (!m_nameEdit)
        return;
    const QString name = m_nameEdit->text().trimmed();
    Findings findings;
    AttachRules::checkGroupName(name, QStringLiteral("group_name"), findings);
    if (!hasErrors(findings) && m_taken.contains(name.toCaseFolded())) {
        Finding taken;
        taken.path = QStringLiteral("group_name");
        taken.code = QStringLiteral("group_name.taken");
        taken.message = tr("A group named “%1” exists already.").arg(name);
        findings.append(taken);
    }
    // An empty name is said once typing starts; until then OK is just disabled.
    if (name.isEmpty() && !m_nameEdit->isModified())
        m_nameMessage->clear();
    else
        m_nameMessage->setFindings(findings);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!hasErrors(findings) && !m_call);
}

void GroupDialog::setBusy(bool busy)
{
    m_nameEdit->setEnabled(!busy);
    m_descriptionEdit->setEnabled(!busy);
    validate();
    if (busy)
        m_submitMessage->setHint(isEditing() ? tr("Saving…") : tr("Creating…"));
}

void GroupDialog::accept()
{
    if (!m_client || m_call)
        return;
    const QString name = m_nameEdit->text().trimmed();
    const QString description = m_descriptionEdit->text().trimmed();
    m_submitMessage->clear();
    if (!isEditing()) {
        follow(m_client->createUserGroup(name, description, QStringLiteral("LOCAL"), this),
               m_submitMessage, [this](TypedCall<UserGroup> *call) {
                   m_group = call->result();
                   emit saved(m_group);
               });
    } else {
        // Only what changed is sent: an AD group cannot be renamed, but its description can.
        std::optional<QString> newName;
        if (name != m_group.name)
            newName = name;
        std::optional<QString> newDescription;
        if (description != m_group.description)
            newDescription = description;
        if (!newName && !newDescription) {
            QDialog::accept();
            return;
        }
        follow(m_client->updateUserGroup(m_group.id, newName, newDescription, this),
               m_submitMessage, [this, name, description](ApiCall *) {
                   m_group.name = name;
                   m_group.description = description;
                   emit saved(m_group);
               });
    }
}

} // namespace wsc
