#include "renameinput.h"

#include "api/http/workspaceclient.h"
#include "models/rules/apilimits.h"
#include "models/rules/createrules.h"
#include "ui/widgets/fieldmessage.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace wsc {

RenameInput::RenameInput(const QStringList &takenNames, QWidget *parent)
    : DesktopActionInput(parent)
{
    setObjectName(QStringLiteral("renameInput"));
    for (const QString &name : takenNames)
        m_taken.insert(name.toCaseFolded());
    m_label = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("renameEdit"));
    m_name->setMaxLength(ApiLimits::ComputerNameMax);
    m_label->setBuddy(m_name);
    m_message = new FieldMessage(QString(), m_name, this);
    m_message->setObjectName(QStringLiteral("renameMessage"));
    auto *box = FieldMessage::column(m_name, m_message);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_label, box);
    connect(m_name, &QLineEdit::textChanged, this, &RenameInput::validate);
    retranslateUi();
}

void RenameInput::setTargets(const QList<DesktopInfo> &targets)
{
    if (!targets.isEmpty())
        m_name->setText(targets.first().computerName);
    DesktopActionInput::setTargets(targets);
    m_name->selectAll();
    validate();
}

void RenameInput::retranslateUi()
{
    m_label->setText(tr("New &name:"));
    m_name->setToolTip(tr("Up to 15 letters, digits and “-” (a Chinese character counts as 2)."));
    validate();
}

QString RenameInput::newName() const
{
    return m_name->text().trimmed();
}

void RenameInput::validate()
{
    const QString name = newName();
    const QString current = m_targets.isEmpty() ? QString() : m_targets.first().computerName;
    Findings findings;
    CreateRules::checkComputerName(name, QString(), findings);
    bool ok = !hasErrors(findings);
    if (name.isEmpty()) {
        // Create may leave the name to the service; a rename needs one.
        m_message->setMessage(Severity::Error, tr("Type the new name."));
        ok = false;
    } else if (ok && name.compare(current, Qt::CaseInsensitive) == 0) {
        m_message->setHint(tr("Type the new name."));
        ok = false;
    } else if (ok && m_taken.contains(name.toCaseFolded())) {
        m_message->setMessage(Severity::Error,
                              tr("“%1” is already the name of another desktop.").arg(name));
        ok = false;
    } else {
        m_message->setFindings(findings);
    }
    m_valid = ok;
    emit changed();
}

bool RenameInput::isValid() const
{
    return m_valid;
}

QString RenameInput::consequence() const
{
    if (m_targets.isEmpty())
        return {};
    return tr("The desktop “%1” will be renamed to “%2”.")
            .arg(m_targets.first().computerName, newName());
}

ApiCall *RenameInput::send(WorkspaceClient *client, QObject *context)
{
    if (m_targets.isEmpty())
        return nullptr;
    return client->renameDesktop(m_targets.first().desktopId, newName(), context);
}

} // namespace wsc
