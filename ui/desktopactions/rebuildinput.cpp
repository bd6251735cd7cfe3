#include "rebuildinput.h"

#include "api/http/workspaceclient.h"
#include "api/jobs/jobcenter.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace wsc {

RebuildInput::RebuildInput(WorkspaceClient *client, QWidget *parent)
    : CatalogPickerInput(client, QStringLiteral("rebuildImageCombo"),
                         QStringLiteral("rebuildMessage"), parent)
{
    setObjectName(QStringLiteral("rebuildInput"));
    m_delayLabel = new QLabel(this);
    m_delay = new QSpinBox(this);
    m_delay->setObjectName(QStringLiteral("rebuildDelaySpin"));
    m_delay->setRange(0, 60);
    m_delayLabel->setBuddy(m_delay);
    m_noticeLabel = new QLabel(this);
    m_notice = new QLineEdit(this);
    m_notice->setObjectName(QStringLiteral("rebuildNoticeEdit"));
    m_notice->setMaxLength(256);
    m_noticeLabel->setBuddy(m_notice);
    m_form->addRow(m_delayLabel, m_delay);
    m_form->addRow(m_noticeLabel, m_notice);
    connect(m_delay, &QSpinBox::valueChanged, this, &DesktopActionInput::changed);
    retranslateUi();
    load();
}

void RebuildInput::retranslateUi()
{
    m_label->setText(tr("&Image:"));
    m_delayLabel->setText(tr("&Time to save work:"));
    m_delay->setSuffix(tr(" min"));
    m_delay->setSpecialValueText(tr("None: at once"));
    m_noticeLabel->setText(tr("&Message to users:"));
    m_notice->setPlaceholderText(tr("Optional, e.g. “Your desktop is updated at 18:00.”"));
    fill();
}

void RebuildInput::setTargets(const QList<DesktopInfo> &targets)
{
    DesktopActionInput::setTargets(targets);
    fill();
}

void RebuildInput::load()
{
    if (!canLoad())
        return;
    readCatalog(m_client->images({}, this), &m_images);
}

ImageInfo RebuildInput::image(const QString &id) const
{
    for (const ImageInfo &i : m_images) {
        if (i.id == id)
            return i;
    }
    return {};
}

void RebuildInput::addChoices(const DesktopInfo &first)
{
    for (const ImageInfo &i : std::as_const(m_images)) {
        // The system disk must boot on the same hardware: same OS family and architecture.
        if (i.osType.compare(first.osType, Qt::CaseInsensitive) != 0)
            continue;
        if (!first.architecture.isEmpty()
            && i.architecture.compare(first.architecture, Qt::CaseInsensitive) != 0)
            continue;
        const QString kind = i.imageType == QLatin1String("private") ? tr("private") : tr("public");
        m_combo->addItem(tr("%1 (%2)").arg(i.name, kind), i.id);
    }
}

QString RebuildInput::imageId() const
{
    return chosenId();
}

QString RebuildInput::stateText(Text which) const
{
    switch (which) {
    case Text::NotConnected:
        return tr("not connected");
    case Text::Loading:
        return tr("Loading the images…");
    case Text::LoadFailed:
        return tr("The images could not be read: %1");
    case Text::NothingFits:
        return tr("No image has these desktops' operating system and "
                  "architecture.");
    case Text::Choose:
        break;
    }
    return tr("Choose the image the system disks are rebuilt from.");
}

QString RebuildInput::consequence() const
{
    const ImageInfo chosen = image(imageId());
    const int n = int(m_targets.size());
    QString text = chosen.name.isEmpty()
                           ? tr("The system disks of %n desktop(s) will be erased and rebuilt from "
                                "the image you choose. Programs and files on the system disk are "
                                "lost; data disks stay.",
                                nullptr, n)
                           : tr("The system disks of %n desktop(s) will be erased and rebuilt from "
                                "%1. Programs and files on the system disk are lost; data disks "
                                "stay.",
                                nullptr, n)
                                     .arg(chosen.name);
    if (m_delay->value() > 0)
        text += QLatin1Char(' ')
                + tr("Users get %n minute(s) to save their work.", nullptr, m_delay->value());
    return text;
}

QString RebuildInput::start(JobCenter *jobs, const BatchSource &source)
{
    const ImageInfo chosen = image(imageId());
    RebuildRequest request;
    request.desktopIds = targetIds();
    request.imageId = chosen.id;
    request.imageType = chosen.imageType.isEmpty() ? QStringLiteral("gold") : chosen.imageType;
    request.osType = chosen.osType;
    if (m_delay->value() > 0)
        request.delayTime = m_delay->value();
    request.message = m_notice->text().trimmed();
    return jobs->startRebuild(request, source);
}

} // namespace wsc
