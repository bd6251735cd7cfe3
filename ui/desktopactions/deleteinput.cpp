#include "deleteinput.h"

#include "api/jobs/jobcenter.h"

#include <QCheckBox>
#include <QVBoxLayout>

namespace wsc {

DeleteInput::DeleteInput(QWidget *parent)
    : DesktopActionInput(parent)
{
    setObjectName(QStringLiteral("deleteInput"));
    m_deleteUsers = new QCheckBox(this);
    m_deleteUsers->setObjectName(QStringLiteral("deleteUsersCheck"));
    m_email = new QCheckBox(this);
    m_email->setObjectName(QStringLiteral("deleteEmailCheck"));
    m_email->setChecked(true); // the service's default
    connect(m_deleteUsers, &QCheckBox::toggled, this, &DesktopActionInput::changed);
    connect(m_email, &QCheckBox::toggled, this, &DesktopActionInput::changed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_deleteUsers);
    layout->addWidget(m_email);
    retranslateUi();
}

void DeleteInput::retranslateUi()
{
    m_deleteUsers->setText(tr("Also delete &users who have no other desktop"));
    m_email->setText(tr("&Notify the users by e-mail"));
}

QString DeleteInput::consequence() const
{
    QString text = tr("%n desktop(s) will be deleted with their system and data disks. This "
                      "cannot be undone.",
                      nullptr, int(m_targets.size()));
    if (m_deleteUsers->isChecked())
        text += QLatin1Char(' ')
                + tr("Their users are deleted from the directory when they have no other "
                     "desktop.");
    return text;
}

DeleteDesktopsRequest DeleteInput::request() const
{
    DeleteDesktopsRequest request;
    request.desktopIds = targetIds();
    request.deleteUsers = m_deleteUsers->isChecked();
    request.emailNotification = m_email->isChecked();
    return request;
}

QString DeleteInput::start(JobCenter *jobs, const BatchSource &source)
{
    return jobs->startDelete(request(), source);
}

} // namespace wsc
