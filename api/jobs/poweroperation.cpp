#include "poweroperation.h"

#include "api/http/workspaceclient.h"

namespace wsc {

TypedCall<ActionResult> *PowerOperation::sendForResult(WorkspaceClient *client,
                                                       const QByteArray &body,
                                                       QObject *context) const
{
    return client->runDesktopActionBody(body, context);
}

} // namespace wsc
