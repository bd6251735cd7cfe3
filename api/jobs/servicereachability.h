#pragma once

#include "api/http/apierror.h"

#include <QDateTime>
#include <QObject>

namespace wsc {

/**
 * Whether the service can be reached, as the requests of the job engine find it: unreachable
 * from the first network failure (nothing listening, DNS, reset, timeout) until any request is
 * answered again, with the last such error. The jobs panel, the status bar and wsctl's waits
 * show it, and wsctl gives up after a while of it.
 */
class ServiceReachability : public QObject
{
    Q_OBJECT
public:
    explicit ServiceReachability(QObject *parent = nullptr);

    /** True for failures that mean nothing answered (not an HTTP error, which is an answer). */
    static bool meansUnreachable(const ApiError &error);

    /** A request failed: unreachable from now (if not already) when the error says so. */
    void noteFailure(const ApiError &error);
    /** A request was answered (success or HTTP error): the service is reachable. */
    void noteAnswered();

    bool isUnreachable() const { return m_since.isValid(); }
    /** When the first failure of the current outage happened (UTC); invalid when reachable. */
    QDateTime since() const { return m_since; }
    /** The latest failure of the current outage. */
    ApiError lastError() const { return m_lastError; }
    /** Failed requests in the current outage. */
    int failures() const { return m_failures; }

signals:
    /** The service became unreachable or reachable again, or a new failure was noted. */
    void changed();

private:
    QDateTime m_since;
    ApiError m_lastError;
    int m_failures = 0;
};

} // namespace wsc
