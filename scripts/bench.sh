#!/usr/bin/env bash
# Builds Release in build-bench and runs every benchmark of bench/, printing their figures.
# docs/PERFORMANCE.md explains each figure and has the numbers measured on the project's
# 2-core machines. They are measurements, not tests: nothing here fails on a slow figure.
#
#   scripts/bench.sh [--quick] [--only NAME[,NAME...]]
#     --quick   smaller sizes and fewer runs (a minute or two instead of ~10 minutes)
#     --only    csv, importgui, batch, jobpoller, startup, desktoplist, pageparse
# Environment: WSC_BENCH_JOBS (build parallelism, default 2), WSC_BENCH_DIR (build-bench).
set -euo pipefail
cd "$(dirname "$0")/.."
quick=0
only="csv,importgui,batch,jobpoller,startup,desktoplist,pageparse"
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) quick=1; shift ;;
        --only) only="$2"; shift 2 ;;
        *) echo "bench: unknown option $1" >&2; exit 2 ;;
    esac
done
dir="${WSC_BENCH_DIR:-build-bench}"
want() { [[ ",$only," == *",$1,"* ]]; }

./scripts/deps.sh
if [ ! -f "$dir/CMakeCache.txt" ]; then
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release
fi
targets=()
want csv && targets+=(bench_csv)
want importgui && targets+=(bench_importgui)
want batch && targets+=(bench_batch wsemu)
want jobpoller && targets+=(bench_jobpoller wsemu)
want startup && targets+=(bench_startup wsconsole)
want desktoplist && targets+=(bench_desktoplist wsemu)
want pageparse && targets+=(bench_pageparse wsemu)
cmake --build "$dir" --parallel "${WSC_BENCH_JOBS:-2}" --target "${targets[@]}"

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
     "load $(cut -d' ' -f1-3 /proc/loadavg), $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
status=0
run() {
    echo
    echo "== $*"
    "$@" || { echo "bench: $1 exited with $?" >&2; status=1; }
}
if want csv; then
    if [ $quick = 1 ]; then
        run "$dir/bench/bench_csv" --rows 10000,100000 --repeat 2
    else
        run "$dir/bench/bench_csv"
        run "$dir/bench/bench_csv" --encoding gb18030 --rows 100000
    fi
fi
if want importgui; then
    run "$dir/bench/bench_importgui" --rows 100000 --runs $([ $quick = 1 ] && echo 1 || echo 3) --verbose
    # Peak RSS of the dialog holding a million rows, against the file (target <= 6x).
    [ $quick = 1 ] || run "$dir/bench/bench_importgui" --rows 1000000 --runs 1
fi
if want batch; then
    if [ $quick = 1 ]; then
        run "$dir/bench/bench_batch" --desktops 2000 --rps 10,20
    else
        run "$dir/bench/bench_batch" --desktops 10000 --rps 5,10,20,50
    fi
fi
if want jobpoller; then
    run "$dir/bench/bench_jobpoller" --jobs 200 --runs $([ $quick = 1 ] && echo 1 || echo 3)
    [ $quick = 1 ] || run "$dir/bench/bench_jobpoller" --jobs 20 --desktops-per-job 10 --runs 1
fi
if want startup; then
    runs=$([ $quick = 1 ] && echo 3 || echo 6)
    if command -v xvfb-run >/dev/null 2>&1; then
        # A real X server (xcb), as on a desktop; -a picks a free display number.
        run xvfb-run -a -s "-screen 0 1440x900x24" "$dir/bench/bench_startup" --runs "$runs"
    else
        echo "bench: xvfb-run not found; start-up measured on the offscreen platform" >&2
        QT_QPA_PLATFORM=offscreen run "$dir/bench/bench_startup" --runs "$runs"
    fi
fi
if want desktoplist; then
    run "$dir/bench/bench_desktoplist" --desktops $([ $quick = 1 ] && echo 10000 || echo 50000) --verbose
fi
if want pageparse; then
    run "$dir/bench/bench_pageparse" --rounds $([ $quick = 1 ] && echo 20 || echo 200)
fi
exit $status
