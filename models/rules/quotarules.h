#pragma once

#include "quotashortfall.h"

#include "models/domain/createdesktoprequest.h"
#include "models/domain/product.h"
#include "models/domain/quota.h"

#include <QList>
#include <QMap>
#include <QString>

namespace wsc {

/**
 * Whether a batch of desktops fits in the tenant's quotas (ShowQuotas), checked before anything
 * is sent: the service refuses a CreateDesktop past a quota, after the earlier chunks of the same
 * batch were already made.
 */
namespace QuotaRules {

/** The resource types a CreateDesktop of @p desktops desktops consumes, and how much of each. */
QMap<QString, qint64> desktopDemand(const CreateDesktopRequest &request, int desktops,
                                    const Product *product);
/** The quotas that @p demand does not fit in; an unknown or unlimited (-1) quota always fits. */
QList<QuotaShortfall> shortfalls(const QList<Quota> &quotas, const QMap<QString, qint64> &demand);
/** The quota of @p type, or nullptr. */
const Quota *find(const QList<Quota> &quotas, const QString &type);
/** How many more desktops fit (general_instances, or gpu_instances for a GPU product); -1: no
 * limit. */
qint64 desktopsLeft(const QList<Quota> &quotas, const Product *product);
/** The resource type a desktop of @p product counts against. */
QString instanceType(const Product *product);
/** The name of a ShowQuotas resource type in the UI language (the type itself when unknown). */
QString typeName(const QString &type);

} // namespace QuotaRules

} // namespace wsc
