#include "sessionview.h"

#include "loadstatewidget.h"

#include <QEvent>

namespace wsc {

SessionView::SessionView(QWidget *parent)
    : QWidget(parent)
{}

void SessionView::setSession(Session *session)
{
    leaveSession();
    m_session = session;
    m_loadedOnce = false;
    clearForSession();
    if (!session) {
        m_loadState->showBusy(tr("Opening the profile…"));
        return;
    }
    enterSession();
    refresh();
}

void SessionView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SessionView::abortCalls(std::initializer_list<QPointer<ApiCall> *> calls)
{
    for (QPointer<ApiCall> *call : calls) {
        if (*call)
            (*call)->abort();
        *call = nullptr;
    }
}

} // namespace wsc
