#include "rebuildoperation.h"

#include "api/http/connectionconfig.h"
#include "api/http/workspaceclient.h"

namespace wsc {

int RebuildOperation::cap(const ConnectionConfig &config) const
{
    return qMax(1, config.actionCap);
}

TypedCall<QString> *RebuildOperation::send(WorkspaceClient *client, const QByteArray &body,
                                           QObject *context) const
{
    return client->rebuildDesktopsBody(body, context);
}

} // namespace wsc
