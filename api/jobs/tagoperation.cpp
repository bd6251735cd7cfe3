#include "tagoperation.h"

#include "api/http/connectionconfig.h"
#include "api/http/workspaceclient.h"

namespace wsc {

int TagOperation::cap(const ConnectionConfig &config) const
{
    // The reference documents no limit for the desktops of one tag request: the day-2 one.
    return qMax(1, config.actionCap);
}

TypedCall<bool> *TagOperation::sendWithoutJob(WorkspaceClient *client, const QByteArray &body,
                                              QObject *context) const
{
    return client->desktopTagsBody(m_add, body, context);
}

} // namespace wsc
