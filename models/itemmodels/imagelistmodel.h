#pragma once

#include "models/domain/imageinfo.h"
#include "models/domain/product.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wsc {

/**
 * The images the wizard offers for the chosen product: those of one image type (gold, private,
 * market) that run on the product's OS and architecture. An image that needs more memory than
 * the product has stays listed, its minimum memory marked as an error (SeverityRole), so people
 * see why it does not fit.
 */
class ImageListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        OsVersionColumn,
        ArchitectureColumn,
        MinMemoryColumn,
        MinDiskColumn,
        CreatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        ImageIdRole = Qt::UserRole + 1, ///< QString: image id
        SortRole,                       ///< numbers for sizes, text otherwise
        SeverityRole,                   ///< int: 0 none, 2 error (too little memory)
    };
    Q_ENUM(Role)

    explicit ImageListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /** Every image the service listed, of every type. */
    void setImages(const QList<ImageInfo> &images);
    QList<ImageInfo> allImages() const { return m_all; }
    /** Shows only images of @p type ("gold", "private", "market"; "" = all). */
    void setImageType(const QString &type);
    QString imageType() const { return m_type; }
    /** Shows only images for this product (OS, architecture); nullopt = no product filter. */
    void setProduct(const std::optional<Product> &product);

    /** The image types present among all images, in the order gold, private, market. */
    QStringList imageTypes() const;
    /** Images of @p type that fit the product. */
    int countFor(const QString &type) const;

    ImageInfo image(int row) const { return m_rows.value(row); }
    int rowOf(const QString &imageId) const;
    /** True when the image needs more memory than the product has. */
    bool lacksMemory(const ImageInfo &image) const;

private:
    bool accepts(const ImageInfo &image, const QString &type) const;
    void rebuild();

    QList<ImageInfo> m_all;
    QList<ImageInfo> m_rows;
    QString m_type;
    std::optional<Product> m_product;
};

} // namespace wsc
