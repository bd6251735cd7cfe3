#pragma once

#include "batchoperation.h"

namespace wsc {

/** BatchDeleteDesktops as a batch kind: desktop_ids[], one deleteDesktops job per request. */
class DeleteOperation : public BatchOperation
{
public:
    BatchKind kind() const override { return BatchKind::Delete; }
    QString jobType() const override { return QStringLiteral("deleteDesktops"); }
    int cap(const ConnectionConfig &config) const override;
    TypedCall<QString> *send(WorkspaceClient *client, const QByteArray &body,
                             QObject *context) const override;
    QString desktopsKey() const override { return QStringLiteral("desktop_ids"); }
    bool leavesBrokenDesktops() const override { return false; }
};

} // namespace wsc
