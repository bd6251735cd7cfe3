#pragma once

#include "day2operation.h"

namespace wsc {

/** BatchRunDesktops as a batch kind: desktop_ids[] with one op_type; refused desktops answered at
 * once. */
class PowerOperation : public Day2Operation
{
public:
    BatchKind kind() const override { return BatchKind::Power; }
    QString jobType() const override { return QStringLiteral("operateDesktops"); }
    TypedCall<ActionResult> *sendForResult(WorkspaceClient *client, const QByteArray &body,
                                           QObject *context) const override;
    QString desktopsKey() const override { return QStringLiteral("desktop_ids"); }
};

} // namespace wsc
