#include "resizeinput.h"

#include "api/http/workspaceclient.h"
#include "api/jobs/jobcenter.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>

namespace wsc {

ResizeInput::ResizeInput(WorkspaceClient *client, QWidget *parent)
    : CatalogPickerInput(client, QStringLiteral("resizeProductCombo"),
                         QStringLiteral("resizeMessage"), parent)
{
    setObjectName(QStringLiteral("resizeInput"));
    retranslateUi();
}

void ResizeInput::retranslateUi()
{
    m_label->setText(tr("New &product:"));
    fill();
}

void ResizeInput::setTargets(const QList<DesktopInfo> &targets)
{
    DesktopActionInput::setTargets(targets);
    fill();
    if (!m_requested && !targets.isEmpty())
        load();
}

void ResizeInput::load()
{
    if (!canLoad())
        return;
    m_requested = true;
    // A product does not say its OS: the service picks those of one OS when asked (and marks
    // those sold out in the desktops' zone).
    const DesktopInfo &first = m_targets.first();
    WorkspaceClient::QueryItems filters;
    if (first.osType.compare(QLatin1String("windows"), Qt::CaseInsensitive) == 0)
        filters.append({QStringLiteral("os_type"), QStringLiteral("Windows")});
    else if (first.osType.compare(QLatin1String("linux"), Qt::CaseInsensitive) == 0)
        filters.append({QStringLiteral("os_type"), QStringLiteral("Linux")});
    if (!first.architecture.isEmpty())
        filters.append({QStringLiteral("architecture"), first.architecture});
    bool oneZone = true;
    for (const DesktopInfo &d : std::as_const(m_targets))
        oneZone = oneZone && d.availabilityZone == first.availabilityZone;
    if (oneZone && !first.availabilityZone.isEmpty())
        filters.append({QStringLiteral("availability_zone"), first.availabilityZone});
    readCatalog(m_client->products(filters, this), &m_products);
}

void ResizeInput::addChoices(const DesktopInfo &first)
{
    const QString language = QLocale().name();
    for (const Product &p : std::as_const(m_products)) {
        // The image stays: only products for its OS and architecture can run it.
        if (!p.osType.isEmpty() && !first.osType.isEmpty()
            && p.osType.compare(first.osType, Qt::CaseInsensitive) != 0)
            continue;
        if (!p.architecture.isEmpty() && !first.architecture.isEmpty()
            && p.architecture.compare(first.architecture, Qt::CaseInsensitive) != 0)
            continue;
        if (!p.isAvailable())
            continue;
        m_combo->addItem(tr("%1 — %2").arg(p.displayName(language), p.productId), p.productId);
    }
}

QString ResizeInput::productId() const
{
    return chosenId();
}

QString ResizeInput::stateText(Text which) const
{
    switch (which) {
    case Text::NotConnected:
        return tr("not connected");
    case Text::Loading:
        return tr("Loading the products…");
    case Text::LoadFailed:
        return tr("The products could not be read: %1");
    case Text::NothingFits:
        return tr("No product on sale fits these desktops' operating system.");
    case Text::Choose:
        break;
    }
    return tr("Choose the product the desktops get.");
}

QString ResizeInput::choiceProblem() const
{
    QStringList already;
    for (const DesktopInfo &d : std::as_const(m_targets)) {
        if (d.productId == productId())
            already << d.computerName;
    }
    if (already.isEmpty())
        return {};
    return tr("Already this product: %1. Choose another product or "
              "select other desktops.")
            .arg(already.join(QStringLiteral(", ")));
}

QString ResizeInput::consequence() const
{
    const int n = int(m_targets.size());
    if (productId().isEmpty())
        return tr("%n desktop(s) will get the product you choose. Running desktops are shut down "
                  "first: connected users are signed out and lose unsaved work.",
                  nullptr, n);
    return tr("%n desktop(s) will get the product %1. Running desktops are shut down first: "
              "connected users are signed out and lose unsaved work.",
              nullptr, n)
            .arg(productId());
}

QString ResizeInput::start(JobCenter *jobs, const BatchSource &source)
{
    ResizeRequest request;
    request.desktopIds = targetIds();
    request.productId = productId();
    return jobs->startResize(request, source);
}

} // namespace wsc
