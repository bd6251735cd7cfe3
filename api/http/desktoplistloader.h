#pragma once

#include "apierror.h"
#include "desktopquery.h"

#include "models/domain/desktopinfo.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QVariant>

#include <functional>

namespace wsc {

class ApiCall;
class WorkspaceClient;

/**
 * Reads the whole desktop list (ListDesktopsDetail) page by page and hands out each page as it
 * arrives, so that a view can show the first rows at once. The first page tells total_count;
 * the other pages are then requested several at a time and the client's RateGovernor paces them
 * (the list shares the rate budget with everything else the client sends), never more ahead of
 * the pages read than readAhead(). Pages may arrive in any order; a desktop met on two pages
 * (the list shifted while it was read) counts once, and a page announcing a larger total makes
 * the loader read the extra pages. A page that fails ends the load: what was loaded stays,
 * error() says why.
 */
class DesktopListLoader : public QObject
{
    Q_OBJECT
public:
    explicit DesktopListLoader(WorkspaceClient *client, QObject *parent = nullptr);
    ~DesktopListLoader() override;

    /** Filters of the list; its limit is the page size (default 500), its offset is ignored. */
    void setQuery(const DesktopQuery &query);
    /** Keep every desktop for desktops() (default true; a view that merges pages needs not). */
    void setKeepDesktops(bool keep) { m_keep = keep; }
    /** What a receiver prepares from a page off the GUI thread (e.g. its sort keys). */
    using PageWork = std::function<QVariant(const QList<DesktopInfo> &page)>;
    /**
     * Runs @p work on the pool thread that reads each page, right after reading it, so that
     * the GUI thread is left only the merge; its result comes with pageLoaded(). It runs while
     * other pages are merged and may outlive the loader: it must use nothing but the page.
     */
    void setPageWork(PageWork work) { m_pageWork = std::move(work); }

    /** Starts a load (aborting one that runs). */
    void start();
    /** Stops the requests in flight or queued; finished() (Kind::Cancelled) is emitted now. */
    void abort();

    bool isRunning() const { return m_running; }
    bool isOk() const { return !m_running && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    /** The total the service announced last (0 before the first page). */
    int totalCount() const { return m_total; }
    /** Pages requested in this load, and those read. */
    int pageCount() const { return m_pagesRequested; }
    /**
     * Pages asked for and not yet read, at most: the client's requests in flight and a page
     * for each reading thread. Pages come no faster than they are read, so a fast service does
     * not fill memory with bodies waiting to be read, nor spend the tenant's rate on them.
     */
    int readAhead() const;
    int pagesLoaded() const { return m_pagesLoaded; }
    /** Distinct desktops read so far. */
    int loadedCount() const { return int(m_seen.size()); }
    /** The ids of the desktops read in this load (for removing the ones gone at the end). */
    const QSet<QString> &seenIds() const { return m_seen; }
    /**
     * The desktops read, in list order (by page offset) whatever the arrival order, each once
     * with its latest content; empty unless setKeepDesktops(true).
     */
    QList<DesktopInfo> desktops() const;

signals:
    /**
     * One page arrived: its desktops (some possibly met before) starting at @p offset, and what
     * the page work made of them (null without one).
     */
    void pageLoaded(const QList<DesktopInfo> &page, int offset, const QVariant &prepared);
    /** Distinct desktops read and the total announced. */
    void progress(int loaded, int total);
    /** The load ended: complete (isOk), failed or aborted (error()). Emitted once per start. */
    void finished();

private:
    struct Page
    {
        int arrival = 0;
        QList<DesktopInfo> desktops;
    };

    void requestPage(int offset);
    void parsePage(int offset, const QByteArray &body);
    void onPage(int offset, int total, const QList<DesktopInfo> &desktops,
                const QVariant &prepared);
    void requestMissingPages();
    void stopCalls();
    void finish(const ApiError &error);

    QPointer<WorkspaceClient> m_client;
    int m_generation = 0; ///< answers of an earlier start() are ignored
    DesktopQuery m_query;
    int m_pageSize = 500;
    bool m_keep = true;
    PageWork m_pageWork;
    bool m_running = false;
    int m_total = 0;
    int m_nextOffset = 0; ///< offsets below this one are requested
    int m_pagesRequested = 0;
    int m_pagesLoaded = 0;
    ApiError m_error;
    QHash<int, QPointer<ApiCall>> m_calls; ///< offset -> page queued, in flight or being read
    QHash<int, QObject *> m_parsing;       ///< offset -> watcher of the page being read
    QSet<QString> m_seen;
    QMap<int, Page> m_pages; ///< offset -> page (only when m_keep)
};

} // namespace wsc
