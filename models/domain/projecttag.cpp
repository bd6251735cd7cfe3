#include "projecttag.h"

#include "jsonread.h"

#include <QJsonObject>

namespace wsc {

ProjectTag ProjectTag::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return {JsonRead::string(o, QStringLiteral("key")),
            JsonRead::stringList(o, QStringLiteral("values"))};
}

} // namespace wsc
