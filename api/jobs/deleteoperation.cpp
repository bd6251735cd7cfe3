#include "deleteoperation.h"

#include "api/http/connectionconfig.h"
#include "api/http/workspaceclient.h"

namespace wsc {

int DeleteOperation::cap(const ConnectionConfig &config) const
{
    return qMax(1, config.actionCap);
}

TypedCall<QString> *DeleteOperation::send(WorkspaceClient *client, const QByteArray &body,
                                          QObject *context) const
{
    return client->batchDeleteDesktopsBody(body, context);
}

} // namespace wsc
