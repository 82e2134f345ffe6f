#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j "$(nproc 2>/dev/null || echo 2)"
# The whole suite again under ASan + UBSan, the threaded tests under TSan.
bash scripts/sanitize.sh
# Each fuzz target for a short while (longer runs: scripts/fuzz.sh SECONDS).
bash scripts/fuzz.sh "${ATTACHE_FUZZ_SECONDS:-20}"
