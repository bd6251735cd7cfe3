#include "busyindicator.h"

#include <QPainter>
#include <QPen>

namespace wsc {

BusyIndicator::BusyIndicator(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("busyIndicator"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_timer.setInterval(50);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_angle = (m_angle + 30) % 360;
        update();
    });
}

QSize BusyIndicator::sizeHint() const
{
    const int side = fontMetrics().height() * 2;
    return {side, side};
}

void BusyIndicator::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal side = qMin(width(), height());
    const qreal pen = qMax<qreal>(2.0, side / 9);
    const QRectF r((width() - side) / 2 + pen / 2, (height() - side) / 2 + pen / 2, side - pen,
                   side - pen);
    QColor track = palette().color(QPalette::Mid);
    track.setAlphaF(0.35f);
    p.setPen(QPen(track, pen, Qt::SolidLine, Qt::RoundCap));
    p.drawEllipse(r);
    p.setPen(QPen(palette().color(QPalette::Highlight), pen, Qt::SolidLine, Qt::RoundCap));
    // QPainter angles are in 1/16 degree, counter-clockwise; turn clockwise.
    p.drawArc(r, -m_angle * 16, 100 * 16);
}

void BusyIndicator::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_timer.start();
}

void BusyIndicator::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

} // namespace wsc
