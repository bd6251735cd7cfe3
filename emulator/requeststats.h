#pragma once

#include "authdecision.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace wsemu {

/** Counts of requests by route and status, the fault sequence and the last auth decision. */
class RequestStats
{
public:
    static constexpr int MaxFaultLog = 10000;

    /** status 0 means the connection was reset instead of answered. */
    void record(const QString &routeKey, int status);
    void recordFault(const QString &fault);
    void recordAuth(const AuthDecision &decision);
    void reset();

    const AuthDecision &lastAuth() const { return m_lastAuth; }
    QJsonObject toJson() const;

private:
    QHash<QString, QHash<int, int>> m_byRoute;
    QHash<QString, int> m_faultCounts;
    QStringList m_faultLog;
    AuthDecision m_lastAuth;
    int m_total = 0;
};

} // namespace wsemu
