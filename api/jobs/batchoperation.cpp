#include "batchoperation.h"

#include "attachoperation.h"
#include "createoperation.h"
#include "deleteoperation.h"
#include "detachoperation.h"
#include "poweroperation.h"
#include "rebuildoperation.h"
#include "resizeoperation.h"

TypedCall<QString> *BatchOperation::send(WorkspaceClient *, const QByteArray &, QObject *) const
{
    return nullptr;
}

TypedCall<ActionResult> *BatchOperation::sendForResult(WorkspaceClient *, const QByteArray &,
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
    }
    return create;
}
