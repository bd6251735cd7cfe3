#pragma once

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
    /** What the last action did (or why it failed). */
    QString statusText() const;

signals:
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

    /** Enables what the view's state allows (called whenever an action starts or ends). */
    virtual void updateButtons() = 0;
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

    QPointer<ApiCall> m_action;
    FieldMessage *m_status = nullptr;
};

} // namespace wsc
