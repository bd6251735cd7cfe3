#pragma once

#include "day2operation.h"

namespace wsc {

/**
 * BatchAddDesktopsTags or BatchDeleteDesktopsTags as a batch kind: desktops[] of {desktop_id,
 * tags}; the service answers at once without a job, so an answered chunk is done.
 */
class TagOperation : public Day2Operation
{
public:
    explicit TagOperation(bool add)
        : m_add(add)
    {}

    BatchKind kind() const override { return m_add ? BatchKind::TagAdd : BatchKind::TagRemove; }
    QString jobType() const override { return {}; }
    TypedCall<bool> *sendWithoutJob(WorkspaceClient *client, const QByteArray &body,
                                    QObject *context) const override;

private:
    bool m_add;
};

} // namespace wsc
