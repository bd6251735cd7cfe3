#pragma once

#include "models/domain/candidateuser.h"

#include <QGroupBox>
#include <QList>
#include <QPointer>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace wsc {

class AssignmentModel;
class CandidateUsersModel;
class LoadStateWidget;
class SeverityStyleProxy;
class WorkspaceClient;

/**
 * The right of the pairing page: users of the directory, names typed here and users read from
 * a CSV, each flagged when the directory lacks it, with a search, the name box, CSV import and
 * "Create missing users".
 */
class CandidateUsersPanel : public QGroupBox
{
    Q_OBJECT
public:
    CandidateUsersPanel(WorkspaceClient *client, CandidateUsersModel *candidates,
                        AssignmentModel *assignment, QWidget *parent = nullptr);

    /** Reads the directory again. */
    void load();
    bool isLoaded() const { return m_loaded; }
    void setBusy(bool busy);

    /** The selected users in the order the list shows them (sorted or filtered as seen). */
    QList<CandidateUser> selectedUsers() const;
    bool hasSelection() const;
    void clearSelection();
    /** Selects the model's row @p row (added to the selection) and shows it. */
    void selectUser(int row);

signals:
    void loaded();
    void selectionChanged();
    /** A double click on a user: pair the selection. */
    void pairRequested();
    void importRequested();
    void createMissingRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void addTypedUser();

    QPointer<WorkspaceClient> m_client;
    CandidateUsersModel *m_candidates = nullptr;
    AssignmentModel *m_assignment = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    SeverityStyleProxy *m_proxy = nullptr;
    bool m_loaded = false;
    bool m_busy = false;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    LoadStateWidget *m_state = nullptr;
    QLineEdit *m_typedEdit = nullptr;
    QPushButton *m_addTypedButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_createButton = nullptr;
};

} // namespace wsc
