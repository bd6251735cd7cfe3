#pragma once

#include "apirequest.h"
#include "apiresponse.h"

#include <QJsonObject>

namespace wsemu {

/** Reads a JSON object body; an empty or malformed body is WKS.0001 (documented: empty request). */
namespace RequestBody {

bool parseObject(const ApiRequest &request, QJsonObject *object, ApiResponse *error);

} // namespace RequestBody

} // namespace wsemu
