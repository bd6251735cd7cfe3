#include "catalogcache.h"

#include "api/http/workspaceclient.h"

namespace wsc {

CatalogCache::CatalogCache(WorkspaceClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

CatalogCache::~CatalogCache()
{
    for (int k = 0; k < KindCount; ++k)
        abort(static_cast<Kind>(k));
}

void CatalogCache::load(Kind kind)
{
    const State s = state(kind);
    if (s == State::Loading || s == State::Ready)
        return;
    start(kind);
}

void CatalogCache::reload(Kind kind)
{
    abort(kind);
    start(kind);
}

void CatalogCache::clear()
{
    for (int k = 0; k < KindCount; ++k) {
        const Kind kind = static_cast<Kind>(k);
        abort(kind);
        Entry &e = m_entries[k];
        const bool wasEmpty = e.state == State::Empty;
        e.state = State::Empty;
        e.error = ApiError();
        e.loadedAt = QDateTime();
        if (!wasEmpty)
            emit stateChanged(kind, State::Empty);
    }
    m_workspace = WorkspaceInfo();
    m_zones.clear();
    m_products.clear();
    m_images.clear();
    m_subnets.clear();
    m_securityGroups.clear();
}

void CatalogCache::abort(Kind kind)
{
    Entry &e = m_entries[index(kind)];
    ++e.generation;
    const QList<QPointer<ApiCall>> calls = e.calls;
    e.calls.clear();
    for (const QPointer<ApiCall> &call : calls) {
        if (call) {
            call->disconnect(this);
            call->abort();
            call->deleteLater();
        }
    }
}

bool CatalogCache::isCurrent(Kind kind, int generation) const
{
    return m_entries[index(kind)].generation == generation;
}

template<typename T, typename Store>
void CatalogCache::watch(Kind kind, int generation, T *call, Store store)
{
    m_entries[index(kind)].calls.append(call);
    connect(call, &ApiCall::finished, this, [this, kind, generation, call, store] {
        call->deleteLater();
        m_entries[index(kind)].calls.removeAll(call);
        if (!isCurrent(kind, generation))
            return;
        if (!call->isOk()) {
            fail(kind, generation, call->error());
            return;
        }
        store(call->result());
    });
}

void CatalogCache::start(Kind kind)
{
    Entry &e = m_entries[index(kind)];
    const int generation = ++e.generation;
    e.state = State::Loading;
    e.error = ApiError();
    ++e.loads;
    emit stateChanged(kind, State::Loading);

    // The calls belong to the cache: closing a form does not abort a load the next form
    // opened in the same session will want.
    switch (kind) {
    case Kind::Workspace:
        watch(kind, generation, m_client->workspaceInfo(this),
              [this, kind, generation](const WorkspaceInfo &info) {
                  m_workspace = info;
                  succeed(kind, generation);
              });
        break;
    case Kind::Zones:
        watch(kind, generation, m_client->availabilityZones(this),
              [this, kind, generation](const QList<AvailabilityZone> &zones) {
                  m_zones = zones;
                  succeed(kind, generation);
              });
        break;
    case Kind::Products:
        startProducts(generation);
        break;
    case Kind::Images:
        watch(kind, generation, m_client->images({}, this),
              [this, kind, generation](const QList<ImageInfo> &images) {
                  m_images = images;
                  succeed(kind, generation);
              });
        break;
    case Kind::Subnets:
        watch(kind, generation, m_client->subnets({}, {}, this),
              [this, kind, generation](const QList<SubnetInfo> &subnets) {
                  m_subnets = subnets;
                  succeed(kind, generation);
              });
        break;
    case Kind::SecurityGroups:
        watch(kind, generation, m_client->securityGroups(this),
              [this, kind, generation](const QList<SecurityGroupInfo> &groups) {
                  m_securityGroups = groups;
                  succeed(kind, generation);
              });
        break;
    }
}

void CatalogCache::startProducts(int generation)
{
    m_pendingProducts.clear();
    m_productParts = 0;
    const QStringList systems{QStringLiteral("Windows"), QStringLiteral("Linux")};
    for (const QString &os : systems) {
        auto *call = m_client->products({{QStringLiteral("os_type"), os}}, this);
        watch(Kind::Products, generation, call, [this, generation, os](QList<Product> products) {
            for (Product &p : products) {
                if (p.osType.isEmpty())
                    p.osType = os;
                bool seen = false;
                for (const Product &q : std::as_const(m_pendingProducts))
                    seen = seen || q.productId == p.productId;
                if (!seen)
                    m_pendingProducts.append(p);
            }
            if (++m_productParts < 2)
                return;
            m_products = m_pendingProducts;
            m_pendingProducts.clear();
            succeed(Kind::Products, generation);
        });
    }
}

void CatalogCache::succeed(Kind kind, int generation)
{
    if (!isCurrent(kind, generation))
        return;
    Entry &e = m_entries[index(kind)];
    e.state = State::Ready;
    e.error = ApiError();
    e.loadedAt = QDateTime::currentDateTimeUtc();
    emit stateChanged(kind, State::Ready);
}

void CatalogCache::fail(Kind kind, int generation, const ApiError &error)
{
    if (!isCurrent(kind, generation))
        return;
    // One failed part fails the whole catalog; the other part's answer is not waited for.
    abort(kind);
    Entry &e = m_entries[index(kind)];
    e.state = State::Failed;
    e.error = error;
    emit stateChanged(kind, State::Failed);
}

} // namespace wsc
