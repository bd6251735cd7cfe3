#pragma once

#include "cliissue.h"

#include "models/domain/createdesktoprequest.h"
#include "models/domain/product.h"
#include "models/domain/quota.h"

#include <QList>

namespace wsc {

/**
 * The tenant's quotas against a create batch, before anything is sent: the service refuses
 * only the chunk that overflows, after the earlier chunks made their desktops.
 */
namespace CliQuotaCheck {

/**
 * One error ("quota.exceeded") per quota the @p request does not fit in, with the figures
 * (quota, used, free, asked); none when it fits. @p products gives the product's vCPUs and
 * memory.
 */
CliIssues issues(const QList<Quota> &quotas, const CreateDesktopRequest &request,
                 const QList<Product> &products, const QString &file);

} // namespace CliQuotaCheck

} // namespace wsc
