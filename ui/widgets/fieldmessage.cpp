#include "fieldmessage.h"

#include "severitystyleproxy.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace wsc {

FieldMessage::FieldMessage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("fieldMessage"));
    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("fieldMessageIcon"));
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("fieldMessageText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

FieldMessage::FieldMessage(const QString &path, QWidget *field, QWidget *parent)
    : FieldMessage(parent)
{
    m_path = path;
    setField(field);
}

QVBoxLayout *FieldMessage::column(QWidget *field, FieldMessage *message,
                                  Qt::Alignment fieldAlignment)
{
    auto *layout = new QVBoxLayout;
    layout->setSpacing(2);
    layout->addWidget(field, 0, fieldAlignment);
    layout->addWidget(message);
    return layout;
}

void FieldMessage::setField(QWidget *field)
{
    m_field = field;
    m_fieldToolTip = field ? field->toolTip() : QString();
}

void FieldMessage::setFindings(const Findings &findings)
{
    Findings shown = m_path.isEmpty() ? findings : findingsUnder(findings, m_path);
    // Errors first: they are what blocks sending; the order among equals is the rules' order.
    std::stable_sort(shown.begin(), shown.end(), [](const Finding &a, const Finding &b) {
        return a.isError() && !b.isError();
    });
    m_shown = shown;
    m_hint.clear();
    render();
}

void FieldMessage::setMessage(Severity severity, const QString &text)
{
    Finding finding;
    finding.path = m_path;
    finding.code = QStringLiteral("message");
    finding.severity = severity;
    finding.message = text;
    m_shown = text.isEmpty() ? Findings() : Findings{finding};
    m_hint.clear();
    render();
}

void FieldMessage::setHint(const QString &text)
{
    m_shown.clear();
    m_hint = text;
    render();
}

void FieldMessage::clear()
{
    m_shown.clear();
    m_hint.clear();
    render();
}

QString FieldMessage::text() const
{
    return m_text->text();
}

void FieldMessage::render()
{
    QStringList lines;
    for (const Finding &f : std::as_const(m_shown)) {
        if (!lines.contains(f.message))
            lines << f.message;
    }
    const bool error = hasErrors(m_shown);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    QPalette palette = this->palette();
    if (!m_shown.isEmpty()) {
        const QIcon icon
                = error ? SeverityStyleProxy::errorIcon() : SeverityStyleProxy::warningIcon();
        m_icon->setPixmap(icon.pixmap(iconSize, iconSize, QIcon::Normal));
        m_icon->setVisible(true);
        m_text->setText(lines.join(QLatin1Char('\n')));
        m_text->setForegroundRole(QPalette::WindowText);
        QPalette textPalette = m_text->palette();
        textPalette.setColor(QPalette::WindowText, SeverityStyleProxy::accent(error ? 2 : 1));
        m_text->setPalette(textPalette);
    } else {
        m_icon->clear();
        m_icon->setVisible(false);
        m_text->setText(m_hint);
        QPalette textPalette = m_text->palette();
        textPalette.setColor(QPalette::WindowText,
                             palette.color(QPalette::Disabled, QPalette::WindowText));
        m_text->setPalette(textPalette);
    }
    m_icon->setFixedWidth(iconSize);

    const QString severity = m_shown.isEmpty() ? QString()
                             : error           ? QStringLiteral("error")
                                               : QStringLiteral("warning");
    if (m_field) {
        m_field->setProperty(severityProperty(), severity);
        m_field->setToolTip(m_shown.isEmpty() ? m_fieldToolTip : lines.join(QLatin1Char('\n')));
        m_field->setAccessibleDescription(m_shown.isEmpty() ? QString()
                                                            : lines.join(QLatin1Char(' ')));
        // Style sheets that key on the property need a re-polish to notice the change.
        m_field->style()->unpolish(m_field);
        m_field->style()->polish(m_field);
    }
    setVisible(!m_text->text().isEmpty());
}

} // namespace wsc
