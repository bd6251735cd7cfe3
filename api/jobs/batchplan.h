#pragma once

#include "batchchunk.h"
#include "batchkind.h"

#include "models/domain/attachrequest.h"
#include "models/domain/createdesktoprequest.h"
#include "models/rules/finding.h"
#include "models/rules/validationcontext.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace wsc {

/**
 * A batch cut into API-sized chunks with their exact bodies and states: what BatchSubmitter
 * runs, and what a journal saves and loads to resume a batch after a crash.
 */
struct BatchPlan
{
    BatchKind kind = BatchKind::Create;
    QString id; ///< a UUID, for journals and logs
    QList<BatchChunk> chunks;
    int sourceCount = 0; ///< desktops in the original request

    static BatchPlan forCreate(const CreateDesktopRequest &request, int cap);
    static BatchPlan forAttach(const AttachRequest &request, int cap);
    /**
     * Plans with context.createCap and checks every chunk exactly as it will be sent
     * (CreateRules::validateSingleRequest). Findings about desktops[i] of a chunk are reported
     * at the desktop's source index; findings common to all chunks once. Send nothing when
     * @p problems has errors. Linear in the desktops and the findings. @p stop is asked between
     * chunks; when it returns true the checking ends and an empty plan (no chunks) is returned.
     */
    static BatchPlan forCreate(const CreateDesktopRequest &request,
                               const ValidationContext &context, Findings *problems,
                               const std::function<bool()> &stop = {});
    /** The same for AttachInstances (context.attachCap, AttachRules::validateSingleRequest). */
    static BatchPlan forAttach(const AttachRequest &request, const ValidationContext &context,
                               Findings *problems, const std::function<bool()> &stop = {});

    /**
     * A day-2 request (power, delete, detach, rebuild, resize) cut into chunks of @p cap
     * desktops: its desktop list (BatchOperation::desktopsKey()) split in order, every other
     * field the same in each chunk.
     */
    static BatchPlan forDesktops(BatchKind kind, const QJsonObject &request, int cap);

    int count(ChunkState state) const;
    /**
     * The request the plan was cut from: the first chunk's fields with every chunk's desktops[]
     * in source order (desktop_ips too), or their sizes added up. To open a refused batch again.
     */
    QJsonObject wholeRequest() const;
    QJsonObject toJson() const;
    static BatchPlan fromJson(const QJsonObject &object);
};

} // namespace wsc
