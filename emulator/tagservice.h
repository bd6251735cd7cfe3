#pragma once

#include "apirequest.h"
#include "apiresponse.h"
#include "servicecontext.h"

namespace wsemu {

/** Desktop tags: BatchAddDesktopsTags, BatchDeleteDesktopsTags and ListProjectTags. */
class TagService
{
public:
    explicit TagService(const ServiceContext &context);

    ApiResponse batchAdd(const ApiRequest &request) const;
    ApiResponse batchDelete(const ApiRequest &request) const;
    ApiResponse listProject(const ApiRequest &request) const;

private:
    ApiResponse change(const ApiRequest &request, bool add) const;

    ServiceContext m_context;
};

} // namespace wsemu
