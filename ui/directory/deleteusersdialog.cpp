#include "deleteusersdialog.h"

#include "ui/widgets/typedcountconfirmation.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wsc {

DeleteUsersDialog::DeleteUsersDialog(const QList<DirectoryUser> &users, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
{
    setObjectName(QStringLiteral("DeleteUsersDialog"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("deleteUsersText"));
    m_text->setWordWrap(true);
    m_namesLabel = new QLabel(this);
    m_names = new QPlainTextEdit(this);
    m_names->setObjectName(QStringLiteral("deleteUsersNames"));
    m_names->setReadOnly(true);
    m_names->setTabChangesFocus(true);
    m_names->setMaximumHeight(fontMetrics().height() * 8);
    m_namesLabel->setBuddy(m_names);
    QStringList lines;
    for (const DirectoryUser &u : users)
        lines << (u.userEmail.isEmpty() ? u.userName
                                        : QStringLiteral("%1 <%2>").arg(u.userName, u.userEmail));
    m_names->setPlainText(lines.join(QLatin1Char('\n')));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_namesLabel);
    layout->addWidget(m_names);
    if (users.size() > 1) {
        m_confirmation = new TypedCountConfirmation(this);
        m_confirmation->setCount(int(users.size()));
        layout->addWidget(m_confirmation);
        connect(m_confirmation, &TypedCountConfirmation::confirmedChanged, this,
                &DeleteUsersDialog::updateState);
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *remove = m_buttons->addButton(QString(), QDialogButtonBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("deleteUsersButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(m_buttons);
    connect(remove, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    updateState();
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 70),
           sizeHint().height());
}

void DeleteUsersDialog::retranslateUi()
{
    const int count = int(m_users.size());
    int withDesktops = 0;
    int desktops = 0;
    for (const DirectoryUser &u : std::as_const(m_users)) {
        if (u.totalDesktops > 0) {
            ++withDesktops;
            desktops += u.totalDesktops;
        }
    }
    setWindowTitle(tr("Delete users"));
    QString text = tr("Delete %n user(s) from the directory? They can no longer sign in, and "
                      "this cannot be undone.",
                      nullptr, count);
    if (withDesktops > 0) {
        text += QLatin1Char(' ')
                + tr("%n of them hold desktops (%1 in all): the desktops stay, without these "
                     "users.",
                     nullptr, withDesktops)
                          .arg(desktops);
    }
    m_text->setText(text);
    m_namesLabel->setText(tr("&Users to delete:"));
    m_names->setAccessibleName(tr("Users to delete"));
    auto *remove = findChild<QPushButton *>(QStringLiteral("deleteUsersButton"));
    remove->setText(tr("&Delete %n User(s)", nullptr, count));
    remove->setAccessibleName(tr("Delete the users"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
}

void DeleteUsersDialog::updateState()
{
    findChild<QPushButton *>(QStringLiteral("deleteUsersButton"))
            ->setEnabled(!m_confirmation || m_confirmation->isConfirmed());
}

void DeleteUsersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace wsc
