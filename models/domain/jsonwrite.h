#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wsc {

/**
 * Writes the fields of a request body the way every request type does: a field that is not
 * set is left out rather than sent empty, because the service reads a present field as chosen.
 */
namespace JsonWrite {

/** @p value under @p key, unless it is empty. */
inline void text(QJsonObject &o, QLatin1String key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

/** The value of @p value under @p key, unless it is unset. */
template<typename T>
void optional(QJsonObject &o, QLatin1String key, const std::optional<T> &value)
{
    if (value)
        o.insert(key, *value);
}

/** @p values as a JSON array of strings under @p key, unless there are none. */
inline void strings(QJsonObject &o, QLatin1String key, const QStringList &values)
{
    if (!values.isEmpty())
        o.insert(key, QJsonArray::fromStringList(values));
}

/** Each item's toJson() in one array under @p key, unless there are none. */
template<typename T>
void objects(QJsonObject &o, QLatin1String key, const QList<T> &items)
{
    if (items.isEmpty())
        return;
    QJsonArray list;
    for (const T &item : items)
        list.append(item.toJson());
    o.insert(key, list);
}

} // namespace JsonWrite

} // namespace wsc
