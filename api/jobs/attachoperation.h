#pragma once

#include "batchoperation.h"

namespace wsc {

/** AttachInstances as a batch kind: desktops[] with their users, nothing left behind on failure. */
class AttachOperation : public BatchOperation
{
public:
    BatchKind kind() const override { return BatchKind::Attach; }
    QString jobType() const override;
    int cap(const ConnectionConfig &config) const override;
    TypedCall<QString> *send(WorkspaceClient *client, const QByteArray &body,
                             QObject *context) const override;
    bool leavesBrokenDesktops() const override { return false; }
};

} // namespace wsc
