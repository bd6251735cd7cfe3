#pragma once

#include "models/domain/desktopinfo.h"

#include <QGroupBox>
#include <QList>
#include <QPointer>

class QLineEdit;
class QPushButton;
class QTableView;

namespace wsc {

class AssignmentModel;
class DesktopFilterProxy;
class DesktopListModel;
class LoadStateWidget;
class WorkspaceClient;

/**
 * The left of the pairing page: desktops waiting for a user (read from the service), a search
 * over them, and the buttons that take them into the assignment. Desktops taken leave the list
 * and come back when their row is removed (the list model follows the assignment model).
 */
class DesktopPickerPanel : public QGroupBox
{
    Q_OBJECT
public:
    DesktopPickerPanel(WorkspaceClient *client, DesktopListModel *desktops,
                       AssignmentModel *assignment, QWidget *parent = nullptr);

    /** Reads the desktops without a user again (every page). */
    void load();
    bool isLoaded() const { return m_loaded; }
    /** Every desktop read, offered or not (with a user, or in ERROR): imports name them all. */
    QList<DesktopInfo> allDesktops() const { return m_all; }
    void setBusy(bool busy);

signals:
    /** The desktops have been read, or failed to be (the panel says why). */
    void loaded();
    /** Reload asks for desktops, users and the domain type alike. */
    void reloadRequested();
    /** Desktops were taken into the assignment. */
    void desktopsAdded(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void addDesktops(bool all);

    QPointer<WorkspaceClient> m_client;
    DesktopListModel *m_desktops = nullptr;
    AssignmentModel *m_assignment = nullptr;
    DesktopFilterProxy *m_proxy = nullptr;
    QList<DesktopInfo> m_all;
    bool m_loaded = false;
    bool m_busy = false;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    LoadStateWidget *m_state = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_addAllButton = nullptr;
    QPushButton *m_reloadButton = nullptr;
};

} // namespace wsc
