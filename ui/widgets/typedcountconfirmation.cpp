#include "typedcountconfirmation.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace wsc {

TypedCountConfirmation::TypedCountConfirmation(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("typedCountConfirmation"));
    m_prompt = new QLabel(this);
    m_prompt->setObjectName(QStringLiteral("typedCountPrompt"));
    m_prompt->setWordWrap(true);
    m_prompt->setTextFormat(Qt::PlainText);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("typedCountEdit"));
    // Digits only, and no longer than any count we ask for: a paste of other text cannot pass.
    m_edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("\\s*[0-9]{0,9}\\s*")), m_edit));
    m_edit->setMaximumWidth(m_edit->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 12);
    m_prompt->setBuddy(m_edit);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("typedCountState"));
    m_state->setTextFormat(Qt::PlainText);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit);
    row->addWidget(m_state, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_prompt);
    layout->addLayout(row);

    connect(m_edit, &QLineEdit::textChanged, this, &TypedCountConfirmation::refresh);
    retranslate();
}

void TypedCountConfirmation::setCount(int count)
{
    m_count = count;
    m_edit->clear();
    retranslate();
    refresh();
}

void TypedCountConfirmation::clear()
{
    m_edit->clear();
}

void TypedCountConfirmation::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TypedCountConfirmation::retranslate()
{
    const QString number = QString::number(m_count);
    m_prompt->setText(tr("Type %1 to confirm:").arg(number));
    m_edit->setAccessibleName(tr("Number to confirm"));
    m_edit->setPlaceholderText(number);
    m_edit->setAccessibleDescription(tr("Type %1 to enable the action.").arg(number));
    refresh();
}

void TypedCountConfirmation::refresh()
{
    const QString typed = m_edit->text().trimmed();
    bool ok = false;
    const int value = typed.toInt(&ok);
    const bool confirmed = m_count > 0 && ok && value == m_count;
    if (typed.isEmpty())
        m_state->clear();
    else if (confirmed)
        m_state->setText(tr("Confirmed"));
    else
        m_state->setText(tr("Does not match %1").arg(m_count));
    if (confirmed != m_confirmed) {
        m_confirmed = confirmed;
        emit confirmedChanged(confirmed);
    }
}

} // namespace wsc
