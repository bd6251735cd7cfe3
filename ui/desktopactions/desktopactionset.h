#pragma once

#include "desktopaction.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace wsc {

/**
 * The QActions of the day-2 actions, shared by the Desktops menu, the toolbar and the table's
 * context menu: each is enabled only when a selected desktop qualifies, and its tooltip says
 * what it will do or why it cannot (Day2Rules in models/rules).
 */
class DesktopActionSet : public QObject
{
    Q_OBJECT
public:
    explicit DesktopActionSet(QObject *parent = nullptr);

    QAction *action(DesktopAction action) const { return m_actions.value(action); }
    /** Re-judges every action for the @p selected desktops; @p available false disables all. */
    void setSelection(const QList<DesktopInfo> &selected, bool available,
                      const QString &unavailableReason = {});
    /** The verdict of @p action on the current selection. */
    Day2Verdict verdict(DesktopAction action) const;

    /** Fills @p menu with the actions, grouped (power, users, settings, disks, delete). */
    void addTo(QMenu *menu) const;
    /** The data disk actions as a submenu of @p parent. */
    QMenu *disksMenu(QWidget *parent) const;
    void retranslate();

signals:
    /** The administrator chose @p action on the current selection. */
    void triggered(DesktopAction action);

private:
    void updateActions();

    QHash<DesktopAction, QAction *> m_actions;
    QList<DesktopInfo> m_selected;
    bool m_available = false;
    QString m_unavailableReason;
    mutable QList<QPointer<QMenu>> m_diskMenus; ///< retitled on a language change
};

} // namespace wsc
