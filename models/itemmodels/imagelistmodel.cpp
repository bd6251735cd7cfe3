#include "imagelistmodel.h"

#include "productlistmodel.h"

#include "models/i18n/modelstr.h"
#include "models/rules/catalogrules.h"

namespace wsc {

ImageListModel::ImageListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ImageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

bool ImageListModel::lacksMemory(const ImageInfo &image) const
{
    return m_product && image.minRamMb > 0 && m_product->memoryMb > 0
           && image.minRamMb > m_product->memoryMb;
}

QVariant ImageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const ImageInfo &i = m_rows.at(index.row());
    const bool memoryShort = lacksMemory(i) && index.column() == MinMemoryColumn;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return i.name;
        case OsVersionColumn:
            return i.osVersion.isEmpty() ? i.osType : i.osVersion;
        case ArchitectureColumn:
            return i.architecture;
        case MinMemoryColumn:
            return i.minRamMb > 0 ? ProductListModel::memoryText(i.minRamMb) : QString();
        case MinDiskColumn:
            return i.minDiskGb > 0 ? QString::number(i.minDiskGb) : QString();
        case CreatedColumn:
            return i.createdAt.left(10);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (memoryShort) {
            return ModelsTr::tr("Needs %1 GB of memory; the product has %2 GB.")
                    .arg(ProductListModel::memoryText(i.minRamMb),
                         ProductListModel::memoryText(m_product->memoryMb));
        }
        return index.column() == NameColumn ? QVariant(i.id) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == MinMemoryColumn || index.column() == MinDiskColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ImageIdRole:
        return i.id;
    case SortRole:
        if (index.column() == MinMemoryColumn)
            return i.minRamMb;
        if (index.column() == MinDiskColumn)
            return i.minDiskGb;
        return data(index, Qt::DisplayRole);
    case SeverityRole:
        return memoryShort ? 2 : 0;
    default:
        return {};
    }
}

QVariant ImageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return ModelsTr::tr("Image");
    case OsVersionColumn:
        return ModelsTr::tr("Operating system");
    case ArchitectureColumn:
        return ModelsTr::tr("Architecture");
    case MinMemoryColumn:
        return ModelsTr::tr("Min. memory (GB)");
    case MinDiskColumn:
        return ModelsTr::tr("Min. system disk (GB)");
    case CreatedColumn:
        return ModelsTr::tr("Created");
    default:
        return {};
    }
}

Qt::ItemFlags ImageListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

bool ImageListModel::accepts(const ImageInfo &image, const QString &type) const
{
    if (!type.isEmpty() && image.imageType != type)
        return false;
    return !m_product || CatalogRules::imageFitsProduct(image, *m_product);
}

void ImageListModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    for (const ImageInfo &i : m_all) {
        if (accepts(i, m_type))
            m_rows.append(i);
    }
    endResetModel();
}

void ImageListModel::setImages(const QList<ImageInfo> &images)
{
    m_all = images;
    rebuild();
}

void ImageListModel::setImageType(const QString &type)
{
    if (m_type == type)
        return;
    m_type = type;
    rebuild();
}

void ImageListModel::setProduct(const std::optional<Product> &product)
{
    const bool same = (!product && !m_product)
                      || (product && m_product && product->productId == m_product->productId
                          && product->memoryMb == m_product->memoryMb);
    if (same)
        return;
    m_product = product;
    rebuild();
}

QStringList ImageListModel::imageTypes() const
{
    QStringList types;
    for (const QString &type :
         {QStringLiteral("gold"), QStringLiteral("private"), QStringLiteral("market")}) {
        for (const ImageInfo &i : m_all) {
            if (i.imageType == type) {
                types.append(type);
                break;
            }
        }
    }
    return types;
}

int ImageListModel::countFor(const QString &type) const
{
    int n = 0;
    for (const ImageInfo &i : m_all) {
        if (accepts(i, type))
            ++n;
    }
    return n;
}

int ImageListModel::rowOf(const QString &imageId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == imageId)
            return row;
    }
    return -1;
}

} // namespace wsc
