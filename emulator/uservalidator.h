#pragma once

#include "userrecord.h"
#include "validationerror.h"

#include <QJsonObject>

namespace wsemu {

/** Server-side checks of POST /users (workspace-api.md §1.8, OAS limits, TF's documented rules). */
class UserValidator
{
public:
    ValidationError validate(const QJsonObject &body, UserRecord *user) const;
};

} // namespace wsemu
