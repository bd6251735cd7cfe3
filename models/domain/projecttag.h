#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace wsc {

/** One tag key used in the project and its values (ListProjectTags). */
struct ProjectTag
{
    QString key;
    QStringList values;

    static ProjectTag fromJson(const QJsonValue &value);
};

} // namespace wsc
