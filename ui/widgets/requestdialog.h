#pragma once

#include "api/http/apicall.h"
#include "api/http/errorcatalog.h"
#include "api/http/workspaceclient.h"
#include "ui/widgets/fieldmessage.h"

#include <QDialog>
#include <QPointer>

namespace wsc {

/**
 * A dialog that sends one request when accepted (create a group, edit a user): one request at
 * a time, busy while it runs, and on a refusal it stays open with what was typed and says the
 * service's reason; its texts follow the language.
 */
class RequestDialog : public QDialog
{
    Q_OBJECT
protected:
    RequestDialog(WorkspaceClient *client, QWidget *parent);

    void changeEvent(QEvent *event) override;
    /** Sets every text in the current language. */
    virtual void retranslateUi() = 0;
    /** Shows that a request is running (@p busy) or no longer is. */
    virtual void setBusy(bool busy) = 0;

    /**
     * Follows @p call (m_call), busy meanwhile: refused, @p message says why and the dialog
     * stays open; taken, @p taken runs with the call and the dialog closes.
     */
    template<typename Call, typename Taken>
    void follow(Call *call, FieldMessage *message, Taken taken)
    {
        m_call = call;
        connect(call, &ApiCall::finished, this, [this, call, message, taken] {
            call->deleteLater();
            m_call = nullptr;
            setBusy(false);
            if (!call->isOk()) {
                message->setMessage(Severity::Error, ErrorCatalog::describe(call->error()));
                return;
            }
            taken(call);
            QDialog::accept();
        });
        setBusy(true);
    }

    QPointer<WorkspaceClient> m_client;
    QPointer<ApiCall> m_call;
};

} // namespace wsc
