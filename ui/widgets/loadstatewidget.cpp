#include "loadstatewidget.h"

#include "busyindicator.h"

#include "api/http/errorcatalog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace wsc {

LoadStateWidget::LoadStateWidget(QWidget *parent)
    : QWidget(parent)
{
    buildUi();
}

LoadStateWidget::LoadStateWidget(QWidget *content, QWidget *parent)
    : QWidget(parent)
{
    buildUi();
    setContent(content);
}

void LoadStateWidget::buildUi()
{
    setObjectName(QStringLiteral("loadState"));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("loadStateStack"));

    m_placeholder = new QWidget(m_stack);
    m_stack->addWidget(m_placeholder);

    m_busyPage = new QWidget(m_stack);
    m_busyPage->setObjectName(QStringLiteral("loadStateBusy"));
    m_spinner = new BusyIndicator(m_busyPage);
    m_busyLabel = new QLabel(m_busyPage);
    m_busyLabel->setObjectName(QStringLiteral("loadStateBusyLabel"));
    m_busyLabel->setAlignment(Qt::AlignCenter);
    m_busyLabel->setWordWrap(true);
    auto *busyLayout = new QVBoxLayout(m_busyPage);
    busyLayout->addStretch(1);
    busyLayout->addWidget(m_spinner, 0, Qt::AlignHCenter);
    busyLayout->addWidget(m_busyLabel);
    busyLayout->addStretch(1);
    m_stack->addWidget(m_busyPage);

    // The error page scrolls instead of raising the widget's minimum height: a stack is as tall
    // as its tallest page, and a wrapped message in a narrow panel would otherwise make every
    // window holding one taller than a small screen.
    m_errorScroll = new QScrollArea(m_stack);
    m_errorScroll->setObjectName(QStringLiteral("loadStateErrorScroll"));
    m_errorScroll->setFrameShape(QFrame::NoFrame);
    m_errorScroll->setWidgetResizable(true);
    m_errorScroll->setMinimumHeight(fontMetrics().height() * 3);
    m_errorPage = new QWidget(m_errorScroll);
    m_errorPage->setObjectName(QStringLiteral("loadStateError"));
    m_errorIcon = new QLabel(m_errorPage);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_errorIcon->setPixmap(
            style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_errorIcon->setAlignment(Qt::AlignTop);
    m_causeLabel = new QLabel(m_errorPage);
    m_causeLabel->setObjectName(QStringLiteral("loadStateCause"));
    m_causeLabel->setWordWrap(true);
    m_causeLabel->setTextFormat(Qt::PlainText);
    m_causeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_causeLabel->font();
    bold.setBold(true);
    m_causeLabel->setFont(bold);
    m_fixLabel = new QLabel(m_errorPage);
    m_fixLabel->setObjectName(QStringLiteral("loadStateFix"));
    m_fixLabel->setWordWrap(true);
    m_fixLabel->setTextFormat(Qt::PlainText);
    m_fixLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailLabel = new QLabel(m_errorPage);
    m_detailLabel->setObjectName(QStringLiteral("loadStateDetail"));
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextFormat(Qt::PlainText);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailLabel->setForegroundRole(QPalette::PlaceholderText);
    m_retryButton = new QPushButton(m_errorPage);
    m_retryButton->setObjectName(QStringLiteral("loadStateRetryButton"));
    m_retryButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload, nullptr, this));
    connect(m_retryButton, &QPushButton::clicked, this, &LoadStateWidget::retryRequested);

    auto *texts = new QVBoxLayout;
    texts->addWidget(m_causeLabel);
    texts->addWidget(m_fixLabel);
    texts->addWidget(m_detailLabel);
    texts->addSpacing(6);
    texts->addWidget(m_retryButton, 0, Qt::AlignLeft);
    auto *row = new QHBoxLayout;
    row->addWidget(m_errorIcon, 0, Qt::AlignTop);
    row->addLayout(texts, 1);
    auto *errorBox = new QWidget(m_errorPage);
    errorBox->setLayout(row);
    errorBox->setMaximumWidth(fontMetrics().averageCharWidth() * 80);
    auto *errorLayout = new QVBoxLayout(m_errorPage);
    errorLayout->addStretch(1);
    errorLayout->addWidget(errorBox, 0, Qt::AlignHCenter);
    errorLayout->addStretch(2);
    m_errorScroll->setWidget(m_errorPage);
    m_stack->addWidget(m_errorScroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    retranslateUi();
}

