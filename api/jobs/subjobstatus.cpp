#include "subjobstatus.h"

namespace wsc {

namespace SubJobStatuses {

QString name(SubJobStatus status)
{
    switch (status) {
    case SubJobStatus::None:
        return {};
    case SubJobStatus::Waiting:
        return QStringLiteral("WAITING");
    case SubJobStatus::Running:
        return QStringLiteral("RUNNING");
    case SubJobStatus::Success:
        return QStringLiteral("SUCCESS");
    case SubJobStatus::Failed:
        return QStringLiteral("FAILED");
    }
    return {};
}

SubJobStatus fromName(const QString &name)
{
    const QString upper = name.trimmed().toUpper();
    if (upper == QLatin1String("WAITING") || upper == QLatin1String("INIT"))
        return SubJobStatus::Waiting;
    if (upper == QLatin1String("RUNNING"))
        return SubJobStatus::Running;
    if (upper == QLatin1String("SUCCESS"))
        return SubJobStatus::Success;
    if (upper == QLatin1String("FAILED") || upper == QLatin1String("FAIL")
        || upper == QLatin1String("ERROR") || upper == QLatin1String("ABNORMAL"))
        return SubJobStatus::Failed;
    return SubJobStatus::None;
}

bool isTerminal(SubJobStatus status)
{
    return status == SubJobStatus::Success || status == SubJobStatus::Failed;
}

} // namespace SubJobStatuses

} // namespace wsc
