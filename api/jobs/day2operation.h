#pragma once

#include "batchoperation.h"

namespace wsc {

/** The base of the day-2 kinds: the day-2 cap of desktops per request, nothing left broken. */
class Day2Operation : public BatchOperation
{
public:
    /**
     * ConnectionConfig::actionCap, at least one: the reference gives some day-2 calls no limit
     * of their own (maintenance mode, tags), and one setting caps them all.
     */
    int cap(const ConnectionConfig &config) const override;
    /** A day-2 action that fails leaves the desktop as it was: nothing to delete first. */
    bool leavesBrokenDesktops() const override { return false; }
};

} // namespace wsc
