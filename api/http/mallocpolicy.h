#pragma once

namespace wsc {

/**
 * The process's allocator settings for reading large lists: blocks of 256 KiB and more (reply
 * bodies of ~1 MB, JSON documents, the arrays of a 50 000-row table) are mapped on their own and
 * go back to the system when freed.
 *
 * glibc raises its mmap threshold to the size of each large block freed (up to 32 MB), so after
 * the first page of a list every later body and document comes from a heap arena. Pages are
 * read on pool threads, each with its arena, and the freed pages of those heaps stay resident:
 * 50 000 desktops read at 50 pages/s peaked at 220–240 MB instead of ~155 MB. A fixed threshold
 * turns the adjustment off. Called once by the console's main(), before any thread starts.
 */
namespace MallocPolicy {

/** Sets the fixed threshold (glibc; elsewhere nothing). Returns whether it was set. */
bool returnLargeBlocksToSystem();

/** The threshold set, in bytes. */
constexpr int LargeBlockBytes = 256 * 1024;

} // namespace MallocPolicy

} // namespace wsc
