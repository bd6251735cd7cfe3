#include "batchsummary.h"

#include "api/apitr.h"

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
        return ApiTr::tr("Power action on %n desktop(s)", nullptr, desktops);
    case BatchKind::Delete:
        return ApiTr::tr("Delete %n desktop(s)", nullptr, desktops);
    case BatchKind::Detach:
        return ApiTr::tr("Detach the users of %n desktop(s)", nullptr, desktops);
    case BatchKind::Rebuild:
        return ApiTr::tr("Rebuild %n desktop(s)", nullptr, desktops);
    case BatchKind::Resize:
        return ApiTr::tr("Change the product of %n desktop(s)", nullptr, desktops);
    }
    return {};
}
