#include "wizardtypepage.h"

#include "quotapanel.h"

#include "api/http/errorcatalog.h"
#include "models/itemmodels/createrequestmodel.h"
#include "models/itemmodels/productfiltermodel.h"
#include "models/itemmodels/productlistmodel.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/loadstatewidget.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace wsc {

WizardTypePage::WizardTypePage(CreateRequestModel *requestModel, CatalogCache *catalogCache,
                               QWidget *parent)
    : WizardPage(requestModel, catalogCache, parent)
    , m_products(new ProductListModel(this))
    , m_filter(new ProductFilterModel(this))
{
    setObjectName(QStringLiteral("typePage"));
    setOwnedPaths({QStringLiteral("desktop_type"), QStringLiteral("availability_zone"),
                   QStringLiteral("product_id"), QStringLiteral("enterprise_project_id")});
    m_filter->setSourceModel(m_products);

    auto *layout = new QVBoxLayout(this);

    // Desktop type.
    m_typeBox = new QGroupBox(this);
    m_typeBox->setObjectName(QStringLiteral("desktopTypeBox"));
    m_dedicatedRadio = new QRadioButton(m_typeBox);
    m_dedicatedRadio->setObjectName(QStringLiteral("dedicatedRadio"));
    m_sharedRadio = new QRadioButton(m_typeBox);
    m_sharedRadio->setObjectName(QStringLiteral("sharedRadio"));
    m_typeGroup = new QButtonGroup(this);
    m_typeGroup->addButton(m_dedicatedRadio);
    m_typeGroup->addButton(m_sharedRadio);
    m_typeMessage = new FieldMessage(m_typeBox);
    m_typeMessage->setObjectName(QStringLiteral("desktopTypeMessage"));
    m_typeMessage->setField(m_dedicatedRadio);
    auto *typeLayout = new QHBoxLayout(m_typeBox);
    typeLayout->addWidget(m_dedicatedRadio);
    typeLayout->addSpacing(24);
    typeLayout->addWidget(m_sharedRadio);
    typeLayout->addStretch(1);
    typeLayout->addWidget(m_typeMessage);
    layout->addWidget(m_typeBox);
    connect(m_typeGroup, &QButtonGroup::buttonToggled, this,
            [this](QAbstractButton *button, bool checked) {
                if (!checked || isReading())
                    return;
                request()->setDesktopType(button == m_sharedRadio ? QStringLiteral("SHARED")
                                                                  : QStringLiteral("DEDICATED"));
            });

    // Availability zone and enterprise project.
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_zoneLabel = new QLabel(this);
    m_zoneCombo = new QComboBox(this);
    m_zoneCombo->setObjectName(QStringLiteral("zoneCombo"));
    m_zoneCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_zoneLabel->setBuddy(m_zoneCombo);
    // The zones are a short list: a failed load is said under the combo, with a Retry next to
    // it, instead of a page-sized error panel.
    m_zoneRetryButton = new QPushButton(this);
    m_zoneRetryButton->setObjectName(QStringLiteral("zoneRetryButton"));
    m_zoneRetryButton->setAutoDefault(false);
    m_zoneRetryButton->setVisible(false);
    auto *zoneRow = new QHBoxLayout;
    zoneRow->addWidget(m_zoneCombo);
    zoneRow->addWidget(m_zoneRetryButton);
    zoneRow->addStretch(1);
    m_zoneStatus = new FieldMessage(this);
    m_zoneStatus->setObjectName(QStringLiteral("zoneLoadStatus"));
    m_zoneMessage = new FieldMessage(this);
    m_zoneMessage->setObjectName(QStringLiteral("zoneMessage"));
    m_zoneMessage->setField(m_zoneCombo);
    auto *zoneColumn = new QVBoxLayout;
    zoneColumn->setSpacing(2);
    zoneColumn->addLayout(zoneRow);
    zoneColumn->addWidget(m_zoneStatus);
    zoneColumn->addWidget(m_zoneMessage);
    form->addRow(m_zoneLabel, zoneColumn);

    m_projectLabel = new QLabel(this);
    m_projectEdit = new QLineEdit(this);
    m_projectEdit->setObjectName(QStringLiteral("enterpriseProjectEdit"));
    m_projectEdit->setClearButtonEnabled(true);
    m_projectEdit->setMaxLength(64); // longer than the rule, so the rule can say so
    m_projectLabel->setBuddy(m_projectEdit);
    m_projectMessage = new FieldMessage(this);
    m_projectMessage->setObjectName(QStringLiteral("enterpriseProjectMessage"));
    m_projectMessage->setField(m_projectEdit);
    auto *projectColumn = FieldMessage::column(m_projectEdit, m_projectMessage);
    form->addRow(m_projectLabel, projectColumn);
    layout->addLayout(form);
    connect(m_zoneCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (isReading())
            return;
        request()->setAvailabilityZone(m_zoneCombo->currentData().toString());
        m_products->setSoldOutInZone(request()->soldOutInZone());
    });
    connect(m_zoneRetryButton, &QPushButton::clicked, this,
            [this] { catalog()->reload(CatalogCache::Kind::Zones); });
    connect(m_projectEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!isReading())
            request()->setEnterpriseProjectId(text.trimmed());
    });

    // Products.
    m_productLabel = new QLabel(this);
    QFont bold = m_productLabel->font();
    bold.setBold(true);
    m_productLabel->setFont(bold);
    layout->addWidget(m_productLabel);
    auto *filterRow = new QHBoxLayout;
    m_filterLabel = new QLabel(this);
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("productFilterEdit"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filterEdit);
    m_osLabel = new QLabel(this);
    m_osCombo = new QComboBox(this);
    m_osCombo->setObjectName(QStringLiteral("productOsCombo"));
    m_osCombo->addItem(QString(), QString());
    m_osCombo->addItem(QStringLiteral("Windows"), QStringLiteral("Windows"));
    m_osCombo->addItem(QStringLiteral("Linux"), QStringLiteral("Linux"));
    m_osLabel->setBuddy(m_osCombo);
    m_archLabel = new QLabel(this);
    m_archCombo = new QComboBox(this);
    m_archCombo->setObjectName(QStringLiteral("productArchitectureCombo"));
    m_archCombo->addItem(QString(), QString());
    m_archCombo->addItem(QStringLiteral("x86"), QStringLiteral("x86"));
    m_archCombo->addItem(QStringLiteral("Arm"), QStringLiteral("arm"));
    m_archLabel->setBuddy(m_archCombo);
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_osLabel);
    filterRow->addWidget(m_osCombo);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_archLabel);
    filterRow->addWidget(m_archCombo);
    layout->addLayout(filterRow);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &ProductFilterModel::setText);
    connect(m_osCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setOs(m_osCombo->currentData().toString()); });
    connect(m_archCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setArchitecture(m_archCombo->currentData().toString()); });

    m_productView = new QTableView(this);
    m_productView->setObjectName(QStringLiteral("productView"));
    m_productView->setModel(m_filter);
    m_productView->setSortingEnabled(true);
    m_productView->sortByColumn(ProductListModel::CpuColumn, Qt::AscendingOrder);
    m_productView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_productView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_productView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_productView->setTabKeyNavigation(false);
    m_productView->setWordWrap(false);
    m_productView->verticalHeader()->hide();
    m_productView->horizontalHeader()->setStretchLastSection(false);
    m_productView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_productView->horizontalHeader()->setSectionResizeMode(ProductListModel::DescriptionColumn,
                                                            QHeaderView::Stretch);
    m_productState = new LoadStateWidget(m_productView, this);
    m_productState->setObjectName(QStringLiteral("productLoadState"));
    layout->addWidget(m_productState, 1);
    connect(m_productView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WizardTypePage::onProductSelected);
    connect(m_productView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WizardTypePage::onProductSelected);

    m_productMessage = new FieldMessage(this);
    m_productMessage->setObjectName(QStringLiteral("productMessage"));
    m_productMessage->setField(m_productView);
    layout->addWidget(m_productMessage);
    m_otherMessage = new FieldMessage(this);
    m_otherMessage->setObjectName(QStringLiteral("typeOtherMessage"));
    layout->addWidget(m_otherMessage);

    bindMessage(m_typeMessage, {QStringLiteral("desktop_type")});
    bindMessage(m_zoneMessage, {QStringLiteral("availability_zone")});
    bindMessage(m_productMessage, {QStringLiteral("product_id")});
    bindMessage(m_projectMessage, {QStringLiteral("enterprise_project_id")});
    setFallbackMessage(m_otherMessage);
    bindLoadState(m_productState, {CatalogCache::Kind::Products});

    retranslateUi();
    fillZones();
    fillProducts();
    readModel();
    updateZoneState();
}

