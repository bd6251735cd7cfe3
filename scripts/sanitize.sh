#!/usr/bin/env bash
# Builds every test with AddressSanitizer and UndefinedBehaviorSanitizer in build-asan
# (-DWSC_SANITIZE=address,undefined,float-cast-overflow, the option of the top CMakeLists.txt)
# and runs them. Any report fails the test that made it: ASan aborts, UBSan halts on the first
# error, and LeakSanitizer reports leaks at exit (exit code 23).
#
#   scripts/sanitize.sh [ctest arguments, e.g. -L resilience or -R tst_csvreader]
# Environment: WSC_SANITIZE_JOBS (build parallelism, default 2), WSC_SANITIZE_TARGETS (build
# only these targets instead of everything).
#
# Reports go to build-asan/sanitizer-logs/<kind>.<executable>.<pid> rather than stderr: the
# tests start other processes (wsemu, wsctl, the crash driver) whose stderr they capture and
# mostly drop, and a report there must not go unseen. The script prints every report at the end
# and fails when there is one, even if every test passed.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
dir=build-asan
# GCC leaves float-cast-overflow out of "undefined": a double outside the target type's range
# (a reply's 1e300 read as an integer) is exactly the bug the readers of untrusted input can have.
# -O1 -g1 as the ASan documentation advises: line numbers in every report, and a build of the
# whole suite that is much quicker than -O2 -g on the 2-core machines.
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
    -DWSC_SANITIZE=address,undefined,float-cast-overflow -DWSC_BUILD_BENCH=OFF >/dev/null
# shellcheck disable=SC2086
cmake --build "$dir" --parallel "${WSC_SANITIZE_JOBS:-2}" \
    ${WSC_SANITIZE_TARGETS:+--target $WSC_SANITIZE_TARGETS}
logs="$PWD/$dir/sanitizer-logs"
rm -rf "$logs"
mkdir -p "$logs"
common="log_path=$logs/report:log_exe_name=1"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:$common}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:$common}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-print_suppressions=0}"
status=0
ctest --test-dir "$dir" --output-on-failure "$@" || status=$?
reports=("$logs"/*)
if [ -e "${reports[0]}" ]; then
    for report in "${reports[@]}"; do
        echo "==== sanitizer report $(basename "$report")"
        cat "$report"
    done
    echo "sanitize: ${#reports[@]} sanitizer report(s) in $logs" >&2
    [ $status -ne 0 ] || status=1
else
    echo "sanitize: no sanitizer reports"
fi
exit $status
