#pragma once

#include "clicommand.h"

namespace wsc {

/**
 * `wsctl catalog workspace|products|images|zones|subnets|security-groups`: what a create spec
 * picks from (ids, operating systems, limits), listed from the service in every page, as text,
 * JSON or CSV.
 */
class CatalogCommand : public CliCommand
{
public:
    enum class Kind { Workspace, Products, Images, Zones, Subnets, SecurityGroups };

    explicit CatalogCommand(Kind kind);

    QStringList words() const override;
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    Kind m_kind;
};

} // namespace wsc
