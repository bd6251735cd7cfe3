#pragma once

#include "batchoperation.h"

namespace wsc {

/** CreateDesktop as a batch kind: desktops[] or `size`, one job per request, broken desktops left
 * in ERROR. */
class CreateOperation : public BatchOperation
{
public:
    BatchKind kind() const override { return BatchKind::Create; }
    QString jobType() const override;
    int cap(const ConnectionConfig &config) const override;
    TypedCall<QString> *send(WorkspaceClient *client, const QByteArray &body,
                             QObject *context) const override;
    bool leavesBrokenDesktops() const override { return true; }
};

} // namespace wsc
