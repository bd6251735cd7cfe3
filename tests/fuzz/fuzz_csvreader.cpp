// libFuzzer entry point for the CSV reader; the body is FuzzTargets::csvReader (fuzztargets.h).
#include "fuzztargets.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzTargets::csvReader(QByteArrayView(data, static_cast<qsizetype>(size)));
    return 0;
}
