#pragma once

#include <QKeySequence>

class QAction;
class QTableView;
class QWidget;

namespace wsc {

/** Table and shortcut set-up shared by the panels of the assignment wizard. */
namespace AssignViews {

/** A row-selecting table that leaves Tab to the dialog and shows severity tints plainly. */
QTableView *makeTable(QWidget *parent, const char *objectName);
/** A shortcut that works while @p view (or its editor) has the focus. */
QAction *viewAction(QWidget *view, const QKeySequence &key);

} // namespace AssignViews

} // namespace wsc