void LoadStateWidget::setContent(QWidget *content)
{
    if (m_content == content)
        return;
    if (m_content)
        m_stack->removeWidget(m_content);
    m_content = content;
    if (content)
        m_stack->insertWidget(0, content);
    if (m_state == State::Content)
        m_stack->setCurrentWidget(content ? content : m_placeholder);
}

void LoadStateWidget::showBusy(const QString &message)
{
    m_busyMessage = message;
    retranslateUi();
    setState(State::Busy);
}

void LoadStateWidget::showError(const ApiError &error)
{
    m_error = error;
    m_plainCause.clear();
    m_plainFix.clear();
    renderError();
    setState(State::Error);
}

void LoadStateWidget::showError(const QString &cause, const QString &fix)
{
    m_error = ApiError();
    m_plainCause = cause;
    m_plainFix = fix;
    renderError();
    setState(State::Error);
}

void LoadStateWidget::showContent()
{
    setState(State::Content);
}

QString LoadStateWidget::errorText() const
{
    QStringList parts{m_causeLabel->text(), m_fixLabel->text()};
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

void LoadStateWidget::setRetryEnabled(bool enabled)
{
    m_retryEnabled = enabled;
    m_retryButton->setVisible(enabled);
}

void LoadStateWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        renderError();
    }
    QWidget::changeEvent(event);
}

void LoadStateWidget::retranslateUi()
{
    m_busyLabel->setText(m_busyMessage.isEmpty() ? tr("Loading…") : m_busyMessage);
    m_retryButton->setText(tr("&Retry"));
    m_retryButton->setToolTip(tr("Load again"));
}

void LoadStateWidget::renderError()
{
    if (m_error.isError()) {
        // Explained again on every render so that a language switch shows the new language.
        const ErrorCatalog::Explanation explanation = ErrorCatalog::explain(m_error);
        m_causeLabel->setText(explanation.cause);
        m_fixLabel->setText(explanation.fix);
        QStringList detail;
        if (!m_error.errorCode.isEmpty())
            detail << m_error.errorCode;
        if (m_error.httpStatus > 0)
            detail << QStringLiteral("HTTP %1").arg(m_error.httpStatus);
        if (!m_error.requestId.isEmpty())
            detail << tr("request id %1").arg(m_error.requestId);
        if (detail.isEmpty() && !m_error.detail.isEmpty())
            detail << m_error.detail;
        m_detailLabel->setText(detail.join(QStringLiteral(" · ")));
    } else {
        m_causeLabel->setText(m_plainCause);
        m_fixLabel->setText(m_plainFix);
        m_detailLabel->clear();
    }
    m_fixLabel->setVisible(!m_fixLabel->text().isEmpty());
    m_detailLabel->setVisible(!m_detailLabel->text().isEmpty());
}

void LoadStateWidget::setState(State state)
{
    switch (state) {
    case State::Content:
        m_stack->setCurrentWidget(m_content ? m_content.data() : m_placeholder);
        break;
    case State::Busy:
        m_stack->setCurrentWidget(m_busyPage);
        break;
    case State::Error:
        m_stack->setCurrentWidget(m_errorScroll);
        break;
    }
    const bool changed = m_state != state;
    m_state = state;
    if (changed)
        emit stateChanged(state);
}

} // namespace wsc
