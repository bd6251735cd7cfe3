#pragma once

#include <QSpinBox>

namespace wsc {

/**
 * A spin box that keeps what was typed, even outside the allowed range, so that the rules can
 * say at the field what is wrong instead of the number being changed silently (3000 typed for
 * at most 2000 would otherwise read 300). The arrows and the wheel stay within the range.
 */
class RangeSpinBox : public QSpinBox
{
    Q_OBJECT
public:
    explicit RangeSpinBox(QWidget *parent = nullptr);

    /** The range the rules allow; typing may go beyond it up to the field's digits. */
    void setAllowedRange(int minimum, int maximum);
    int allowedMinimum() const { return m_min; }
    int allowedMaximum() const { return m_max; }
    bool isInAllowedRange() const { return value() >= m_min && value() <= m_max; }

    void stepBy(int steps) override;

protected:
    StepEnabled stepEnabled() const override;

private:
    int m_min = 0;
    int m_max = 99;
};

} // namespace wsc
