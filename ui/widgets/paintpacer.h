#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace wsc {

/**
 * Paints an item view at most once per interval while a stream of model changes (a long list
 * being merged turn by turn) would repaint all of it after every turn; input to the view (wheel,
 * keys, mouse) paints it at once and pauses the pacing for a moment, a resize paints it at once.
 *
 * Each repaint of a table shapes the text of every visible cell, as long as merging a slice of
 * rows takes: pacing leaves most turns to the merge. Between paints the widget's updates are
 * off, so nothing is lost: turning them on repaints the whole widget.
 */
class PaintPacer : public QObject
{
    Q_OBJECT
public:
    /** Paces @p view (its updates and those of its children; input is watched on @p input too). */
    PaintPacer(QWidget *view, const QList<QWidget *> &input, int intervalMs,
               QObject *parent = nullptr);
    ~PaintPacer() override;

    /**
     * Says the view changed. Once the view has painted since its updates were last turned on,
     * they go off until the interval has passed; before that, the paint to come shows the
     * change. A view that is hidden is never held.
     */
    void hold();
    /** Turns the view's updates back on now (the stream ended); hold() starts pacing again. */
    void release();

    /** Whether the view's updates are held off now. */
    bool isHolding() const { return m_holding; }
    int intervalMs() const { return m_interval.interval(); }

    /** After input, how long hold() leaves the view's paints alone. */
    static constexpr int InputGraceMs = 250;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void letPaint();

    QPointer<QWidget> m_view;
    QTimer m_interval;
    QElapsedTimer m_sinceInput; ///< invalid until the first input
    bool m_holding = false;
    bool m_paintedSinceOn = false; ///< a paint since updates were last turned on
};

} // namespace wsc
