#include "wizardimagepage.h"

#include "models/itemmodels/createrequestmodel.h"
#include "models/itemmodels/imagelistmodel.h"
#include "models/itemmodels/productlistmodel.h"
#include "models/rules/catalogrules.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/loadstatewidget.h"
#include "ui/widgets/severitystyleproxy.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace wsc {

WizardImagePage::WizardImagePage(CreateRequestModel *requestModel, CatalogCache *catalogCache,
                                 QWidget *parent)
    : WizardPage(requestModel, catalogCache, parent)
    , m_images(new ImageListModel(this))
    , m_style(new SeverityStyleProxy(ImageListModel::SeverityRole, this))
    , m_sort(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("imagePage"));
    setOwnedPaths({QStringLiteral("image_type"), QStringLiteral("image_id")});
    m_style->setSourceModel(m_images);
    m_sort->setSourceModel(m_style);
    m_sort->setSortRole(ImageListModel::SortRole);
    m_sort->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    auto *typeRow = new QHBoxLayout;
    m_typeLabel = new QLabel(this);
    m_goldRadio = new QRadioButton(this);
    m_goldRadio->setObjectName(QStringLiteral("goldImageRadio"));
    m_privateRadio = new QRadioButton(this);
    m_privateRadio->setObjectName(QStringLiteral("privateImageRadio"));
    m_marketRadio = new QRadioButton(this);
    m_marketRadio->setObjectName(QStringLiteral("marketImageRadio"));
    m_marketRadio->setVisible(false); // only when the service lists marketplace images
    m_typeGroup = new QButtonGroup(this);
    m_typeGroup->addButton(m_goldRadio);
    m_typeGroup->addButton(m_privateRadio);
    m_typeGroup->addButton(m_marketRadio);
    typeRow->addWidget(m_typeLabel);
    typeRow->addWidget(m_goldRadio);
    typeRow->addSpacing(16);
    typeRow->addWidget(m_privateRadio);
    typeRow->addSpacing(16);
    typeRow->addWidget(m_marketRadio);
    typeRow->addStretch(1);
    layout->addLayout(typeRow);
    m_typeMessage = new FieldMessage(this);
    m_typeMessage->setObjectName(QStringLiteral("imageTypeMessage"));
    m_typeMessage->setField(m_goldRadio);
    layout->addWidget(m_typeMessage);
    connect(m_typeGroup, &QButtonGroup::buttonToggled, this,
            [this](QAbstractButton *button, bool checked) {
                if (!checked || isReading())
                    return;
                const QString type = button == m_privateRadio  ? QStringLiteral("private")
                                     : button == m_marketRadio ? QStringLiteral("market")
                                                               : QStringLiteral("gold");
                switchImageType(type);
            });

    m_contextLabel = new QLabel(this);
    m_contextLabel->setObjectName(QStringLiteral("imageContextLabel"));
    m_contextLabel->setWordWrap(true);
    layout->addWidget(m_contextLabel);

    m_imageView = new QTableView(this);
    m_imageView->setObjectName(QStringLiteral("imageView"));
    m_imageView->setModel(m_sort);
    m_imageView->setSortingEnabled(true);
    m_imageView->sortByColumn(ImageListModel::NameColumn, Qt::AscendingOrder);
    m_imageView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_imageView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_imageView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_imageView->setTabKeyNavigation(false);
    m_imageView->setWordWrap(false);
    m_imageView->verticalHeader()->hide();
    m_imageView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_imageView->horizontalHeader()->setSectionResizeMode(ImageListModel::NameColumn,
                                                          QHeaderView::Stretch);
    m_typeLabel->setBuddy(m_goldRadio);
    m_imageState = new LoadStateWidget(m_imageView, this);
    m_imageState->setObjectName(QStringLiteral("imageLoadState"));
    layout->addWidget(m_imageState, 1);
    connect(m_imageView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WizardImagePage::onImageSelected);

    m_imageMessage = new FieldMessage(this);
    m_imageMessage->setObjectName(QStringLiteral("imageMessage"));
    m_imageMessage->setField(m_imageView);
    layout->addWidget(m_imageMessage);
    m_otherMessage = new FieldMessage(this);
    m_otherMessage->setObjectName(QStringLiteral("imageOtherMessage"));
    layout->addWidget(m_otherMessage);

    bindMessage(m_typeMessage, {QStringLiteral("image_type")});
    bindMessage(m_imageMessage, {QStringLiteral("image_id")});
    setFallbackMessage(m_otherMessage);
    bindLoadState(m_imageState, {CatalogCache::Kind::Images});

    connect(requestModel, &CreateRequestModel::changed, this, [this] {
        // The product (page 1) decides which images fit.
        m_images->setProduct(this->request()->product());
        updateContextLabel();
    });
    connect(requestModel, &CreateRequestModel::catalogChanged, this,
            &WizardImagePage::refreshImages);

    retranslateUi();
    refreshImages();
    readModel();
}

