#include "createrequestmodel.h"

#include "importedusersmodel.h"

#include "models/i18n/modelstr.h"
#include "models/rules/catalogrules.h"
#include "models/rules/createrules.h"

#include <QRegularExpression>

namespace wsc {

namespace {

// A path at or below @p path ("desktops" covers "desktops[3].user_name"); "" only itself.
bool isUnder(const QString &findingPath, const QString &path)
{
    if (path.isEmpty())
        return findingPath.isEmpty();
    if (!findingPath.startsWith(path))
        return false;
    return findingPath.size() == path.size() || findingPath.at(path.size()) == QLatin1Char('.')
           || findingPath.at(path.size()) == QLatin1Char('[');
}

// Stores @p value in @p member; true when it changed.
template<typename T>
bool assign(T &member, const T &value)
{
    if (member == value)
        return false;
    member = value;
    return true;
}

CreateDesktopRequest defaultRequest()
{
    CreateDesktopRequest r;
    r.desktopType = QStringLiteral("DEDICATED");
    r.imageType = QStringLiteral("gold");
    r.rootVolume.type = QStringLiteral("SAS");
    r.rootVolume.size = 80;
    return r;
}

Eip defaultNewEip()
{
    Eip e;
    e.type = QStringLiteral("5_bgp");
    e.chargeMode = QStringLiteral("TRAFFIC");
    e.bandwidthSize = 10;
    return e;
}

} // namespace

CreateRequestModel::CreateRequestModel(QObject *parent)
    : QObject(parent)
    , m_request(defaultRequest())
    , m_newEip(defaultNewEip())
    , m_users(new ImportedUsersModel(this))
{
    m_notify.setSingleShot(true);
    m_notify.setInterval(0);
    connect(&m_notify, &QTimer::timeout, this, &CreateRequestModel::findingsChanged);

    // Every edit of the users' table is a change of desktops[]: the rows are read from the
    // table when the request is composed, so nothing is copied per keystroke.
    const auto usersChanged = [this] {
        if (m_resetting)
            return;
        touch(QStringLiteral("desktops"));
        markDirty();
        emit changed();
    };
    connect(m_users, &QAbstractItemModel::dataChanged, this, usersChanged);
    connect(m_users, &QAbstractItemModel::rowsInserted, this, usersChanged);
    connect(m_users, &QAbstractItemModel::rowsRemoved, this, usersChanged);
    connect(m_users, &QAbstractItemModel::modelReset, this, usersChanged);
    refreshUserContext();
}

CreateRequestModel::~CreateRequestModel() = default;

CreateDesktopRequest CreateRequestModel::request() const
{
    CreateDesktopRequest r = m_request;
    if (m_usersMode == UsersMode::Users) {
        r.desktops = m_users->rows();
        r.size.reset();
        r.desktopName.clear();
    } else {
        r.desktops.clear();
        r.size = m_size;
        r.desktopName = m_desktopName;
    }
    switch (m_eipMode) {
    case EipMode::None:
        r.eip.reset();
        break;
    case EipMode::Existing: {
        Eip e;
        e.id = m_existingEipId;
        r.eip = e;
        break;
    }
    case EipMode::New:
        r.eip = m_newEip;
        break;
    }
    return r;
}

void CreateRequestModel::setRequest(const CreateDesktopRequest &request)
{
    m_resetting = true;
    m_request = request;
    m_request.desktops.clear();
    m_request.size.reset();
    m_request.desktopName.clear();
    m_request.eip.reset();

    const bool unassigned = request.size.has_value()
                            || (request.desktops.isEmpty() && !request.desktopName.isEmpty());
    m_usersMode = unassigned ? UsersMode::Unassigned : UsersMode::Users;
    m_size = request.size.value_or(1);
    m_desktopName = request.desktopName;
    m_users->setRows(request.desktops);
    m_usersOrigin.clear();
    m_usersFiles.clear();

    m_existingEipId.clear();
    m_newEip = defaultNewEip();
    if (!request.eip) {
        m_eipMode = EipMode::None;
    } else if (!request.eip->id.isEmpty()) {
        m_eipMode = EipMode::Existing;
        m_existingEipId = request.eip->id;
    } else {
        m_eipMode = EipMode::New;
        m_newEip = *request.eip;
    }
    m_securityGroupsChosen = true;
    m_serverFindings.clear();
    m_resetting = false;

    refreshUserContext();
    markDirty();
    emit requestReset();
    emit changed();
}

void CreateRequestModel::clear()
{
    setRequest(defaultRequest());
    m_securityGroupsChosen = false;
}

void CreateRequestModel::touch(const QString &path)
{
    for (qsizetype i = m_serverFindings.size() - 1; i >= 0; --i) {
        const QString &p = m_serverFindings.at(i).path;
        if (!p.isEmpty() && (isUnder(p, path) || isUnder(path, p)))
            m_serverFindings.removeAt(i);
    }
}

void CreateRequestModel::fieldChanged(const QString &path)
{
    touch(path);
    markDirty();
    emit changed();
}

void CreateRequestModel::markDirty()
{
    m_dirty = true;
    if (!m_notify.isActive())
        m_notify.start();
}

// --- fields ----------------------------------------------------------------------------

void CreateRequestModel::setDesktopType(const QString &type)
{
    if (assign(m_request.desktopType, type))
        fieldChanged(QStringLiteral("desktop_type"));
}

void CreateRequestModel::setAvailabilityZone(const QString &zone)
{
    if (assign(m_request.availabilityZone, zone))
        fieldChanged(QStringLiteral("availability_zone"));
}

void CreateRequestModel::setProductId(const QString &productId)
{
    if (m_request.productId == productId)
        return;
    m_request.productId = productId;
    touch(QStringLiteral("product_id"));
    refreshUserContext();
    markDirty();
    emit changed();
}

void CreateRequestModel::setEnterpriseProjectId(const QString &id)
{
    if (assign(m_request.enterpriseProjectId, id))
        fieldChanged(QStringLiteral("enterprise_project_id"));
}

void CreateRequestModel::setImageType(const QString &type)
{
    if (assign(m_request.imageType, type))
        fieldChanged(QStringLiteral("image_type"));
}

void CreateRequestModel::setImageId(const QString &imageId)
{
    if (m_request.imageId == imageId)
        return;
    m_request.imageId = imageId;
    touch(QStringLiteral("image_id"));
    refreshUserContext();
    markDirty();
    emit changed();
}

void CreateRequestModel::setRootVolume(const Volume &volume)
{
    if (assign(m_request.rootVolume, volume))
        fieldChanged(QStringLiteral("root_volume"));
}

void CreateRequestModel::setDataVolumes(const QList<Volume> &volumes)
{
    if (assign(m_request.dataVolumes, volumes))
        fieldChanged(QStringLiteral("data_volumes"));
}

void CreateRequestModel::setNics(const QStringList &subnetIds)
{
    if (assign(m_request.nics, subnetIds))
        fieldChanged(QStringLiteral("nics"));
}

void CreateRequestModel::setSecurityGroups(const QStringList &ids)
{
    m_securityGroupsChosen = true;
    if (assign(m_request.securityGroups, ids))
        fieldChanged(QStringLiteral("security_groups"));
}

void CreateRequestModel::setEipMode(EipMode mode)
{
    if (assign(m_eipMode, mode))
        fieldChanged(QStringLiteral("eip"));
}

void CreateRequestModel::setExistingEipId(const QString &id)
{
    if (assign(m_existingEipId, id))
        fieldChanged(QStringLiteral("eip"));
}

void CreateRequestModel::setNewEip(const Eip &eip)
{
    Eip e = eip;
    e.id.clear();
    if (assign(m_newEip, e))
        fieldChanged(QStringLiteral("eip"));
}

void CreateRequestModel::setUsersMode(UsersMode mode)
{
    if (m_usersMode == mode)
        return;
    m_usersMode = mode;
    touch(QStringLiteral("desktops"));
    touch(QStringLiteral("size"));
    touch(QStringLiteral("desktop_name"));
    markDirty();
    emit changed();
}

void CreateRequestModel::setUsersOrigin(const QString &origin)
{
    m_usersOrigin = origin;
    m_usersFiles.clear();
    if (!origin.isEmpty())
        m_usersFiles.append(origin);
}

void CreateRequestModel::addUsersOrigin(const QString &origin)
{
    m_usersOrigin = origin;
    if (!origin.isEmpty() && !m_usersFiles.contains(origin))
        m_usersFiles.append(origin);
}

QList<int> CreateRequestModel::userLines() const
{
    QList<int> lines;
    lines.reserve(m_users->rowCount());
    for (int row = 0; row < m_users->rowCount(); ++row)
        lines.append(m_users->sourceLine(row));
    return lines;
}

void CreateRequestModel::setDesktopName(const QString &name)
{
    if (assign(m_desktopName, name))
        fieldChanged(QStringLiteral("desktop_name"));
}

void CreateRequestModel::setSize(int size)
{
    if (assign(m_size, size))
        fieldChanged(QStringLiteral("size"));
}

void CreateRequestModel::setEmailNotification(std::optional<bool> notify)
{
    if (assign(m_request.emailNotification, notify))
        fieldChanged(QStringLiteral("email_notification"));
}

void CreateRequestModel::setTags(const QList<Tag> &tags)
{
    if (assign(m_request.tags, tags))
        fieldChanged(QStringLiteral("tags"));
}

int CreateRequestModel::desktopCount() const
{
    return m_usersMode == UsersMode::Users ? m_users->rowCount() : m_size;
}

// --- context ---------------------------------------------------------------------------

ValidationContext CreateRequestModel::context() const
{
    ValidationContext c;
    c.domainType = m_domainType;
    c.createCap = m_createCap;
    c.takenComputerNames = m_takenComputerNames;
    c.setVolumeProducts(m_volumeProducts);
    // The product decides the system; an image is the fallback while no product is chosen
    // (or the catalog is not loaded), so that user names and groups are checked for it early.
    if (const auto p = product())
        c.os = CatalogRules::productOs(*p);
    if (c.os == OsType::Unknown) {
        if (const auto i = image())
            c.os = CatalogRules::imageOs(*i);
    }
    return c;
}

void CreateRequestModel::setDomainType(DomainType type)
{
    if (m_domainType == type)
        return;
    m_domainType = type;
    refreshUserContext();
    markDirty();
}

void CreateRequestModel::setCreateCap(int cap)
{
    if (m_createCap == cap)
        return;
    m_createCap = cap;
    markDirty();
    emit contextChanged();
}

void CreateRequestModel::setTakenComputerNames(const QSet<QString> &names)
{
    QSet<QString> folded;
    folded.reserve(names.size());
    for (const QString &name : names)
        folded.insert(name.toCaseFolded());
    if (folded == m_takenComputerNames)
        return;
    m_takenComputerNames = folded;
    refreshUserContext();
    markDirty();
}

void CreateRequestModel::setVolumeProducts(const QList<VolumeProduct> &products)
{
    m_volumeProducts = products;
    markDirty();
    emit contextChanged();
}

void CreateRequestModel::refreshUserContext()
{
    const ValidationContext c = context();
    const ValidationContext old = m_users->context();
    if (old.domainType == c.domainType && old.os == c.os && old.createCap == c.createCap
        && old.takenComputerNames == c.takenComputerNames)
        return;
    const bool wasResetting = m_resetting;
    m_resetting = true; // a re-check is not an edit of the rows
    m_users->setContext(c);
    m_resetting = wasResetting;
    emit contextChanged();
}

// --- catalog ---------------------------------------------------------------------------

void CreateRequestModel::setProducts(const QList<Product> &products)
{
    m_products = products;
    refreshUserContext();
    markDirty();
    emit catalogChanged();
}

void CreateRequestModel::setZones(const QList<AvailabilityZone> &zones)
{
    m_zones = zones;
    markDirty();
    emit catalogChanged();
}

void CreateRequestModel::setImages(const QList<ImageInfo> &images)
{
    m_images = images;
    refreshUserContext();
    markDirty();
    emit catalogChanged();
}

void CreateRequestModel::setSubnets(const QList<SubnetInfo> &subnets)
{
    m_subnets = subnets;
    markDirty();
    emit catalogChanged();
}

void CreateRequestModel::setSecurityGroupCatalog(const QList<SecurityGroupInfo> &groups)
{
    m_groups = groups;
    markDirty();
    emit catalogChanged();
}

std::optional<Product> CreateRequestModel::product() const
{
    for (const Product &p : m_products) {
        if (p.productId == m_request.productId)
            return p;
    }
    return std::nullopt;
}

std::optional<ImageInfo> CreateRequestModel::image() const
{
    for (const ImageInfo &i : m_images) {
        if (i.id == m_request.imageId)
            return i;
    }
    return std::nullopt;
}

std::optional<SubnetInfo> CreateRequestModel::subnet(const QString &id) const
{
    for (const SubnetInfo &s : m_subnets) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

std::optional<SecurityGroupInfo> CreateRequestModel::securityGroup(const QString &id) const
{
    for (const SecurityGroupInfo &g : m_groups) {
        if (g.id == id)
            return g;
    }
    return std::nullopt;
}

QStringList CreateRequestModel::soldOutInZone() const
{
    for (const AvailabilityZone &z : m_zones) {
        if (z.code == m_request.availabilityZone)
            return z.soldOutProducts;
    }
    return {};
}

// --- findings --------------------------------------------------------------------------

Findings CreateRequestModel::findings() const
{
    if (m_dirty) {
        m_findings = validate();
        m_dirty = false;
    }
    return m_findings;
}

Findings CreateRequestModel::findingsUnder(const QStringList &paths) const
{
    Findings out;
    for (const Finding &f : findings()) {
        for (const QString &p : paths) {
            if (isUnder(f.path, p)) {
                out.append(f);
                break;
            }
        }
    }
    return out;
}

bool CreateRequestModel::hasErrorsUnder(const QStringList &paths) const
{
    return hasErrors(findingsUnder(paths));
}

void CreateRequestModel::setServerFindings(const Findings &findings)
{
    m_serverFindings = findings;
    markDirty();
}

Findings CreateRequestModel::validate() const
{
    const CreateDesktopRequest r = request();
    Findings out = CreateRules::validate(r, context());
    // The rules know subnets by id only; people know them by name.
    for (Finding &f : out) {
        if (f.code != QLatin1String("nics.duplicate"))
            continue;
        static const QRegularExpression nic(QStringLiteral("^nics\\[(\\d+)\\]"));
        const QRegularExpressionMatch m = nic.match(f.path);
        if (!m.hasMatch())
            continue;
        if (const auto s = subnet(r.nics.value(m.captured(1).toInt())))
            f.message = ModelsTr::tr("Subnet “%1” (%2) is used by two network interfaces.")
                                .arg(s->name, s->cidr);
    }
    formRules(r, out);
    catalogRules(r, out);
    for (const Finding &f : m_serverFindings) {
        if (!out.contains(f))
            out.append(f);
    }
    return out;
}

void CreateRequestModel::formRules(const CreateDesktopRequest &request, Findings &out) const
{
    if (m_eipMode != EipMode::Existing)
        return;
    // "Bind an existing EIP" with no id would be read as a new EIP without its fields; say
    // what is really missing instead.
    if (m_existingEipId.trimmed().isEmpty()) {
        for (qsizetype i = out.size() - 1; i >= 0; --i) {
            if (isUnder(out.at(i).path, QStringLiteral("eip")))
                out.removeAt(i);
        }
        Finding f;
        f.path = QStringLiteral("eip.id");
        f.code = QStringLiteral("eip.id.required");
        f.message = ModelsTr::tr("Enter the ID of the EIP to bind.");
        out.append(f);
    } else if (request.desktopCount() > 1) {
        Finding f;
        f.path = QStringLiteral("eip.id");
        f.code = QStringLiteral("eip.id.shared");
        f.severity = Severity::Warning;
        f.message = ModelsTr::tr("An EIP can be bound to one desktop only; this request makes %1 "
                                 "desktops, so the service may refuse it or bind it to one of "
                                 "them.")
                            .arg(request.desktopCount());
        out.append(f);
    }
}

void CreateRequestModel::catalogRules(const CreateDesktopRequest &request, Findings &out) const
{
    const auto chosenProduct = product();
    if (!m_products.isEmpty() && !request.productId.isEmpty() && !chosenProduct) {
        Finding f;
        f.path = QStringLiteral("product_id");
        f.code = QStringLiteral("product_id.unknown");
        f.message = ModelsTr::tr("The service does not offer product %1.").arg(request.productId);
        out.append(f);
    }
    if (chosenProduct) {
        CatalogRules::checkProduct(*chosenProduct, soldOutInZone().contains(request.productId),
                                   QStringLiteral("product_id"), out);
    }

    if (!m_zones.isEmpty() && !request.availabilityZone.isEmpty()) {
        bool known = false;
        for (const AvailabilityZone &z : m_zones)
            known = known || z.code == request.availabilityZone;
        if (!known) {
            Finding f;
            f.path = QStringLiteral("availability_zone");
            f.code = QStringLiteral("availability_zone.unknown");
            f.message = ModelsTr::tr("The service has no availability zone %1.")
                                .arg(request.availabilityZone);
            out.append(f);
        }
    }

    const auto chosenImage = image();
    if (!m_images.isEmpty() && !request.imageId.isEmpty() && !chosenImage) {
        Finding f;
        f.path = QStringLiteral("image_id");
        f.code = QStringLiteral("image_id.unknown");
        f.message = ModelsTr::tr("The service has no image %1.").arg(request.imageId);
        out.append(f);
    }
    if (chosenImage) {
        CatalogRules::checkImageType(*chosenImage, request.imageType, QStringLiteral("image_type"),
                                     out);
        if (chosenProduct) {
            CatalogRules::checkImageForProduct(*chosenImage, *chosenProduct,
                                               QStringLiteral("image_id"), out);
        }
        CatalogRules::checkSystemDiskForImage(request.rootVolume, *chosenImage,
                                              QStringLiteral("root_volume.size"), out);
    }

    if (!m_subnets.isEmpty()) {
        for (int i = 0; i < request.nics.size(); ++i) {
            const QString &id = request.nics.at(i);
            if (id.isEmpty() || subnet(id))
                continue;
            Finding f;
            f.path = QStringLiteral("nics[%1].subnet_id").arg(i);
            f.code = QStringLiteral("nics.subnet_id.unknown");
            f.message = ModelsTr::tr("The workspace has no subnet %1.").arg(id);
            out.append(f);
        }
    }
    if (!m_groups.isEmpty()) {
        for (int i = 0; i < request.securityGroups.size(); ++i) {
            const QString &id = request.securityGroups.at(i);
            if (id.isEmpty() || securityGroup(id))
                continue;
            Finding f;
            f.path = QStringLiteral("security_groups[%1].id").arg(i);
            f.code = QStringLiteral("security_groups.id.unknown");
            f.message = ModelsTr::tr("The service has no security group %1.").arg(id);
            out.append(f);
        }
    }
}

} // namespace wsc
