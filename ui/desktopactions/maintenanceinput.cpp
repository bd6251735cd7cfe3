#include "maintenanceinput.h"

#include "api/jobs/jobcenter.h"

#include <QRadioButton>
#include <QVBoxLayout>

namespace wsc {

MaintenanceInput::MaintenanceInput(QWidget *parent)
    : DesktopActionInput(parent)
{
    setObjectName(QStringLiteral("maintenanceInput"));
    m_on = new QRadioButton(this);
    m_on->setObjectName(QStringLiteral("maintenanceOnRadio"));
    m_off = new QRadioButton(this);
    m_off->setObjectName(QStringLiteral("maintenanceOffRadio"));
    m_on->setChecked(true);
    connect(m_on, &QRadioButton::toggled, this, &DesktopActionInput::changed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_on);
    layout->addWidget(m_off);
    retranslateUi();
}

void MaintenanceInput::setTargets(const QList<DesktopInfo> &targets)
{
    // Offer the way out when every desktop is in maintenance already.
    bool allOn = !targets.isEmpty();
    for (const DesktopInfo &d : targets)
        allOn = allOn && d.inMaintenanceMode;
    (allOn ? m_off : m_on)->setChecked(true);
    DesktopActionInput::setTargets(targets);
}

void MaintenanceInput::retranslateUi()
{
    m_on->setText(tr("Turn maintenance mode &on: users cannot sign in"));
    m_off->setText(tr("Turn maintenance mode o&ff: users can sign in again"));
}

bool MaintenanceInput::turnsOn() const
{
    return m_on->isChecked();
}

QString MaintenanceInput::consequence() const
{
    const int n = int(m_targets.size());
    return turnsOn() ? tr("%n desktop(s) go into maintenance mode: users cannot sign in until it "
                          "is turned off.",
                          nullptr, n)
                     : tr("%n desktop(s) leave maintenance mode: their users can sign in again.",
                          nullptr, n);
}

QString MaintenanceInput::start(JobCenter *jobs, const BatchSource &source)
{
    return jobs->startMaintenance(targetIds(), turnsOn(), source);
}

} // namespace wsc
