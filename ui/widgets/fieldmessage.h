#pragma once

#include "models/rules/finding.h"

#include <QPointer>
#include <QString>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace wsc {

/**
 * The line under a form field that says what is wrong with it: the icon of the worst severity
 * and the messages of the findings at (or below) one path, hidden while there are none. The
 * state never rests on colour alone (icon + text), and the field's tooltip and accessible
 * description repeat the text for screen readers.
 */
class FieldMessage : public QWidget
{
    Q_OBJECT
public:
    explicit FieldMessage(QWidget *parent = nullptr);
    /** A message for the findings at @p path (see findingsUnder()), attached to @p field. */
    FieldMessage(const QString &path, QWidget *field, QWidget *parent = nullptr);

    /** The JSON path whose findings are shown ("desktops[0].user_name"); empty = all given. */
    void setPath(const QString &path) { m_path = path; }
    QString path() const { return m_path; }
    /** The field the message belongs to: it gets the text as tooltip and a severity property. */
    void setField(QWidget *field);
    QWidget *field() const { return m_field; }

    /** Shows the findings under path() among @p findings (errors first), or hides itself. */
    void setFindings(const Findings &findings);
    /** Shows one message of @p severity (for checks that are not rule findings). */
    void setMessage(Severity severity, const QString &text);
    /** A neutral hint (no icon, dimmed), e.g. the accepted format; cleared like a finding. */
    void setHint(const QString &text);
    void clear();

    /** The findings shown now (under path()), errors first. */
    Findings findings() const { return m_shown; }
    bool hasError() const { return hasErrors(m_shown); }
    QString text() const;

    /** @p field above its @p message, tightly, as the right side of a form row. */
    static QVBoxLayout *column(QWidget *field, FieldMessage *message,
                               Qt::Alignment fieldAlignment = {});

    /** The dynamic property set on the field: "error", "warning" or empty. */
    static const char *severityProperty() { return "wscSeverity"; }

private:
    void render();

    QString m_path;
    QPointer<QWidget> m_field;
    QString m_fieldToolTip; ///< the field's own tooltip, restored when the message clears
    Findings m_shown;
    QString m_hint;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace wsc
