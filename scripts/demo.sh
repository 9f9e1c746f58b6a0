#!/usr/bin/env bash
# Installs what is missing, builds lanjie, compiles the example keyword list
# (data/examples/) into an artifact, scans the example texts with it and
# prints the list's robustness report (evasion classes it sees through).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target lanjie -j"$(nproc)"
mkdir -p out
./build/tools/lanjie compile data/examples/keywords.csv --allow data/examples/allow.txt -o out/example.ljdb
echo "--- hits (lanjie scan -d out/example.ljdb data/examples/texts.txt) ---"
# scan exits 1 when it found hits, as grep does (the expected outcome here),
# 2 on an error: only an error fails the demo.
status=0
./build/tools/lanjie scan -d out/example.ljdb data/examples/texts.txt || status=$?
[ "$status" -le 1 ] || exit "$status"
echo "--- masked (lanjie scan --mask) ---"
./build/tools/lanjie scan -d out/example.ljdb --mask -q data/examples/texts.txt || status=$?
[ "$status" -le 1 ] || exit "$status"
echo "--- robustness report (lanjie lexicon selftest out/example.ljdb --evasions) ---"
./build/tools/lanjie lexicon selftest out/example.ljdb --evasions
