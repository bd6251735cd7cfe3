#pragma once

#include "day2operation.h"

namespace wsc {

/** BatchDeleteDesktops as a batch kind: desktop_ids[], one deleteDesktops job per request. */
class DeleteOperation : public Day2Operation
{
public:
    BatchKind kind() const override { return BatchKind::Delete; }
    QString jobType() const override { return QStringLiteral("deleteDesktops"); }
    TypedCall<QString> *send(WorkspaceClient *client, const QByteArray &body,
                             QObject *context) const override;
    QString desktopsKey() const override { return QStringLiteral("desktop_ids"); }
};

} // namespace wsc