void WizardImagePage::initializePage()
{
    catalog()->load(CatalogCache::Kind::Images);
    readModel();
    refreshMessages();
}

bool WizardImagePage::isReady() const
{
    return catalog()->isReady(CatalogCache::Kind::Images);
}

void WizardImagePage::retranslateUi()
{
    setTitle(tr("Image"));
    setSubTitle(tr("Choose the system image installed on every desktop. Only images for the "
                   "product's operating system and architecture are listed."));
    m_typeLabel->setText(tr("Image &type:"));
    m_goldRadio->setText(tr("&Public images"));
    m_goldRadio->setAccessibleName(tr("Public (gold) images"));
    m_privateRadio->setText(tr("P&rivate images"));
    m_privateRadio->setAccessibleName(tr("Private images"));
    m_marketRadio->setText(tr("&Marketplace images"));
    m_marketRadio->setAccessibleName(tr("Marketplace images"));
    m_imageView->setAccessibleName(tr("Images"));
    updateContextLabel();
}

void WizardImagePage::catalogChanged(CatalogCache::Kind kind)
{
    if (kind == CatalogCache::Kind::Images)
        refreshImages();
}

void WizardImagePage::refreshImages()
{
    const QList<ImageInfo> images = request()->images();
    if (images.size() != m_images->allImages().size()) {
        m_images->setImages(images);
        m_marketRadio->setVisible(m_images->imageTypes().contains(QLatin1String("market"))
                                  || request()->imageType() == QLatin1String("market"));
    }
    m_images->setProduct(request()->product());
    m_imageView->resizeColumnsToContents();
    selectImageRow();
    updateContextLabel();
}

void WizardImagePage::switchImageType(const QString &type)
{
    const QString before = request()->imageType();
    if (!request()->imageId().isEmpty())
        m_pickByType.insert(before, request()->imageId());
    request()->setImageType(type);
    m_images->setImageType(type);
    // An image of the other type would only be reported as not matching: take the one picked
    // for this type before, if it is still offered, else none.
    const QString pick = m_pickByType.value(type);
    request()->setImageId(m_images->rowOf(pick) >= 0 ? pick : QString());
    selectImageRow();
}

void WizardImagePage::updateContextLabel()
{
    const auto product = request()->product();
    if (!product) {
        m_contextLabel->setText(tr("Choose a product first to see the images that fit it."));
        return;
    }
    const OsType os = CatalogRules::productOs(*product);
    const QString system = os == OsType::Unknown ? tr("any system") : ValidationContext::osName(os);
    m_contextLabel->setText(tr("Images for %1 on %2 (product %3, %4 GB memory).")
                                    .arg(system, product->architecture, product->productId,
                                         ProductListModel::memoryText(product->memoryMb)));
}

void WizardImagePage::selectImageRow()
{
    const ReadGuard guard(this);
    const int row = m_images->rowOf(request()->imageId());
    if (row < 0) {
        m_imageView->selectionModel()->clearSelection();
        return;
    }
    const QModelIndex index
            = m_sort->mapFromSource(m_style->mapFromSource(m_images->index(row, 0)));
    m_imageView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                  | QItemSelectionModel::Rows);
    m_imageView->scrollTo(index);
}

void WizardImagePage::onImageSelected()
{
    if (isReading())
        return;
    const QModelIndexList rows = m_imageView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString id = rows.constFirst().data(ImageListModel::ImageIdRole).toString();
    request()->setImageId(id);
    // A system disk smaller than the image needs would be refused: start it at the minimum.
    if (const auto image = request()->image()) {
        Volume root = request()->rootVolume();
        if (image->minDiskGb > root.size) {
            root.size = ((image->minDiskGb + 9) / 10) * 10;
            request()->setRootVolume(root);
        }
    }
}

void WizardImagePage::readModel()
{
    {
        const ReadGuard guard(this);
        const QString type = request()->imageType();
        m_goldRadio->setChecked(type != QLatin1String("private")
                                && type != QLatin1String("market"));
        m_privateRadio->setChecked(type == QLatin1String("private"));
        m_marketRadio->setChecked(type == QLatin1String("market"));
        if (type == QLatin1String("market"))
            m_marketRadio->setVisible(true);
        m_images->setImageType(type);
        m_images->setProduct(request()->product());
    }
    selectImageRow();
    updateContextLabel();
}

} // namespace wsc
