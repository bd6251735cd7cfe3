#include "imageinfo.h"

#include "jsonread.h"

#include <QJsonObject>

namespace wsc {

ImageInfo ImageInfo::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    ImageInfo i;
    i.id = JsonRead::string(o, QStringLiteral("id"));
    i.name = JsonRead::string(o, QStringLiteral("name"));
    i.architecture = JsonRead::string(o, QStringLiteral("architecture"));
    i.osVersion = JsonRead::string(o, QStringLiteral("os_version"));
    i.imageType = JsonRead::string(o, QStringLiteral("image_type"));
    i.osType = JsonRead::string(o, QStringLiteral("os_type"));
    i.diskFormat = JsonRead::string(o, QStringLiteral("disk_format"));
    i.minRamMb = JsonRead::integer(o, QStringLiteral("min_ram"));
    i.minDiskGb = static_cast<int>(JsonRead::integer(o, QStringLiteral("min_disk")));
    i.productCode = JsonRead::string(o, QStringLiteral("product_code"));
    i.createdAt = JsonRead::string(o, QStringLiteral("created_at"));
    return i;
}

} // namespace wsc
