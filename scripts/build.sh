#!/usr/bin/env bash
# Configures and builds the project in build/ (one build for the app and every test).
set -euo pipefail
cd "$(dirname "$0")/.."
"$(dirname "$0")/deps.sh"
generator=()
if command -v ninja >/dev/null 2>&1; then
    generator=(-G Ninja)
fi
if [ ! -f build/CMakeCache.txt ]; then
    cmake -S . -B build "${generator[@]}" -DCMAKE_BUILD_TYPE="${WSC_BUILD_TYPE:-RelWithDebInfo}" "$@"
fi
cmake --build build --parallel "$(nproc)"
