#pragma once

#include "api/http/apicall.h"
#include "api/profiles/session.h"

#include <QPointer>
#include <QWidget>

class AppSettings;
class LoadStateWidget;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class UserTableModel;

/** The users tab: the Workspace directory's users, a search, refresh and "Create user". */
class UsersView : public QWidget
{
    Q_OBJECT
public:
    explicit UsersView(AppSettings *settings, QWidget *parent = nullptr);

    void setSession(Session *session);
    void refresh();
    bool isLoading() const { return m_call != nullptr; }
    /** Opens the create-user dialog (non-modal on the window; refreshes after a success). */
    void createUser();

    UserTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *createButton() const { return m_createButton; }

    void saveLayout();
    void restoreLayout();

signals:
    void loaded(bool ok, int count);
    void userCreated(const QString &userName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateCount();

    AppSettings *m_settings;
    QPointer<Session> m_session;
    QPointer<ApiCall> m_call;
    bool m_loadedOnce = false;
    QString m_selectAfterLoad;

    UserTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_createButton = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    LoadStateWidget *m_loadState = nullptr;
};
