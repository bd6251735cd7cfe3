#pragma once

#include "batchoperation.h"

namespace wsc {

/** BatchRunDesktops as a batch kind: desktop_ids[] with one op_type; refused desktops answered at
 * once. */
class PowerOperation : public BatchOperation
{
public:
    BatchKind kind() const override { return BatchKind::Power; }
    QString jobType() const override { return QStringLiteral("operateDesktops"); }
    int cap(const ConnectionConfig &config) const override;
    TypedCall<ActionResult> *sendForResult(WorkspaceClient *client, const QByteArray &body,
                                           QObject *context) const override;
    QString desktopsKey() const override { return QStringLiteral("desktop_ids"); }
    bool leavesBrokenDesktops() const override { return false; }
};

} // namespace wsc
