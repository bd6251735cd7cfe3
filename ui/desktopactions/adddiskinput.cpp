#include "adddiskinput.h"

#include "api/http/workspaceclient.h"
#include "models/domain/volume.h"
#include "models/rules/createrules.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/wizard/volumetypes.h"

#include <QComboBox>
#include <QLabel>
#include <QSpinBox>

namespace wsc {

AddDiskInput::AddDiskInput(QWidget *parent)
    : DiskSizeInput(QStringLiteral("addDiskTypeCombo"), QStringLiteral("addDiskSizeSpin"),
                    QStringLiteral("addDiskMessage"), parent)
{
    setObjectName(QStringLiteral("addDiskInput"));
    for (const QString &type : VolumeTypes::types(nullptr))
        m_combo->addItem(QString(), type);
    m_size->setValue(100);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &AddDiskInput::validate);
    retranslateUi();
}

void AddDiskInput::retranslateUi()
{
    m_comboLabel->setText(tr("Disk &type:"));
    for (int i = 0; i < m_combo->count(); ++i)
        m_combo->setItemText(i, VolumeTypes::displayName(m_combo->itemData(i).toString()));
    m_sizeLabel->setText(tr("&Size:"));
    m_size->setSuffix(tr(" GB"));
    validate();
}

void AddDiskInput::validate()
{
    Volume volume;
    volume.type = m_combo->currentData().toString();
    volume.size = m_size->value();
    Findings findings;
    CreateRules::checkDataVolume(volume, QString(), ValidationContext(), findings);
    m_message->setFindings(findings);
    m_valid = !hasErrors(findings);
    emit changed();
}

QString AddDiskInput::consequence() const
{
    if (m_targets.isEmpty())
        return {};
    const DesktopInfo &d = m_targets.first();
    return tr("A new %1 GB data disk (%2) will be added to “%3”, which has %n data disk(s) now.",
              nullptr, int(d.dataVolumes.size()))
            .arg(m_size->value())
            .arg(VolumeTypes::displayName(m_combo->currentData().toString()), d.computerName);
}

ApiCall *AddDiskInput::send(WorkspaceClient *client, QObject *context)
{
    if (m_targets.isEmpty())
        return nullptr;
    Volume volume;
    volume.type = m_combo->currentData().toString();
    volume.size = m_size->value();
    return client->addDesktopVolumes(m_targets.first().desktopId, {volume}, context);
}

} // namespace wsc