void WizardTypePage::initializePage()
{
    catalog()->load(CatalogCache::Kind::Zones);
    catalog()->load(CatalogCache::Kind::Products);
    readModel();
    refreshMessages();
}

bool WizardTypePage::isReady() const
{
    return catalog()->isReady(CatalogCache::Kind::Products);
}

void WizardTypePage::retranslateUi()
{
    setTitle(tr("Desktop type and product"));
    setSubTitle(tr("Choose how the desktops are used, where they run and the product "
                   "(vCPUs, memory, GPU) each of them gets."));
    m_typeBox->setTitle(tr("Desktop type"));
    m_dedicatedRadio->setText(tr("&Dedicated: one user per desktop"));
    m_dedicatedRadio->setAccessibleName(tr("Dedicated desktops"));
    m_sharedRadio->setText(tr("S&hared: several users sign in to one desktop"));
    m_sharedRadio->setAccessibleName(tr("Shared desktops"));
    m_zoneLabel->setText(tr("Availability &zone:"));
    m_zoneCombo->setAccessibleName(tr("Availability zone"));
    m_zoneCombo->setToolTip(tr("Where the desktops run. The default lets the service choose."));
    m_zoneRetryButton->setText(tr("&Retry"));
    m_zoneRetryButton->setAccessibleName(tr("List the availability zones again"));
    m_projectLabel->setText(tr("&Enterprise project ID:"));
    m_projectEdit->setAccessibleName(tr("Enterprise project ID"));
    m_projectEdit->setPlaceholderText(tr("Empty or 0: the default project"));
    m_productLabel->setText(tr("Product"));
    m_filterLabel->setText(tr("&Filter:"));
    m_filterEdit->setAccessibleName(tr("Filter products"));
    m_filterEdit->setPlaceholderText(tr("Words in the name, description, CPU or GPU"));
    m_osLabel->setText(tr("O&S:"));
    m_osCombo->setAccessibleName(tr("Show products for this operating system"));
    m_osCombo->setItemText(0, tr("All"));
    m_archLabel->setText(tr("Archi&tecture:"));
    m_archCombo->setAccessibleName(tr("Show products of this architecture"));
    m_archCombo->setItemText(0, tr("All"));
    m_productView->setAccessibleName(tr("Products"));
    m_products->setLanguage(QLocale().name());
    fillZones();
    updateZoneState();
}

