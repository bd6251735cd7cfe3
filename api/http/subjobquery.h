#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace wsc {

/** The filters of ListItaSubJobs (workspace-sub-jobs); send at least jobId or jobType. */
struct SubJobQuery
{
    QString jobId;
    QString jobType; ///< createDesktops | attachDesktops | ...
    QString status;  ///< WAITING | RUNNING | SUCCESS | FAILED
    QString desktopPoolId;
    std::optional<int> offset;
    std::optional<int> limit; ///< <= 1000

    QList<QPair<QString, QString>> toQuery() const;
};

} // namespace wsc
