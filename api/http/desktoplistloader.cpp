#include "desktoplistloader.h"

#include "workspaceclient.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QSet>
#include <QThreadPool>

#include <memory>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#endif

namespace wsc {

namespace {

/**
 * The threads that read pages. Each runs a little below the priority of the thread that
 * started it (Linux gives every thread its own nice value): when the cores are busy, merging and
 * painting the rows already read comes before reading the next page, which only waits.
 */
class PagePool : public QThreadPool
{
public:
    static void lowerThisThread()
    {
#ifdef Q_OS_LINUX
        thread_local bool lowered = false;
        if (lowered)
            return;
        lowered = true;
        const auto tid = id_t(syscall(SYS_gettid));
        errno = 0;
        const int nice = getpriority(PRIO_PROCESS, tid);
        if (errno == 0)
            setpriority(PRIO_PROCESS, tid, qMin(nice + 5, 19));
#endif
    }
};
Q_GLOBAL_STATIC(PagePool, pagePool)

/**
 * A page read on a pool thread: its desktops and what the page work made of them, or ok false
 * when the body was not a page.
 */
struct ParsedPage
{
    bool ok = false;
    ListPage<DesktopInfo> page;
    QVariant prepared;
};
/**
 * Makes equal texts of a page one shared string (statuses, product, image, subnet and zone ids
 * repeat over thousands of desktops; read from JSON, each desktop has copies of its own) and a
 * desktop's repeats of its own name, user and address the same string. Values do not change.
 */
void shareRepeatedTexts(QList<DesktopInfo> &desktops)
{
    QSet<QString> pool;
    auto share = [&pool](QString &text) {
        if (text.isEmpty())
            return;
        const auto it = pool.constFind(text);
        if (it == pool.constEnd())
            pool.insert(text);
        else
            text = *it;
    };
    auto shareWith = [](QString &text, const QString &same) {
        if (text == same)
            text = same;
    };
    for (DesktopInfo &d : desktops) {
        shareWith(d.osHostName, d.computerName);
        share(d.userGroup);
        for (DesktopInfo::AttachedUser &u : d.attachedUsers) {
            shareWith(u.userName, d.userName);
            share(u.userGroup);
            share(u.type);
        }
        for (QString *text :
             {&d.desktopType, &d.status, &d.taskStatus, &d.loginStatus, &d.attachState,
              &d.productId, &d.imageId, &d.osType, &d.availabilityZone, &d.subnetId,
              &d.enterpriseProjectId, &d.architecture, &d.imageName, &d.internetMode,
              &d.rootVolume.type, &d.rootVolume.device})
            share(*text);
        for (QString &id : d.securityGroupIds)
            share(id);
        for (QString &name : d.securityGroupNames)
            share(name);
        for (DesktopInfo::Address &a : d.addresses) {
            share(a.networkId);
            share(a.type);
            if (!d.ipAddresses.isEmpty())
                shareWith(a.address, d.ipAddresses.constFirst());
        }
        for (DesktopVolume &v : d.dataVolumes) {
            share(v.type);
            share(v.device);
        }
    }
}

} // namespace

DesktopListLoader::DesktopListLoader(WorkspaceClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

DesktopListLoader::~DesktopListLoader()
{
    stopCalls();
}

void DesktopListLoader::setQuery(const DesktopQuery &query)
{
    m_query = query;
    m_pageSize = qBound(1, query.limit.value_or(500), 1000);
    m_query.limit.reset();
    m_query.offset.reset();
}

void DesktopListLoader::start()
{
    if (m_running)
        abort();
    ++m_generation;
    m_running = true;
    m_error = ApiError();
    m_total = 0;
    m_nextOffset = 0;
    m_pagesRequested = 0;
    m_pagesLoaded = 0;
    m_seen.clear();
    m_pages.clear();
    if (!m_client) {
        finish(ApiError::network(ApiError::Kind::Cancelled, QStringLiteral("no client")));
        return;
    }
    // The first page alone: its total_count says how many more to ask for.
    requestPage(0);
    m_nextOffset = m_pageSize;
}

void DesktopListLoader::abort()
{
    if (!m_running)
        return;
    stopCalls();
    finish(ApiError::network(ApiError::Kind::Cancelled));
}

QList<DesktopInfo> DesktopListLoader::desktops() const
{
    // Position of the first sighting in list order, content of the latest arrival.
    QList<DesktopInfo> out;
    out.reserve(m_seen.size());
    QHash<QString, QPair<qsizetype, int>> placed; // id -> (position in out, arrival)
    placed.reserve(m_seen.size());
    for (auto page = m_pages.cbegin(); page != m_pages.cend(); ++page) {
        for (const DesktopInfo &d : page->desktops) {
            const auto it = placed.find(d.desktopId);
            if (it == placed.end()) {
                placed.insert(d.desktopId, {out.size(), page->arrival});
                out.append(d);
            } else if (page->arrival > it->second) {
                out[it->first] = d;
                it->second = page->arrival;
            }
        }
    }
    return out;
}

void DesktopListLoader::requestPage(int offset)
{
    DesktopQuery query = m_query;
    query.offset = offset;
    query.limit = m_pageSize;
    TypedCall<QByteArray> *call = m_client->desktopsPageBody(query, this);
    m_calls.insert(offset, call);
    ++m_pagesRequested;
    const int generation = m_generation;
    connect(call, &ApiCall::finished, this, [this, call, offset, generation] {
        call->deleteLater();
        if (generation != m_generation || !m_running)
            return;
        if (!call->isOk()) {
            // What arrived stays; the rest is not worth asking for once a page failed.
            m_calls.remove(offset);
            stopCalls();
            finish(call->error());
            return;
        }
        parsePage(offset, call->result());
    });
}

void DesktopListLoader::parsePage(int offset, const QByteArray &body)
{
    // A page of 500 is about 1 MB of JSON: reading it takes tens of milliseconds, which the GUI
    // thread cannot spare while the table scrolls. The page stays in m_calls meanwhile.
    auto promise = std::make_shared<QPromise<ParsedPage>>();
    auto *watcher = new QFutureWatcher<ParsedPage>(this);
    m_parsing.insert(offset, watcher);
    const int generation = m_generation;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, offset, generation] {
        watcher->deleteLater();
        if (generation != m_generation || !m_running)
            return;
        m_parsing.remove(offset);
        m_calls.remove(offset);
        const ParsedPage parsed = watcher->future().result();
        if (!parsed.ok) {
            stopCalls();
            finish(ApiError::network(ApiError::Kind::MalformedReply,
                                     QStringLiteral("unexpected reply shape")));
            return;
        }
        onPage(offset, parsed.page.totalCount, parsed.page.items, parsed.prepared);
    });
    watcher->setFuture(promise->future());
    promise->start();
    pagePool()->start([promise, body, work = m_pageWork] {
        PagePool::lowerThisThread();
        ParsedPage parsed;
        parsed.ok = WorkspaceClient::parseDesktopsPage(body, &parsed.page);
        if (parsed.ok) {
            // A large list keeps every page: one string per repeated text, not one per desktop.
            shareRepeatedTexts(parsed.page.items);
            if (work)
                parsed.prepared = work(parsed.page.items);
        }
        promise->addResult(std::move(parsed));
        promise->finish();
    });
}

