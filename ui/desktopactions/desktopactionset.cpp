#include "desktopactionset.h"

#include "models/rules/day2rules.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QStyle>

namespace wsc {

namespace {

QIcon iconOf(DesktopAction action)
{
    QStyle *style = QApplication::style();
    switch (action) {
    case DesktopAction::Start:
        return style->standardIcon(QStyle::SP_MediaPlay);
    case DesktopAction::Stop:
        return style->standardIcon(QStyle::SP_MediaStop);
    case DesktopAction::Reboot:
        return QIcon(QStringLiteral(":/icons/actions/refresh.png"));
    case DesktopAction::Hibernate:
        return style->standardIcon(QStyle::SP_MediaPause);
    case DesktopAction::Detach:
        return QIcon(QStringLiteral(":/icons/actions/remove.png"));
    case DesktopAction::AddDisk:
        return QIcon(QStringLiteral(":/icons/actions/add.png"));
    case DesktopAction::Delete:
        return style->standardIcon(QStyle::SP_TrashIcon);
    default:
        return {};
    }
}

} // namespace

DesktopActionSet::DesktopActionSet(QObject *parent)
    : QObject(parent)
{
    for (const DesktopAction kind : DesktopActions::all()) {
        auto *action = new QAction(iconOf(kind), QString(), this);
        action->setObjectName(DesktopActions::objectName(kind));
        action->setEnabled(false);
        connect(action, &QAction::triggered, this, [this, kind] { emit triggered(kind); });
        m_actions.insert(kind, action);
    }
    m_actions.value(DesktopAction::Delete)->setShortcut(QKeySequence::Delete);
    // The shortcut belongs to the table (Delete in a search field deletes text, not desktops).
    m_actions.value(DesktopAction::Delete)->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    retranslate();
}

void DesktopActionSet::setSelection(const QList<DesktopInfo> &selected, bool available,
                                    const QString &unavailableReason)
{
    m_selected = selected;
    m_available = available;
    m_unavailableReason = unavailableReason;
    updateActions();
}

Day2Verdict DesktopActionSet::verdict(DesktopAction action) const
{
    return Day2Rules::judge(action, m_selected);
}

void DesktopActionSet::addTo(QMenu *menu) const
{
    for (const DesktopAction kind : {DesktopAction::Start, DesktopAction::Stop,
                                     DesktopAction::Reboot, DesktopAction::Hibernate})
        menu->addAction(action(kind));
    menu->addSeparator();
    menu->addAction(action(DesktopAction::Detach));
    menu->addSeparator();
    for (const DesktopAction kind :
         {DesktopAction::Rename, DesktopAction::Maintenance, DesktopAction::Tags,
          DesktopAction::Resize, DesktopAction::Rebuild})
        menu->addAction(action(kind));
    menu->addMenu(disksMenu(menu));
    menu->addSeparator();
    menu->addAction(action(DesktopAction::Delete));
}

QMenu *DesktopActionSet::disksMenu(QWidget *parent) const
{
    auto *menu = new QMenu(tr("Data &Disks"), parent);
    menu->setObjectName(QStringLiteral("desktopDisksMenu"));
    menu->setToolTipsVisible(true);
    m_diskMenus << menu;
    for (const DesktopAction kind :
         {DesktopAction::AddDisk, DesktopAction::ExpandDisk, DesktopAction::RemoveDisk})
        menu->addAction(action(kind));
    return menu;
}

void DesktopActionSet::retranslate()
{
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it)
        it.value()->setText(DesktopActions::menuText(it.key()));
    for (const QPointer<QMenu> &menu : std::as_const(m_diskMenus)) {
        if (menu)
            menu->setTitle(tr("Data &Disks"));
    }
    updateActions();
}

void DesktopActionSet::updateActions()
{
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        QAction *action = it.value();
        if (!m_available) {
            action->setEnabled(false);
            action->setToolTip(m_unavailableReason);
            continue;
        }
        const Day2Verdict v = Day2Rules::judge(it.key(), m_selected);
        action->setEnabled(v.isEnabled());
        // The reason stays readable on a disabled action: menus show it in the status tip and
        // tool buttons as their tooltip.
        action->setToolTip(DesktopActions::toolTip(it.key(), v));
        action->setStatusTip(DesktopActions::toolTip(it.key(), v));
    }
}

} // namespace wsc
