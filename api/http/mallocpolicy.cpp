#include "mallocpolicy.h"

#include <cstdlib> // defines __GLIBC__ where it applies

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace wsc {

bool MallocPolicy::returnLargeBlocksToSystem()
{
#if defined(__GLIBC__)
    return mallopt(M_MMAP_THRESHOLD, LargeBlockBytes) == 1;
#else
    return false;
#endif
}

} // namespace wsc
