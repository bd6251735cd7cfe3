#pragma once

#include "api/http/apierror.h"
#include "api/jobs/batchsource.h"
#include "models/domain/createdesktoprequest.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace wsc {

class JobCenter;

/**
 * One press of Submit: hands the request to JobCenter as a batch and waits for the service's
 * answer to the batch's first request. Accepted (or sent with an unknown outcome, which the
 * batch reconciles): the batch is on its way and the jobs panel follows it. Refused: the chunks
 * not sent yet are cancelled, the ones already in flight are waited for, and the wizard learns
 * the error and which desktops the batch took anyway, so nothing is created twice when the
 * administrator fixes the field and submits again.
 */
class CreateSubmission : public QObject
{
    Q_OBJECT
public:
    explicit CreateSubmission(JobCenter *jobs, QObject *parent = nullptr);

    /** Starts the batch; false when JobCenter could not (startError() says why). */
    bool start(const CreateDesktopRequest &request, const BatchSource &source);
    bool isRunning() const { return m_running; }
    QString batchId() const { return m_batchId; }
    QString startError() const { return m_startError; }

    /** The first request's error (after rejected()). */
    ApiError error() const { return m_error; }
    /** Source index of each desktops[k] of the first request. */
    QList<int> firstChunkSourceIndexes() const { return m_firstChunk; }
    /** Desktops the batch took although the first request was refused (other chunks). */
    QList<int> takenSourceIndexes() const { return m_taken; }

signals:
    /** The first request was accepted (or is being reconciled): the batch runs. */
    void accepted(const QString &batchId);
    /** The first request was refused; the rest of the batch is cancelled. */
    void rejected(const QString &batchId);

private:
    void evaluate();
    void finish();

    QPointer<JobCenter> m_jobs;
    QString m_batchId;
    QString m_startError;
    bool m_running = false;
    bool m_cancelRequested = false;
    ApiError m_error;
    QList<int> m_firstChunk;
    QList<int> m_taken;
};

} // namespace wsc
