#include "jobsdock.h"

#include "jobspanel.h"

#include <QEvent>

namespace wsc {

JobsDock::JobsDock(JobCenter *center, QWidget *parent)
    : QDockWidget(parent)
    , m_panel(new JobsPanel(center, this))
{
    setObjectName(QStringLiteral("jobsDock"));
    setWidget(m_panel);
    connect(m_panel, &JobsPanel::batchEnded, this, &JobsDock::batchEnded);
    connect(m_panel, &JobsPanel::runningCountChanged, this, &JobsDock::runningCountChanged);
    retranslate();
}

void JobsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void JobsDock::retranslate()
{
    setWindowTitle(tr("Jobs"));
}

} // namespace wsc
