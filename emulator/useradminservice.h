#pragma once

#include "apirequest.h"
#include "apiresponse.h"
#include "servicecontext.h"

#include <QJsonArray>

namespace wsemu {

class StateStore;
struct UserRecord;

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

    /**
     * The user user_ids[@p i] names (a group's members or a batch delete), or nullptr with
     * *error: 400 when the entry is not a non-empty string or the user does not exist.
     */
    static UserRecord *listedUser(StateStore *state, const QJsonArray &ids, int i,
                                  ApiResponse *error);

private:
    ServiceContext m_context;
};

} // namespace wsemu
