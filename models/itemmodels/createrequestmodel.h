#pragma once

#include "models/domain/availabilityzone.h"
#include "models/domain/createdesktoprequest.h"
#include "models/domain/imageinfo.h"
#include "models/domain/product.h"
#include "models/domain/securitygroupinfo.h"
#include "models/domain/subnetinfo.h"
#include "models/domain/volumeproduct.h"
#include "models/rules/apilimits.h"
#include "models/rules/finding.h"
#include "models/rules/validationcontext.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace wsc {

class ImportedUsersModel;

/**
 * The create-desktops request that the wizard's pages edit, field by field, with its findings
 * kept up to date: CreateRules, the catalog rules (product, image, disk against what the
 * service offers) and the wizard's own form rules. One source of truth for every page, the
 * table models bound to it, drafts and the review.
 */
class CreateRequestModel : public QObject
{
    Q_OBJECT
public:
    /** Desktops for named users (desktops[]), or unassigned ones (desktop_name + size). */
    enum class UsersMode { Users, Unassigned };
    Q_ENUM(UsersMode)
    /** No EIP, bind an existing one by id, or buy a new one. */
    enum class EipMode { None, Existing, New };
    Q_ENUM(EipMode)

    explicit CreateRequestModel(QObject *parent = nullptr);
    ~CreateRequestModel() override;

    /** The request as it will be submitted: users' rows or size, by the users mode. */
    CreateDesktopRequest request() const;
    /**
     * Replaces every field with @p request (an opened draft); the users mode and the EIP mode
     * follow it. Emits requestReset() so that every page reads all of its fields again.
     */
    void setRequest(const CreateDesktopRequest &request);
    /** Back to the defaults of a new request (dedicated, gold image, SAS 80 GB, no users). */
    void clear();

    // --- fields --------------------------------------------------------------------------
    QString desktopType() const { return m_request.desktopType; }
    void setDesktopType(const QString &type);
    QString availabilityZone() const { return m_request.availabilityZone; }
    void setAvailabilityZone(const QString &zone);
    QString productId() const { return m_request.productId; }
    void setProductId(const QString &productId);
    QString enterpriseProjectId() const { return m_request.enterpriseProjectId; }
    void setEnterpriseProjectId(const QString &id);
    QString imageType() const { return m_request.imageType; }
    void setImageType(const QString &type);
    QString imageId() const { return m_request.imageId; }
    void setImageId(const QString &imageId);
    Volume rootVolume() const { return m_request.rootVolume; }
    void setRootVolume(const Volume &volume);
    QList<Volume> dataVolumes() const { return m_request.dataVolumes; }
    void setDataVolumes(const QList<Volume> &volumes);
    QStringList nics() const { return m_request.nics; }
    void setNics(const QStringList &subnetIds);
    QStringList securityGroups() const { return m_request.securityGroups; }
    void setSecurityGroups(const QStringList &ids);
    /** True once the security groups were set by hand or by a draft (no default applies). */
    bool securityGroupsChosen() const { return m_securityGroupsChosen; }

    EipMode eipMode() const { return m_eipMode; }
    void setEipMode(EipMode mode);
    QString existingEipId() const { return m_existingEipId; }
    void setExistingEipId(const QString &id);
    /** The new EIP's type, charge mode and bandwidth (kept while another mode is chosen). */
    Eip newEip() const { return m_newEip; }
    void setNewEip(const Eip &eip);

    UsersMode usersMode() const { return m_usersMode; }
    void setUsersMode(UsersMode mode);
    /** The users' rows: typed, pasted or imported; edited in place by the users page. */
    ImportedUsersModel *users() const { return m_users; }
    /** The CSV file the users were last imported from, empty when none. */
    QString usersOrigin() const { return m_usersOrigin; }
    /** The users were imported from @p origin, replacing the rows (empty: typed). */
    void setUsersOrigin(const QString &origin);
    /** Rows imported from @p origin were added after the rows there were. */
    void addUsersOrigin(const QString &origin);
    /** Every CSV file the rows came from, in the order they were imported. */
    QStringList usersFiles() const { return m_usersFiles; }
    /** CSV line of each user row (0 when typed), in row order: BatchSource::lines. */
    QList<int> userLines() const;
    QString desktopName() const { return m_desktopName; }
    void setDesktopName(const QString &name);
    int size() const { return m_size; }
    void setSize(int size);
    std::optional<bool> emailNotification() const { return m_request.emailNotification; }
    /** What the service will do about e-mail (the seed's default when the field is unset). */
    bool sendsEmailNotification() const { return m_request.sendsEmailNotification(); }
    void setEmailNotification(std::optional<bool> notify);
    QList<Tag> tags() const { return m_request.tags; }
    void setTags(const QList<Tag> &tags);

