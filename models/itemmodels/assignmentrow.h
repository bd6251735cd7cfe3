#pragma once

#include "models/domain/attachdesktop.h"
#include "models/domain/attachuserinfo.h"
#include "models/domain/desktopinfo.h"
#include "models/rules/finding.h"

#include <QList>
#include <QString>

#include <optional>

namespace wsc {

/** One desktop of the assignment dialog: the desktop, who gets it, and what became of it. */
struct AssignmentRow
{
    /** Where the row stands in the submission. */
    enum class State {
        Editing,  ///< not sent (or sent and refused: see serverFindings)
        Sending,  ///< in a batch that has not finished
        Assigned, ///< the service attached it; the row is done
        Failed,   ///< refused or failed; serverFindings says why; may be sent again
        Blocked,  ///< not applied because another desktop of the same request was refused
    };

    DesktopInfo desktop;
    int line = 0; ///< CSV line that paired it; 0 when paired in the dialog
    QString userName;
    QString userId;
    QString userEmail;
    QString userGroup;
    QString newComputerName;           ///< empty = keep the desktop's name
    std::optional<bool> isClearData;   ///< unset = the service's default (clear)
    QList<AttachUserInfo> sharedUsers; ///< SHARED desktops: users and groups (attach_user_infos)

    State state = State::Editing;
    QString stateDetail;     ///< sub-job status or progress while sending
    Findings serverFindings; ///< what the service said about this row (kept until edited)

    bool isShared() const;
    /** A user (or, on a shared desktop, users or groups) has been chosen. */
    bool isPaired() const { return !userName.isEmpty() || !sharedUsers.isEmpty(); }
    bool isDone() const { return state == State::Assigned; }
    /** The desktops[] entry: attach_user_infos when shared users are set, else the flat user. */
    AttachDesktop toAttachDesktop() const;
};

} // namespace wsc
