#pragma once

#include "apierror.h"

#include <QString>

namespace wsc {

/**
 * Turns an ApiError into words for people: what probably happened and what to do, in the UI
 * language. Known error codes first (APIG, WKS), then the HTTP status, then the network kind.
 */
namespace ErrorCatalog {

/** A cause and a suggested fix, both translated. */
struct Explanation
{
    QString cause;
    QString fix;
    QString key; ///< what matched: an error code, "http.404", "network.timeout"; for tests
};

Explanation explain(const ApiError &error);
/** "cause fix (code, request id)" in one paragraph, for message boxes and wsctl. */
QString describe(const ApiError &error);
/**
 * True when a create was refused because the name exists already (the directory's
 * WKS.00170110, or a 409 whose message says so): the thing wanted is there, not a failure.
 */
bool isAlreadyExists(const ApiError &error);

} // namespace ErrorCatalog

} // namespace wsc
