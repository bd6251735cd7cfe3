#!/usr/bin/env bash
# Installs what is missing, builds in build/ and starts the console on the Sandbox.
# Without a display, runs the wsctl demo against the embedded emulator instead.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x build/app/wsconsole ]; then
    exec build/app/wsconsole "$@"
fi
if [ -x build/app/wsctl ]; then
    echo "run: no display; running the headless wsctl demo on the Sandbox emulator"
    exec build/app/wsctl demo "$@"
fi
echo "run: the console and wsctl are not built yet; running the test suite instead"
exec ctest --test-dir build --output-on-failure
