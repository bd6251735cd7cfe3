#pragma once

#include "apirequest.h"
#include "apiresponse.h"

#include <QJsonArray>

#include <optional>

namespace wsemu {

/** Query-string helpers shared by the list routes: integers, booleans, paging. */
namespace ListQuery {

/**
 * The integer parameter `key` in [min, max], or `defaultValue` when absent. On a bad value
 * returns nullopt and sets *error to a 400 that names the parameter.
 */
std::optional<qint64> integer(const ApiRequest &request, const QString &key, qint64 min, qint64 max,
                              qint64 defaultValue, ApiResponse *error);
/** "true"/"false" (case-insensitive); nullopt when absent; a 400 in *error when malformed. */
std::optional<bool> boolean(const ApiRequest &request, const QString &key, bool *bad,
                            ApiResponse *error);
/** A value of `allowed` (compared case-insensitively when asked); 400 otherwise. */
bool oneOf(const ApiRequest &request, const QString &key, const QStringList &allowed,
           Qt::CaseSensitivity cs, ApiResponse *error);

/**
 * `limit` in [0, maxLimit] (defaultLimit when absent) and `offset` in [0, maxOffset] (0 when
 * absent), as integer() reads them; false with the first bad one's 400 in *error.
 */
bool paging(const ApiRequest &request, qint64 maxLimit, qint64 defaultLimit, qint64 maxOffset,
            qint64 *limit, qint64 *offset, ApiResponse *error);

QJsonArray page(const QJsonArray &items, qint64 offset, qint64 limit);

} // namespace ListQuery

} // namespace wsemu
