#pragma once

#include "batchoperation.h"

namespace wsc {

/**
 * BatchAddDesktopsTags or BatchDeleteDesktopsTags as a batch kind: desktops[] of {desktop_id,
 * tags}; the service answers at once without a job, so an answered chunk is done.
 */
class TagOperation : public BatchOperation
{
public:
    explicit TagOperation(bool add)
        : m_add(add)
    {}

    BatchKind kind() const override { return m_add ? BatchKind::TagAdd : BatchKind::TagRemove; }
    QString jobType() const override { return {}; }
    int cap(const ConnectionConfig &config) const override;
    TypedCall<bool> *sendWithoutJob(WorkspaceClient *client, const QByteArray &body,
                                    QObject *context) const override;
    bool leavesBrokenDesktops() const override { return false; }

private:
    bool m_add;
};

} // namespace wsc
