#!/usr/bin/env bash
# Installs what is missing, builds in build/ and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
ctest --test-dir build --output-on-failure --parallel "$(nproc)" "$@"
