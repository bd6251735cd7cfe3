#pragma once

#include "apierror.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wsc {

/** What DetachInstances answered: the jobs started and the desktops it refused. */
struct DetachResult
{
    /** One desktop the service refused to detach, and why. */
    struct Failure
    {
        QString desktopId;
        ApiError error;
    };

    QStringList jobIds; ///< job_id and success_job_ids[]
    QList<Failure> failures;
};

} // namespace wsc
