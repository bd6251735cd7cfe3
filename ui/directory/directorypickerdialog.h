#pragma once

#include "models/domain/directoryuser.h"
#include "models/domain/usergroup.h"

#include <QDialog>
#include <QFlags>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace wsc {

class ApiCall;
class DirectoryEntryModel;
class LoadStateWidget;
class WorkspaceClient;

/**
 * Picks users and/or user groups from the Workspace directory: one searchable list (name, kind,
 * e-mail or description), several at once, read from the service (ListUsers, ListUserGroups)
 * each time it opens. Entries chosen already are shown greyed and cannot be picked twice.
 */
class DirectoryPickerDialog : public QDialog
{
    Q_OBJECT
public:
    enum Kind { Users = 0x1, Groups = 0x2 };
    Q_DECLARE_FLAGS(Kinds, Kind)

    DirectoryPickerDialog(WorkspaceClient *client, Kinds kinds, QWidget *parent = nullptr);

    /** Users and groups (by id or name) that are chosen already. */
    void setTaken(const QStringList &idsOrNames);
    /** The intro line above the list ("Add members to group sales"). */
    void setIntro(const QString &text);

    /** Reads the directory again. */
    void load();
    bool isLoaded() const { return m_pending == 0 && m_loadedOnce; }

    QList<DirectoryUser> pickedUsers() const;
    QList<UserGroup> pickedGroups() const;

    DirectoryEntryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

signals:
    /** The lists were read (or failed to be; the list says why). */
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void finishOne(ApiCall *call);

    QPointer<WorkspaceClient> m_client;
    Kinds m_kinds;
    int m_pending = 0;
    bool m_loadedOnce = false;
    DirectoryEntryModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    LoadStateWidget *m_loadState = nullptr;
    QLabel *m_count = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(DirectoryPickerDialog::Kinds)

} // namespace wsc
