#include "availabilityzone.h"

#include "jsonread.h"
#include "product.h"

#include <QJsonObject>

namespace wsc {

QString AvailabilityZone::name(const QString &language) const
{
    const QString picked = Product::pickLanguage(i18n, language);
    if (!picked.isEmpty())
        return picked;
    return displayName.isEmpty() ? code : displayName;
}

AvailabilityZone AvailabilityZone::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    AvailabilityZone z;
    z.code = JsonRead::string(o, QStringLiteral("availability_zone"));
    z.displayName = JsonRead::string(o, QStringLiteral("display_name"));
    z.i18n = JsonRead::stringMap(o, QStringLiteral("i18n"));
    z.productIds = JsonRead::stringList(o, QStringLiteral("product_ids"));
    z.soldOutProducts = JsonRead::stringList(JsonRead::object(o, QStringLiteral("sold_out")),
                                             QStringLiteral("products"));
    z.visible = JsonRead::boolean(o, QStringLiteral("visible"), true);
    z.isDefault = JsonRead::boolean(o, QStringLiteral("default_availability_zone"));
    return z;
}

} // namespace wsc
