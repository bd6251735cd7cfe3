#include "wizardquota.h"

#include "api/http/workspaceclient.h"
#include "models/itemmodels/createrequestmodel.h"
#include "models/rules/quotarules.h"

namespace wsc {

WizardQuota::WizardQuota(WorkspaceClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void WizardQuota::load()
{
    if (!m_client)
        return;
    if (m_call)
        m_call->abort();
    m_state = State::Loading;
    emit changed();
    auto *call = m_client->quotas(this);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        if (m_call != call)
            return;
        m_call = nullptr;
        if (call->isOk()) {
            m_quotas = call->result();
            m_error = ApiError();
            m_state = State::Ready;
        } else {
            m_error = call->error();
            m_state = State::Failed;
        }
        emit changed();
    });
}

QList<QuotaShortfall> WizardQuota::shortfalls(const CreateRequestModel *request) const
{
    if (m_state != State::Ready)
        return {};
    const std::optional<Product> product = request->product();
    return QuotaRules::shortfalls(
            m_quotas, QuotaRules::desktopDemand(request->request(), request->desktopCount(),
                                                product ? &*product : nullptr));
}

qint64 WizardQuota::desktopsLeft(const CreateRequestModel *request) const
{
    if (m_state != State::Ready)
        return -1;
    const std::optional<Product> product = request->product();
    return QuotaRules::desktopsLeft(m_quotas, product ? &*product : nullptr);
}

const Quota *WizardQuota::desktopQuota(const CreateRequestModel *request) const
{
    if (m_state != State::Ready)
        return nullptr;
    const std::optional<Product> product = request->product();
    return QuotaRules::find(m_quotas, QuotaRules::instanceType(product ? &*product : nullptr));
}

} // namespace wsc
