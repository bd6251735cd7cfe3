#pragma once

#include "batchkind.h"
#include "retryplanner.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QObject;

namespace wsc {

struct ActionResult;
struct ConnectionConfig;
class WorkspaceClient;

template<typename T>
class TypedCall;

/**
 * One kind of batch: what the engine needs to know to run it and nothing else — how many
 * desktops a request may carry, how one chunk's exact body is sent, which job type its jobs
 * have, whether a failed desktop leaves something behind, and how its failures are retried.
 * BatchSubmitter, JobCenter and the journal stay the same for every kind: a new operation is a
 * new subclass registered in of().
 */
class BatchOperation
{
public:
    virtual ~BatchOperation() = default;

    virtual BatchKind kind() const = 0;
    /** The job_type of the jobs the service makes for this operation (e.g. createDesktops). */
    virtual QString jobType() const = 0;
    /** Desktops per request. */
    virtual int cap(const ConnectionConfig &config) const = 0;
    /**
     * Sends one chunk's exact (journaled) body; the call's result is the job id. A kind whose
     * answer also lists refused desktops implements sendForResult() instead (send() is null).
     */
    virtual TypedCall<QString> *send(WorkspaceClient *client, const QByteArray &body,
                                     QObject *context) const;
    /**
     * Sends one chunk and reads the job and the desktops refused at once (failed_operation_list);
     * null for kinds whose answer is just a job id (send()).
     */
    virtual TypedCall<ActionResult> *sendForResult(WorkspaceClient *client, const QByteArray &body,
                                                   QObject *context) const;
    /**
     * Sends one chunk of a kind the service answers without a job (tags): success means done.
     * Null for the kinds with a job.
     */
    virtual TypedCall<bool> *sendWithoutJob(WorkspaceClient *client, const QByteArray &body,
                                            QObject *context) const;
    /** The JSON key of the body's desktop list: "desktops" (objects) or "desktop_ids". */
    virtual QString desktopsKey() const { return QStringLiteral("desktops"); }
    /** True when a failed desktop is left on the service (in ERROR) and must go before a retry. */
    virtual bool leavesBrokenDesktops() const = 0;
    /** The retry of the failed desktops of a batch first planned as @p initial. */
    virtual RetryPlan retry(const BatchPlan &initial, const QList<BatchItem> &items, int cap) const;

    /** The operation of @p kind. */
    static const BatchOperation &of(BatchKind kind);
};

} // namespace wsc
