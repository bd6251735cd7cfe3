#include "catalogpickerinput.h"

#include "api/http/workspaceclient.h"
#include "ui/widgets/fieldmessage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace wsc {

CatalogPickerInput::CatalogPickerInput(WorkspaceClient *client, const QString &comboName,
                                       const QString &messageName, QWidget *parent)
    : DesktopActionInput(parent)
    , m_client(client)
{
    m_label = new QLabel(this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(comboName);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(40);
    m_label->setBuddy(m_combo);
    m_message = new FieldMessage(QString(), m_combo, this);
    m_message->setObjectName(messageName);
    auto *box = FieldMessage::column(m_combo, m_message);
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(m_label, box);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &CatalogPickerInput::validate);
}

QString CatalogPickerInput::chosenId() const
{
    return m_combo->currentData().toString();
}

bool CatalogPickerInput::canLoad()
{
    if (m_client)
        return true;
    m_loaded = true;
    m_loadError = stateText(Text::NotConnected);
    return false;
}

void CatalogPickerInput::loadFinished(ApiCall *call)
{
    call->deleteLater();
    m_loaded = true;
    if (!call->isOk())
        m_loadError = call->error().summary();
    fill();
    emit catalogLoaded();
}

void CatalogPickerInput::fill()
{
    const QString current = chosenId();
    const QSignalBlocker block(m_combo);
    m_combo->clear();
    if (m_targets.isEmpty())
        return validate();
    addChoices(m_targets.first());
    const int index = m_combo->findData(current);
    m_combo->setCurrentIndex(index >= 0 ? index : -1);
    validate();
}

void CatalogPickerInput::validate()
{
    bool ok = false;
    if (!m_loaded) {
        m_message->setHint(stateText(Text::Loading));
    } else if (!m_loadError.isEmpty()) {
        m_message->setMessage(Severity::Error, stateText(Text::LoadFailed).arg(m_loadError));
    } else if (m_combo->count() == 0) {
        m_message->setMessage(Severity::Error, stateText(Text::NothingFits));
    } else if (chosenId().isEmpty()) {
        m_message->setHint(stateText(Text::Choose));
    } else {
        const QString problem = choiceProblem();
        if (problem.isEmpty()) {
            m_message->clear();
            ok = true;
        } else {
            m_message->setMessage(Severity::Error, problem);
        }
    }
    m_valid = ok;
    emit changed();
}

} // namespace wsc
