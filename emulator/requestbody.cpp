#include "requestbody.h"

#include "apierrors.h"

#include <QJsonDocument>

namespace wsemu {

namespace RequestBody {

bool parseObject(const ApiRequest &request, QJsonObject *object, ApiResponse *error)
{
    if (request.body.trimmed().isEmpty()) {
        *error = ApiResponse::error(400, QString::fromLatin1(ApiErrors::EmptyBody),
                                    QStringLiteral("The request body is empty."));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ApiResponse::error(400, QString::fromLatin1(ApiErrors::EmptyBody),
                                    QStringLiteral("The request body is not valid JSON: %1 at "
                                                   "offset %2.")
                                            .arg(parseError.errorString())
                                            .arg(parseError.offset));
        return false;
    }
    if (!document.isObject()) {
        *error = ApiResponse::error(400, QString::fromLatin1(ApiErrors::EmptyBody),
                                    QStringLiteral("The request body must be a JSON object."));
        return false;
    }
    *object = document.object();
    if (object->isEmpty()) {
        *error = ApiResponse::error(400, QString::fromLatin1(ApiErrors::EmptyBody),
                                    QStringLiteral("The request body is an empty object."));
        return false;
    }
    return true;
}

} // namespace RequestBody

} // namespace wsemu
