#pragma once

#include "clinamedcommand.h"

namespace wsc {

/** `wsctl quotas`: the tenant's quotas (ShowQuotas, or ShowQuotaDetails per zone) and what is left.
 */
class QuotasCommand : public CliNamedCommand
{
public:
    QuotasCommand();

    QString help() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace wsc
