#pragma once

#include "ui/desktopactions/desktopaction.h"

#include <QObject>
#include <QPointer>

class QMenu;
class QPoint;
class QToolButton;
class QWidget;

namespace wsc {

class DesktopActionDialog;
class DesktopActionInput;
class DesktopActionSet;
class DesktopsView;
class Session;

/**
 * Runs the day-2 actions of the desktops view: keeps the actions in step with the selection and
 * the session, offers them in the table's context menu, opens the confirmation of the chosen
 * one and, once it has started, refreshes the table.
 */
class DesktopActionController : public QObject
{
    Q_OBJECT
public:
    DesktopActionController(DesktopsView *view, QWidget *dialogParent, QObject *parent = nullptr);

    DesktopActionSet *actions() const { return m_actions; }
    void setSession(Session *session);
    /** Opens the confirmation of @p action on the selection; null when it cannot run. */
    DesktopActionDialog *open(DesktopAction action);
    /** The open confirmation, if any. */
    DesktopActionDialog *dialog() const;
    /** The context menu of the table (built for each request, for tests). */
    QMenu *contextMenu() const { return m_contextMenu; }
    void retranslate();

signals:
    /** A batch started: the window shows the jobs panel. */
    void batchStarted(const QString &batchId);

private:
    void updateActions();
    void showContextMenu(const QPoint &pos);
    DesktopActionInput *createInput(DesktopAction action) const;

    DesktopsView *m_view;
    QWidget *m_dialogParent;
    QPointer<Session> m_session;
    DesktopActionSet *m_actions = nullptr;
    QPointer<DesktopActionDialog> m_dialog;
    QMenu *m_contextMenu = nullptr;
    QMenu *m_moreMenu = nullptr;
    QToolButton *m_moreButton = nullptr;
};

} // namespace wsc
