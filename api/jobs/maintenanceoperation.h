#pragma once

#include "batchoperation.h"

namespace wsc {

/**
 * SetMaintenanceMode as a batch kind: desktop_ids[] and in_maintenance_mode; the service answers
 * at once without a job, so an answered chunk is done.
 */
class MaintenanceOperation : public BatchOperation
{
public:
    BatchKind kind() const override { return BatchKind::Maintenance; }
    QString jobType() const override { return {}; }
    int cap(const ConnectionConfig &config) const override;
    TypedCall<bool> *sendWithoutJob(WorkspaceClient *client, const QByteArray &body,
                                    QObject *context) const override;
    QString desktopsKey() const override { return QStringLiteral("desktop_ids"); }
    bool leavesBrokenDesktops() const override { return false; }
};

} // namespace wsc
