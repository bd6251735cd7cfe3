#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace wsc {

/**
 * Asks the administrator to type the number of items a destructive action will touch ("Type 12
 * to confirm") before it may go ahead: a number is read, unlike a checkbox that is clicked by
 * habit. confirmedChanged() tells the dialog when its OK button may be enabled.
 */
class TypedCountConfirmation : public QWidget
{
    Q_OBJECT
public:
    explicit TypedCountConfirmation(QWidget *parent = nullptr);

    /** The number to type (the items the action touches); clears what was typed. */
    void setCount(int count);
    int count() const { return m_count; }

    /** True when exactly count() has been typed (surrounding spaces ignored). */
    bool isConfirmed() const { return m_confirmed; }
    /** Clears what was typed. */
    void clear();

    /** The line edit the number is typed into (focus, tests). */
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    void confirmedChanged(bool confirmed);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();

    int m_count = 0;
    bool m_confirmed = false;
    QLabel *m_prompt = nullptr;
    QLineEdit *m_edit = nullptr;
    QLabel *m_state = nullptr;
};

} // namespace wsc
