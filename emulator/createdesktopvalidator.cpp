#include "createdesktopvalidator.h"

#include "apierrors.h"
#include "catalog.h"
#include "fieldreader.h"
#include "namerules.h"
#include "statestore.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

namespace wsemu {

CreateDesktopValidator::CreateDesktopValidator(const Catalog &catalog, StateStore &state,
                                               int createCap)
    : m_catalog(catalog)
    , m_state(state)
    , m_createCap(createCap)
{}

ValidationError CreateDesktopValidator::validate(const QJsonObject &body, CreatePlan *plan) const
{
    FieldReader r(body);
    plan->desktopType = r.oneOf(QStringLiteral("desktop_type"), FieldReader::Required,
                                {QStringLiteral("DEDICATED"), QStringLiteral("SHARED")});
    if (!r.ok())
        return r.error();

    plan->productId = r.string(QStringLiteral("product_id"), FieldReader::Required, 1, 255);
    if (!r.ok())
        return r.error();
    const QJsonObject product = m_catalog.product(plan->productId);
    if (product.isEmpty()) {
        r.fail(ApiErrors::ResourceNotFound,
               QStringLiteral("product_id '%1' does not exist").arg(plan->productId));
        return r.error();
    }
    const QString productStatus = product.value(QStringLiteral("status")).toString();
    if (productStatus == QLatin1String("sellout")) {
        r.fail(ApiErrors::Incompatible,
               QStringLiteral("product_id '%1' is sold out").arg(plan->productId));
        return r.error();
    }
    if (productStatus == QLatin1String("abandon")) {
        r.fail(ApiErrors::Incompatible,
               QStringLiteral("product_id '%1' is no longer sold").arg(plan->productId));
        return r.error();
    }
    const QString osType = m_catalog.productOsType(plan->productId);

    // TF also sends "market"; the seed page documents private and gold.
    plan->imageType = r.oneOf(
            QStringLiteral("image_type"), FieldReader::Required,
            {QStringLiteral("private"), QStringLiteral("gold"), QStringLiteral("market")});
    plan->imageId = r.string(QStringLiteral("image_id"), FieldReader::Required, 1, 255);
    if (!r.ok())
        return r.error();
    const QJsonObject image = m_catalog.image(plan->imageId);
    if (image.isEmpty()) {
        r.fail(ApiErrors::ResourceNotFound,
               QStringLiteral("image_id '%1' does not exist").arg(plan->imageId));
        return r.error();
    }
    const QString actualType = image.value(QStringLiteral("image_type")).toString();
    if (actualType != plan->imageType) {
        r.fail(ApiErrors::Incompatible, QStringLiteral("image_id '%1' is a %2 image, not %3")
                                                .arg(plan->imageId, actualType, plan->imageType));
        return r.error();
    }
    const QString imageOs = image.value(QStringLiteral("os_type")).toString();
    if (imageOs != osType) {
        r.fail(ApiErrors::Incompatible,
               QStringLiteral("image_id '%1' is a %2 image but product_id '%3' is for %4")
                       .arg(plan->imageId, imageOs, plan->productId, osType));
        return r.error();
    }
    const QString imageArch = image.value(QStringLiteral("architecture")).toString();
    const QString productArch = product.value(QStringLiteral("architecture")).toString();
    if (imageArch != productArch) {
        r.fail(ApiErrors::Incompatible,
               QStringLiteral("image_id '%1' is for %2 but product_id '%3' is %4")
                       .arg(plan->imageId, imageArch, plan->productId, productArch));
        return r.error();
    }
    const int minRam = image.value(QStringLiteral("min_ram")).toInt();
    const int memory = product.value(QStringLiteral("memory")).toString().toInt();
    if (minRam > memory) {
        r.fail(ApiErrors::Incompatible,
               QStringLiteral("image_id '%1' needs at least %2 MB of memory but product_id '%3' "
                              "has %4 MB")
                       .arg(plan->imageId)
                       .arg(minRam)
                       .arg(plan->productId)
                       .arg(memory));
        return r.error();
    }

    const QJsonObject root = r.object(QStringLiteral("root_volume"), FieldReader::Required);
    if (!r.ok())
        return r.error();
    FieldReader rootReader = r.child(root, QStringLiteral("root_volume"));
    checkVolume(rootReader, true, image.value(QStringLiteral("min_disk")).toInt(),
                &plan->rootVolume);
    r.merge(rootReader);
    if (!r.ok())
        return r.error();

    const QJsonArray dataVolumes
            = r.array(QStringLiteral("data_volumes"), FieldReader::Optional, 0, 10);
    for (int i = 0; r.ok() && i < dataVolumes.size(); ++i) {
        FieldReader vr = r.element(dataVolumes.at(i).toObject(), QStringLiteral("data_volumes"), i);
        if (!dataVolumes.at(i).isObject()) {
            vr.fail(ApiErrors::InvalidField,
                    QStringLiteral("%1 must be an object")
                            .arg(r.path(QStringLiteral("data_volumes[%1]").arg(i))));
        }
        QJsonObject volume;
        checkVolume(vr, false, 0, &volume);
        r.merge(vr);
        plan->dataVolumes.append(volume);
    }
    if (!r.ok())
        return r.error();

    plan->availabilityZone
            = r.string(QStringLiteral("availability_zone"), FieldReader::Optional, 0, 255);
    if (!r.ok())
        return r.error();
    if (!plan->availabilityZone.isEmpty()) {
        if (m_catalog.availabilityZone(plan->availabilityZone).isEmpty()) {
            r.fail(ApiErrors::ResourceNotFound,
                   QStringLiteral("availability_zone '%1' does not exist")
                           .arg(plan->availabilityZone));
            return r.error();
        }
        if (m_catalog.isSoldOutIn(plan->productId, plan->availabilityZone)) {
            r.fail(ApiErrors::Incompatible,
                   QStringLiteral("product_id '%1' is sold out in availability_zone '%2'")
                           .arg(plan->productId, plan->availabilityZone));
            return r.error();
        }
    } else {
        plan->availabilityZone = m_catalog.defaultAvailabilityZone();
    }
    if (!checkVolumeTypes(r, *plan))
        return r.error();

    const QJsonArray nics = r.array(QStringLiteral("nics"), FieldReader::Optional, 0, 5);
    QSet<QString> seenSubnets;
    for (int i = 0; r.ok() && i < nics.size(); ++i) {
        FieldReader nr = r.element(nics.at(i).toObject(), QStringLiteral("nics"), i);
        const QString subnetId
                = nr.string(QStringLiteral("subnet_id"), FieldReader::Required, 1, 64);
        r.merge(nr);
        if (!r.ok())
            break;
        if (m_catalog.subnet(subnetId).isEmpty()) {
            r.fail(ApiErrors::ResourceNotFound,
                   QStringLiteral("%1 '%2' does not exist")
                           .arg(nr.path(QStringLiteral("subnet_id")), subnetId));
        } else if (!m_catalog.isWorkspaceSubnet(subnetId)) {
            r.fail(ApiErrors::Incompatible,
                   QStringLiteral("%1 '%2' is not a subnet of the Workspace service (VPC %3)")
                           .arg(nr.path(QStringLiteral("subnet_id")), subnetId, m_catalog.vpcId()));
        } else if (seenSubnets.contains(subnetId)) {
            r.fail(ApiErrors::Duplicate,
                   QStringLiteral("%1 '%2' is listed twice")
                           .arg(nr.path(QStringLiteral("subnet_id")), subnetId));
        }
        seenSubnets.insert(subnetId);
        if (i == 0)
            plan->subnetId = subnetId;
    }
    if (!r.ok())
        return r.error();
    if (plan->subnetId.isEmpty())
        plan->subnetId = m_catalog.defaultSubnetId();

    const QJsonArray groups
            = r.array(QStringLiteral("security_groups"), FieldReader::Optional, 0, 5);
    for (int i = 0; r.ok() && i < groups.size(); ++i) {
        FieldReader gr = r.element(groups.at(i).toObject(), QStringLiteral("security_groups"), i);
        const QString id = gr.string(QStringLiteral("id"), FieldReader::Required, 1, 64);
        r.merge(gr);
        if (!r.ok())
            break;
        if (m_catalog.securityGroup(id).isEmpty()) {
            r.fail(ApiErrors::ResourceNotFound,
                   QStringLiteral("%1 '%2' does not exist").arg(gr.path(QStringLiteral("id")), id));
        } else if (plan->securityGroupIds.contains(id)) {
            r.fail(ApiErrors::Duplicate, QStringLiteral("%1 '%2' is listed twice")
                                                 .arg(gr.path(QStringLiteral("id")), id));
        }
        plan->securityGroupIds.append(id);
    }
    if (!r.ok())
        return r.error();
    if (plan->securityGroupIds.isEmpty())
        plan->securityGroupIds.append(m_catalog.desktopSecurityGroupId());

    const bool hasDesktops = r.has(QStringLiteral("desktops"));
    const bool hasSize = r.has(QStringLiteral("size"));
    if (hasDesktops && hasSize) {
        r.fail(ApiErrors::Exclusive, QStringLiteral("desktops and size cannot be used together"));
        return r.error();
    }
    if (!hasDesktops && !hasSize) {
        r.fail(ApiErrors::MissingField,
               QStringLiteral("desktops is required (or size, for desktops without users)"));
        return r.error();
    }
    if (hasDesktops) {
        plan->withUsers = true;
        const QJsonValue value = body.value(QStringLiteral("desktops"));
        if (!value.isArray()) {
            r.fail(ApiErrors::InvalidField, QStringLiteral("desktops must be an array"));
            return r.error();
        }
        const int count = int(value.toArray().size());
        if (count > m_createCap) {
            r.fail(ApiErrors::TooManyDesktops,
                   QStringLiteral("desktops: at most %1 desktops per request (got %2)")
                           .arg(m_createCap)
                           .arg(count));
            return r.error();
        }
        const QJsonArray items = r.array(QStringLiteral("desktops"), FieldReader::Required, 1, 100);
        if (!r.ok())
            return r.error();
        checkItems(r, items, osType, plan);
        if (!r.ok())
            return r.error();
    } else {
        plan->withUsers = false;
        const auto size = r.integer(QStringLiteral("size"), FieldReader::Required, 1, 100);
        if (!r.ok())
            return r.error();
        if (*size > m_createCap) {
            r.fail(ApiErrors::TooManyDesktops,
                   QStringLiteral("size: at most %1 desktops per request (got %2)")
                           .arg(m_createCap)
                           .arg(*size));
            return r.error();
        }
        QString name;
        if (r.has(QStringLiteral("desktop_name"))) {
            name = r.string(QStringLiteral("desktop_name"), FieldReader::Required, 1, 64);
            if (!r.ok())
                return r.error();
            const int max = *size == 1 ? 15 : 13;
            const QString problem = NameRules::desktopName(name, max, *size > 1);
            if (!problem.isEmpty()) {
                r.fail(ApiErrors::InvalidField,
                       QStringLiteral("desktop_name '%1' %2").arg(name, problem));
                return r.error();
            }
            if (*size == 1 && m_state.desktopByComputerName(name)) {
                r.fail(ApiErrors::Duplicate,
                       QStringLiteral("desktop_name '%1' is already used by another desktop")
                               .arg(name));
                return r.error();
            }
        }
        for (qint64 i = 0; i < *size; ++i) {
            CreatePlan::Item item;
            if (*size == 1)
                item.computerName = name;
            else
                item.namePrefix = name;
            plan->items.append(item);
        }
    }

    r.boolean(QStringLiteral("email_notification"), true);
    const QString project
            = r.string(QStringLiteral("enterprise_project_id"), FieldReader::Optional, 1, 36);
    if (!r.ok())
        return r.error();
    if (!project.isEmpty()) {
        static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9_-]+$"));
        if (!pattern.match(project).hasMatch()) {
            r.fail(ApiErrors::InvalidField,
                   QStringLiteral("enterprise_project_id may contain only letters, digits, '_' "
                                  "and '-'"));
            return r.error();
        }
        plan->enterpriseProjectId = project;
    }

