#!/usr/bin/env bash
# Installs what is missing, then builds and runs the whole test suite three
# times: a normal optimized build, a build under AddressSanitizer +
# UndefinedBehaviorSanitizer, and a build against Vectorscan instead of
# Hyperscan.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
# The three build trees take about NEED_GB together (measured on a fresh
# clone); a full disk otherwise shows up as an assembler error halfway.
NEED_GB=8
free_kb=$(df -Pk . | awk 'NR == 2 { print $4 }')
if [ "$free_kb" -lt $((NEED_GB * 1024 * 1024)) ]; then
  echo "scripts/test.sh: $(pwd) has $((free_kb / 1024 / 1024)) GB free; the three builds need about $NEED_GB GB" >&2
  exit 1
fi
jobs=$(nproc)
run() {
  local dir=$1; shift
  cmake -S . -B "$dir" -G Ninja "$@" >/dev/null
  cmake --build "$dir" -j"$jobs"
  (cd "$dir" && ctest --output-on-failure -j"$jobs")
}
echo "=== build and test: release ==="
run build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLANJIE_BUILD_TESTS=ON -DLANJIE_BUILD_BENCH=ON
echo "=== build and test: ASan + UBSan ==="
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  run build-asan -DCMAKE_BUILD_TYPE=Debug -DLANJIE_SANITIZE=ON -DLANJIE_BUILD_TESTS=ON -DLANJIE_BUILD_BENCH=OFF
echo "=== build and test: Vectorscan ==="
scripts/vectorscan-check.sh build-vectorscan
