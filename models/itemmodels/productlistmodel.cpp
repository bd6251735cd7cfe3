#include "productlistmodel.h"

#include "models/i18n/modelstr.h"
#include "models/rules/catalogrules.h"

namespace wsc {

ProductListModel::ProductListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ProductListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int ProductListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QString ProductListModel::memoryText(qint64 memoryMb)
{
    if (memoryMb % 1024 == 0)
        return QString::number(memoryMb / 1024);
    return QString::number(Product::mbToGb(memoryMb), 'f', 1);
}

bool ProductListModel::isAvailable(int row) const
{
    if (row < 0 || row >= m_products.size())
        return false;
    const Product &p = m_products.at(row);
    return p.isAvailable() && !m_soldOutInZone.contains(p.productId);
}

QVariant ProductListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Product &p = m_products.at(index.row());
    const OsType os = CatalogRules::productOs(p);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return p.productId;
        case OsColumn:
            return os == OsType::Unknown ? p.osType : ValidationContext::osName(os);
        case ArchitectureColumn:
            return p.architecture;
        case CpuColumn:
            return p.cpu;
        case MemoryColumn:
            return memoryText(p.memoryMb);
        case GpuColumn:
            if (!p.isGpu)
                return ModelsTr::tr("No");
            return p.gpuDesc.isEmpty() ? ModelsTr::tr("Yes") : p.gpuDesc;
        case DescriptionColumn:
            return p.description(m_language);
        case StatusColumn:
            if (p.status == QLatin1String("abandon"))
                return ModelsTr::tr("Withdrawn");
            if (!p.isAvailable())
                return ModelsTr::tr("Sold out");
            if (m_soldOutInZone.contains(p.productId))
                return ModelsTr::tr("Sold out in this zone");
            return ModelsTr::tr("Available");
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines{p.displayName(m_language), p.productId};
        if (!p.cpuDesc.isEmpty())
            lines.append(p.cpuDesc);
        if (!isAvailable(index.row()))
            lines.append(data(index.siblingAtColumn(StatusColumn), Qt::DisplayRole).toString());
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        if (index.column() == CpuColumn || index.column() == MemoryColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ProductIdRole:
        return p.productId;
    case SortRole:
        switch (index.column()) {
        case CpuColumn:
            return p.cpu;
        case MemoryColumn:
            return p.memoryMb;
        case GpuColumn:
            return p.isGpu ? 1 : 0;
        default:
            return data(index, Qt::DisplayRole);
        }
    case AvailableRole:
        return isAvailable(index.row());
    case OsRole:
        return ValidationContext::osName(os);
    case ArchitectureRole:
        return p.architecture;
    case SearchTextRole:
        return QStringList{p.productId,
                           p.description(m_language),
                           p.displayName(m_language),
                           p.gpuDesc,
                           p.cpuDesc,
                           p.descriptions}
                .join(QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant ProductListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return ModelsTr::tr("Product");
    case OsColumn:
        return ModelsTr::tr("OS");
    case ArchitectureColumn:
        return ModelsTr::tr("Architecture");
    case CpuColumn:
        return ModelsTr::tr("vCPUs");
    case MemoryColumn:
        return ModelsTr::tr("Memory (GB)");
    case GpuColumn:
        return ModelsTr::tr("GPU");
    case DescriptionColumn:
        return ModelsTr::tr("Description");
    case StatusColumn:
        return ModelsTr::tr("Status");
    default:
        return {};
    }
}

Qt::ItemFlags ProductListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // A sold-out product stays visible (people look for it) but cannot be picked.
    return isAvailable(index.row()) ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                    : Qt::ItemNeverHasChildren;
}

void ProductListModel::setProducts(const QList<Product> &products)
{
    beginResetModel();
    m_products = products;
    endResetModel();
}

void ProductListModel::setSoldOutInZone(const QStringList &productIds)
{
    const QSet<QString> ids(productIds.cbegin(), productIds.cend());
    if (ids == m_soldOutInZone)
        return;
    m_soldOutInZone = ids;
    if (!m_products.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ProductListModel::setLanguage(const QString &language)
{
    m_language = language;
    if (!m_products.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ProductListModel::rowOf(const QString &productId) const
{
    for (int row = 0; row < m_products.size(); ++row) {
        if (m_products.at(row).productId == productId)
            return row;
    }
    return -1;
}

} // namespace wsc
