#pragma once

#include "models/domain/product.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QString>

namespace wsc {

/**
 * The products (packages) the service sells, as a read-only table for the wizard's product
 * picker: OS, architecture, vCPUs, memory in GB, GPU, the description in the UI language and
 * the status. Sold-out and withdrawn products, and those sold out in the chosen availability
 * zone, are shown but cannot be selected.
 */
class ProductListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        OsColumn,
        ArchitectureColumn,
        CpuColumn,
        MemoryColumn,
        GpuColumn,
        DescriptionColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        ProductIdRole = Qt::UserRole + 1, ///< QString: product_id
        SortRole,                         ///< numbers for numeric columns, text otherwise
        AvailableRole,                    ///< bool: can be chosen now
        OsRole,                           ///< QString: "Windows", "Linux" or ""
        ArchitectureRole,                 ///< QString: "x86", "arm"
        SearchTextRole,                   ///< QString: what the filter matches against
    };
    Q_ENUM(Role)

    explicit ProductListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    void setProducts(const QList<Product> &products);
    QList<Product> products() const { return m_products; }
    /** Products sold out in the chosen availability zone (AvailabilityZone::soldOutProducts). */
    void setSoldOutInZone(const QStringList &productIds);
    /** The UI language for descriptions ("en", "zh_CN"); call again after switching. */
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    Product product(int row) const { return m_products.value(row); }
    /** The row of @p productId, or -1. */
    int rowOf(const QString &productId) const;
    bool isAvailable(int row) const;

    /** Memory as the table shows it: "8", "0.5" (GB). */
    static QString memoryText(qint64 memoryMb);

private:
    QList<Product> m_products;
    QSet<QString> m_soldOutInZone;
    QString m_language = QStringLiteral("en");
};

} // namespace wsc
