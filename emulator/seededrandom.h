#pragma once

#include <QtGlobal>

namespace wsemu {

// Its sequence is fixed by this code, not by the Qt or libc version, so that a seed reproduces
// the same faults everywhere.
/** A small seeded PRNG (splitmix64) for the fault decisions. */
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed = 1)
        : m_state(seed)
    {}

    void reseed(quint64 seed) { m_state = seed; }
    quint64 next();
    /** Uniform in [0, 1). */
    double nextDouble();
    /** Uniform in [0, bound). */
    int bounded(int bound);

private:
    quint64 m_state;
};

} // namespace wsemu
