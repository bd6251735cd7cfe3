#include "resizeinput.h"

#include "api/http/workspaceclient.h"
#include "api/jobs/jobcenter.h"
#include "ui/widgets/fieldmessage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

ResizeInput::ResizeInput(WorkspaceClient *client, QWidget *parent)
    : DesktopActionInput(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("resizeInput"));
    m_label = new QLabel(this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("resizeProductCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(40);
    m_label->setBuddy(m_combo);
    m_message = new FieldMessage(QString(), m_combo, this);
    m_message->setObjectName(QStringLiteral("resizeMessage"));
    auto *box = new QVBoxLayout;
    box->setSpacing(2);
    box->addWidget(m_combo);
    box->addWidget(m_message);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_label, box);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &ResizeInput::validate);
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
    if (!m_client) {
        m_loaded = true;
        m_loadError = tr("not connected");
        return;
    }
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
    TypedCall<QList<Product>> *call = m_client->products(filters, this);
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        m_loaded = true;
        if (call->isOk())
            m_products = call->result();
        else
            m_loadError = call->error().summary();
        fill();
        emit productsLoaded();
    });
}

void ResizeInput::fill()
{
    const QString current = productId();
    const QSignalBlocker block(m_combo);
    m_combo->clear();
    if (m_targets.isEmpty())
        return validate();
    const DesktopInfo &first = m_targets.first();
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
    const int index = m_combo->findData(current);
    m_combo->setCurrentIndex(index >= 0 ? index : -1);
    validate();
}

QString ResizeInput::productId() const
{
    return m_combo->currentData().toString();
}

void ResizeInput::validate()
{
    bool ok = false;
    if (!m_loaded) {
        m_message->setHint(tr("Loading the products…"));
    } else if (!m_loadError.isEmpty()) {
        m_message->setMessage(Severity::Error,
                              tr("The products could not be read: %1").arg(m_loadError));
    } else if (m_combo->count() == 0) {
        m_message->setMessage(Severity::Error,
                              tr("No product on sale fits these desktops' operating system."));
    } else if (productId().isEmpty()) {
        m_message->setHint(tr("Choose the product the desktops get."));
    } else {
        QStringList already;
        for (const DesktopInfo &d : std::as_const(m_targets)) {
            if (d.productId == productId())
                already << d.computerName;
        }
        if (!already.isEmpty()) {
            m_message->setMessage(Severity::Error,
                                  tr("Already this product: %1. Choose another product or "
                                     "select other desktops.")
                                          .arg(already.join(QStringLiteral(", "))));
        } else {
            m_message->clear();
            ok = true;
        }
    }
    m_valid = ok;
    emit changed();
}

bool ResizeInput::isValid() const
{
    return m_valid;
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
