#pragma once

#include "api/jobs/batchplan.h"
#include "models/domain/attachrequest.h"
#include "models/rules/finding.h"
#include "models/rules/validationcontext.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QTimer;

namespace wsc {

class AssignmentModel;
class JobCenter;
struct BatchItem;

/**
 * One press of Assign: turns the reviewed rows of the pairing model and the request-wide options
 * into the AttachRequest, checks it, starts it through JobCenter (journaled, chunked like the
 * review showed), follows the batch and puts what became of each desktop back on its row
 * (AttachResultMapping). The rows are found by desktop ID, so the table may change meanwhile.
 */
class AttachSubmission : public QObject
{
    Q_OBJECT
public:
    AttachSubmission(JobCenter *jobs, AssignmentModel *model, QObject *parent = nullptr);

    /** image_type, image_id and desktop_name_policy_id, sent with every request of the batch. */
    void setOptions(const AttachRequest &options);
    AttachRequest options() const { return m_options; }
    /** Findings of the options alone, under the model's context. */
    Findings optionFindings() const;
    /** The CSV the pairing came from (the batch's origin); empty when paired by hand. */
    void setOrigin(const QString &csvPath) { m_origin = csvPath; }

    /** Rows that would be sent now (paired, not assigned, not in flight), as desktop IDs. */
    QStringList sendableIds() const;
    /** The request @p desktopIds make as their rows stand now, with the options. */
    AttachRequest request(const QStringList &desktopIds) const;
    /** @p desktopIds planned as JobCenter will send them (same planner, @p context's cap). */
    BatchPlan plan(const QStringList &desktopIds, const ValidationContext &context,
                   Findings *problems) const;

    /**
     * Checks and starts the batch of @p desktopIds; false when it cannot (startError() says why,
     * nothing was sent and no row changed).
     */
    bool start(const QStringList &desktopIds);
    bool isRunning() const { return m_running; }
    QString batchId() const { return m_batchId; }
    QString startError() const { return m_startError; }
    /** Desktop of each source index of the last batch. */
    QStringList sentIds() const { return m_sentIds; }

signals:
    void started(const QString &batchId);
    /** 0–100 over the batch, and a line saying where it stands. */
    void progressChanged(int percent, const QString &text);
    /** The batch ended; every row sent says what became of it. */
    void finished(const QString &batchId, int assigned, int notAssigned);

private:
    void refresh();
    void onBatchFinished(const QString &batchId);
    static QString progressText(const BatchItem &item);

    QPointer<JobCenter> m_jobs;
    AssignmentModel *m_model = nullptr;
    AttachRequest m_options;
    QString m_origin;
    QString m_batchId;
    QString m_startError;
    QStringList m_sentIds;
    bool m_running = false;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace wsc
