#pragma once

#include "apirequest.h"
#include "apiresponse.h"
#include "servicecontext.h"

namespace wsemu {

/** Read-only routes: workspaces, products, images, AZs, subnets, SGs, VPCs, disk types. */
class CatalogService
{
public:
    explicit CatalogService(const ServiceContext &context);

    ApiResponse workspaces(const ApiRequest &request) const;
    ApiResponse products(const ApiRequest &request) const;
    ApiResponse images(const ApiRequest &request) const;
    ApiResponse availabilityZones(const ApiRequest &request) const;
    ApiResponse subnets(const ApiRequest &request) const;
    ApiResponse securityGroups(const ApiRequest &request) const;
    ApiResponse vpcs(const ApiRequest &request) const;
    /** ListVolumeProductInfo: filters availability_zone and volume_type (comma-separated). */
    ApiResponse volumeProducts(const ApiRequest &request) const;

private:
    ServiceContext m_context;
};

} // namespace wsemu
