#pragma once

#include "apirequest.h"
#include "apiresponse.h"
#include "servicecontext.h"

namespace wsemu {

// Sources: workspace-sdk-operations.md (UpdateUserInfo, ChangeUserStatus, ResetRandomPassword,
// BatchDeleteUser); limits as for CreateDesktopUser (workspace-api.md §5).
/** What an administrator does to existing directory users: edit, lock, reset, delete many. */
class UserAdminService
{
public:
    /** Users in one BatchDeleteUser (the emulator's own bound: none is documented). */
    static constexpr int MaxBatchDelete = 1000;

    explicit UserAdminService(const ServiceContext &context);

    ApiResponse update(const ApiRequest &request, const QString &userId) const;
    ApiResponse actions(const ApiRequest &request, const QString &userId) const;
    ApiResponse randomPassword(const ApiRequest &request, const QString &userId) const;
    ApiResponse batchDelete(const ApiRequest &request) const;

private:
    ServiceContext m_context;
};

} // namespace wsemu
