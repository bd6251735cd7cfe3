#include "adddiskinput.h"

#include "api/http/workspaceclient.h"
#include "models/domain/volume.h"
#include "models/rules/apilimits.h"
#include "models/rules/createrules.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/wizard/volumetypes.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

AddDiskInput::AddDiskInput(QWidget *parent)
    : DesktopActionInput(parent)
{
    setObjectName(QStringLiteral("addDiskInput"));
    m_typeLabel = new QLabel(this);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("addDiskTypeCombo"));
    for (const QString &type : VolumeTypes::types(nullptr))
        m_type->addItem(QString(), type);
    m_typeLabel->setBuddy(m_type);
    m_sizeLabel = new QLabel(this);
    m_size = new QSpinBox(this);
    m_size->setObjectName(QStringLiteral("addDiskSizeSpin"));
    // Wider than the rules so that a wrong size is explained instead of silently clamped.
    m_size->setRange(1, 65535);
    m_size->setValue(100);
    m_size->setSingleStep(ApiLimits::DiskStep);
    m_sizeLabel->setBuddy(m_size);
    m_message = new FieldMessage(QString(), m_size, this);
    m_message->setObjectName(QStringLiteral("addDiskMessage"));
    auto *sizeBox = new QVBoxLayout;
    sizeBox->setSpacing(2);
    sizeBox->addWidget(m_size);
    sizeBox->addWidget(m_message);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_typeLabel, m_type);
    form->addRow(m_sizeLabel, sizeBox);
    connect(m_type, &QComboBox::currentIndexChanged, this, &AddDiskInput::validate);
    connect(m_size, &QSpinBox::valueChanged, this, &AddDiskInput::validate);
    retranslateUi();
}

void AddDiskInput::retranslateUi()
{
    m_typeLabel->setText(tr("Disk &type:"));
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, VolumeTypes::displayName(m_type->itemData(i).toString()));
    m_sizeLabel->setText(tr("&Size:"));
    m_size->setSuffix(tr(" GB"));
    validate();
}

void AddDiskInput::validate()
{
    Volume volume;
    volume.type = m_type->currentData().toString();
    volume.size = m_size->value();
    Findings findings;
    CreateRules::checkDataVolume(volume, QString(), ValidationContext(), findings);
    m_message->setFindings(findings);
    m_valid = !hasErrors(findings);
    emit changed();
}

bool AddDiskInput::isValid() const
{
    return m_valid;
}

QString AddDiskInput::consequence() const
{
    if (m_targets.isEmpty())
        return {};
    const DesktopInfo &d = m_targets.first();
    return tr("A new %1 GB data disk (%2) will be added to “%3”, which has %n data disk(s) now.",
              nullptr, int(d.dataVolumes.size()))
            .arg(m_size->value())
            .arg(VolumeTypes::displayName(m_type->currentData().toString()), d.computerName);
}

ApiCall *AddDiskInput::send(WorkspaceClient *client, QObject *context)
{
    if (m_targets.isEmpty())
        return nullptr;
    Volume volume;
    volume.type = m_type->currentData().toString();
    volume.size = m_size->value();
    return client->addDesktopVolumes(m_targets.first().desktopId, {volume}, context);
}