    /** Desktops the request makes: user rows, or size. */
    int desktopCount() const;

    // --- what the rules need to know -----------------------------------------------------
    /** Domain type (from the workspace), OS (from the product, else the image) and caps. */
    ValidationContext context() const;
    void setDomainType(DomainType type);
    void setCreateCap(int cap);
    /** Computer names in use in the tenant (any case): rows using one are marked. */
    void setTakenComputerNames(const QSet<QString> &names);
    /**
     * The disk types the region offers (ListVolumeProductInfo): the disk fields list them and
     * the rules refuse any other. Until set, the documented types are listed and checked.
     */
    void setVolumeProducts(const QList<VolumeProduct> &products);
    QList<VolumeProduct> volumeProducts() const { return m_volumeProducts; }

    // --- the service's catalog (each may stay empty: its rules are skipped then) ----------
    void setProducts(const QList<Product> &products);
    QList<Product> products() const { return m_products; }
    void setZones(const QList<AvailabilityZone> &zones);
    QList<AvailabilityZone> zones() const { return m_zones; }
    void setImages(const QList<ImageInfo> &images);
    QList<ImageInfo> images() const { return m_images; }
    void setSubnets(const QList<SubnetInfo> &subnets);
    QList<SubnetInfo> subnets() const { return m_subnets; }
    void setSecurityGroupCatalog(const QList<SecurityGroupInfo> &groups);
    QList<SecurityGroupInfo> securityGroupCatalog() const { return m_groups; }

    /** The chosen product, image, subnet or group when the catalog knows it. */
    std::optional<Product> product() const;
    std::optional<ImageInfo> image() const;
    std::optional<SubnetInfo> subnet(const QString &id) const;
    std::optional<SecurityGroupInfo> securityGroup(const QString &id) const;
    /** Product ids sold out in the chosen availability zone. */
    QStringList soldOutInZone() const;

    // --- findings ------------------------------------------------------------------------
    /** Every finding of the request as it stands (computed now if anything changed). */
    Findings findings() const;
    /** The findings at or below any of @p paths ("" = only whole-request findings). */
    Findings findingsUnder(const QStringList &paths) const;
    bool hasErrorsUnder(const QStringList &paths) const;
    /**
     * Findings the service returned for the last submit (a 400 naming a field). They are
     * reported with the others until the field they name (or one above it) is changed.
     */
    void setServerFindings(const Findings &findings);
    Findings serverFindings() const { return m_serverFindings; }
    /** Checks everything again (the UI language changed: messages are made in it). */
    void revalidate() { markDirty(); }

signals:
    /** A field changed (emitted at once, for bindings). */
    void changed();
    /** The whole request was replaced (draft opened, cleared): read every field again. */
    void requestReset();
    /** The findings may have changed; emitted once per event-loop turn after changes. */
    void findingsChanged();
    /** Domain type, OS or cap changed. */
    void contextChanged();
    /** A catalog list was set. */
    void catalogChanged();

private:
    void touch(const QString &path);
    void fieldChanged(const QString &path);
    void markDirty();
    void refreshUserContext();
    Findings validate() const;
    void formRules(const CreateDesktopRequest &request, Findings &out) const;
    void catalogRules(const CreateDesktopRequest &request, Findings &out) const;

    CreateDesktopRequest m_request; ///< top-level fields; desktops, size and eip are composed
    UsersMode m_usersMode = UsersMode::Users;
    QString m_desktopName;
    int m_size = 1;
    EipMode m_eipMode = EipMode::None;
    QString m_existingEipId;
    Eip m_newEip;
    bool m_securityGroupsChosen = false;
    QString m_usersOrigin;
    QStringList m_usersFiles;
    ImportedUsersModel *m_users = nullptr;

    DomainType m_domainType = DomainType::LiteAs;
    int m_createCap = ApiLimits::CreateCapDefault;
    QSet<QString> m_takenComputerNames; ///< case-folded
    QList<VolumeProduct> m_volumeProducts;

    QList<Product> m_products;
    QList<AvailabilityZone> m_zones;
    QList<ImageInfo> m_images;
    QList<SubnetInfo> m_subnets;
    QList<SecurityGroupInfo> m_groups;

    Findings m_serverFindings;
    mutable Findings m_findings;
    mutable bool m_dirty = true;
    QTimer m_notify;
    bool m_resetting = false;
};

} // namespace wsc
