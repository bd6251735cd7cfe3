#pragma once

#include "day2operation.h"

namespace wsc {

/** BatchDetachInstances as a batch kind: desktops[] losing all their users; refusals answered at
 * once. */
class DetachOperation : public Day2Operation
{
public:
    BatchKind kind() const override { return BatchKind::Detach; }
    QString jobType() const override { return QStringLiteral("detachDesktops"); }
    TypedCall<ActionResult> *sendForResult(WorkspaceClient *client, const QByteArray &body,
                                           QObject *context) const override;
};

} // namespace wsc
