#include "directoryview.h"

#include "api/http/errorcatalog.h"
#include "ui/widgets/fieldmessage.h"

#include <QLocale>

namespace wsc {

QString DirectoryView::statusText() const
{
    return m_status->text();
}

QString DirectoryView::countText(int shown, int total, const QString &allText,
                                 const QString &partText)
{
    return shown == total ? allText
                          : partText.arg(QLocale().toString(shown), QLocale().toString(total));
}

void DirectoryView::leaveSession()
{
    abortCalls({&m_call, &m_action});
}

void DirectoryView::finishAction(bool ok, const QString &text)
{
    m_action = nullptr;
    if (ok)
        m_status->setHint(text);
    else
        m_status->setMessage(Severity::Error, text);
    updateButtons();
    refresh();
    emit actionFinished(ok);
}

void DirectoryView::runAction(ApiCall *call, const QString &workingText, const QString &doneText)
{
    m_action = call;
    m_status->setHint(workingText);
    updateButtons();
    connect(call, &ApiCall::finished, this, [this, call, doneText] {
        call->deleteLater();
        if (m_action != call)
            return;
        if (call->isOk())
            finishAction(true, doneText);
        else
            finishAction(false, ErrorCatalog::describe(call->error()));
    });
}

void DirectoryView::runEach(int count, std::function<ApiCall *(int index)> make, EachTexts texts,
                            int index, int done, QStringList refusals)
{
    if (index >= count) {
        QString text = texts.done(done);
        if (!refusals.isEmpty())
            text += QLatin1Char('\n') + refusals.join(QLatin1Char('\n'));
        finishAction(refusals.isEmpty(), text);
        return;
    }
    ApiCall *call = make(index);
    m_action = call;
    m_status->setHint(texts.working(index));
    updateButtons();
    connect(call, &ApiCall::finished, this,
            [this, call, count, make, texts, index, done, refusals] {
                call->deleteLater();
                if (m_action != call)
                    return;
                QStringList r = refusals;
                if (!call->isOk())
                    r << texts.refused(index, ErrorCatalog::describe(call->error()));
                runEach(count, make, texts, index + 1, done + (call->isOk() ? 1 : 0), r);
            });
}

} // namespace wsc
