#pragma once

// Header-only, Qt Core only: every benchmark may include it.

#include <QList>

#include <algorithm>
#include <time.h>

/** The figures the benchmarks print: medians of repeated runs, CPU time of a process or thread. */
namespace BenchFigures {

/** The median of @p values (the upper one of an even count), -1 when there are none. */
inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

/** CPU time of this process, all its threads, in ms (wsemu runs in a process of its own). */
inline double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/** CPU time of the calling thread in ms: what the load of the machine does not inflate. */
inline double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

} // namespace BenchFigures
