#include "expanddiskinput.h"

#include "api/http/workspaceclient.h"
#include "models/rules/apilimits.h"
#include "ui/widgets/fieldmessage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

ExpandDiskInput::ExpandDiskInput(QWidget *parent)
    : DesktopActionInput(parent)
{
    setObjectName(QStringLiteral("expandDiskInput"));
    m_diskLabel = new QLabel(this);
    m_disk = new QComboBox(this);
    m_disk->setObjectName(QStringLiteral("expandDiskCombo"));
    m_diskLabel->setBuddy(m_disk);
    m_sizeLabel = new QLabel(this);
    m_size = new QSpinBox(this);
    m_size->setObjectName(QStringLiteral("expandDiskSizeSpin"));
    // Any number can be typed: a size below today's is explained, not silently raised.
    m_size->setRange(1, 65535);
    m_size->setSingleStep(ApiLimits::DiskStep);
    m_sizeLabel->setBuddy(m_size);
    m_message = new FieldMessage(QString(), m_size, this);
    m_message->setObjectName(QStringLiteral("expandDiskMessage"));
    auto *sizeBox = new QVBoxLayout;
    sizeBox->setSpacing(2);
    sizeBox->addWidget(m_size);
    sizeBox->addWidget(m_message);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_diskLabel, m_disk);
    form->addRow(m_sizeLabel, sizeBox);
    connect(m_disk, &QComboBox::currentIndexChanged, this, [this] {
        m_size->setValue(currentSize() + 10);
        validate();
    });
    connect(m_size, &QSpinBox::valueChanged, this, &ExpandDiskInput::validate);
    retranslateUi();
}

void ExpandDiskInput::setTargets(const QList<DesktopInfo> &targets)
{
    DesktopActionInput::setTargets(targets);
    const QSignalBlocker block(m_disk);
    m_disk->clear();
    if (!targets.isEmpty()) {
        for (const DesktopVolume &v : targets.first().dataVolumes) {
            const QString where = v.device.isEmpty() ? v.id : v.device;
            m_disk->addItem(tr("%1 — %2 GB %3").arg(where).arg(v.size).arg(v.type), v.id);
            m_disk->setItemData(m_disk->count() - 1, v.size, Qt::UserRole + 1);
        }
    }
    m_size->setValue(currentSize() + 10);
    validate();
}

void ExpandDiskInput::retranslateUi()
{
    m_diskLabel->setText(tr("&Disk:"));
    m_sizeLabel->setText(tr("&New size:"));
    m_size->setSuffix(tr(" GB"));
    validate();
}

int ExpandDiskInput::currentSize() const
{
    return m_disk->currentData(Qt::UserRole + 1).toInt();
}

void ExpandDiskInput::validate()
{
    const int now = currentSize();
    const int wanted = m_size->value();
    m_valid = false;
    if (m_disk->currentIndex() < 0) {
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

bool ExpandDiskInput::isValid() const
{
    return m_valid;
}

QString ExpandDiskInput::consequence() const
{
    if (m_targets.isEmpty() || m_disk->currentIndex() < 0)
        return {};
    return tr("The disk %1 of “%2” grows from %3 GB to %4 GB. The partition is extended inside "
              "the desktop afterwards.")
            .arg(m_disk->currentText().section(QStringLiteral(" — "), 0, 0),
                 m_targets.first().computerName)
            .arg(currentSize())
            .arg(m_size->value());
}

ApiCall *ExpandDiskInput::send(WorkspaceClient *client, QObject *context)
{
    if (m_targets.isEmpty() || m_disk->currentIndex() < 0)
        return nullptr;
    return client->expandDesktopVolume(m_targets.first().desktopId,
                                       m_disk->currentData().toString(), m_size->value(), context);
}
