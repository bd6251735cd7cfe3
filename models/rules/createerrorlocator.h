#pragma once

#include "finding.h"

#include <QList>
#include <QString>

namespace wsc {

/**
 * Reads which field of a CreateDesktop body a refusal is about, so that the wizard shows a
 * 400 ("desktops[3].computer_name 'PC-01' already exists", "root_volume.size must be ...") next
 * to that field, on the row of the batch it came from, rather than as a message on its own.
 */
namespace CreateErrorLocator {

/**
 * The first field path of a CreateDesktop body named in @p message (e.g.
 * "desktops[3].computer_name", "root_volume.size", "nics[0].subnet_id"), or empty.
 */
QString fieldPath(const QString &message);
/**
 * @p chunkPath in the terms of the whole batch: desktops[k] of a chunk whose desktops[k] is
 * source index @p sourceIndexes[k] becomes desktops[source]. Other paths are unchanged.
 */
QString toSourcePath(const QString &chunkPath, const QList<int> &sourceIndexes);
/**
 * A finding (code "server.rejected", error) at the batch path that @p message names, with
 * @p text as its message; path empty when the message names no field.
 */
Finding locate(const QString &message, const QList<int> &sourceIndexes, const QString &text);

} // namespace CreateErrorLocator

} // namespace wsc
