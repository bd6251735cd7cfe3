#include "clibatchrun.h"

#include "cliconnection.h"
#include "cliplanprinter.h"
#include "clitr.h"

#include "api/jobs/batchplan.h"
#include "api/jobs/batchsource.h"
#include "api/jobs/jobcenter.h"
#include "models/rules/validationcontext.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace wsc {

CliBatchRun::CliBatchRun()
    : m_dryRunOption(QStringLiteral("dry-run"))
    , m_waitOption(QStringLiteral("wait"))
    , m_pollOption(QStringLiteral("poll-interval"), QString(), QStringLiteral("seconds"),
                   QStringLiteral("10"))
{}

QList<QCommandLineOption> CliBatchRun::options() const
{
    return {m_dryRunOption, m_waitOption, m_pollOption};
}

bool CliBatchRun::read(const QCommandLineParser &parser, QString *error)
{
    m_dryRun = parser.isSet(m_dryRunOption);
    m_wait = parser.isSet(m_waitOption);
    if (m_dryRun && m_wait) {
        *error = CliTr::tr("--dry-run sends nothing, so there is nothing to --wait for.");
        return false;
    }
    bool ok = false;
    const double pollSeconds = parser.value(m_pollOption).toDouble(&ok);
    if (!ok || pollSeconds < 0.05) {
        *error = CliTr::tr("--poll-interval needs a number of seconds (at least 0.05).");
        return false;
    }
    m_pollMs = static_cast<int>(pollSeconds * 1000);
    return true;
}

QCommandLineOption CliBatchRun::domainTypeOption()
{
    return QCommandLineOption(QStringLiteral("domain-type"), QString(), QStringLiteral("type"));
}

bool CliBatchRun::readDomainType(const QCommandLineParser &parser, ValidationContext *context,
                                 QString *error)
{
    const QString given = parser.value(QStringLiteral("domain-type"));
    if (!parser.isSet(QStringLiteral("domain-type"))
        || ValidationContext::parseDomainType(given, &context->domainType))
        return true;
    *error = CliTr::tr("--domain-type must be LITE_AS or LOCAL_AD (got \"%1\").").arg(given);
    return false;
}

void CliBatchRun::printDryRun(QTextStream &out, QTextStream &err, CliGlobals::Format format,
                              const BatchPlan &plan, const BatchSource &source, const QString &path,
                              int cap, const CliIssues &issues)
{
    if (format == CliGlobals::Format::Csv && !issues.isEmpty())
        CliPlanPrinter::printIssues(err, CliGlobals::Format::Text, issues);
    CliPlanPrinter::printPlan(out, format, plan, source, path, cap, issues);
}

void CliBatchRun::pace(JobCenter *center) const
{
    center->setPollIntervals(qMin(1000, m_pollMs), m_pollMs);
}

} // namespace wsc