    const QJsonArray tags = r.array(QStringLiteral("tags"), FieldReader::Optional, 0, 20);
    QSet<QString> tagKeys;
    for (int i = 0; r.ok() && i < tags.size(); ++i) {
        FieldReader tr = r.element(tags.at(i).toObject(), QStringLiteral("tags"), i);
        // Lengths are counted by NameRules in Unicode characters, not UTF-16 units.
        const QString key = tr.string(QStringLiteral("key"), FieldReader::Required, 1, 256);
        const QString value = tr.string(QStringLiteral("value"), FieldReader::Optional, 0, 86);
        r.merge(tr);
        if (!r.ok())
            break;
        QString problem = NameRules::tagKey(key);
        if (!problem.isEmpty()) {
            r.fail(ApiErrors::InvalidField,
                   QStringLiteral("%1 %2").arg(tr.path(QStringLiteral("key")), problem));
            break;
        }
        problem = NameRules::tagValue(value);
        if (!problem.isEmpty()) {
            r.fail(ApiErrors::InvalidField,
                   QStringLiteral("%1 %2").arg(tr.path(QStringLiteral("value")), problem));
            break;
        }
        if (tagKeys.contains(key)) {
            r.fail(ApiErrors::Duplicate, QStringLiteral("%1 '%2' is listed twice")
                                                 .arg(tr.path(QStringLiteral("key")), key));
            break;
        }
        tagKeys.insert(key);
        plan->tags.append(
                QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
    }
    if (!r.ok())
        return r.error();

    if (r.has(QStringLiteral("eip"))) {
        const QJsonObject eip = r.object(QStringLiteral("eip"), FieldReader::Required);
        if (!r.ok())
            return r.error();
        FieldReader er = r.child(eip, QStringLiteral("eip"));
        er.string(QStringLiteral("id"), FieldReader::Optional, 0, 64);
        er.oneOf(QStringLiteral("type"), FieldReader::Optional,
                 {QStringLiteral("5_bgp"), QStringLiteral("5_sbgp")});
        er.oneOf(QStringLiteral("charge_mode"), FieldReader::Optional,
                 {QStringLiteral("TRAFFIC"), QStringLiteral("BANDWIDTH")});
        er.integer(QStringLiteral("bandwidth_size"), FieldReader::Optional, 1, 2000);
        r.merge(er);
        if (!r.ok())
            return r.error();
    }

    const QJsonArray ips = r.array(QStringLiteral("desktop_ips"), FieldReader::Optional, 0, 100);
    for (int i = 0; r.ok() && i < ips.size(); ++i) {
        QHostAddress address;
        if (!ips.at(i).isString() || !address.setAddress(ips.at(i).toString())
            || address.protocol() != QAbstractSocket::IPv4Protocol) {
            r.fail(ApiErrors::InvalidField,
                   QStringLiteral("desktop_ips[%1] must be an IPv4 address").arg(i));
        }
    }
    r.oneOf(QStringLiteral("buy_type"), FieldReader::Optional,
            {QStringLiteral("custom"), QStringLiteral("speed")});
    r.string(QStringLiteral("desktop_name_policy_id"), FieldReader::Optional, 0, 36);
    // TF sends the Workspace VPC; any other VPC is a client mistake.
    const QString vpcId = r.string(QStringLiteral("vpc_id"), FieldReader::Optional, 0, 64);
    if (r.ok() && !vpcId.isEmpty() && vpcId != m_catalog.vpcId()) {
        r.fail(ApiErrors::Incompatible,
               QStringLiteral("vpc_id '%1' is not the VPC of the Workspace service (%2)")
                       .arg(vpcId, m_catalog.vpcId()));
    }
    return r.error();
}

bool CreateDesktopValidator::checkVolumeTypes(FieldReader &r, const CreatePlan &plan) const
{
    // S000: the type "must be the same as the disk type provided by the system": the types
    // ListVolumeProductInfo lists for the zone the desktops go to.
    const QStringList offered = m_catalog.volumeTypesIn(plan.availabilityZone);
    auto check = [&](const QJsonObject &volume, const QString &path) {
        const QString type = volume.value(QStringLiteral("type")).toString();
        if (offered.contains(type))
            return true;
        if (m_catalog.volumeTypesIn(QString()).contains(type)) {
            r.fail(ApiErrors::Incompatible,
                   QStringLiteral("%1 '%2' is not sold in availability_zone '%3'")
                           .arg(path, type, plan.availabilityZone));
        } else {
            r.fail(ApiErrors::InvalidField,
                   QStringLiteral("%1 '%2' is not a disk type of this region (%3)")
                           .arg(path, type, offered.join(QLatin1String(", "))));
        }
        return false;
    };
    if (!check(plan.rootVolume, QStringLiteral("root_volume.type")))
        return false;
    for (int i = 0; i < plan.dataVolumes.size(); ++i) {
        if (!check(plan.dataVolumes.at(i).toObject(),
                   QStringLiteral("data_volumes[%1].type").arg(i)))
            return false;
    }
    return true;
}

void CreateDesktopValidator::checkVolume(FieldReader &reader, bool system, int minDiskGb,
                                         QJsonObject *out) const
{
    // Whether the zone sells this type is checked once the zone is known (checkVolumeTypes).
    const QString type = reader.string(QStringLiteral("type"), FieldReader::Required, 1, 32);
    const qint64 min = system ? 80 : 10;
    const auto size = reader.integer(QStringLiteral("size"), FieldReader::Required, min, 32760);
    if (!reader.ok())
        return;
    if (*size % 10 != 0) {
        reader.fail(ApiErrors::InvalidField, QStringLiteral("%1 must be a multiple of 10 (got %2)")
                                                     .arg(reader.path(QStringLiteral("size")))
                                                     .arg(*size));
        return;
    }
    if (system && *size < minDiskGb) {
        reader.fail(ApiErrors::Incompatible,
                    QStringLiteral("%1 must be at least the image's min_disk of %2 GB (got %3)")
                            .arg(reader.path(QStringLiteral("size")))
                            .arg(minDiskGb)
                            .arg(*size));
        return;
    }
    QJsonObject result{{QStringLiteral("type"), type}, {QStringLiteral("size"), *size}};
    // The SDK model defines iops and throughput on every Volume with no limit; the OAS schema
    // bounds them (workspace-api.md §5). They are kept whatever the type: the service records
    // what it was sent.
    if (const auto iops
        = reader.integer(QStringLiteral("iops"), FieldReader::Optional, 1, 16380000))
        result.insert(QStringLiteral("iops"), *iops);
    if (const auto throughput
        = reader.integer(QStringLiteral("throughput"), FieldReader::Optional, 1, 4095000))
        result.insert(QStringLiteral("throughput"), *throughput);
    const QString kms = reader.string(QStringLiteral("kms_id"), FieldReader::Optional, 0, 64);
    if (!kms.isEmpty())
        result.insert(QStringLiteral("kms_id"), kms);
    *out = result;
}

void CreateDesktopValidator::checkItems(FieldReader &r, const QJsonArray &items,
                                        const QString &osType, CreatePlan *plan) const
{
    QHash<QString, int> namesInRequest;
    const QStringList groups = NameRules::userGroups(osType);
    for (int i = 0; r.ok() && i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            r.fail(ApiErrors::InvalidField,
                   QStringLiteral("desktops[%1] must be an object").arg(i));
            return;
        }
        FieldReader ir = r.element(items.at(i).toObject(), QStringLiteral("desktops"), i);
        CreatePlan::Item item;
        item.userName = ir.string(QStringLiteral("user_name"), FieldReader::Required, 1, 64);
        if (ir.ok()) {
            const QString problem
                    = NameRules::createUserName(item.userName, m_catalog.domainType(), osType);
            if (!problem.isEmpty())
                ir.fail(ApiErrors::InvalidField,
                        QStringLiteral("%1 '%2' %3")
                                .arg(ir.path(QStringLiteral("user_name")), item.userName, problem));
        }
        item.userEmail = ir.string(QStringLiteral("user_email"), FieldReader::Optional, 0, 255);
        if (ir.ok() && !item.userEmail.isEmpty()) {
            const QString problem = NameRules::email(item.userEmail);
            if (!problem.isEmpty())
                ir.fail(ApiErrors::InvalidField, QStringLiteral("%1 '%2' %3")
                                                         .arg(ir.path(QStringLiteral("user_email")),
                                                              item.userEmail, problem));
        }
        // No format is documented (seed 000: "Mobile number of a valid user"); at most 20
        // (workspace-api.md §5, the Workspace user API).
        item.userPhone = ir.string(QStringLiteral("user_phone"), FieldReader::Optional, 0, 20);
        if (ir.has(QStringLiteral("user_group"))) {
            const QString group
                    = ir.string(QStringLiteral("user_group"), FieldReader::Required, 1, 32);
            if (ir.ok() && !groups.contains(group)) {
                ir.fail(ApiErrors::InvalidField,
                        QStringLiteral("%1 must be one of %2 for a %3 product (got '%4')")
                                .arg(ir.path(QStringLiteral("user_group")),
                                     groups.join(QStringLiteral(", ")), osType, group));
            }
            item.userGroup = group;
        } else {
            item.userGroup = groups.at(1);
        }
        item.computerName
                = ir.string(QStringLiteral("computer_name"), FieldReader::Optional, 1, 64);
        if (ir.ok() && ir.has(QStringLiteral("computer_name"))) {
            const QString problem = NameRules::createComputerName(item.computerName);
            const QString key = item.computerName.toLower();
            const DesktopRecord *existing = m_state.desktopByComputerName(item.computerName);
            if (!problem.isEmpty()) {
                ir.fail(ApiErrors::InvalidField,
                        QStringLiteral("%1 '%2' %3")
                                .arg(ir.path(QStringLiteral("computer_name")), item.computerName,
                                     problem));
            } else if (namesInRequest.contains(key)) {
                ir.fail(ApiErrors::Duplicate,
                        QStringLiteral("%1 '%2' is also used by desktops[%3] of this request "
                                       "(computer names are unique, case-insensitively)")
                                .arg(ir.path(QStringLiteral("computer_name")), item.computerName)
                                .arg(namesInRequest.value(key)));
            } else if (existing) {
                ir.fail(ApiErrors::Duplicate,
                        QStringLiteral("%1 '%2' is already used by desktop %3 (computer names are "
                                       "unique, case-insensitively)")
                                .arg(ir.path(QStringLiteral("computer_name")), item.computerName,
                                     existing->id));
            }
            namesInRequest.insert(key, i);
        }
        item.osHostName = ir.string(QStringLiteral("os_host_name"), FieldReader::Optional, 1, 15);
        // No source gives desktop_name_prefix a length; 13 is desktop_name's prefix limit.
        item.namePrefix
                = ir.string(QStringLiteral("desktop_name_prefix"), FieldReader::Optional, 1, 64);
        if (ir.ok() && !item.namePrefix.isEmpty()) {
            const QString problem = NameRules::desktopName(item.namePrefix, 13, true);
            if (!problem.isEmpty())
                ir.fail(ApiErrors::InvalidField,
                        QStringLiteral("%1 '%2' %3")
                                .arg(ir.path(QStringLiteral("desktop_name_prefix")),
                                     item.namePrefix, problem));
        }
        r.merge(ir);
        plan->items.append(item);
    }
}

} // namespace wsemu
