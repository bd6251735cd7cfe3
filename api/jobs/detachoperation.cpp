#include "detachoperation.h"

#include "api/http/connectionconfig.h"
#include "api/http/workspaceclient.h"

namespace wsc {

int DetachOperation::cap(const ConnectionConfig &config) const
{
    return qMax(1, config.actionCap);
}

TypedCall<ActionResult> *DetachOperation::sendForResult(WorkspaceClient *client,
                                                        const QByteArray &body,
                                                        QObject *context) const
{
    return client->batchDetachDesktopsBody(body, context);
}

} // namespace wsc
