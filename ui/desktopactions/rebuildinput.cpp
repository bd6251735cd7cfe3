#include "rebuildinput.h"

#include "api/http/workspaceclient.h"
#include "api/jobs/jobcenter.h"
#include "ui/widgets/fieldmessage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

RebuildInput::RebuildInput(WorkspaceClient *client, QWidget *parent)
    : DesktopActionInput(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("rebuildInput"));
    m_imageLabel = new QLabel(this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("rebuildImageCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(40);
    m_imageLabel->setBuddy(m_combo);
    m_message = new FieldMessage(QString(), m_combo, this);
    m_message->setObjectName(QStringLiteral("rebuildMessage"));
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
    auto *box = new QVBoxLayout;
    box->setSpacing(2);
    box->addWidget(m_combo);
    box->addWidget(m_message);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_imageLabel, box);
    form->addRow(m_delayLabel, m_delay);
    form->addRow(m_noticeLabel, m_notice);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &RebuildInput::validate);
    connect(m_delay, &QSpinBox::valueChanged, this, &DesktopActionInput::changed);
    retranslateUi();
    load();
}

void RebuildInput::retranslateUi()
{
    m_imageLabel->setText(tr("&Image:"));
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
    if (!m_client) {
        m_loaded = true;
        m_loadError = tr("not connected");
        return;
    }
    TypedCall<QList<ImageInfo>> *call = m_client->images({}, this);
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        m_loaded = true;
        if (call->isOk())
            m_images = call->result();
        else
            m_loadError = call->error().summary();
        fill();
        emit imagesLoaded();
    });
}

ImageInfo RebuildInput::image(const QString &id) const
{
    for (const ImageInfo &i : m_images) {
        if (i.id == id)
            return i;
    }
    return {};
}

void RebuildInput::fill()
{
    const QString current = imageId();
    const QSignalBlocker block(m_combo);
    m_combo->clear();
    if (m_targets.isEmpty())
        return validate();
    const DesktopInfo &first = m_targets.first();
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
    const int index = m_combo->findData(current);
    m_combo->setCurrentIndex(index >= 0 ? index : -1);
    validate();
}

QString RebuildInput::imageId() const
{
    return m_combo->currentData().toString();
}

void RebuildInput::validate()
{
    bool ok = false;
    if (!m_loaded) {
        m_message->setHint(tr("Loading the images…"));
    } else if (!m_loadError.isEmpty()) {
        m_message->setMessage(Severity::Error,
                              tr("The images could not be read: %1").arg(m_loadError));
    } else if (m_combo->count() == 0) {
        m_message->setMessage(Severity::Error,
                              tr("No image has these desktops' operating system and "
                                 "architecture."));
    } else if (imageId().isEmpty()) {
        m_message->setHint(tr("Choose the image the system disks are rebuilt from."));
    } else {
        m_message->clear();
        ok = true;
    }
    m_valid = ok;
    emit changed();
}

bool RebuildInput::isValid() const
{
    return m_valid;
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
