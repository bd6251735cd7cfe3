#include "assignmentrow.h"

namespace wsc {

bool AssignmentRow::isShared() const
{
    return desktop.desktopType.compare(QLatin1String("SHARED"), Qt::CaseInsensitive) == 0;
}

AttachDesktop AssignmentRow::toAttachDesktop() const
{
    AttachDesktop d;
    d.desktopId = desktop.desktopId;
    d.computerName = newComputerName;
    d.isClearData = isClearData;
    if (!sharedUsers.isEmpty()) {
        // The service ignores the flat user fields when attach_user_infos is given.
        d.attachUserInfos = sharedUsers;
        return d;
    }
    d.userName = userName;
    d.userId = userId;
    d.userEmail = userEmail;
    d.userGroup = userGroup;
    return d;
}

} // namespace wsc
