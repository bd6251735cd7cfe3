#pragma once

#include "apirequest.h"
#include "apiresponse.h"

#include <QJsonObject>

namespace wsemu {

/** Reads a JSON object body; an empty or malformed body is WKS.0001 (documented: empty request). */
namespace RequestBody {

bool parseObject(const ApiRequest &request, QJsonObject *object, ApiResponse *error);

/**
 * Reads the body of a request about one record (a user, a group): @p record when the body is a
 * JSON object and the record exists, else nullptr with *error the body's error or @p notFound.
 */
template<class Record>
Record *parseObjectAbout(const ApiRequest &request, Record *record, const ApiResponse &notFound,
                         QJsonObject *object, ApiResponse *error)
{
    if (!parseObject(request, object, error))
        return nullptr;
    if (!record)
        *error = notFound;
    return record;
}

} // namespace RequestBody

} // namespace wsemu
