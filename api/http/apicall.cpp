#include "apicall.h"

#include <QMetaObject>

namespace wsc {

ApiCall::ApiCall(const QString &description, QObject *parent)
    : QObject(parent)
    , m_description(description)
{}

ApiCall::~ApiCall() = default;

void ApiCall::abort()
{
    if (m_finished || m_finishing)
        return;
    // The handler aborts the request, whose completion calls fail(Cancelled); if there is no
    // request (yet), finish here.
    auto handler = std::move(m_abortHandler);
    m_abortHandler = nullptr;
    if (handler)
        handler();
    if (!m_finishing)
        fail(ApiError::network(ApiError::Kind::Cancelled));
}

void ApiCall::fail(const ApiError &error)
{
    if (m_finished || m_finishing)
        return;
    m_error = error;
    if (!m_error.isError())
        m_error.kind = ApiError::Kind::Network;
    m_finishing = true;
    QMetaObject::invokeMethod(this, &ApiCall::deliver, Qt::QueuedConnection);
}

void ApiCall::succeedBase()
{
    if (m_finished || m_finishing)
        return;
    m_error = ApiError();
    m_finishing = true;
    QMetaObject::invokeMethod(this, &ApiCall::deliver, Qt::QueuedConnection);
}

void ApiCall::deliver()
{
    m_finished = true;
    m_abortHandler = nullptr;
    emit finished();
}

} // namespace wsc
