#pragma once

#include <QEvent>
#include <QObject>

namespace wsc {

/** Counts the paint events of the widgets it filters (install it on a view's viewport). */
class PaintCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace wsc
