#!/bin/sh
# The `lanjie` front (scan, info) links only glibc's own shared objects
# (issue 16, the fixed cost per scan process: with libstdc++, Hyperscan's
# runtime and xxhash static and glibc's malloc, the dynamic loader's work
# fell from 2.6 M to 0.2 M instructions; bench/RESULTS.md, scan round 16).
# A NEEDED entry outside the allow-list below (libstdc++, libgcc_s, libhs,
# libxxhash, libjemalloc, absl, ...) fails the test.
#   front_needed_test.sh LANJIE
# Exit 77 (skipped) without readelf.
set -eu
bin=$1
command -v readelf >/dev/null 2>&1 || { echo "readelf not found: skipped"; exit 77; }
[ -x "$bin" ] || { echo "FAIL: $bin is not an executable"; exit 1; }
needed=$(readelf -d "$bin" | sed -n 's/.*(NEEDED).*\[\(.*\)\]$/\1/p')
[ -n "$needed" ] || { echo "FAIL: readelf -d $bin lists no NEEDED entry (not a dynamic executable?)"; exit 1; }
bad=""
for lib in $needed; do
  case $lib in
    # glibc: libc, libm, the dynamic loader; before glibc 2.34 libpthread,
    # libdl and librt were objects of their own.
    libc.so.6 | libm.so.6 | ld-linux*.so.* | ld64.so.* | libpthread.so.0 | libdl.so.2 | librt.so.1) ;;
    *) bad="$bad $lib" ;;
  esac
done
echo "NEEDED of $bin:" $needed
[ -z "$bad" ] || { echo "FAIL: outside the allow-list:$bad"; exit 1; }
echo "ok"
