#include "rebuildoperation.h"

#include "api/http/workspaceclient.h"

namespace wsc {

TypedCall<QString> *RebuildOperation::send(WorkspaceClient *client, const QByteArray &body,
                                           QObject *context) const
{
    return client->rebuildDesktopsBody(body, context);
}

} // namespace wsc
