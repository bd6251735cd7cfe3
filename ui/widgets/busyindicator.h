#pragma once

#include <QTimer>
#include <QWidget>

namespace wsc {

/** A small spinning arc that says "working" while it is visible; it animates only when shown. */
class BusyIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit BusyIndicator(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    /** The angle of the arc's head, in degrees (for tests that check it moves). */
    int angle() const { return m_angle; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QTimer m_timer;
    int m_angle = 0;
};

} // namespace wsc
