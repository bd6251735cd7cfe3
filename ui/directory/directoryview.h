#pragma once

#include "ui/widgets/loadstatewidget.h"
#include "ui/widgets/sessionview.h"

#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

namespace wsc {

class FieldMessage;

/**
 * A tab of the Workspace directory (users, groups): a SessionView whose actions run one at a
 * time, each said in a status line under the table, a refusal with the service's reason.
 */
class DirectoryView : public SessionView
{
    Q_OBJECT
public:
    using SessionView::SessionView;

    bool isBusy() const { return m_action != nullptr; }
    /** The list is being read. */
    bool isLoading() const { return m_call != nullptr; }
    /** What the last action did (or why it failed). */
    QString statusText() const;

signals:
    /** A read of the list ended: @p ok with @p count rows. */
    void loaded(bool ok, int count);
    /** An action ended: @p ok when it was done for everything it was asked for. */
    void actionFinished(bool ok);

protected:
    /** The texts of runEach(): item @p index being worked on, its refusal, the total done. */
    struct EachTexts
    {
        std::function<QString(int index)> working;
        std::function<QString(int index, const QString &reason)> refused;
        std::function<QString(int done)> done;
    };

    /** Aborts the read of the list and the action still running. */
    void leaveSession() override;
    /** Enables what the view's state allows (called whenever an action starts or ends). */
    virtual void updateButtons() = 0;
    /** Says how many rows the list has and how many the search shows. */
    virtual void updateCount() = 0;
    /**
     * The text of updateCount(): @p allText when the search hides nothing, else @p partText
     * with the numbers shown and in all (each tab words both, for its own rows).
     */
    static QString countText(int shown, int total, const QString &allText, const QString &partText);

    /**
     * Reads the list with the call @p make returns, aborting a read still running: "loading"
     * (@p busyText) until the first list, the service's reason when it fails. @p fill puts the
     * list in the model; @p select selects again once the table shows it.
     */
    template<typename Make, typename Fill, typename Select>
    void readList(const QString &busyText, Make make, Fill fill, Select select)
    {
        if (m_call)
            m_call->abort();
        if (!m_loadedOnce)
            m_loadState->showBusy(busyText);
        auto *call = make();
        m_call = call;
        connect(call, &ApiCall::finished, this, [this, call, fill, select] {
            call->deleteLater();
            if (m_call != call)
                return;
            m_call = nullptr;
            if (!call->isOk()) {
                if (call->error().kind != ApiError::Kind::Cancelled) {
                    m_loadState->showError(call->error());
                    emit loaded(false, 0);
                }
                return;
            }
            fill(call->result());
            m_loadedOnce = true;
            m_loadState->showContent();
            updateCount();
            select();
            updateButtons();
            emit loaded(true, int(call->result().size()));
        });
    }
    /** Follows @p call: @p doneText when it succeeds, the service's reason otherwise. */
    void runAction(ApiCall *call, const QString &workingText, const QString &doneText);
    /**
     * Makes and follows one call per item, in turn (the service takes one id per request): a
     * refusal for one does not stop the others, and is named in the final status.
     */
    void runEach(int count, std::function<ApiCall *(int index)> make, EachTexts texts,
                 int index = 0, int done = 0, QStringList refusals = {});
    /** Ends the action: the status says @p text, the list is read again. */
    void finishAction(bool ok, const QString &text);

    QPointer<ApiCall> m_call; ///< the read of the list
    QPointer<ApiCall> m_action;
    FieldMessage *m_status = nullptr;
};

} // namespace wsc
