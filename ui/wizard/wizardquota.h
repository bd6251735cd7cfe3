#pragma once

#include "api/http/apierror.h"
#include "models/domain/quota.h"
#include "models/rules/quotashortfall.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace wsc {

class ApiCall;
class CreateRequestModel;
class WorkspaceClient;

/**
 * The tenant's quotas (ShowQuotas) as the create wizard shows and checks them: read when the
 * wizard opens and again before the review, so that a batch the quota cannot hold is stopped
 * before anything is sent (the service refuses a chunk past the quota after earlier chunks of
 * the batch were made).
 */
class WizardQuota : public QObject
{
    Q_OBJECT
public:
    enum class State { Empty, Loading, Ready, Failed };
    Q_ENUM(State)

    explicit WizardQuota(WorkspaceClient *client, QObject *parent = nullptr);

    /** Reads the quotas again (a read in progress is replaced). */
    void load();
    State state() const { return m_state; }
    QList<Quota> quotas() const { return m_quotas; }
    ApiError error() const { return m_error; }

    /** What @p request does not fit in; empty when it fits or the quotas are not known. */
    QList<QuotaShortfall> shortfalls(const CreateRequestModel *request) const;
    /** More desktops of the chosen product that fit, or -1 when not known or unlimited. */
    qint64 desktopsLeft(const CreateRequestModel *request) const;
    /** The quota desktops of the chosen product count against (GPU or general), or null. */
    const Quota *desktopQuota(const CreateRequestModel *request) const;

signals:
    void changed();

private:
    QPointer<WorkspaceClient> m_client;
    QPointer<ApiCall> m_call;
    State m_state = State::Empty;
    QList<Quota> m_quotas;
    ApiError m_error;
};

} // namespace wsc
