#pragma once

#include "apirequest.h"
#include "apiresponse.h"
#include "servicecontext.h"

namespace wsemu {

struct UserRecord;

/** The Workspace user-directory routes: list, create (201), show and delete (204). */
class UserService
{
public:
    explicit UserService(const ServiceContext &context);

    ApiResponse list(const ApiRequest &request) const;
    ApiResponse create(const ApiRequest &request) const;
    ApiResponse show(const ApiRequest &request, const QString &userId) const;
    ApiResponse remove(const ApiRequest &request, const QString &userId) const;

private:
    QJsonObject view(const UserRecord &user, bool detail) const;
    QJsonObject detailView(const UserRecord &user) const;

    ServiceContext m_context;
};

} // namespace wsemu
