#include "requestdialog.h"

#include <QEvent>

namespace wsc {

RequestDialog::RequestDialog(WorkspaceClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{}

void RequestDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace wsc
