#include "desktopquery.h"

#include "querywriter.h"

namespace wsc {

QList<QPair<QString, QString>> DesktopQuery::toQuery() const
{
    QueryWriter q;
    q.text("status", status);
    q.text("user_name", userName);
    q.texts("user_names", userNames);
    q.text("computer_name", computerName);
    q.texts("computer_names", computerNames);
    q.text("desktop_ip", desktopIp);
    q.texts("desktop_id", desktopIds);
    q.text("desktop_type", desktopType);
    q.text("tag", tag);
    q.text("pool_id", poolId);
    q.flag("user_attached", userAttached);
    q.text("enterprise_project_id", enterpriseProjectId);
    q.text("image_id", imageId);
    q.text("subnet_id", subnetId);
    q.text("availability_zone", availabilityZone);
    q.text("charge_mode", chargeMode);
    q.flag("in_maintenance_mode", inMaintenanceMode);
    q.flag("is_share_desktop", isShareDesktop);
    q.flag("is_support_internet", isSupportInternet);
    q.text("sort_field", sortField);
    q.text("sort_type", sortType);
    q.number("offset", offset);
    q.number("limit", limit);
    return q.items();
}

} // namespace wsc
