#include "paintpacer.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QMouseEvent>
#include <QWidget>

namespace wsc {

PaintPacer::PaintPacer(QWidget *view, const QList<QWidget *> &input, int intervalMs,
                       QObject *parent)
    : QObject(parent)
    , m_view(view)
{
    m_interval.setSingleShot(true);
    m_interval.setInterval(intervalMs);
    connect(&m_interval, &QTimer::timeout, this, &PaintPacer::letPaint);
    // A scroll area paints in its viewport: that is the paint to watch.
    QWidget *painted = view;
    if (auto *area = qobject_cast<QAbstractScrollArea *>(view))
        painted = area->viewport();
    painted->installEventFilter(this);
    view->installEventFilter(this);
    for (QWidget *widget : input) {
        if (widget && widget != view && widget != painted)
            widget->installEventFilter(this);
    }
}

PaintPacer::~PaintPacer()
{
    release();
}

void PaintPacer::hold()
{
    if (m_holding || !m_view || !m_view->isVisible() || !m_paintedSinceOn)
        return;
    if (m_sinceInput.isValid() && m_sinceInput.elapsed() < InputGraceMs)
        return;
    m_holding = true;
    m_view->setUpdatesEnabled(false);
    m_interval.start();
}

void PaintPacer::release()
{
    m_interval.stop();
    letPaint();
}

void PaintPacer::letPaint()
{
    if (!m_holding)
        return;
    m_holding = false;
    m_paintedSinceOn = false;
    if (m_view)
        m_view->setUpdatesEnabled(true); // repaints the whole view: every change held shows
}

bool PaintPacer::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Paint:
        m_paintedSinceOn = true;
        break;
    case QEvent::Resize:
        // Newly exposed parts of the view must not wait for the interval.
        if (m_holding) {
            m_interval.stop();
            letPaint();
        }
        break;
    case QEvent::MouseMove:
        if (static_cast<QMouseEvent *>(event)->buttons() == Qt::NoButton)
            break; // hovering changes nothing shown
        Q_FALLTHROUGH();
    case QEvent::Wheel:
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
        // The user acts on the view: show the result now, and leave paints alone a moment.
        m_sinceInput.start();
        if (m_holding) {
            m_interval.stop();
            letPaint();
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace wsc
