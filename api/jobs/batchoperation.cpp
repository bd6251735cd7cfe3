#include "batchoperation.h"

#include "attachoperation.h"
#include "createoperation.h"

RetryPlan BatchOperation::retry(const BatchPlan &initial, const QList<BatchItem> &items,
                                int cap) const
{
    return RetryPlanner::plan(initial, items, cap, leavesBrokenDesktops());
}

const BatchOperation &BatchOperation::of(BatchKind kind)
{
    static const CreateOperation create;
    static const AttachOperation attach;
    switch (kind) {
    case BatchKind::Create:
        return create;
    case BatchKind::Attach:
        return attach;
    }
    return create;
}