void WizardTypePage::updateZoneState()
{
    const CatalogCache::State state = catalog()->state(CatalogCache::Kind::Zones);
    m_zoneRetryButton->setVisible(state == CatalogCache::State::Failed);
    if (state == CatalogCache::State::Failed) {
        const ErrorCatalog::Explanation e
                = ErrorCatalog::explain(catalog()->error(CatalogCache::Kind::Zones));
        //: The zones could not be listed: cause, then what to do. The default zone still works.
        m_zoneStatus->setMessage(Severity::Warning,
                                 tr("The availability zones could not be listed: %1 %2 The "
                                    "default zone can still be used.")
                                         .arg(e.cause, e.fix));
    } else if (state == CatalogCache::State::Loading) {
        m_zoneStatus->setHint(tr("Loading the availability zones…"));
    } else {
        m_zoneStatus->clear();
    }
}

void WizardTypePage::catalogChanged(CatalogCache::Kind kind)
{
    if (kind == CatalogCache::Kind::Zones) {
        fillZones();
        updateZoneState();
    } else if (kind == CatalogCache::Kind::Products)
        fillProducts();
}

void WizardTypePage::fillZones()
{
    const ReadGuard guard(this);
    const QSignalBlocker blocker(m_zoneCombo);
    m_zoneCombo->clear();
    m_zoneCombo->addItem(tr("Default (the service chooses)"), QString());
    const QString language = QLocale().name();
    for (const AvailabilityZone &z : request()->zones()) {
        if (!z.visible && z.code != request()->availabilityZone())
            continue;
        //: An availability zone in the list: its name and code, e.g. "AZ1 (cn-north-4a)".
        m_zoneCombo->addItem(tr("%1 (%2)").arg(z.name(language), z.code), z.code);
    }
    const QString zone = request()->availabilityZone();
    int index = m_zoneCombo->findData(zone);
    if (index < 0 && !zone.isEmpty()) {
        // A zone from a draft that the service does not list: keep it visible (the rules say
        // it is unknown) rather than silently switching to another.
        m_zoneCombo->addItem(zone, zone);
        index = m_zoneCombo->count() - 1;
    }
    m_zoneCombo->setCurrentIndex(std::max(0, index));
    m_products->setSoldOutInZone(request()->soldOutInZone());
}

