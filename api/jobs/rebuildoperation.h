#pragma once

#include "batchoperation.h"

namespace wsc {

/** BatchRebuildDesktopsSystemDisk as a batch kind: desktop_ids[] and one image. */
class RebuildOperation : public BatchOperation
{
public:
    BatchKind kind() const override { return BatchKind::Rebuild; }
    QString jobType() const override { return QStringLiteral("rebuildDesktops"); }
    int cap(const ConnectionConfig &config) const override;
    TypedCall<QString> *send(WorkspaceClient *client, const QByteArray &body,
                             QObject *context) const override;
    QString desktopsKey() const override { return QStringLiteral("desktop_ids"); }
    bool leavesBrokenDesktops() const override { return false; }
};

} // namespace wsc
