#include "powerinput.h"

#include "api/jobs/jobcenter.h"

#include <QCheckBox>
#include <QVBoxLayout>

namespace wsc {

PowerInput::PowerInput(DesktopActionRequest::Action action, QWidget *parent)
    : DesktopActionInput(parent)
    , m_action(action)
{
    setObjectName(QStringLiteral("powerInput"));
    m_force = new QCheckBox(this);
    m_force->setObjectName(QStringLiteral("powerForceCheck"));
    // Starting has nothing to force.
    m_force->setVisible(hasFields());
    connect(m_force, &QCheckBox::toggled, this, &DesktopActionInput::changed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_force);
    retranslateUi();
}

bool PowerInput::isForced() const
{
    return hasFields() && m_force->isChecked();
}

bool PowerInput::hasFields() const
{
    return m_action != DesktopActionRequest::Action::Start;
}

void PowerInput::retranslateUi()
{
    switch (m_action) {
    case DesktopActionRequest::Action::Stop:
        m_force->setText(tr("&Force: switch off at once, without shutting down the system"));
        break;
    case DesktopActionRequest::Action::Reboot:
        m_force->setText(tr("&Force: reset at once, without shutting down the system"));
        break;
    case DesktopActionRequest::Action::Hibernate:
        m_force->setText(tr("&Force: hibernate even when the system does not respond"));
        break;
    case DesktopActionRequest::Action::Start:
        break;
    }
    m_force->setAccessibleName(tr("Force"));
}

QString PowerInput::consequence() const
{
    const int n = int(m_targets.size());
    QString text;
    switch (m_action) {
    case DesktopActionRequest::Action::Start:
        return tr("%n desktop(s) will be started. Their users can sign in once they run.", nullptr,
                  n);
    case DesktopActionRequest::Action::Stop:
        text = tr("%n desktop(s) will be shut down. Connected users are signed out and lose "
                  "unsaved work.",
                  nullptr, n);
        break;
    case DesktopActionRequest::Action::Reboot:
        text = tr("%n desktop(s) will be restarted. Connected users are disconnected and lose "
                  "unsaved work.",
                  nullptr, n);
        break;
    case DesktopActionRequest::Action::Hibernate:
        text = tr("%n desktop(s) will hibernate: their memory is saved to disk and restored at "
                  "the next start. Connected users are disconnected.",
                  nullptr, n);
        break;
    }
    if (isForced())
        text += QLatin1Char(' ') + tr("Forced: like pulling the plug; open files may be damaged.");
    return text;
}

DesktopActionRequest PowerInput::request() const
{
    DesktopActionRequest request;
    request.desktopIds = targetIds();
    request.action = m_action;
    request.force = isForced();
    return request;
}

QString PowerInput::start(JobCenter *jobs, const BatchSource &source)
{
    return jobs->startDesktopAction(request(), source);
}

} // namespace wsc