void WizardTypePage::fillProducts()
{
    m_products->setProducts(request()->products());
    m_products->setSoldOutInZone(request()->soldOutInZone());
    // Sized to their contents; ids whole (people compare them), long GPU names give way to the
    // description.
    m_productView->resizeColumnsToContents();
    QHeaderView *header = m_productView->horizontalHeader();
    const int em = fontMetrics().averageCharWidth();
    header->resizeSection(ProductListModel::GpuColumn,
                          std::min(header->sectionSize(ProductListModel::GpuColumn), 16 * em));
    selectProductRow();
}

void WizardTypePage::selectProductRow()
{
    const ReadGuard guard(this);
    const int row = m_products->rowOf(request()->productId());
    if (row < 0) {
        m_productView->selectionModel()->clearSelection();
        return;
    }
    const QModelIndex index = m_filter->mapFromSource(m_products->index(row, 0));
    if (!index.isValid())
        return; // filtered out: the choice stands, the row is just not shown
    m_productView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                    | QItemSelectionModel::Rows);
    m_productView->scrollTo(index);
}

void WizardTypePage::onProductSelected()
{
    if (isReading())
        return;
    const QModelIndexList rows = m_productView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return; // a filter hid the row: keep the product chosen
    request()->setProductId(rows.constFirst().data(ProductListModel::ProductIdRole).toString());
}

void WizardTypePage::readModel()
{
    {
        const ReadGuard guard(this);
        const bool shared = request()->desktopType() == QLatin1String("SHARED");
        m_dedicatedRadio->setChecked(!shared);
        m_sharedRadio->setChecked(shared);
        if (m_projectEdit->text() != request()->enterpriseProjectId())
            m_projectEdit->setText(request()->enterpriseProjectId());
    }
    fillZones();
    selectProductRow();
}

void WizardTypePage::focusFinding(const Finding &finding)
{
    if (finding.path.startsWith(QLatin1String("product_id")))
        m_productView->setFocus(Qt::OtherFocusReason);
    else
        WizardPage::focusFinding(finding);
}

void WizardTypePage::setQuota(WizardQuota *quota)
{
    m_quotaPanel = new QuotaPanel(quota, request(), false, this);
    m_quotaPanel->setObjectName(QStringLiteral("typeQuotaPanel"));
    // Under the products: the figure follows the product chosen (GPU desktops count apart).
    auto *box = qobject_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_productMessage) + 1, m_quotaPanel);
}

} // namespace wsc
