#include "removediskinput.h"

#include "api/http/workspaceclient.h"
#include "ui/widgets/fieldmessage.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace wsc {

RemoveDiskInput::RemoveDiskInput(QWidget *parent)
    : DesktopActionInput(parent)
{
    setObjectName(QStringLiteral("removeDiskInput"));
    m_label = new QLabel(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("removeDiskList"));
    m_list->setMaximumHeight(fontMetrics().height() * 7);
    m_label->setBuddy(m_list);
    m_message = new FieldMessage(QString(), m_list, this);
    m_message->setObjectName(QStringLiteral("removeDiskMessage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_list);
    layout->addWidget(m_message);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        m_message->setHint(checkedVolumeIds().isEmpty() ? tr("Tick the disks to delete.")
                                                        : QString());
        emit changed();
    });
    retranslateUi();
}

void RemoveDiskInput::setTargets(const QList<DesktopInfo> &targets)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    if (!targets.isEmpty()) {
        for (const DesktopVolume &v : targets.first().dataVolumes) {
            const QString where = v.device.isEmpty() ? v.id : v.device;
            auto *item = new QListWidgetItem(tr("%1 — %2 GB %3").arg(where).arg(v.size).arg(v.type),
                                             m_list);
            item->setData(Qt::UserRole, v.id);
            item->setToolTip(v.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    m_message->setHint(tr("Tick the disks to delete."));
    DesktopActionInput::setTargets(targets);
}

void RemoveDiskInput::retranslateUi()
{
    m_label->setText(tr("Data &disks to delete:"));
    m_list->setAccessibleName(tr("Data disks to delete"));
}

QStringList RemoveDiskInput::checkedVolumeIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids << m_list->item(i)->data(Qt::UserRole).toString();
    }
    return ids;
}

bool RemoveDiskInput::isValid() const
{
    return !checkedVolumeIds().isEmpty();
}

QString RemoveDiskInput::consequence() const
{
    if (m_targets.isEmpty())
        return {};
    const int n = int(checkedVolumeIds().size());
    if (n == 0)
        return tr("Choose the data disks of “%1” to delete.").arg(m_targets.first().computerName);
    return tr("%n data disk(s) of “%1” will be deleted with everything on them. This cannot be "
              "undone.",
              nullptr, n)
            .arg(m_targets.first().computerName);
}

ApiCall *RemoveDiskInput::send(WorkspaceClient *client, QObject *context)
{
    if (m_targets.isEmpty())
        return nullptr;
    return client->deleteDesktopVolumes(m_targets.first().desktopId, checkedVolumeIds(), context);
}

} // namespace wsc
