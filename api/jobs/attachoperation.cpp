#include "attachoperation.h"

#include "api/http/connectionconfig.h"
#include "api/http/workspaceclient.h"

namespace wsc {

QString AttachOperation::jobType() const
{
    return QStringLiteral("attachDesktops");
}

int AttachOperation::cap(const ConnectionConfig &config) const
{
    return qMax(1, config.attachCap);
}

TypedCall<QString> *AttachOperation::send(WorkspaceClient *client, const QByteArray &body,
                                          QObject *context) const
{
    return client->attachDesktopsBody(body, context);
}

} // namespace wsc
