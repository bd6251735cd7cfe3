#pragma once

#include "api/http/apierror.h"
#include "models/domain/availabilityzone.h"
#include "models/domain/imageinfo.h"
#include "models/domain/product.h"
#include "models/domain/securitygroupinfo.h"
#include "models/domain/subnetinfo.h"
#include "models/domain/workspaceinfo.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

namespace wsc {

class ApiCall;
class WorkspaceClient;

/**
 * The service's catalogs that forms pick from (workspace, availability zones, products,
 * images, subnets, security groups), loaded on demand through one WorkspaceClient and kept for
 * the session: the wizard opened a second time shows them at once. One cache per client, owned
 * by whoever owns the client (the main window creates one per session / profile). Concurrent
 * requests for one catalog share one load; a failed load keeps its error until reloaded.
 */
class CatalogCache : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Workspace, Zones, Products, Images, Subnets, SecurityGroups };
    Q_ENUM(Kind)
    enum class State { Empty, Loading, Ready, Failed };
    Q_ENUM(State)

    explicit CatalogCache(WorkspaceClient *client, QObject *parent = nullptr);
    ~CatalogCache() override;

    WorkspaceClient *client() const { return m_client; }

    /** Starts loading @p kind unless it is loaded or loading; stateChanged() follows. */
    void load(Kind kind);
    /** Forgets @p kind and loads it again (Retry, Refresh). */
    void reload(Kind kind);
    /** Forgets everything and aborts loads in progress (the profile's data changed). */
    void clear();

    State state(Kind kind) const { return m_entries[index(kind)].state; }
    bool isReady(Kind kind) const { return state(kind) == State::Ready; }
    /** Why the last load failed (kind None unless state() is Failed). */
    ApiError error(Kind kind) const { return m_entries[index(kind)].error; }
    QDateTime loadedAt(Kind kind) const { return m_entries[index(kind)].loadedAt; }
    /** Loads started so far (each reload counts; shared loads count once). */
    int loadCount(Kind kind) const { return m_entries[index(kind)].loads; }

    WorkspaceInfo workspace() const { return m_workspace; }
    QList<AvailabilityZone> zones() const { return m_zones; }
    /**
     * Every product, each with its OS: the service's product objects carry no os_type, so the
     * products are listed once per OS (os_type filter) and tagged with it.
     */
    QList<Product> products() const { return m_products; }
    QList<ImageInfo> images() const { return m_images; }
    /** Every subnet the service lists (the workspace's own are workspace().subnetIds). */
    QList<SubnetInfo> subnets() const { return m_subnets; }
    QList<SecurityGroupInfo> securityGroups() const { return m_securityGroups; }

signals:
    void stateChanged(CatalogCache::Kind kind, CatalogCache::State state);

private:
    struct Entry
    {
        State state = State::Empty;
        ApiError error;
        QDateTime loadedAt;
        int loads = 0;
        int generation = 0; ///< bumped by reload/clear: answers of older loads are dropped
        QList<QPointer<ApiCall>> calls;
    };
    static constexpr int KindCount = 6;
    static int index(Kind kind) { return static_cast<int>(kind); }

    void start(Kind kind);
    void startProducts(int generation);
    void abort(Kind kind);
    void succeed(Kind kind, int generation);
    void fail(Kind kind, int generation, const ApiError &error);
    bool isCurrent(Kind kind, int generation) const;
    template<typename T, typename Store>
    void watch(Kind kind, int generation, T *call, Store store);

    WorkspaceClient *m_client;
    Entry m_entries[KindCount];

    WorkspaceInfo m_workspace;
    QList<AvailabilityZone> m_zones;
    QList<Product> m_products;
    QList<ImageInfo> m_images;
    QList<SubnetInfo> m_subnets;
    QList<SecurityGroupInfo> m_securityGroups;

    // Products arrive in two lists (Windows, Linux); both must be in before they are ready.
    QList<Product> m_pendingProducts;
    int m_productParts = 0;
};

} // namespace wsc
