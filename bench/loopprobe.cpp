#include "loopprobe.h"

#include <algorithm>

#include <time.h>

namespace {
qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}
} // namespace

LoopProbe::LoopProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &LoopProbe::tick);
}

void LoopProbe::start()
{
    m_gaps.clear();
    m_gaps.reserve(100000);
    m_clock.start();
    m_lastNs = 0;
    m_lastCpuNs = threadCpuNs();
    m_timer.start();
}

void LoopProbe::stop()
{
    m_timer.stop();
    tick(); // the interval that was running counts too
}

void LoopProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 cpu = threadCpuNs();
    m_gaps.append({(now - m_lastNs) / 1e6, now / 1e6, (cpu - m_lastCpuNs) / 1e6});
    m_lastNs = now;
    m_lastCpuNs = cpu;
}

double LoopProbe::quantile(double fraction) const
{
    if (m_gaps.isEmpty())
        return 0;
    QList<double> values;
    values.reserve(m_gaps.size());
    for (const Gap &g : m_gaps)
        values.append(g.ms);
    const qsizetype k = std::min<qsizetype>(values.size() - 1,
                                            static_cast<qsizetype>(fraction * values.size()));
    std::nth_element(values.begin(), values.begin() + k, values.end());
    return values.at(k);
}

double LoopProbe::maxMs() const
{
    double m = 0;
    for (const Gap &g : m_gaps)
        m = std::max(m, g.ms);
    return m;
}

int LoopProbe::countOver(double ms) const
{
    return static_cast<int>(std::count_if(m_gaps.cbegin(), m_gaps.cend(),
                                          [ms](const Gap &g) { return g.ms > ms; }));
}

QString LoopProbe::summary() const
{
    return QStringLiteral("n=%1 p50=%2 p90=%3 p99=%4 p99.9=%5 max=%6 ms; >16.7 ms: %7, >50 ms: %8")
            .arg(m_gaps.size())
            .arg(quantile(0.5), 0, 'f', 2)
            .arg(quantile(0.9), 0, 'f', 2)
            .arg(quantile(0.99), 0, 'f', 2)
            .arg(quantile(0.999), 0, 'f', 2)
            .arg(maxMs(), 0, 'f', 1)
            .arg(countOver(1000.0 / 60))
            .arg(countOver(50));
}

QList<LoopProbe::Gap> LoopProbe::longest(int n) const
{
    QList<Gap> sorted = m_gaps;
    std::sort(sorted.begin(), sorted.end(), [](const Gap &a, const Gap &b) { return a.ms > b.ms; });
    return sorted.mid(0, n);
}
