#include "servicereachability.h"

namespace wsc {

ServiceReachability::ServiceReachability(QObject *parent)
    : QObject(parent)
{}

bool ServiceReachability::meansUnreachable(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::ConnectionRefused:
    case ApiError::Kind::HostNotFound:
    case ApiError::Kind::ConnectionReset:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Proxy:
    case ApiError::Kind::Network:
        return true;
    case ApiError::Kind::Http:
        // A gateway that cannot reach the service behind it.
        return error.httpStatus == 502 || error.httpStatus == 504;
    default:
        return false;
    }
}

void ServiceReachability::noteFailure(const ApiError &error)
{
    if (!meansUnreachable(error)) {
        if (error.kind == ApiError::Kind::Http)
            noteAnswered();
        return;
    }
    if (!m_since.isValid())
        m_since = QDateTime::currentDateTimeUtc();
    m_lastError = error;
    ++m_failures;
    emit changed();
}

void ServiceReachability::noteAnswered()
{
    if (!m_since.isValid())
        return;
    m_since = QDateTime();
    m_lastError = ApiError();
    m_failures = 0;
    emit changed();
}

} // namespace wsc
