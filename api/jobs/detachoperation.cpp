#include "detachoperation.h"

#include "api/http/workspaceclient.h"

namespace wsc {

TypedCall<ActionResult> *DetachOperation::sendForResult(WorkspaceClient *client,
                                                        const QByteArray &body,
                                                        QObject *context) const
{
    return client->batchDetachDesktopsBody(body, context);
}

} // namespace wsc
