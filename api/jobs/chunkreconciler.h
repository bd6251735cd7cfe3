#pragma once

#include "batchchunk.h"
#include "batchplan.h"

#include "api/http/apierror.h"
#include "models/domain/desktopinfo.h"
#include "models/domain/subjobinfo.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <functional>

namespace wsc {

class ApiCall;
class WorkspaceClient;

/**
 * Finds out what became of a chunk whose outcome is unknown, so that only what never arrived is
 * sent again: create by computer_name (else by user_name against a baseline), attach by each
 * desktop's user, delete by the desktops still listed, and power, detach, rebuild and resize by
 * the tags each desktop now has (tags: an idempotent change, so the others are sent again), and
 * the job the request made (a job of the kind's type touching the chunk's desktops that the
 * baseline taken before the first send did not have). Also takes that baseline: desktops per
 * user for a create chunk without computer names, and for the job-finding kinds the jobs of
 * the type that already touched the chunk's desktops (job id -> how many of them), journaled in
 * BatchChunk::userBaseline.
 */
class ChunkReconciler : public QObject
{
    Q_OBJECT
public:
    /** The verdict: positions in the chunk body's desktops[] that are there / missing. */
    struct Result
    {
        QList<int> present;
        QList<int> missing;
        bool undecidable = false; ///< nothing to match on (a size-only create)
        ApiError error;           ///< the lookup failed; try again later
        /**
         * Found: the job the lost request made (power, detach, rebuild, resize). Its desktops
         * are followed through it; the chunk's others are in @p refused.
         */
        QString jobId;
        QList<int> refused; ///< the request arrived but made no sub-job for these: refused
    };

    ChunkReconciler(WorkspaceClient *client, BatchKind kind, const BatchChunk &chunk,
                    QObject *parent = nullptr);

    /** Looks the chunk's desktops up; emits finished(). */
    void reconcile();
    /** Counts the desktops of the chunk's users (create chunks without computer names). */
    void takeBaseline();

    const Result &result() const { return m_result; }
    QMap<QString, int> baseline() const { return m_baseline; }

    /**
     * True when a chunk needs a baseline before its first send: a create chunk with desktops
     * without computer_name, and every chunk of a kind found through its job.
     */
    static bool needsBaseline(BatchKind kind, const QByteArray &body);
    /** True for the kinds whose lost answer is looked up through the jobs of their type. */
    static bool findsByJob(BatchKind kind);
    /** The body with only the desktops[] at @p positions (and matching desktop_ips). */
    static QByteArray subsetBody(const QByteArray &body, const QList<int> &positions);

signals:
    void finished();

private:
    void lookUp(const QStringList &values, bool byComputerName, bool byDesktopId,
                std::function<void(const QList<DesktopInfo> &)> done);
    void decideCreate(const QList<DesktopInfo> &byName, const QList<DesktopInfo> &byUser);
    void decideAttach(const QList<DesktopInfo> &desktops);
    /**
     * Each desktop of the chunk is there (present) when @p applied says so of its body entry and
     * of the desktop found by id (null: not listed); then finished().
     */
    void decideEach(
            const QList<DesktopInfo> &desktops,
            const std::function<bool(const QJsonObject &entry, const DesktopInfo *found)> &applied);
    void decideDelete(const QList<DesktopInfo> &desktops);
    void decideByJob(const QList<SubJobInfo> &subJobs);
    void decideTags(const QList<DesktopInfo> &desktops);
    void decideMaintenance(const QList<DesktopInfo> &desktops);
    /** Every sub-job of the kind's job type (all pages). */
    void lookUpSubJobs(std::function<void(const QList<SubJobInfo> &)> done);
    QStringList chunkDesktopIds() const;
    void fail(const ApiError &error);

    QPointer<WorkspaceClient> m_client;
    BatchKind m_kind;
    BatchChunk m_chunk;
    QJsonArray m_desktops;
    Result m_result;
    QMap<QString, int> m_baseline;
    bool m_done = false;
};

} // namespace wsc
