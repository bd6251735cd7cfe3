#include "expanddiskinput.h"

#include "api/http/workspaceclient.h"
#include "models/rules/apilimits.h"
#include "ui/widgets/fieldmessage.h"

#include <QComboBox>
#include <QLabel>
#include <QSpinBox>

namespace wsc {

ExpandDiskInput::ExpandDiskInput(QWidget *parent)
    : DiskSizeInput(QStringLiteral("expandDiskCombo"), QStringLiteral("expandDiskSizeSpin"),
                    QStringLiteral("expandDiskMessage"), parent)
{
    setObjectName(QStringLiteral("expandDiskInput"));
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        m_size->setValue(currentSize() + 10);
        validate();
    });
    retranslateUi();
}

void ExpandDiskInput::setTargets(const QList<DesktopInfo> &targets)
{
    DesktopActionInput::setTargets(targets);
    const QSignalBlocker block(m_combo);
    m_combo->clear();
    if (!targets.isEmpty()) {
        for (const DesktopVolume &v : targets.first().dataVolumes) {
            const QString where = v.device.isEmpty() ? v.id : v.device;
            m_combo->addItem(tr("%1 — %2 GB %3").arg(where).arg(v.size).arg(v.type), v.id);
            m_combo->setItemData(m_combo->count() - 1, v.size, Qt::UserRole + 1);
        }
    }
    m_size->setValue(currentSize() + 10);
    validate();
}

void ExpandDiskInput::retranslateUi()
{
    m_comboLabel->setText(tr("&Disk:"));
    m_sizeLabel->setText(tr("&New size:"));
    m_size->setSuffix(tr(" GB"));
    validate();
}

int ExpandDiskInput::currentSize() const
{
    return m_combo->currentData(Qt::UserRole + 1).toInt();
}

void ExpandDiskInput::validate()
{
    const int now = currentSize();
    const int wanted = m_size->value();
    m_valid = false;
    if (m_combo->currentIndex() < 0) {
        m_message->setMessage(Severity::Error, tr("The desktop has no data disk."));
    } else if (wanted <= now) {
        m_message->setMessage(Severity::Error,
                              tr("The new size must be larger than today's %1 GB: disks only "
                                 "grow.")
                                      .arg(now));
    } else if (wanted > ApiLimits::DiskMax) {
        m_message->setMessage(Severity::Error,
                              tr("A data disk can have at most %1 GB.").arg(ApiLimits::DiskMax));
    } else {
        m_message->clear();
        m_valid = true;
    }
    emit changed();
}

QString ExpandDiskInput::consequence() const
{
    if (m_targets.isEmpty() || m_combo->currentIndex() < 0)
        return {};
    return tr("The disk %1 of “%2” grows from %3 GB to %4 GB. The partition is extended inside "
              "the desktop afterwards.")
            .arg(m_combo->currentText().section(QStringLiteral(" — "), 0, 0),
                 m_targets.first().computerName)
            .arg(currentSize())
            .arg(m_size->value());
}

ApiCall *ExpandDiskInput::send(WorkspaceClient *client, QObject *context)
{
    if (m_targets.isEmpty() || m_combo->currentIndex() < 0)
        return nullptr;
    return client->expandDesktopVolume(m_targets.first().desktopId,
                                       m_combo->currentData().toString(), m_size->value(), context);
}

} // namespace wsc
