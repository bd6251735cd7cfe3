#include "seededrandom.h"

namespace wsemu {

quint64 SeededRandom::next()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

double SeededRandom::nextDouble()
{
    // 53 random bits -> [0, 1)
    return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0);
}

int SeededRandom::bounded(int bound)
{
    if (bound <= 1)
        return 0;
    return static_cast<int>(next() % static_cast<quint64>(bound));
}

} // namespace wsemu
