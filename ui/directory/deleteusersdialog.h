#pragma once

#include "models/domain/directoryuser.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace wsc {

class TypedCountConfirmation;

/**
 * Confirms deleting directory users: names them and the desktops they hold, and for more than
 * one user asks for their number to be typed (TypedCountConfirmation) before Delete is enabled.
 */
class DeleteUsersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DeleteUsersDialog(const QList<DirectoryUser> &users, QWidget *parent = nullptr);

    QList<DirectoryUser> users() const { return m_users; }
    /** Null for a single user. */
    TypedCountConfirmation *confirmation() const { return m_confirmation; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();

    QList<DirectoryUser> m_users;
    QLabel *m_text = nullptr;
    QLabel *m_namesLabel = nullptr;
    QPlainTextEdit *m_names = nullptr;
    TypedCountConfirmation *m_confirmation = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace wsc
