#include "desktopactioninput.h"

#include <QEvent>

namespace wsc {

DesktopActionInput::DesktopActionInput(QWidget *parent)
    : QWidget(parent)
{}

void DesktopActionInput::setTargets(const QList<DesktopInfo> &targets)
{
    m_targets = targets;
    emit changed();
}

QStringList DesktopActionInput::targetIds() const
{
    QStringList ids;
    ids.reserve(m_targets.size());
    for (const DesktopInfo &d : m_targets)
        ids << d.desktopId;
    return ids;
}

QString DesktopActionInput::start(JobCenter *, const BatchSource &)
{
    return {};
}

ApiCall *DesktopActionInput::send(WorkspaceClient *, QObject *)
{
    return nullptr;
}

void DesktopActionInput::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        emit changed();
    }
    QWidget::changeEvent(event);
}

} // namespace wsc
