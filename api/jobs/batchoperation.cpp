#include "batchoperation.h"

#include "attachoperation.h"
#include "createoperation.h"
#include "deleteoperation.h"
#include "detachoperation.h"
#include "maintenanceoperation.h"
#include "poweroperation.h"
#include "rebuildoperation.h"
#include "resizeoperation.h"
#include "tagoperation.h"

namespace wsc {

TypedCall<QString> *BatchOperation::send(WorkspaceClient *, const QByteArray &, QObject *) const
{
    return nullptr;
}

TypedCall<ActionResult> *BatchOperation::sendForResult(WorkspaceClient *, const QByteArray &,
                                                       QObject *) const
{
    return nullptr;
}

TypedCall<bool> *BatchOperation::sendWithoutJob(WorkspaceClient *, const QByteArray &,
                                                QObject *) const
{
    return nullptr;
}

RetryPlan BatchOperation::retry(const BatchPlan &initial, const QList<BatchItem> &items,
                                int cap) const
{
    return RetryPlanner::plan(initial, items, cap, leavesBrokenDesktops());
}

const BatchOperation &BatchOperation::of(BatchKind kind)
{
    static const CreateOperation create;
    static const AttachOperation attach;
    static const PowerOperation power;
    static const DeleteOperation remove;
    static const DetachOperation detach;
    static const RebuildOperation rebuild;
    static const ResizeOperation resize;
    static const TagOperation tagAdd(true);
    static const TagOperation tagRemove(false);
    static const MaintenanceOperation maintenance;
    switch (kind) {
    case BatchKind::Create:
        return create;
    case BatchKind::Attach:
        return attach;
    case BatchKind::Power:
        return power;
    case BatchKind::Delete:
        return remove;
    case BatchKind::Detach:
        return detach;
    case BatchKind::Rebuild:
        return rebuild;
    case BatchKind::Resize:
        return resize;
    case BatchKind::TagAdd:
        return tagAdd;
    case BatchKind::TagRemove:
        return tagRemove;
    case BatchKind::Maintenance:
        return maintenance;
    }
    return create;
}

} // namespace wsc
