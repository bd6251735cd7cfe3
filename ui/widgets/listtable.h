#pragma once

class QAbstractItemModel;
class QString;
class QTableView;
class QWidget;

namespace wsc {

/** The set-up of the tabs' list tables (desktops, users, groups and a group's members). */
namespace ListTable {

/**
 * A read-only table over @p model that sorts by its header, selects whole rows (several with
 * Ctrl and Shift), alternates row colours, does not wrap, hides row numbers and fits a row to
 * the font. Callers add what differs (movable columns, the first sort).
 */
QTableView *make(QWidget *parent, const QString &objectName, QAbstractItemModel *model);

} // namespace ListTable

} // namespace wsc
