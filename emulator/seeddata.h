#pragma once

#include "desktoprecord.h"
#include "userrecord.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace wsemu {

// It looks like a real Workspace account in cn-north-4. Ids are fixed, so that tests and demos
// can name them.
/** The Sandbox tenant: products, images, network, directory users and a few desktops. */
namespace SeedData {

inline constexpr const char *VpcId = "3c8a9f52-6d1e-4b07-9a2f-5e4d3c2b1a09";
inline constexpr const char *OtherVpcId = "9e0d1c2b-3a49-4f58-8e67-7d6c5b4a3f21";
inline constexpr const char *OfficeSubnetId = "5dee0216-2260-47c2-9368-98a27d910e55";
inline constexpr const char *LabSubnetId = "7a3c9e51-4b2d-4f6a-9c8e-2d1b0a9f8e7d";
inline constexpr const char *OtherSubnetId = "c4f1a7e2-8b3d-4c6e-a5f9-0b1c2d3e4f50";
inline constexpr const char *DesktopSecurityGroupId = "2b8f6a4e-1c3d-4e5f-9a7b-8c9d0e1f2a3b";
inline constexpr const char *ManagerSecurityGroupId = "6d4c2b1a-9e8f-4a7b-8c6d-5e4f3a2b1c0d";
inline constexpr const char *DefaultSecurityGroupId = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0";
inline constexpr const char *RdpSecurityGroupId = "8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d";
inline constexpr const char *WorkspaceId = "e1b2c3d4-5f60-4a7b-8c9d-0e1f2a3b4c5d";
inline constexpr const char *DomainId = "d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f";
inline constexpr const char *IamUserId = "7f6e5d4c3b2a19080f1e2d3c4b5a6978";

QJsonArray products();
/** "Windows" or "Linux" for a product id of products(); empty when unknown. */
QString productOsType(const QString &productId);
QJsonArray images();
QJsonArray availabilityZones();
/**
 * The disk types on sale (ListVolumeProductInfo's VolumeProductInfo), each with the private
 * key "_zones": the availability zones that sell it (empty: every zone). It is never served.
 */
QJsonArray volumeProducts();
QJsonArray vpcs(const QString &projectId);
QJsonArray subnets();
QJsonArray securityGroups(const QString &projectId);
QJsonObject workspace(const QString &domainType);
QList<UserRecord> users(qint64 nowMs);
/** The pre-existing desktops (some assigned, some not); IPs come from the office subnet. */
QList<DesktopRecord> desktops(qint64 nowMs);
/**
 * @p count generated desktops (wsemu --desktops) for scale tests: the same list on every run,
 * spread over departments, users (about one in six unassigned), products, zones, the office and
 * lab subnets and statuses, created over the last two years in list order. Addresses repeat once
 * a subnet is full (the two subnets hold about 20 000).
 */
QList<DesktopRecord> generatedDesktops(int count, qint64 nowMs);

/** A stable 32-hex id derived from a name, so that seeds keep their ids across runs. */
QString stableHexId(const QString &name);
/** A stable UUID-shaped id derived from a name. */
QString stableUuid(const QString &name);

} // namespace SeedData

} // namespace wsemu
