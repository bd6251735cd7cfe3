#include "quotapanel.h"

#include "wizardquota.h"

#include "api/http/errorcatalog.h"
#include "models/itemmodels/createrequestmodel.h"
#include "models/rules/quotarules.h"
#include "ui/widgets/fieldmessage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace wsc {

QuotaPanel::QuotaPanel(WizardQuota *quota, CreateRequestModel *request, bool checksBatch,
                       QWidget *parent)
    : QWidget(parent)
    , m_quota(quota)
    , m_request(request)
    , m_checksBatch(checksBatch)
{
    setObjectName(QStringLiteral("quotaPanel"));
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("quotaHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    m_retryButton = new QPushButton(this);
    m_retryButton->setObjectName(QStringLiteral("quotaRetryButton"));
    m_retryButton->setAutoDefault(false);
    m_retryButton->setVisible(false);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("quotaDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_block = new FieldMessage(this);
    m_block->setObjectName(QStringLiteral("quotaMessage"));

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_headline, 1);
    top->addWidget(m_retryButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_details);
    layout->addWidget(m_block);

    connect(m_retryButton, &QPushButton::clicked, m_quota, &WizardQuota::load);
    connect(m_quota, &WizardQuota::changed, this, &QuotaPanel::refresh);
    // The product decides which quota counts (GPU or not); the count and disks what is asked.
    connect(m_request, &CreateRequestModel::changed, this, &QuotaPanel::refresh);
    connect(m_request, &CreateRequestModel::requestReset, this, &QuotaPanel::refresh);
    connect(m_request, &CreateRequestModel::catalogChanged, this, &QuotaPanel::refresh);
    refresh();
}

void QuotaPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

QString QuotaPanel::typeName(const QString &type)
{
    return QuotaRules::typeName(type);
}

QString QuotaPanel::amount(qint64 value, const QString &unit)
{
    const QLocale locale;
    if (unit.compare(QLatin1String("MB"), Qt::CaseInsensitive) == 0) {
        //: An amount of memory in GB: "512 GB".
        return tr("%1 GB").arg(locale.toString(double(value) / 1024.0, 'f', value % 1024 ? 1 : 0));
    }
    if (unit.compare(QLatin1String("GB"), Qt::CaseInsensitive) == 0)
        return tr("%1 GB").arg(locale.toString(value));
    return locale.toString(value);
}

QString QuotaPanel::shortfallText(const QList<QuotaShortfall> &shortfalls, int desktops)
{
    QStringList lines;
    lines << tr("This batch of %n desktop(s) does not fit in the tenant's quota:", nullptr,
                desktops);
    for (const QuotaShortfall &s : shortfalls) {
        //: "Desktops: the batch needs 240, 60 of the quota of 100 are left (40 in use)."
        lines << tr("%1: the batch needs %2, %3 of the quota of %4 are left (%5 in use).")
                         .arg(typeName(s.type), amount(s.requested, s.unit),
                              amount(s.remaining(), s.unit), amount(s.quota, s.unit),
                              amount(s.used, s.unit));
    }
    lines << tr("Nothing has been sent. Make the batch smaller, delete desktops no longer "
                "needed, or ask for a higher quota.");
    return lines.join(QLatin1Char('\n'));
}

QString QuotaPanel::headline() const
{
    return m_headline->text();
}

QString QuotaPanel::details() const
{
    return m_details->text();
}

QString QuotaPanel::blockText() const
{
    return m_checksBatch ? m_block->text() : QString();
}

void QuotaPanel::refresh()
{
    m_retryButton->setText(tr("Read &again"));
    m_retryButton->setAccessibleName(tr("Read the quotas again"));
    m_retryButton->setVisible(m_quota->state() == WizardQuota::State::Failed);
    m_details->clear();
    m_block->clear();
    switch (m_quota->state()) {
    case WizardQuota::State::Empty:
    case WizardQuota::State::Loading:
        m_headline->setText(tr("Reading the quotas…"));
        return;
    case WizardQuota::State::Failed:
        m_headline->setText(tr("The quotas could not be read (%1); the service still checks "
                               "them when the batch is sent.")
                                    .arg(ErrorCatalog::describe(m_quota->error())));
        return;
    case WizardQuota::State::Ready:
        break;
    }

    const Quota *desktops = m_quota->desktopQuota(m_request);
    if (!desktops || desktops->quota < 0) {
        m_headline->setText(tr("The service sets no desktop quota for this tenant."));
    } else {
        const QString left = amount(desktops->remaining(), desktops->unit);
        const QString total = amount(desktops->quota, desktops->unit);
        const QString used = amount(desktops->used, desktops->unit);
        m_headline->setText(
                desktops->type == QLatin1String("gpu_instances")
                        ? tr("GPU desktop quota: %1 of %2 left (%3 in use).").arg(left, total, used)
                        : tr("Desktop quota: %1 of %2 left (%3 in use).").arg(left, total, used));
    }
    QStringList others;
    for (const Quota &q : m_quota->quotas()) {
        if (desktops && q.type == desktops->type)
            continue;
        others << (q.quota < 0 ? tr("%1: %2 in use, no limit")
                                         .arg(typeName(q.type), amount(q.used, q.unit))
                               //: One quota in the list: "vCPUs: 1,200 of 1,600 left".
                               : tr("%1: %2 of %3 left")
                                         .arg(typeName(q.type), amount(q.remaining(), q.unit),
                                              amount(q.quota, q.unit)));
    }
    if (!others.isEmpty())
        m_details->setText(tr("Other quotas: %1").arg(others.join(QStringLiteral(" · "))));

    if (!m_checksBatch)
        return;
    const QList<QuotaShortfall> missing = m_quota->shortfalls(m_request);
    if (!missing.isEmpty())
        m_block->setMessage(Severity::Error, shortfallText(missing, m_request->desktopCount()));
}

} // namespace wsc
