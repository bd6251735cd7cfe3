#!/usr/bin/env bash
# Builds every test with AddressSanitizer and UndefinedBehaviorSanitizer in build-asan
# (-DWSC_SANITIZE=address,undefined, the option of the top CMakeLists.txt) and runs them.
# Any report fails the test that made it: ASan aborts, UBSan halts on the first error, and
# LeakSanitizer reports leaks at exit (scripts/lsan.supp lists the third-party ones).
#
#   scripts/sanitize.sh [ctest arguments, e.g. -L resilience or -R tst_csvreader]
# Environment: WSC_SANITIZE_JOBS (build parallelism, default 2), WSC_SANITIZE_TARGETS (build
# only these targets instead of everything).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
dir=build-asan
if [ ! -f "$dir/CMakeCache.txt" ]; then
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DWSC_SANITIZE=address,undefined -DWSC_BUILD_BENCH=OFF
fi
# shellcheck disable=SC2086
cmake --build "$dir" --parallel "${WSC_SANITIZE_JOBS:-2}" \
    ${WSC_SANITIZE_TARGETS:+--target $WSC_SANITIZE_TARGETS}
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/scripts/lsan.supp:print_suppressions=0}"
# Sanitized code runs 2-5x slower: one test at a time keeps the timing-sensitive ones honest.
ctest --test-dir "$dir" --output-on-failure "$@"
