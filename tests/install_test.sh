#!/usr/bin/env bash
# Installs attache (static, from the build directory given, and shared, built here) into
# temporary prefixes, then builds and runs consumers: test_package/ with plain CMake
# find_package(attache CONFIG), and a pkg-config consumer.
#   usage: install_test.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src=$1 build=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jobs=$(nproc 2>/dev/null || echo 2)

consume() {  # $1 = install prefix, $2 = label
  cmake -S "$src/test_package" -B "$work/consumer-$2" -DCMAKE_PREFIX_PATH="$1" >/dev/null
  cmake --build "$work/consumer-$2" -j "$jobs" >/dev/null
  out=$(LD_LIBRARY_PATH="$1/lib:${LD_LIBRARY_PATH:-}" "$work/consumer-$2/example")
  echo "$2 find_package consumer: $out" | cut -c1-120
  grep -q '"predicate":"supplied-drones-to"' <<<"$out"
  PKG_CONFIG_PATH="$1/lib/pkgconfig" pkg-config --exists attache
  # shellcheck disable=SC2046
  c++ "$src/test_package/example.cpp" -o "$work/pc-$2" \
    $(PKG_CONFIG_PATH="$1/lib/pkgconfig" pkg-config --cflags --libs --static attache)
  LD_LIBRARY_PATH="$1/lib:${LD_LIBRARY_PATH:-}" "$work/pc-$2" | grep -q supplied-drones-to
  echo "$2 pkg-config consumer: ok"
}

# Static library, from the main build.
cmake --install "$build" --prefix "$work/static" >/dev/null
for f in include/attache/attache.hpp lib/libattache.a lib/cmake/attache/attacheConfig.cmake \
         lib/cmake/attache/attacheConfigVersion.cmake lib/pkgconfig/attache.pc \
         share/attache/gazetteers/leaders/asia_pacific.tsv bin/attache; do
  [ -e "$work/static/$f" ] || { echo "missing from install tree: $f"; exit 1; }
done
[ ! -e "$work/static/include/attache/internal" ] || { echo "internal headers installed"; exit 1; }
for h in "$src"/include/attache/*.hpp; do  # every public header, each stage's included
  [ -e "$work/static/include/attache/$(basename "$h")" ] || { echo "header not installed: $h"; exit 1; }
done
"$work/static/bin/attache" --version | grep -q "^attache "
consume "$work/static" static

# Shared library (BUILD_SHARED_LIBS=ON), library and CLI only; unoptimised and as a unity
# build, which compiles in a fraction of the time (what is checked is the install tree and
# the consumers, not the code's speed).
cmake -S "$src" -B "$work/build-shared" -DBUILD_SHARED_LIBS=ON -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_UNITY_BUILD=ON -DCMAKE_CXX_FLAGS="-Wno-subobject-linkage" \
  -DATTACHE_BUILD_TESTS=OFF -DATTACHE_BUILD_BENCH=OFF -DATTACHE_BUILD_FUZZERS=OFF \
  -DCMAKE_INSTALL_PREFIX="$work/shared" >/dev/null
cmake --build "$work/build-shared" -j "$jobs" >/dev/null
cmake --install "$work/build-shared" >/dev/null
ls "$work/shared/lib/"libattache.so.* >/dev/null
consume "$work/shared" shared
