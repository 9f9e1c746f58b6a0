#!/usr/bin/env bash
# Builds lanjie against Vectorscan (Debian's libvectorscan-dev) and runs the
# test suite with it, without replacing the Hyperscan the machine has: the
# two packages conflict, so Vectorscan's .debs are unpacked into the build
# directory and found through pkg-config and LD_LIBRARY_PATH there.
#
#   scripts/vectorscan-check.sh [BUILD_DIR]   (default build-vectorscan)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build-vectorscan}
root="$PWD/$dir/vectorscan-root"
if [ ! -f "$root/usr/include/hs/hs.h" ]; then
  mkdir -p "$dir/debs" "$root"
  # apt-get download writes to the current directory; _apt cannot write to
  # a root-owned build tree, which only costs a warning.
  download() { (cd "$dir/debs" && apt-get download libvectorscan-dev libvectorscan5 2>&1 | grep -v '^W: Download is performed unsandboxed' || true); }
  download
  if ! ls "$dir"/debs/libvectorscan-dev_*.deb >/dev/null 2>&1; then
    # No package lists yet on this machine.
    SUDO=""; [ "$(id -u)" != 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    download
  fi
  for deb in "$dir"/debs/*.deb; do dpkg -x "$deb" "$root"; done
fi
[ -f "$root/usr/include/hs/hs.h" ] || { echo "vectorscan-check: could not unpack libvectorscan-dev" >&2; exit 2; }
libdir=$(dirname "$(find "$root" -name 'libhs.so' | head -n 1)")
mkdir -p "$dir/pkgconfig"
version=$(sed -n 's/^Version: //p' "$(find "$root" -name libhs.pc | head -n 1)")
cat >"$dir/pkgconfig/libhs.pc" <<EOF
Name: libhs
Description: Vectorscan, unpacked for lanjie's build check
Version: $version
Libs: -L$libdir -lhs
Cflags: -I$root/usr/include -I$root/usr/include/hs
EOF
PKG_CONFIG_PATH="$PWD/$dir/pkgconfig" cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DLANJIE_BUILD_TESTS=ON -DLANJIE_BUILD_BENCH=OFF >/dev/null
cmake --build "$dir" -j"$(nproc)"
echo "vectorscan-check: built against Vectorscan $version"
# The Debian packages are built and checked once, against the Hyperscan
# the machine has installed (this Vectorscan is only unpacked, so
# dpkg-shlibdeps and dpkg -i could not resolve it): the package test is left
# out here.
(cd "$dir" && LD_LIBRARY_PATH="$libdir" ctest --output-on-failure -j"$(nproc)" -E '^package$')
