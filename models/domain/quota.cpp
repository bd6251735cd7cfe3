#include "quota.h"

#include "jsonread.h"

#include <QJsonArray>
#include <QJsonObject>

namespace wsc {

Quota Quota::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    Quota q;
    q.type = JsonRead::string(o, QStringLiteral("type"));
    q.quota = JsonRead::integer(o, QStringLiteral("quota"), -1);
    q.used = JsonRead::integer(o, QStringLiteral("used"));
    q.unit = JsonRead::string(o, QStringLiteral("unit"));
    return q;
}

QList<Quota> Quota::listFromJson(const QJsonValue &body)
{
    const QJsonObject root = body.toObject();
    QJsonArray resources = JsonRead::array(JsonRead::object(root, QStringLiteral("quotas")),
                                           QStringLiteral("resources"));
    // Tolerate a flat {"resources":[...]} too.
    if (resources.isEmpty())
        resources = JsonRead::array(root, QStringLiteral("resources"));
    QList<Quota> out;
    for (const QJsonValue &item : resources) {
        if (item.isObject())
            out.append(fromJson(item));
    }
    return out;
}

} // namespace wsc
