#!/usr/bin/env bash
# Installs what is missing, builds in build/ and starts the console on the Sandbox (the
# emulator embedded in the console, with demo data; no cloud account needed).
# Without a display, runs the headless `wsctl demo` against the Sandbox instead, or, in a build
# whose wsctl has no demo command yet, the Sandbox emulator (wsemu) in the foreground.
# Arguments are passed to the program that runs (e.g. ./scripts/run.sh --lang zh_CN).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
bin=build/bin
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    if [ -x "$bin/wsconsole" ]; then
        echo "run: starting the console ($bin/wsconsole) on the Sandbox profile"
        exec "$bin/wsconsole" "$@"
    fi
    echo "run: $bin/wsconsole was not built; see the build output above" >&2
    exit 1
fi
if [ -x "$bin/wsctl" ] && "$bin/wsctl" demo --help >/dev/null 2>&1; then
    echo "run: no display; running the headless demo: $bin/wsctl demo"
    exec "$bin/wsctl" demo "$@"
fi
if [ -x build/emulator/wsemu ]; then
    echo "run: no display, and this wsctl has no 'demo' command yet;"
    echo "run: running the Sandbox emulator with its demo tenant instead (build/emulator/wsemu)."
    echo "run: it prints its address; stop it with Ctrl+C. Set DISPLAY to get the console."
    exec build/emulator/wsemu --listen 127.0.0.1:0 "$@"
fi
echo "run: nothing to run: neither the console nor the emulator was built" >&2
exit 1
