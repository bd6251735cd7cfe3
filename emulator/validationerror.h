#pragma once

#include "apiresponse.h"

#include <QString>

namespace wsemu {

/** The first problem found in a request: HTTP status, WKS code, message naming the field. */
struct ValidationError
{
    int status = 400;
    QString code;
    QString message;

    bool failed() const { return !code.isEmpty(); }
    ApiResponse toResponse() const { return ApiResponse::error(status, code, message); }

    static ValidationError make(int status, const char *code, const QString &message)
    {
        return ValidationError{status, QString::fromLatin1(code), message};
    }
};

} // namespace wsemu
