#pragma once

#include "apirequest.h"
#include "apiresponse.h"
#include "desktoprecord.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace wsemu {

class StateStore;

/**
 * What every day-2 route checks before it acts on a desktop, with the documented error bodies:
 * the desktop exists (404 WKS.00010010), no task runs on it (409 WKS.00010032), and the
 * failed_operation_list entry for routes that refuse desktops one by one.
 */
namespace DesktopGuard {

/** The task that makes the desktop busy ("" when idle). */
QString busyState(const DesktopRecord &desktop);
ApiResponse notFound(const QString &desktopId);
ApiResponse conflict(const QString &state, const QString &operation, const QString &desktopId);
QString conflictMessage(const QString &state, const QString &operation, const QString &desktopId);
/** One failed_operation_list entry. */
QJsonObject failure(const QString &desktopId, const DesktopRecord *desktop, const char *code,
                    const QString &message);
/**
 * For routes that act on all their desktops or none: 404 for the first unknown id, 409 for the
 * first busy desktop; status 0 when every desktop may be acted on. @p ids must be strings.
 */
ApiResponse checkAll(StateStore &state, const QJsonArray &ids, const QString &operation);
/** desktop_ids of a body: a non-empty array of at most @p max strings; status 0 when fine. */
ApiResponse readIds(const QJsonObject &body, const QString &key, int max, QJsonArray *ids);
/** The request's body as an object (RequestBody) and then its ids (readIds); status 0 when fine. */
ApiResponse readBodyIds(const ApiRequest &request, const QString &key, int max, QJsonObject *body,
                        QJsonArray *ids);
/**
 * For routes that refuse desktops one by one: each unknown id goes to @p failed as not found,
 * each desktop for which @p refusal words a conflict (non-empty) as a conflict, the rest to
 * @p accepted, in the order given. @p ids must be strings.
 */
void sortOut(StateStore &state, const QJsonArray &ids,
             const std::function<QString(const DesktopRecord &desktop)> &refusal,
             QJsonArray *failed, QStringList *accepted);

} // namespace DesktopGuard

} // namespace wsemu
