#!/usr/bin/env bash
# Builds the fuzz targets with clang + libFuzzer and runs each for SECONDS (default 60),
# starting from the seed corpora in fuzz/corpus (new inputs go to build-fuzz/corpus, the
# repository is not modified). Prints executions per target; exits 1 on any crash.
#   usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
cxx=$(command -v clang++-14 || command -v clang++ || true)
[ -n "$cxx" ] || { echo "fuzz: clang++ not found (apt-get install clang-14 libclang-rt-14-dev)"; exit 1; }
cc=${cxx/clang++/clang}
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER="$cc" \
  -DCMAKE_CXX_COMPILER="$cxx" -DATTACHE_FUZZ=ON -DATTACHE_BUILD_TESTS=OFF \
  -DATTACHE_BUILD_EXAMPLES=OFF -DATTACHE_BUILD_BENCH=OFF -DCMAKE_UNITY_BUILD=ON >/dev/null
cmake --build build-fuzz -j "$(nproc 2>/dev/null || echo 2)" >/dev/null
status=0
for target in extract rules gazetteer importers; do
  work=build-fuzz/corpus/$target
  mkdir -p "$work"
  log=build-fuzz/fuzz_$target.log
  if ./build-fuzz/fuzz/fuzz_$target "$work" fuzz/corpus/$target -max_total_time="$seconds" \
       -max_len=8192 -print_final_stats=1 -close_fd_mask=3 >"$log" 2>&1; then
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    echo "fuzz_$target: ok, $execs executions in ${seconds}s"
  else
    echo "fuzz_$target: FAILED (see $log)"; tail -30 "$log"; status=1
  fi
done
# The frame index against its reference (tests/frames_reference_test.cc), at length.
cmake -S . -B build >/dev/null && cmake --build build --target attache_tests -j "$(nproc 2>/dev/null || echo 2)" >/dev/null
if ATTACHE_DIFFERENTIAL_ITERATIONS=60000 ./build/tests/attache_tests "[differential]" >build-fuzz/differential.log 2>&1; then
  echo "frame index vs reference: ok, 60000 sentences and $((60000 / 300)) random lexicons"
else
  echo "frame index vs reference: FAILED (see build-fuzz/differential.log)"; tail -30 build-fuzz/differential.log; status=1
fi
exit $status
