#include "rangespinbox.h"

#include <algorithm>

namespace wsc {

RangeSpinBox::RangeSpinBox(QWidget *parent)
    : QSpinBox(parent)
{
    setAllowedRange(m_min, m_max);
}

void RangeSpinBox::setAllowedRange(int minimum, int maximum)
{
    m_min = minimum;
    m_max = maximum;
    // One digit more than the maximum can be typed (and 0): enough to keep any slip of the
    // keyboard as typed, and the box stays as wide as its numbers.
    int wider = 9;
    while (wider < maximum && wider < 100000000)
        wider = wider * 10 + 9;
    setRange(std::min(0, minimum), wider * 10 + 9);
}

void RangeSpinBox::stepBy(int steps)
{
    // From an out-of-range value the arrows lead back into the range, never further out.
    const int next = std::clamp(value() + steps * singleStep(), m_min, m_max);
    setValue(next);
    selectAll();
}

QAbstractSpinBox::StepEnabled RangeSpinBox::stepEnabled() const
{
    StepEnabled enabled = StepNone;
    if (value() < m_max)
        enabled |= StepUpEnabled;
    if (value() > m_min)
        enabled |= StepDownEnabled;
    return enabled;
}

} // namespace wsc
