#!/usr/bin/env bash
# Configures and builds attache in build/ (warnings are errors). Extra arguments go to cmake.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DATTACHE_WERROR=ON "$@" >/dev/null
cmake --build build -j "$jobs"
