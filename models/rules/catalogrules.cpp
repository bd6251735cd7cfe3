#include "catalogrules.h"

#include "rulesupport.h"

#include "models/i18n/glossary.h"
#include "models/i18n/modelstr.h"

namespace wsc {

using RuleSupport::error;

namespace {

QString gbText(qint64 mb)
{
    // Whole GB when exact (the usual case: 4096 MB), one decimal otherwise.
    const double gb = Product::mbToGb(mb);
    return mb % 1024 == 0 ? QString::number(mb / 1024) : QString::number(gb, 'f', 1);
}

} // namespace

namespace CatalogRules {

OsType productOs(const Product &product)
{
    OsType os = OsType::Unknown;
    if (ValidationContext::parseOs(product.osType, &os))
        return os;
    // The service's product objects carry no os_type (GO's Product has none); their ids name
    // the system, e.g. "workspace.x86.general.large2.windows".
    const QString id = product.productId.toLower();
    if (id.contains(QLatin1String("windows")))
        return OsType::Windows;
    if (id.contains(QLatin1String("linux")))
        return OsType::Linux;
    return OsType::Unknown;
}

OsType imageOs(const ImageInfo &image)
{
    OsType os = OsType::Unknown;
    ValidationContext::parseOs(image.osType, &os);
    return os;
}

bool imageFitsProduct(const ImageInfo &image, const Product &product)
{
    const OsType productSystem = productOs(product);
    const OsType imageSystem = imageOs(image);
    if (productSystem != OsType::Unknown && imageSystem != productSystem)
        return false;
    return product.architecture.isEmpty() || image.architecture.isEmpty()
           || product.architecture.compare(image.architecture, Qt::CaseInsensitive) == 0;
}

void checkProduct(const Product &product, bool soldOutInZone, const QString &path, Findings &out)
{
    if (product.status == QLatin1String("abandon")) {
        error(out, path, QStringLiteral("product_id.sold_out"),
              ModelsTr::tr("Product %1 is no longer sold. Choose another product.")
                      .arg(product.productId));
    } else if (!product.isAvailable()) {
        error(out, path, QStringLiteral("product_id.sold_out"),
              ModelsTr::tr("Product %1 is sold out. Choose another product.")
                      .arg(product.productId));
    } else if (soldOutInZone) {
        error(out, path, QStringLiteral("product_id.sold_out"),
              ModelsTr::tr("Product %1 is sold out in this availability zone. Choose another "
                           "product or zone.")
                      .arg(product.productId));
    }
}

void checkImageForProduct(const ImageInfo &image, const Product &product, const QString &path,
                          Findings &out)
{
    const OsType productSystem = productOs(product);
    const OsType imageSystem = imageOs(image);
    if (productSystem != OsType::Unknown && imageSystem != productSystem) {
        error(out, path, QStringLiteral("image_id.os"),
              ModelsTr::tr("Image “%1” is a %2 image; the product runs %3.")
                      .arg(image.name,
                           image.osType.isEmpty() ? ModelsTr::tr("unknown system") : image.osType,
                           ValidationContext::osName(productSystem)));
    }
    if (!product.architecture.isEmpty() && !image.architecture.isEmpty()
        && product.architecture.compare(image.architecture, Qt::CaseInsensitive) != 0) {
        error(out, path, QStringLiteral("image_id.architecture"),
              ModelsTr::tr("Image “%1” is built for %2; the product is %3.")
                      .arg(image.name, image.architecture, product.architecture));
    }
    if (image.minRamMb > 0 && product.memoryMb > 0 && image.minRamMb > product.memoryMb) {
        error(out, path, QStringLiteral("image_id.min_ram"),
              ModelsTr::tr("Image “%1” needs at least %2 GB of memory; the product has %3 GB.")
                      .arg(image.name, gbText(image.minRamMb), gbText(product.memoryMb)));
    }
}

void checkImageType(const ImageInfo &image, const QString &imageType, const QString &path,
                    Findings &out)
{
    if (!image.imageType.isEmpty() && !imageType.isEmpty() && image.imageType != imageType) {
        error(out, path, QStringLiteral("image_type.mismatch"),
              ModelsTr::tr("Image “%1” is a %2, but the image type chosen is %3.")
                      .arg(image.name, Glossary::imageType(image.imageType),
                           Glossary::imageType(imageType)));
    }
}

void checkSystemDiskForImage(const Volume &rootVolume, const ImageInfo &image, const QString &path,
                             Findings &out)
{
    if (image.minDiskGb > 0 && rootVolume.size > 0 && rootVolume.size < image.minDiskGb) {
        error(out, path, QStringLiteral("root_volume.size.min_disk"),
              ModelsTr::tr("Image “%1” needs a system disk of at least %2 GB (it is %3).")
                      .arg(image.name)
                      .arg(image.minDiskGb)
                      .arg(rootVolume.size));
    }
}

} // namespace CatalogRules

} // namespace wsc
