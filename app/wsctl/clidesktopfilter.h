#pragma once

#include "api/http/desktopquery.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace wsc {

/**
 * The desktop filters of `wsctl desktops list` (--status, --user, --tag, ...), shared with the
 * day-2 commands, which take them as `--filter KEY=VALUE` (e.g. --filter status=ACTIVE).
 */
namespace CliDesktopFilter {

/** The filter options, as `desktops list` takes them. */
QList<QCommandLineOption> options();
/** Reads the filter options of @p parser into @p query; false with a translated @p error. */
bool read(const QCommandLineParser &parser, DesktopQuery *query, QString *error);
/**
 * Reads `--filter` values: KEY=VALUE where KEY is a filter of `desktops list` without its
 * dashes (status=ACTIVE, user=zhang, tag=dept=finance), or a flag alone (unassigned).
 */
bool readFilterValues(const QStringList &values, DesktopQuery *query, QString *error);

} // namespace CliDesktopFilter

} // namespace wsc
