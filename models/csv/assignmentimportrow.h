#pragma once

#include "csvissue.h"

#include <QString>

#include <optional>

namespace wsc {

/** One record of an assignment CSV: which desktop, who gets it, and what is wrong with the line. */
struct AssignmentImportRow
{
    int line = 0;         ///< physical source line; 0 for a row made by hand
    QString desktopId;    ///< finds the desktop; wins over computerName
    QString computerName; ///< finds the desktop when desktopId is empty (case-insensitive)
    QString userName;     ///< user name, or group name when userType is GROUP
    QString userId;       ///< user id, or group id (required for GROUP)
    QString userType;     ///< USER | GROUP; empty = USER
    QString userGroup;    ///< administrators | users | sudo | default
    QString userEmail;
    QString newComputerName; ///< renames the desktop on assignment; empty = keep
    std::optional<bool> isClearData;
    CsvIssues issues; ///< how the line was written (bad boolean, missing key, extra fields)

    bool isGroup() const
    {
        return userType.compare(QLatin1String("GROUP"), Qt::CaseInsensitive) == 0;
    }
    bool hasErrors() const;
};

} // namespace wsc
