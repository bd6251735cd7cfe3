#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz/ with clang, ASan and UBSan in build-fuzz and runs
# them: the readers of untrusted input (CSV files, API replies, journals). See
# docs/RELIABILITY.md for what each target checks.
#
#   scripts/fuzz.sh [--seconds N] [--target csvreader|jsonreaders|all] [--jobs J] [--merge]
#     --seconds  mutation time per target (default 600; the ctest version runs 10)
#     --jobs     parallel fuzzing processes per target (default 1; the machines have 2 cores);
#                above 1 libFuzzer's -fork mode, which shares one corpus between them
#     --merge    afterwards, add the new inputs that reach new features to the committed corpus
#                (tests/fuzz/corpus/<target>/, replayed by tst_fuzzcorpus on every build)
# Each run's output is also kept in build-fuzz/fuzz/<target>.log (the final lines carry the
# figures of docs/RELIABILITY.md: cov, ft, corp, exec/s, stat::number_of_executed_units).
# A crash leaves build-fuzz/fuzz/artifacts/<target>-crash-*; reproduce it with
#   build-fuzz/fuzz/fuzz_<target> build-fuzz/fuzz/artifacts/<target>-crash-...
# and, once fixed, copy it into tests/fuzz/corpus/<target>/ so it is replayed for good.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=600
target=all
jobs=1
merge=0
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds="$2"; shift 2 ;;
        --target) target="$2"; shift 2 ;;
        --jobs) jobs="$2"; shift 2 ;;
        --merge) merge=1; shift ;;
        *) echo "fuzz: unknown option $1" >&2; exit 2 ;;
    esac
done
WSC_DEPS_FUZZ=1 ./scripts/deps.sh
dir=build-fuzz
if [ ! -f "$dir/CMakeCache.txt" ]; then
    CC=clang CXX=clang++ cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DWSC_FUZZ=ON -DWSC_SANITIZE=address,undefined,fuzzer-no-link -DWSC_BUILD_BENCH=OFF
fi
targets=(csvreader jsonreaders)
[ "$target" = all ] || targets=("$target")
cmake --build "$dir" --parallel "${WSC_FUZZ_BUILD_JOBS:-2}" \
    --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
export QT_QPA_PLATFORM=offscreen
status=0
for t in "${targets[@]}"; do
    scratch="$dir/fuzz/corpus-$t"
    mkdir -p "$scratch" "$dir/fuzz/artifacts"
    # Not -jobs: that runs the jobs one after another with their output in ./fuzz-N.log.
    parallel=()
    [ "$jobs" -le 1 ] || parallel=(-fork="$jobs")
    echo "== fuzz_$t for ${seconds}s, $jobs process(es)"
    "$dir/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
        -print_final_stats=1 "${parallel[@]}" \
        -dict="tests/fuzz/$t.dict" -artifact_prefix="$dir/fuzz/artifacts/$t-" \
        "$scratch" "tests/fuzz/corpus/$t" 2>&1 | tee "$dir/fuzz/$t.log" || status=1
    if [ $merge = 1 ]; then
        echo "== merging new coverage of $t into tests/fuzz/corpus/$t"
        # A greedy set cover of the new features (half the files of -merge=1); tst_fuzzcorpus
        # replays the whole corpus in every build, so keep it under ~2 MB (du -b, not blocks).
        "$dir/fuzz/fuzz_$t" -set_cover_merge=1 "tests/fuzz/corpus/$t" "$scratch"
        du -sb "tests/fuzz/corpus/$t"
    fi
done
exit $status
