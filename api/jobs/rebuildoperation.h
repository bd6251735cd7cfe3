#pragma once

#include "day2operation.h"

namespace wsc {

/** BatchRebuildDesktopsSystemDisk as a batch kind: desktop_ids[] and one image. */
class RebuildOperation : public Day2Operation
{
public:
    BatchKind kind() const override { return BatchKind::Rebuild; }
    QString jobType() const override { return QStringLiteral("rebuildDesktops"); }
    TypedCall<QString> *send(WorkspaceClient *client, const QByteArray &body,
                             QObject *context) const override;
    QString desktopsKey() const override { return QStringLiteral("desktop_ids"); }
};

} // namespace wsc
