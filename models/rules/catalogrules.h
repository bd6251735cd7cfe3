#pragma once

#include "finding.h"
#include "validationcontext.h"

#include "models/domain/imageinfo.h"
#include "models/domain/product.h"
#include "models/domain/volume.h"

#include <QString>

namespace wsc {

/**
 * Rules that need the service's catalog besides the request: a product that is sold out, an
 * image that does not fit the product (OS, architecture, memory) or the system disk. The wizard
 * checks them live; the emulator and the service check the same things when the request
 * arrives (WKS.00010007), so catching them here saves a rejected batch.
 */
namespace CatalogRules {

/** The OS of a product: its os_type, else what its id says ("...windows"), else Unknown. */
OsType productOs(const Product &product);
/** The OS of an image (os_type Windows/Linux; anything else is Unknown). */
OsType imageOs(const ImageInfo &image);
/** True when @p image runs on @p product: same OS (when both are known) and architecture. */
bool imageFitsProduct(const ImageInfo &image, const Product &product);

/** product_id.sold_out: the product is sold out, withdrawn, or sold out in the chosen zone. */
void checkProduct(const Product &product, bool soldOutInZone, const QString &path, Findings &out);
/**
 * image_id.os, image_id.architecture: the image is for another OS or architecture than the
 * product; image_id.min_ram: the image needs more memory than the product has.
 */
void checkImageForProduct(const ImageInfo &image, const Product &product, const QString &path,
                          Findings &out);
/** image_type.mismatch: the image is listed under another type than the one chosen. */
void checkImageType(const ImageInfo &image, const QString &imageType, const QString &path,
                    Findings &out);
/** root_volume.size.min_disk: the system disk is smaller than the image needs. */
void checkSystemDiskForImage(const Volume &rootVolume, const ImageInfo &image, const QString &path,
                             Findings &out);

} // namespace CatalogRules

} // namespace wsc
