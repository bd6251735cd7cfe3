#include "resizeoperation.h"

#include "api/http/workspaceclient.h"

namespace wsc {

TypedCall<QString> *ResizeOperation::send(WorkspaceClient *client, const QByteArray &body,
                                          QObject *context) const
{
    return client->resizeDesktopsBody(body, context);
}

} // namespace wsc
