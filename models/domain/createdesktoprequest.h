#pragma once

#include "desktopitem.h"
#include "eip.h"
#include "sharedvpcparam.h"
#include "tag.h"
#include "volume.h"

#include "models/rules/finding.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wsc {

/**
 * The body of CreateDesktop (POST /v2/{project_id}/desktops), field for field.
 * toJson() is exactly the API body and the wsctl spec format; fromJson() reads it back.
 */
struct CreateDesktopRequest
{
    QString desktopType; ///< DEDICATED | SHARED
    QString availabilityZone;
    QString productId;
    QString imageType; ///< private | gold | market
    QString imageId;
    Volume rootVolume;
    QList<Volume> dataVolumes;
    QStringList nics;           ///< subnet ids, in order; empty = the default NIC
    QStringList securityGroups; ///< security group ids
    QList<DesktopItem> desktops;
    QString desktopName;     ///< with size: the name (size 1) or a prefix (size > 1)
    std::optional<int> size; ///< desktops without users; excludes desktops[]
    std::optional<bool> emailNotification;
    QString enterpriseProjectId;
    QList<Tag> tags;
    std::optional<Eip> eip;
    // The rest of the model's CreateDesktopReq: sent as written, so that a spec file is never
    // changed on its way to the service.
    QString buyType;        ///< console purchase mode: speed | custom
    QStringList desktopIps; ///< addresses for the desktops, in order (model: 0–100)
    QString ouName;         ///< AD organisational unit
    std::optional<SharedVpcParam> sharedVpc; ///< apply_shared_vpc_dedicated_param
    QString desktopNamePolicyId;
    QString hourPackageProductId;
    QString hourPackageOfferingId;
    std::optional<bool> ifMountOldDesktopDisk;
    QString domain;

    /**
     * Whether the users get an e-mail: S000 "email_notification … The default value is true",
     * so an omitted field means yes. The wizard and its review show this, never the raw field.
     */
    bool sendsEmailNotification() const { return emailNotification.value_or(true); }

    /** Number of desktops this request makes: desktops.size(), or size. */
    int desktopCount() const;

    /** The API body: unset optional fields omitted, numbers as numbers, booleans as booleans. */
    QJsonObject toJson() const;
    /**
     * Reads a body or spec file. Unknown fields (warning "json.unknown_field") and mistyped
     * ones (error "json.type") are reported in @p problems by path; the rest is still read.
     */
    static CreateDesktopRequest fromJson(const QJsonObject &object, Findings *problems);
    bool operator==(const CreateDesktopRequest &o) const;
    bool operator!=(const CreateDesktopRequest &o) const { return !(*this == o); }
};

} // namespace wsc
