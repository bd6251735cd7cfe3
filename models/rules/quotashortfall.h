#pragma once

#include <QString>

namespace wsc {

/** One quota a batch does not fit in: how much it has, uses and the batch asks for. */
struct QuotaShortfall
{
    QString type; ///< the ShowQuotas resource type, e.g. general_instances
    qint64 quota = 0;
    qint64 used = 0;
    qint64 requested = 0;
    QString unit;

    /** What is still free (never negative). */
    qint64 remaining() const { return quota > used ? quota - used : 0; }
    /** How much the batch asks for beyond what is free. */
    qint64 excess() const { return requested - remaining(); }
};

} // namespace wsc
