#pragma once

#include "apierror.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wsc {

/**
 * What a multi-desktop operation answered at once: the job it started (empty when the service
 * names none) and the desktops it refused in failed_operation_list, each with the service's
 * reason. The refused desktops are not in the job.
 */
struct ActionResult
{
    /** One desktop the service refused, and why. */
    struct Failure
    {
        QString desktopId;
        QString desktopName;
        ApiError error;
    };

    QString jobId;
    QStringList successJobIds; ///< success_job_ids[] beside job_id (BatchDetachInstances)
    QList<Failure> failures;
};

} // namespace wsc
