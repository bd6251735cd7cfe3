#include "tagoperation.h"

#include "api/http/workspaceclient.h"

namespace wsc {

TypedCall<bool> *TagOperation::sendWithoutJob(WorkspaceClient *client, const QByteArray &body,
                                              QObject *context) const
{
    return client->desktopTagsBody(m_add, body, context);
}

} // namespace wsc
