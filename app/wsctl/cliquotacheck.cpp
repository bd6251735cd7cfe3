#include "cliquotacheck.h"

#include "clitr.h"

#include "models/rules/quotarules.h"

namespace wsc {

namespace CliQuotaCheck {

CliIssues issues(const QList<Quota> &quotas, const CreateDesktopRequest &request,
                 const QList<Product> &products, const QString &file)
{
    const Product *product = nullptr;
    for (const Product &p : products) {
        if (p.productId == request.productId)
            product = &p;
    }
    const int desktops = request.desktopCount();
    CliIssues out;
    for (const QuotaShortfall &s :
         QuotaRules::shortfalls(quotas, QuotaRules::desktopDemand(request, desktops, product))) {
        CliIssue issue;
        issue.file = file;
        issue.code = QStringLiteral("quota.exceeded");
        const QString unit = s.unit.isEmpty() ? QString() : QLatin1Char(' ') + s.unit;
        issue.message = CliTr::tr("%n desktop(s) do not fit in the quota of %1 (%2): quota "
                                  "%3%7, used %4%7, free %5%7, this batch needs %6%7.",
                                  nullptr, desktops)
                                .arg(QuotaRules::typeName(s.type), s.type)
                                .arg(s.quota)
                                .arg(s.used)
                                .arg(s.remaining())
                                .arg(s.requested)
                                .arg(unit);
        out.append(issue);
    }
    return out;
}

} // namespace CliQuotaCheck

} // namespace wsc
