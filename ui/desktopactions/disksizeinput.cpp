#include "disksizeinput.h"

#include "models/rules/apilimits.h"
#include "ui/widgets/fieldmessage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wsc {

DiskSizeInput::DiskSizeInput(const QString &comboName, const QString &sizeName,
                             const QString &messageName, QWidget *parent)
    : DesktopActionInput(parent)
{
    m_comboLabel = new QLabel(this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(comboName);
    m_comboLabel->setBuddy(m_combo);
    m_sizeLabel = new QLabel(this);
    m_size = new QSpinBox(this);
    m_size->setObjectName(sizeName);
    // Wider than the rules: a wrong size is explained instead of silently clamped or raised.
    m_size->setRange(1, 65535);
    m_size->setSingleStep(ApiLimits::DiskStep);
    m_sizeLabel->setBuddy(m_size);
    m_message = new FieldMessage(QString(), m_size, this);
    m_message->setObjectName(messageName);
    auto *sizeBox = FieldMessage::column(m_size, m_message);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_comboLabel, m_combo);
    form->addRow(m_sizeLabel, sizeBox);
    // Connected last: the range set above may change the value before a subclass exists.
    connect(m_size, &QSpinBox::valueChanged, this, &DiskSizeInput::validate);
}

} // namespace wsc
