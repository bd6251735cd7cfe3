#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

/**
 * Measures how long the event loop of its thread goes without running: a precise 1 ms timer
 * whose actual intervals are recorded. An interval of 40 ms means the loop was busy (or
 * blocked) for ~39 ms, during which the window could neither paint nor take input.
 */
class LoopProbe : public QObject
{
    Q_OBJECT
public:
    /** One interval between two timer runs, and when it ended (ms since start()). */
    struct Gap
    {
        double ms = 0;
        double at = 0;
        double cpuMs = 0; ///< CPU time of the thread in the interval (ms much above: not scheduled)
    };

    explicit LoopProbe(QObject *parent = nullptr);

    void start();
    void stop();
    double elapsedMs() const { return m_clock.nsecsElapsed() / 1e6; }
    const QList<Gap> &gaps() const { return m_gaps; }

    /** The @p fraction quantile (0..1) of the intervals, in ms. */
    double quantile(double fraction) const;
    double maxMs() const;
    /** Intervals longer than @p ms. */
    int countOver(double ms) const;
    /** "n=.. p50=.. p90=.. p99=.. p99.9=.. max=.. >16.7ms=.. >50ms=.." */
    QString summary() const;
    /** The @p n longest intervals, longest first. */
    QList<Gap> longest(int n) const;

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_lastCpuNs = 0;
    QList<Gap> m_gaps;
};
