#pragma once

#include "day2operation.h"

namespace wsc {

/**
 * SetMaintenanceMode as a batch kind: desktop_ids[] and in_maintenance_mode; the service answers
 * at once without a job, so an answered chunk is done.
 */
class MaintenanceOperation : public Day2Operation
{
public:
    BatchKind kind() const override { return BatchKind::Maintenance; }
    QString jobType() const override { return {}; }
    TypedCall<bool> *sendWithoutJob(WorkspaceClient *client, const QByteArray &body,
                                    QObject *context) const override;
    QString desktopsKey() const override { return QStringLiteral("desktop_ids"); }
};

} // namespace wsc
