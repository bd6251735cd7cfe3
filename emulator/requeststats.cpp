#include "requeststats.h"

#include <QJsonArray>

namespace wsemu {

void RequestStats::record(const QString &routeKey, int status)
{
    ++m_total;
    m_byRoute[routeKey][status] += 1;
}

void RequestStats::recordFault(const QString &fault)
{
    m_faultCounts[fault] += 1;
    if (m_faultLog.size() < MaxFaultLog)
        m_faultLog.append(fault);
}

void RequestStats::recordAuth(const AuthDecision &decision)
{
    m_lastAuth = decision;
}

void RequestStats::reset()
{
    m_byRoute.clear();
    m_faultCounts.clear();
    m_faultLog.clear();
    m_lastAuth = AuthDecision();
    m_total = 0;
}

QJsonObject RequestStats::toJson() const
{
    QJsonObject routes;
    for (auto it = m_byRoute.cbegin(); it != m_byRoute.cend(); ++it) {
        QJsonObject statuses;
        for (auto s = it.value().cbegin(); s != it.value().cend(); ++s)
            statuses.insert(s.key() == 0 ? QStringLiteral("reset") : QString::number(s.key()),
                            s.value());
        routes.insert(it.key(), statuses);
    }
    QJsonObject faults;
    for (auto it = m_faultCounts.cbegin(); it != m_faultCounts.cend(); ++it)
        faults.insert(it.key(), it.value());
    return QJsonObject{
            {QStringLiteral("total"), m_total},
            {QStringLiteral("by_route"), routes},
            {QStringLiteral("faults"), faults},
            {QStringLiteral("fault_sequence"), QJsonArray::fromStringList(m_faultLog)},
    };
}

} // namespace wsemu
