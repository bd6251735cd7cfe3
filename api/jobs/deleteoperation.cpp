#include "deleteoperation.h"

#include "api/http/workspaceclient.h"

namespace wsc {

TypedCall<QString> *DeleteOperation::send(WorkspaceClient *client, const QByteArray &body,
                                          QObject *context) const
{
    return client->batchDeleteDesktopsBody(body, context);
}

} // namespace wsc
