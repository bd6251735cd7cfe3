#include "maintenanceoperation.h"

#include "api/http/workspaceclient.h"

namespace wsc {

TypedCall<bool> *MaintenanceOperation::sendWithoutJob(WorkspaceClient *client,
                                                      const QByteArray &body,
                                                      QObject *context) const
{
    return client->maintenanceModeBody(body, context);
}

} // namespace wsc
