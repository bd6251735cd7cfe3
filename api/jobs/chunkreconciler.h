#pragma once

#include "batchchunk.h"
#include "batchplan.h"

#include "api/http/apierror.h"
#include "models/domain/desktopinfo.h"

#include <QJsonArray>

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <functional>

class ApiCall;
class WorkspaceClient;

/**
 * Finds out which desktops of a chunk whose outcome is unknown exist on the server (create: by
 * computer_name, else by user_name against a baseline; attach: by each desktop's user and
 * attach_state), so that only the missing ones are sent again. Also takes that baseline.
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
    };

    ChunkReconciler(WorkspaceClient *client, BatchKind kind, const BatchChunk &chunk,
                    QObject *parent = nullptr);

    /** Looks the chunk's desktops up; emits finished(). */
    void reconcile();
    /** Counts the desktops of the chunk's users (create chunks without computer names). */
    void takeBaseline();

    const Result &result() const { return m_result; }
    QMap<QString, int> baseline() const { return m_baseline; }

    /** True when a create chunk has desktops without computer_name (needs a baseline). */
    static bool needsBaseline(BatchKind kind, const QByteArray &body);
    /** The body with only the desktops[] at @p positions (and matching desktop_ips). */
    static QByteArray subsetBody(const QByteArray &body, const QList<int> &positions);

signals:
    void finished();

private:
    void lookUp(const QStringList &values, bool byComputerName, bool byDesktopId,
                std::function<void(const QList<DesktopInfo> &)> done);
    void decideCreate(const QList<DesktopInfo> &byName, const QList<DesktopInfo> &byUser);
    void decideAttach(const QList<DesktopInfo> &desktops);
    void decideDelete(const QList<DesktopInfo> &desktops);
    void fail(const ApiError &error);

    QPointer<WorkspaceClient> m_client;
    BatchKind m_kind;
    BatchChunk m_chunk;
    QJsonArray m_desktops;
    Result m_result;
    QMap<QString, int> m_baseline;
    bool m_done = false;
};
