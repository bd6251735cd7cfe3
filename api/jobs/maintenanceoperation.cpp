#include "maintenanceoperation.h"

#include "api/http/connectionconfig.h"
#include "api/http/workspaceclient.h"

namespace wsc {

int MaintenanceOperation::cap(const ConnectionConfig &config) const
{
    // The reference documents no limit for desktop_ids here: the day-2 one.
    return qMax(1, config.actionCap);
}

TypedCall<bool> *MaintenanceOperation::sendWithoutJob(WorkspaceClient *client,
                                                      const QByteArray &body,
                                                      QObject *context) const
{
    return client->maintenanceModeBody(body, context);
}

} // namespace wsc
