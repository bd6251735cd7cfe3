#pragma once

#include "day2operation.h"

namespace wsc {

/** ResizeDesktop as a batch kind: desktops[] to one product (stopped first by the service). */
class ResizeOperation : public Day2Operation
{
public:
    BatchKind kind() const override { return BatchKind::Resize; }
    QString jobType() const override { return QStringLiteral("resizeDesktops"); }
    TypedCall<QString> *send(WorkspaceClient *client, const QByteArray &body,
                             QObject *context) const override;
};

} // namespace wsc
