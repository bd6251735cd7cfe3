#include "desktopactioncontroller.h"

#include "desktopsview.h"
#include "desktoptablemodel.h"

#include "api/profiles/session.h"
#include "ui/desktopactions/adddiskinput.h"
#include "ui/desktopactions/deleteinput.h"
#include "ui/desktopactions/desktopactiondialog.h"
#include "ui/desktopactions/desktopactionset.h"
#include "ui/desktopactions/detachinput.h"
#include "ui/desktopactions/expanddiskinput.h"
#include "ui/desktopactions/maintenanceinput.h"
#include "ui/desktopactions/powerinput.h"
#include "ui/desktopactions/rebuildinput.h"
#include "ui/desktopactions/removediskinput.h"
#include "ui/desktopactions/renameinput.h"
#include "ui/desktopactions/resizeinput.h"
#include "ui/desktopactions/tagsinput.h"

#include <QMenu>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

namespace wsc {

DesktopActionController::DesktopActionController(DesktopsView *view, QWidget *dialogParent,
                                                 QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_dialogParent(dialogParent)
{
    m_actions = new DesktopActionSet(this);
    connect(m_actions, &DesktopActionSet::triggered, this,
            [this](DesktopAction action) { open(action); });
    connect(view, &DesktopsView::selectionChanged, this, &DesktopActionController::updateActions);
    // The Delete key acts on the table, not on whatever else has focus.
    view->table()->addAction(m_actions->action(DesktopAction::Delete));
    m_contextMenu = new QMenu(view->table());
    m_contextMenu->setObjectName(QStringLiteral("desktopContextMenu"));
    m_contextMenu->setToolTipsVisible(true);
    m_actions->addTo(m_contextMenu);
    // The toolbar above the table: the everyday actions, the rest under "More".
    QToolBar *bar = view->actionBar();
    for (const DesktopAction kind :
         {DesktopAction::Start, DesktopAction::Stop, DesktopAction::Reboot,
          DesktopAction::Hibernate, DesktopAction::Detach, DesktopAction::Delete})
        bar->addAction(m_actions->action(kind));
    m_moreMenu = new QMenu(bar);
    m_moreMenu->setObjectName(QStringLiteral("desktopMoreMenu"));
    m_moreMenu->setToolTipsVisible(true);
    for (const DesktopAction kind :
         {DesktopAction::Rename, DesktopAction::Maintenance, DesktopAction::Tags,
          DesktopAction::Resize, DesktopAction::Rebuild})
        m_moreMenu->addAction(m_actions->action(kind));
    m_moreMenu->addMenu(m_actions->disksMenu(m_moreMenu));
    m_moreButton = new QToolButton(bar);
    m_moreButton->setObjectName(QStringLiteral("desktopMoreButton"));
    m_moreButton->setMenu(m_moreMenu);
    m_moreButton->setPopupMode(QToolButton::InstantPopup);
    m_moreButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addSeparator();
    bar->addWidget(m_moreButton);
    view->table()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view->table(), &QWidget::customContextMenuRequested, this,
            &DesktopActionController::showContextMenu);
    retranslate();
}

DesktopActionDialog *DesktopActionController::dialog() const
{
    return m_dialog;
}

void DesktopActionController::setSession(Session *session)
{
    if (m_dialog)
        delete m_dialog.data(); // it holds the old session's client and job center
    m_session = session;
    updateActions();
}

void DesktopActionController::retranslate()
{
    m_actions->retranslate();
    m_moreButton->setText(tr("More"));
    m_moreButton->setToolTip(tr("More actions on the selected desktops"));
    updateActions();
}

void DesktopActionController::updateActions()
{
    const bool available = m_session && m_session->jobCenter();
    m_actions->setSelection(m_view->selectedDesktops(), available,
                            available ? QString() : tr("Open a profile first."));
}

void DesktopActionController::showContextMenu(const QPoint &pos)
{
    // A right click on a row outside the selection acts on that row, as file managers do.
    const QModelIndex index = m_view->table()->indexAt(pos);
    if (index.isValid() && !m_view->table()->selectionModel()->isRowSelected(index.row(), {}))
        m_view->table()->selectRow(index.row());
    updateActions();
    m_contextMenu->popup(m_view->table()->viewport()->mapToGlobal(pos));
}

DesktopActionInput *DesktopActionController::createInput(DesktopAction action) const
{
    switch (action) {
    case DesktopAction::Start:
        return new PowerInput(DesktopActionRequest::Action::Start);
    case DesktopAction::Stop:
        return new PowerInput(DesktopActionRequest::Action::Stop);
    case DesktopAction::Reboot:
        return new PowerInput(DesktopActionRequest::Action::Reboot);
    case DesktopAction::Hibernate:
        return new PowerInput(DesktopActionRequest::Action::Hibernate);
    case DesktopAction::Detach:
        return new DetachInput;
    case DesktopAction::Delete:
        return new DeleteInput;
    case DesktopAction::Rename: {
        QStringList names;
        for (const DesktopInfo &d : m_view->model()->desktops())
            names << d.computerName;
        return new RenameInput(names);
    }
    case DesktopAction::Maintenance:
        return new MaintenanceInput;
    case DesktopAction::AddDisk:
        return new AddDiskInput;
    case DesktopAction::ExpandDisk:
        return new ExpandDiskInput;
    case DesktopAction::RemoveDisk:
        return new RemoveDiskInput;
    case DesktopAction::Tags:
        return new TagsInput(m_session->client());
    case DesktopAction::Resize:
        return new ResizeInput(m_session->client());
    case DesktopAction::Rebuild:
        return new RebuildInput(m_session->client());
    }
    return nullptr;
}

DesktopActionDialog *DesktopActionController::open(DesktopAction action)
{
    if (!m_session || !m_session->jobCenter())
        return nullptr;
    if (m_dialog && m_dialog->isVisible()) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    const Day2Verdict verdict = m_actions->verdict(action);
    if (!verdict.isEnabled())
        return nullptr;
    DesktopActionInput *input = createInput(action);
    if (!input)
        return nullptr;
    auto *dialog = new DesktopActionDialog(action, verdict, input, m_session->client(),
                                           m_session->jobCenter(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DesktopActionDialog::submitted, this, [this](const QString &batchId) {
        emit batchStarted(batchId);
        m_view->refresh();
    });
    const QStringList ids = [&verdict] {
        QStringList out;
        for (const DesktopInfo &d : verdict.targets)
            out << d.desktopId;
        return out;
    }();
    connect(dialog, &DesktopActionDialog::applied, this, [this, ids] {
        // The service may run a task for it (disks): the list follows it to the end.
        m_view->follow(ids);
        m_view->refresh();
    });
    // A closed dialog is deleted later: the next action must not find it.
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (m_dialog == dialog)
            m_dialog = nullptr;
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

} // namespace wsc
