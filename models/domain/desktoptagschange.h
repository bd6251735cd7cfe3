#pragma once

#include "tag.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace wsc {

/** The body of BatchAddDesktopsTags and BatchDeleteDesktopsTags: tags per desktop. */
struct DesktopTagsChange
{
    /** One desktop and its tags to add or remove. */
    struct Entry
    {
        QString desktopId;
        QList<Tag> tags;
    };

    QList<Entry> desktops;

    /** The same @p tags on each of @p desktopIds. */
    static DesktopTagsChange sameTags(const QStringList &desktopIds, const QList<Tag> &tags);
    QJsonObject toJson() const;
};

} // namespace wsc
