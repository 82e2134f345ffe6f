#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer, and the
# threaded tests under ThreadSanitizer (gcc), each in its own build directory: the shared
# Extractor ([threads]), batch mode ([batch]) and the CLI's batch command (its pipeline;
# libstdc++'s own stream internals are not instrumented).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
# Unity builds: these trees are built once, not edited, and compile about a third faster.
asan="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
# (A unity build puts several files in one: their anonymous namespaces meet.)
quiet="-Wno-subobject-linkage"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS="$asan $quiet -O1" \
  -DCMAKE_EXE_LINKER_FLAGS="$asan" -DCMAKE_UNITY_BUILD=ON -DATTACHE_BUILD_FUZZERS=OFF \
  -DATTACHE_BUILD_BENCH=OFF >/dev/null
cmake --build build-asan -j "$jobs" >/dev/null
# install_and_consume is left out: it links plain consumers against the installed library,
# which here is instrumented (it runs, uninstrumented, in the normal test run).
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j "$jobs" -E install_and_consume
tsan="-fsanitize=thread -fno-omit-frame-pointer"
cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS="$tsan $quiet -O1" \
  -DCMAKE_EXE_LINKER_FLAGS="$tsan" -DCMAKE_UNITY_BUILD=ON -DATTACHE_BUILD_FUZZERS=OFF \
  -DATTACHE_BUILD_BENCH=OFF >/dev/null
cmake --build build-tsan -j "$jobs" --target attache_thread_tests attache_cli >/dev/null
export TSAN_OPTIONS="halt_on_error=1 exitcode=66"
./build-tsan/tests/attache_thread_tests "[threads],[batch]"
bash tests/tsan_batch_cli.sh ./build-tsan/examples/attache
