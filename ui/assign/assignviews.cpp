#include "assignviews.h"

#include <QAction>
#include <QHeaderView>
#include <QTableView>

namespace wsc {

namespace AssignViews {

QTableView *makeTable(QWidget *parent, const char *objectName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QString::fromLatin1(objectName));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setAlternatingRowColors(false); // severity tints must stay unambiguous
    view->setWordWrap(false);
    view->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    return view;
}

QAction *viewAction(QWidget *view, const QKeySequence &key)
{
    auto *action = new QAction(view);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(action);
    return action;
}

} // namespace AssignViews

} // namespace wsc
