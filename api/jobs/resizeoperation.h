#pragma once

#include "batchoperation.h"

namespace wsc {

/** ResizeDesktop as a batch kind: desktops[] to one product (stopped first by the service). */
class ResizeOperation : public BatchOperation
{
public:
    BatchKind kind() const override { return BatchKind::Resize; }
    QString jobType() const override { return QStringLiteral("resizeDesktops"); }
    int cap(const ConnectionConfig &config) const override;
    TypedCall<QString> *send(WorkspaceClient *client, const QByteArray &body,
                             QObject *context) const override;
    bool leavesBrokenDesktops() const override { return false; }
};

} // namespace wsc
