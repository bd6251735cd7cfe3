#pragma once

#include <QMetaType>
#include <QString>

namespace wsc {

/** What a batch does to its desktops: the operation each of its requests carries. */
enum class BatchKind {
    Create,
    Attach,
    Power,       ///< BatchRunDesktops: start, stop, reboot, hibernate (op_type in the body)
    Delete,      ///< BatchDeleteDesktops
    Detach,      ///< BatchDetachInstances
    Rebuild,     ///< BatchRebuildDesktopsSystemDisk
    Resize,      ///< ResizeDesktop
    TagAdd,      ///< BatchAddDesktopsTags (synchronous: no job)
    TagRemove,   ///< BatchDeleteDesktopsTags (synchronous: no job)
    Maintenance, ///< SetMaintenanceMode, on or off (synchronous: no job)
};

/** Stable names of BatchKind for the journal, exports and wsctl's JSON ("create", "attach",
 * "power", ...). */
namespace BatchKinds {

QString name(BatchKind kind);
/** Parses name(); false when unknown (the journal of a newer version). */
bool fromName(const QString &name, BatchKind *out);

} // namespace BatchKinds

} // namespace wsc

Q_DECLARE_METATYPE(wsc::BatchKind)
