#pragma once

#include "batchoperation.h"

namespace wsc {

/** BatchDetachInstances as a batch kind: desktops[] losing all their users; refusals answered at
 * once. */
class DetachOperation : public BatchOperation
{
public:
    BatchKind kind() const override { return BatchKind::Detach; }
    QString jobType() const override { return QStringLiteral("detachDesktops"); }
    int cap(const ConnectionConfig &config) const override;
    TypedCall<ActionResult> *sendForResult(WorkspaceClient *client, const QByteArray &body,
                                           QObject *context) const override;
    bool leavesBrokenDesktops() const override { return false; }
};

} // namespace wsc
