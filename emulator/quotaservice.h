#pragma once

#include "apirequest.h"
#include "apiresponse.h"
#include "servicecontext.h"

#include <QJsonArray>
#include <QMap>

namespace wsemu {

struct CreatePlan;

// Everything that exists counts, including the desktops of a create that is still running (they
// are in the state from the moment the create is accepted) and the failed ones until deleted.
// The limits derive from --desktop-quota (general_instances) as docs/EMULATOR.md lists.
/** The tenant's quotas (ShowQuotas, ShowQuotaDetails) and the check of a create against them. */
class QuotaService
{
public:
    explicit QuotaService(const ServiceContext &context);

    ApiResponse show(const ApiRequest &request) const;
    ApiResponse detail(const ApiRequest &request) const;
    /**
     * The 400 WKS.00010008 answer when the desktops of @p plan do not fit in a quota (the first
     * that overflows, in the order of resources()), or status 0 when they fit.
     */
    ApiResponse checkCreate(const CreatePlan &plan) const;

private:
    /** type -> {quota, used}: what ShowQuotas reports. */
    struct Usage
    {
        qint64 quota = 0;
        qint64 used = 0;
        QString unit;
    };
    QList<QPair<QString, Usage>> usage() const;
    QJsonArray resources() const;

    ServiceContext m_context;
};

} // namespace wsemu
