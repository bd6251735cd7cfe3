#pragma once

#include "api/http/apierror.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace wsc {

class BusyIndicator;

/**
 * Holds a piece of content that comes from the service and shows what state it is in: a busy
 * indicator while it loads, the ErrorCatalog cause and fix with a Retry button when loading
 * failed, or the content. The owner calls showBusy()/showError()/showContent() and reloads on
 * retryRequested(). Error texts follow the UI language (they are re-explained on a change).
 */
class LoadStateWidget : public QWidget
{
    Q_OBJECT
public:
    enum class State { Content, Busy, Error };
    Q_ENUM(State)

    explicit LoadStateWidget(QWidget *parent = nullptr);
    /** Wraps @p content (reparented into the widget). */
    explicit LoadStateWidget(QWidget *content, QWidget *parent);

    void setContent(QWidget *content);
    QWidget *content() const { return m_content; }

    /** Shows the busy page with @p message (default: "Loading…", translated). */
    void showBusy(const QString &message = {});
    /** Shows why loading failed (ErrorCatalog) and a Retry button. */
    void showError(const ApiError &error);
    /** The same for a failure that is not an API error: @p cause, @p fix. */
    void showError(const QString &cause, const QString &fix = {});
    void showContent();

    State state() const { return m_state; }
    /** The error shown (kind None for showError(QString)). */
    ApiError error() const { return m_error; }
    /** The cause and fix shown now (for tests and copy). */
    QString errorText() const;
    /** Whether the Retry button is offered (default true). */
    void setRetryEnabled(bool enabled);

signals:
    void retryRequested();
    void stateChanged(LoadStateWidget::State state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void setState(State state);
    void renderError();

    State m_state = State::Content;
    ApiError m_error;
    QString m_plainCause;
    QString m_plainFix;
    QString m_busyMessage; ///< caller's text; empty = the translated default
    bool m_retryEnabled = true;

    QStackedWidget *m_stack = nullptr;
    QWidget *m_busyPage = nullptr;
    BusyIndicator *m_spinner = nullptr;
    QLabel *m_busyLabel = nullptr;
    QScrollArea *m_errorScroll = nullptr;
    QWidget *m_errorPage = nullptr;
    QLabel *m_errorIcon = nullptr;
    QLabel *m_causeLabel = nullptr;
    QLabel *m_fixLabel = nullptr;
    QLabel *m_detailLabel = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPointer<QWidget> m_content;
    QWidget *m_placeholder = nullptr;
};

} // namespace wsc
