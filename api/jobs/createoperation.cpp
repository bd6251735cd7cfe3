#include "createoperation.h"

#include "api/http/connectionconfig.h"
#include "api/http/workspaceclient.h"

namespace wsc {

QString CreateOperation::jobType() const
{
    return QStringLiteral("createDesktops");
}

int CreateOperation::cap(const ConnectionConfig &config) const
{
    return qMax(1, config.createCap);
}

TypedCall<QString> *CreateOperation::send(WorkspaceClient *client, const QByteArray &body,
                                          QObject *context) const
{
    return client->createDesktopsBody(body, context);
}

} // namespace wsc
