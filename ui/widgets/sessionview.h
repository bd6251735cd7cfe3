#pragma once

#include "api/http/apicall.h"
#include "api/profiles/session.h"

#include <QPointer>
#include <QWidget>

#include <initializer_list>

namespace wsc {

class LoadStateWidget;

/**
 * A tab that lists what the open session's tenant holds (desktops, users, groups): it follows
 * the session the window switches to, shows "opening" while there is none, reads its list when
 * one comes, and sets its texts again when the language changes.
 */
class SessionView : public QWidget
{
    Q_OBJECT
public:
    explicit SessionView(QWidget *parent = nullptr);

    /** Lists what @p session holds (null: nothing, e.g. while switching profile). */
    void setSession(Session *session);
    /** Reads the list again. */
    virtual void refresh() = 0;

protected:
    void changeEvent(QEvent *event) override;

    /** Sets every text in the current language. */
    virtual void retranslateUi() = 0;
    /** Lets go of the session still in m_session: its calls, its signals. */
    virtual void leaveSession() = 0;
    /** Clears what the previous session showed; m_session is the new one, perhaps null. */
    virtual void clearForSession() = 0;
    /** Takes up the new session (not null) before its first refresh(). */
    virtual void enterSession() {}

    /** Aborts each call that is still running and forgets it. */
    static void abortCalls(std::initializer_list<QPointer<ApiCall> *> calls);

    // Protected: the views read them everywhere, and each builds its own m_loadState.
    QPointer<Session> m_session;
    bool m_loadedOnce = false;
    LoadStateWidget *m_loadState = nullptr;
};

} // namespace wsc
