#pragma once

#include "apirequest.h"
#include "apiresponse.h"
#include "servicecontext.h"

namespace wsemu {

/** Data disks of a desktop: AddDesktopVolumes, ExpandDesktopVolume, DeleteDesktopVolumes. */
class VolumeService
{
public:
    explicit VolumeService(const ServiceContext &context);

    ApiResponse add(const ApiRequest &request, const QString &desktopId) const;
    ApiResponse expand(const ApiRequest &request, const QString &desktopId,
                       const QString &volumeId) const;
    ApiResponse remove(const ApiRequest &request, const QString &desktopId) const;

private:
    ServiceContext m_context;
};

} // namespace wsemu
