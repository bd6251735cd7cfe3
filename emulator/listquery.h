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

QJsonArray page(const QJsonArray &items, qint64 offset, qint64 limit);

} // namespace ListQuery

} // namespace wsemu
