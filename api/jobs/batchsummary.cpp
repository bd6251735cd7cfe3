#include "batchsummary.h"

#include "api/apitr.h"

namespace wsc {

QString BatchSummary::title() const
{
    // Made from the batch's data at display time, never stored, so that it follows the language.
    if (!parentId.isEmpty())
        return ApiTr::tr("Retry %n failed desktop(s)", nullptr, desktops);
    switch (kind) {
    case BatchKind::Create:
        return ApiTr::tr("Create %n desktop(s)", nullptr, desktops);
    case BatchKind::Attach:
        return ApiTr::tr("Assign %n desktop(s)", nullptr, desktops);
    case BatchKind::Power:
        if (action == QLatin1String("os-start"))
            return ApiTr::tr("Start %n desktop(s)", nullptr, desktops);
        if (action == QLatin1String("os-stop"))
            return ApiTr::tr("Stop %n desktop(s)", nullptr, desktops);
        if (action == QLatin1String("reboot"))
            return ApiTr::tr("Restart %n desktop(s)", nullptr, desktops);
        if (action == QLatin1String("os-hibernate"))
            return ApiTr::tr("Hibernate %n desktop(s)", nullptr, desktops);
        return ApiTr::tr("Power action on %n desktop(s)", nullptr, desktops);
    case BatchKind::Delete:
        return ApiTr::tr("Delete %n desktop(s)", nullptr, desktops);
    case BatchKind::Detach:
        return ApiTr::tr("Detach the users of %n desktop(s)", nullptr, desktops);
    case BatchKind::Rebuild:
        return ApiTr::tr("Rebuild %n desktop(s)", nullptr, desktops);
    case BatchKind::Resize:
        return ApiTr::tr("Change the product of %n desktop(s)", nullptr, desktops);
    case BatchKind::TagAdd:
        return ApiTr::tr("Tag %n desktop(s)", nullptr, desktops);
    case BatchKind::TagRemove:
        return ApiTr::tr("Remove tags from %n desktop(s)", nullptr, desktops);
    case BatchKind::Maintenance:
        if (action == QLatin1String("off"))
            return ApiTr::tr("End maintenance mode of %n desktop(s)", nullptr, desktops);
        return ApiTr::tr("Put %n desktop(s) in maintenance mode", nullptr, desktops);
    }
    return {};
}

} // namespace wsc
