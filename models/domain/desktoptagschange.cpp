#include "desktoptagschange.h"

#include <QJsonArray>

namespace wsc {

DesktopTagsChange DesktopTagsChange::sameTags(const QStringList &desktopIds, const QList<Tag> &tags)
{
    DesktopTagsChange change;
    for (const QString &id : desktopIds)
        change.desktops.append({id, tags});
    return change;
}

QJsonObject DesktopTagsChange::toJson() const
{
    QJsonArray list;
    for (const Entry &e : desktops) {
        QJsonArray tags;
        for (const Tag &t : e.tags)
            tags.append(t.toJson());
        list.append(QJsonObject{{QStringLiteral("desktop_id"), e.desktopId},
                                {QStringLiteral("tags"), tags}});
    }
    return QJsonObject{{QStringLiteral("desktops"), list}};
}

} // namespace wsc
