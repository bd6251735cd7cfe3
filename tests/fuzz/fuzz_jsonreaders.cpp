// libFuzzer entry point for the JSON readers; the body is FuzzTargets::jsonReaders (fuzztargets.h).
#include "fuzztargets.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzTargets::jsonReaders(QByteArrayView(data, static_cast<qsizetype>(size)));
    return 0;
}
