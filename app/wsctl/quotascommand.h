#pragma once

#include "clicommand.h"

namespace wsc {

/** `wsctl quotas`: the tenant's quotas (ShowQuotas, or ShowQuotaDetails per zone) and what is left.
 */
class QuotasCommand : public CliCommand
{
public:
    QStringList words() const override;
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace wsc
