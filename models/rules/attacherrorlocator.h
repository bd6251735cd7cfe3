#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace wsc {

/**
 * Finds which desktops of an AttachInstances request an error message is about, so that a
 * refused request (a 409 "... resource id [ID].", a 400 "desktops[3].user_name ...", a 404
 * "desktops[0].desktop_id 'ID' does not exist") is shown on the rows that caused it rather than
 * on every row of the request.
 */
namespace AttachErrorLocator {

/** The id in "resource id [ID]" (the service's conflict message), or empty. */
QString resourceId(const QString &message);
/** Every k of "desktops[k]" in @p message, in order of appearance, without repeats. */
QList<int> desktopIndexes(const QString &message);

/**
 * Source indexes named by @p message for the request whose desktops[k] is source index
 * @p chunkSourceIndexes[k]: through "resource id [ID]", then "desktops[k]", then any desktop id of
 * the request appearing in the text. @p desktopIdOfSource[s] is the desktop id of source index s.
 * Empty when the message names none of them (the error is about the whole request).
 */
QList<int> locate(const QString &message, const QList<int> &chunkSourceIndexes,
                  const QStringList &desktopIdOfSource);

} // namespace AttachErrorLocator

} // namespace wsc
