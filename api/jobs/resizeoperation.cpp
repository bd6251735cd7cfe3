#include "resizeoperation.h"

#include "api/http/connectionconfig.h"
#include "api/http/workspaceclient.h"

namespace wsc {

int ResizeOperation::cap(const ConnectionConfig &config) const
{
    return qMax(1, config.actionCap);
}

TypedCall<QString> *ResizeOperation::send(WorkspaceClient *client, const QByteArray &body,
                                          QObject *context) const
{
    return client->resizeDesktopsBody(body, context);
}

} // namespace wsc
