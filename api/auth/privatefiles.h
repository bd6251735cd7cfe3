#pragma once

#include <QString>

namespace wsc {

/**
 * Keeps what the apps write about a tenant (settings with access key ids and endpoints, the
 * journal with user names and e-mails) readable by its owner only: files 0600 in folders 0700,
 * created so from the start and tightened when an earlier version left them open.
 */
namespace PrivateFiles {

/**
 * Creates the folder @p path (and missing parents) as 0700; when @p tightenExisting, an
 * existing @p path is set to 0700 too (only for the apps' own folders, never a shared one such
 * as /tmp or the home folder: those are left as they are). False when it cannot be created.
 */
bool makeDir(const QString &path, bool tightenExisting);
/**
 * Creates @p path empty as 0600 when it does not exist, so that whatever writes it later (SQLite,
 * QSettings' atomic save, which keeps the mode) never opens it to others; an existing file is set
 * to 0600. False when it cannot be created or changed.
 */
bool makeFile(const QString &path);
/** Sets an existing file to 0600; true when it is missing (nothing to protect). */
bool tightenFile(const QString &path);
/** The permission bits of @p path (e.g. 0600), -1 when it cannot be read. */
int mode(const QString &path);

} // namespace PrivateFiles

} // namespace wsc
