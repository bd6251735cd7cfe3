#include "poweroperation.h"

#include "api/http/connectionconfig.h"
#include "api/http/workspaceclient.h"

namespace wsc {

int PowerOperation::cap(const ConnectionConfig &config) const
{
    return qMax(1, config.actionCap);
}

TypedCall<ActionResult> *PowerOperation::sendForResult(WorkspaceClient *client,
                                                       const QByteArray &body,
                                                       QObject *context) const
{
    return client->runDesktopActionBody(body, context);
}

} // namespace wsc
