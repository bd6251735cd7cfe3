#pragma once

#include <QMetaType>
#include <QString>

/** What a batch does to its desktops: the operation each of its requests carries. */
enum class BatchKind { Create, Attach };

/** Stable names of BatchKind for the journal, exports and wsctl's JSON ("create", "attach"). */
namespace BatchKinds {

QString name(BatchKind kind);
/** Parses name(); false when unknown (the journal of a newer version). */
bool fromName(const QString &name, BatchKind *out);

} // namespace BatchKinds

Q_DECLARE_METATYPE(BatchKind)
