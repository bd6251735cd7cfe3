#pragma once

#include "csvissue.h"

#include "models/domain/attachrequest.h"

#include <QList>

namespace wsc {

/**
 * Assignment CSV rows resolved against the tenant's desktops: the AttachInstances request to
 * send (one desktops[] entry per desktop, rows of a SHARED desktop merged into its
 * attach_user_infos) and, per entry, the CSV lines it came from.
 */
struct AssignmentMapping
{
    AttachRequest request;
    QList<int> lines;                  ///< lines[i] = first CSV line of request.desktops[i]
    QList<QList<int>> linesPerDesktop; ///< every CSV line merged into request.desktops[i]
    QList<int> desktopRowIndexes; ///< index into the input rows of each desktops[i]'s first row
    CsvIssues issues;             ///< resolution and rule problems, by CSV line and column

    bool hasErrors() const;
};

} // namespace wsc