void DesktopListLoader::onPage(int offset, int total, const QList<DesktopInfo> &desktops,
                               const QVariant &prepared)
{
    ++m_pagesLoaded;
    // The largest total seen wins: desktops created while the list is read add pages.
    m_total = qMax(m_total, total);
    if (m_seen.capacity() < m_total)
        m_seen.reserve(m_total); // no rehash of every id as the list grows
    for (const DesktopInfo &d : desktops)
        m_seen.insert(d.desktopId);
    if (m_keep)
        m_pages.insert(offset, Page{m_pagesLoaded, desktops});
    requestMissingPages();
    emit pageLoaded(desktops, offset, prepared);
    if (!m_running)
        return; // a receiver aborted
    emit progress(loadedCount(), m_total);
    if (m_calls.isEmpty())
        finish(ApiError());
}

int DesktopListLoader::readAhead() const
{
    const int inFlight = m_client ? m_client->governor()->settings().maxConcurrent : 1;
    return inFlight + pagePool()->maxThreadCount();
}

void DesktopListLoader::requestMissingPages()
{
    // Several at once: the governor lets them out at the tenant's rate, and a page read makes
    // room for the next.
    const int ahead = readAhead();
    while (m_nextOffset < m_total && m_calls.size() < ahead) {
        requestPage(m_nextOffset);
        m_nextOffset += m_pageSize;
    }
}

void DesktopListLoader::stopCalls()
{
    const QList<QPointer<ApiCall>> calls = m_calls.values();
    m_calls.clear();
    // A page being read on a pool thread finishes there; its watcher goes, the result is dropped.
    for (QObject *watcher : std::as_const(m_parsing))
        watcher->deleteLater();
    m_parsing.clear();
    ++m_generation;
    for (const QPointer<ApiCall> &call : calls) {
        if (call) {
            call->abort();
            call->deleteLater();
        }
    }
}

void DesktopListLoader::finish(const ApiError &error)
{
    m_running = false;
    m_error = error;
    emit finished();
}

} // namespace wsc
